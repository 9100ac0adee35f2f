// Generated from records/ConsumerGroupCurrentMemberAssignmentKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupCurrentMemberAssignmentKey (data), versions 8. */
export interface ConsumerGroupCurrentMemberAssignmentKey {
  /** The group id. Versions 8. */
  groupId: string;
  /** The member id. Versions 8. */
  memberId: string;
}

export function decodeConsumerGroupCurrentMemberAssignmentKey(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentKey {
  if (!(version >= 8 && version <= 8)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 8)`, { api: 'ConsumerGroupCurrentMemberAssignmentKey', version });
  }
  try {
    return readConsumerGroupCurrentMemberAssignmentKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupCurrentMemberAssignmentKey', version);
  }
}

export function encodeConsumerGroupCurrentMemberAssignmentKey(w: Writer, v: ConsumerGroupCurrentMemberAssignmentKey, version: number): void {
  if (!(version >= 8 && version <= 8)) {
    throw new UnsupportedVersionError(`ConsumerGroupCurrentMemberAssignmentKey has no version ${version} (valid: 8)`);
  }
  writeConsumerGroupCurrentMemberAssignmentKey(w, v, version);
}

function readConsumerGroupCurrentMemberAssignmentKey(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    f = 'memberId';
    const memberId: string = r.string();
    return { groupId, memberId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupCurrentMemberAssignmentKey(w: Writer, v: ConsumerGroupCurrentMemberAssignmentKey, version: number): void {
  w.string(v.groupId);
  w.string(v.memberId);
}
