// Generated from messages/ConsumerGroupDescribeRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupDescribeRequest (request), versions 0. */
export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe Versions 0+. */
  groupIds: string[];
  /** Whether to include authorized operations. Versions 0+. */
  includeAuthorizedOperations: boolean;
}

export function decodeConsumerGroupDescribeRequest(r: Reader, version: number): ConsumerGroupDescribeRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConsumerGroupDescribeRequest', version });
  }
  try {
    return readConsumerGroupDescribeRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupDescribeRequest', version);
  }
}

export function encodeConsumerGroupDescribeRequest(w: Writer, v: ConsumerGroupDescribeRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConsumerGroupDescribeRequest has no version ${version} (valid: 0)`);
  }
  writeConsumerGroupDescribeRequest(w, v, version);
}

function readConsumerGroupDescribeRequest(r: Reader, version: number): ConsumerGroupDescribeRequest {
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

function writeConsumerGroupDescribeRequest(w: Writer, v: ConsumerGroupDescribeRequest, version: number): void {
  {
    w.arrayLength(v.groupIds.length, true);
    for (const e of v.groupIds) w.compactString(e);
  }
  w.bool(v.includeAuthorizedOperations);
  w.uvarint(0);
}
