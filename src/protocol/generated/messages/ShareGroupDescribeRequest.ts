// Generated from messages/ShareGroupDescribeRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupDescribeRequest (request), versions 0. */
export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe Versions 0+. */
  groupIds: string[];
  /** Whether to include authorized operations. Versions 0+. */
  includeAuthorizedOperations: boolean;
}

export function decodeShareGroupDescribeRequest(r: Reader, version: number): ShareGroupDescribeRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupDescribeRequest', version });
  }
  try {
    return readShareGroupDescribeRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupDescribeRequest', version);
  }
}

export function encodeShareGroupDescribeRequest(w: Writer, v: ShareGroupDescribeRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupDescribeRequest has no version ${version} (valid: 0)`);
  }
  writeShareGroupDescribeRequest(w, v, version);
}

function readShareGroupDescribeRequest(r: Reader, version: number): ShareGroupDescribeRequest {
  let f = 'groupIds';
  try {
    let groupIds: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        groupIds = a;
      }
    }
    f = 'includeAuthorizedOperations';
    const includeAuthorizedOperations: boolean = r.bool();
    r.skipTaggedFields();
    return { groupIds, includeAuthorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupDescribeRequest(w: Writer, v: ShareGroupDescribeRequest, version: number): void {
  {
    w.arrayLength(v.groupIds.length, true);
    for (const e of v.groupIds) w.compactString(e);
  }
  w.bool(v.includeAuthorizedOperations);
  w.uvarint(0);
}
