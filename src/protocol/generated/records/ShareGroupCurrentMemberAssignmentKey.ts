// Generated from records/ShareGroupCurrentMemberAssignmentKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupCurrentMemberAssignmentKey (data), versions 14. */
export interface ShareGroupCurrentMemberAssignmentKey {
  /** The group id. Versions 14. */
  groupId: string;
  /** The member id. Versions 14. */
  memberId: string;
}

export function decodeShareGroupCurrentMemberAssignmentKey(r: Reader, version: number): ShareGroupCurrentMemberAssignmentKey {
  if (!(version >= 14 && version <= 14)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 14)`, { api: 'ShareGroupCurrentMemberAssignmentKey', version });
  }
  try {
    return readShareGroupCurrentMemberAssignmentKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupCurrentMemberAssignmentKey', version);
  }
}

export function encodeShareGroupCurrentMemberAssignmentKey(w: Writer, v: ShareGroupCurrentMemberAssignmentKey, version: number): void {
  if (!(version >= 14 && version <= 14)) {
    throw new UnsupportedVersionError(`ShareGroupCurrentMemberAssignmentKey has no version ${version} (valid: 14)`);
  }
  writeShareGroupCurrentMemberAssignmentKey(w, v, version);
}

function readShareGroupCurrentMemberAssignmentKey(r: Reader, version: number): ShareGroupCurrentMemberAssignmentKey {
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

function writeShareGroupCurrentMemberAssignmentKey(w: Writer, v: ShareGroupCurrentMemberAssignmentKey, version: number): void {
  w.string(v.groupId);
  w.string(v.memberId);
}
