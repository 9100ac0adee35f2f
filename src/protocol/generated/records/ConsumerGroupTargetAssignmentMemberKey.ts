// Generated from records/ConsumerGroupTargetAssignmentMemberKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupTargetAssignmentMemberKey (data), versions 7. */
export interface ConsumerGroupTargetAssignmentMemberKey {
  /** The group id. Versions 7. */
  groupId: string;
  /** The member id. Versions 7. */
  memberId: string;
}

export function decodeConsumerGroupTargetAssignmentMemberKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberKey {
  if (!(version >= 7 && version <= 7)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 7)`, { api: 'ConsumerGroupTargetAssignmentMemberKey', version });
  }
  try {
    return readConsumerGroupTargetAssignmentMemberKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupTargetAssignmentMemberKey', version);
  }
}

export function encodeConsumerGroupTargetAssignmentMemberKey(w: Writer, v: ConsumerGroupTargetAssignmentMemberKey, version: number): void {
  if (!(version >= 7 && version <= 7)) {
    throw new UnsupportedVersionError(`ConsumerGroupTargetAssignmentMemberKey has no version ${version} (valid: 7)`);
  }
  writeConsumerGroupTargetAssignmentMemberKey(w, v, version);
}

function readConsumerGroupTargetAssignmentMemberKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberKey {
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

function writeConsumerGroupTargetAssignmentMemberKey(w: Writer, v: ConsumerGroupTargetAssignmentMemberKey, version: number): void {
  w.string(v.groupId);
  w.string(v.memberId);
}
