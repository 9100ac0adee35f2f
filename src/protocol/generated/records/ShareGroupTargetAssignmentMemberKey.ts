// Generated from records/ShareGroupTargetAssignmentMemberKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupTargetAssignmentMemberKey (data), versions 13. */
export interface ShareGroupTargetAssignmentMemberKey {
  /** The group id. Versions 13. */
  groupId: string;
  /** The member id. Versions 13. */
  memberId: string;
}

export function decodeShareGroupTargetAssignmentMemberKey(r: Reader, version: number): ShareGroupTargetAssignmentMemberKey {
  if (!(version >= 13 && version <= 13)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 13)`, { api: 'ShareGroupTargetAssignmentMemberKey', version });
  }
  try {
    return readShareGroupTargetAssignmentMemberKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupTargetAssignmentMemberKey', version);
  }
}

export function encodeShareGroupTargetAssignmentMemberKey(w: Writer, v: ShareGroupTargetAssignmentMemberKey, version: number): void {
  if (!(version >= 13 && version <= 13)) {
    throw new UnsupportedVersionError(`ShareGroupTargetAssignmentMemberKey has no version ${version} (valid: 13)`);
  }
  writeShareGroupTargetAssignmentMemberKey(w, v, version);
}

function readShareGroupTargetAssignmentMemberKey(r: Reader, version: number): ShareGroupTargetAssignmentMemberKey {
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

function writeShareGroupTargetAssignmentMemberKey(w: Writer, v: ShareGroupTargetAssignmentMemberKey, version: number): void {
  w.string(v.groupId);
  w.string(v.memberId);
}
