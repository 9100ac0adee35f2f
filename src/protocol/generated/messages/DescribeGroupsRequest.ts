// Generated from messages/DescribeGroupsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeGroupsRequest (request), versions 0-5. */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe Versions 0+. */
  groups: string[];
  /** Whether to include authorized operations. Versions 3+. */
  includeAuthorizedOperations: boolean;
}

export function decodeDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'DescribeGroupsRequest', version });
  }
  try {
    return readDescribeGroupsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeGroupsRequest', version);
  }
}

export function encodeDescribeGroupsRequest(w: Writer, v: DescribeGroupsRequest, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`DescribeGroupsRequest has no version ${version} (valid: 0-5)`);
  }
  writeDescribeGroupsRequest(w, v, version);
}

function readDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  let f = 'groups';
  try {
    let groups: string[];
    {
      const n = r.arrayLength(version >= 5);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push((version >= 5 ? r.compactString() : r.string()));
        groups = a;
      }
    }
    f = 'includeAuthorizedOperations';
    let includeAuthorizedOperations: boolean = false;
    if (version >= 3) {
      includeAuthorizedOperations = r.bool();
    }
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { groups, includeAuthorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeGroupsRequest(w: Writer, v: DescribeGroupsRequest, version: number): void {
  {
    w.arrayLength(v.groups.length, version >= 5);
    for (const e of v.groups) if (version >= 5) w.compactString(e); else w.string(e);
  }
  if (version >= 3) {
    w.bool(v.includeAuthorizedOperations);
  }
  if (!(version >= 3) && !(v.includeAuthorizedOperations === false)) throw new UnsupportedVersionError(`DescribeGroupsRequest v${version} cannot express a non-default value in field includeAuthorizedOperations`);
  if (version >= 5) {
    w.uvarint(0);
  }
}
