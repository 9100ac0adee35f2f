// Generated from records/ShareGroupMemberMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupMemberMetadataKey (data), versions 10. */
export interface ShareGroupMemberMetadataKey {
  /** The group id. Versions 10. */
  groupId: string;
  /** The member id. Versions 10. */
  memberId: string;
}

export function decodeShareGroupMemberMetadataKey(r: Reader, version: number): ShareGroupMemberMetadataKey {
  if (!(version >= 10 && version <= 10)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 10)`, { api: 'ShareGroupMemberMetadataKey', version });
  }
  try {
    return readShareGroupMemberMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupMemberMetadataKey', version);
  }
}

export function encodeShareGroupMemberMetadataKey(w: Writer, v: ShareGroupMemberMetadataKey, version: number): void {
  if (!(version >= 10 && version <= 10)) {
    throw new UnsupportedVersionError(`ShareGroupMemberMetadataKey has no version ${version} (valid: 10)`);
  }
  writeShareGroupMemberMetadataKey(w, v, version);
}

function readShareGroupMemberMetadataKey(r: Reader, version: number): ShareGroupMemberMetadataKey {
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

function writeShareGroupMemberMetadataKey(w: Writer, v: ShareGroupMemberMetadataKey, version: number): void {
  w.string(v.groupId);
  w.string(v.memberId);
}
