// Generated from messages/DescribeClusterRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeClusterRequest (request), versions 0-1. */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. Versions 0+. */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. Versions 1+. */
  endpointType: number;
}

export function decodeDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'DescribeClusterRequest', version });
  }
  try {
    return readDescribeClusterRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeClusterRequest', version);
  }
}

export function encodeDescribeClusterRequest(w: Writer, v: DescribeClusterRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`DescribeClusterRequest has no version ${version} (valid: 0-1)`);
  }
  writeDescribeClusterRequest(w, v, version);
}

function readDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  let f = 'includeClusterAuthorizedOperations';
  try {
    const includeClusterAuthorizedOperations: boolean = r.bool();
    f = 'endpointType';
    let endpointType: number = 1;
    if (version >= 1) {
      endpointType = r.int8();
    }
    r.skipTaggedFields();
    return { includeClusterAuthorizedOperations, endpointType };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeClusterRequest(w: Writer, v: DescribeClusterRequest, version: number): void {
  w.bool(v.includeClusterAuthorizedOperations);
  if (version >= 1) {
    w.int8(v.endpointType);
  }
  if (!(version >= 1) && !(v.endpointType === 1)) throw new UnsupportedVersionError(`DescribeClusterRequest v${version} cannot express a non-default value in field endpointType`);
  w.uvarint(0);
}
