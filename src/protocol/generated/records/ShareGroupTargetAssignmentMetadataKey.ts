// Generated from records/ShareGroupTargetAssignmentMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupTargetAssignmentMetadataKey (data), versions 12. */
export interface ShareGroupTargetAssignmentMetadataKey {
  /** The group id. Versions 12. */
  groupId: string;
}

export function decodeShareGroupTargetAssignmentMetadataKey(r: Reader, version: number): ShareGroupTargetAssignmentMetadataKey {
  if (!(version >= 12 && version <= 12)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 12)`, { api: 'ShareGroupTargetAssignmentMetadataKey', version });
  }
  try {
    return readShareGroupTargetAssignmentMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupTargetAssignmentMetadataKey', version);
  }
}

export function encodeShareGroupTargetAssignmentMetadataKey(w: Writer, v: ShareGroupTargetAssignmentMetadataKey, version: number): void {
  if (!(version >= 12 && version <= 12)) {
    throw new UnsupportedVersionError(`ShareGroupTargetAssignmentMetadataKey has no version ${version} (valid: 12)`);
  }
  writeShareGroupTargetAssignmentMetadataKey(w, v, version);
}

function readShareGroupTargetAssignmentMetadataKey(r: Reader, version: number): ShareGroupTargetAssignmentMetadataKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    return { groupId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupTargetAssignmentMetadataKey(w: Writer, v: ShareGroupTargetAssignmentMetadataKey, version: number): void {
  w.string(v.groupId);
}
