// Generated from records/ShareGroupMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupMetadataKey (data), versions 11. */
export interface ShareGroupMetadataKey {
  /** The group id. Versions 11. */
  groupId: string;
}

export function decodeShareGroupMetadataKey(r: Reader, version: number): ShareGroupMetadataKey {
  if (!(version >= 11 && version <= 11)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 11)`, { api: 'ShareGroupMetadataKey', version });
  }
  try {
    return readShareGroupMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupMetadataKey', version);
  }
}

export function encodeShareGroupMetadataKey(w: Writer, v: ShareGroupMetadataKey, version: number): void {
  if (!(version >= 11 && version <= 11)) {
    throw new UnsupportedVersionError(`ShareGroupMetadataKey has no version ${version} (valid: 11)`);
  }
  writeShareGroupMetadataKey(w, v, version);
}

function readShareGroupMetadataKey(r: Reader, version: number): ShareGroupMetadataKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    return { groupId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupMetadataKey(w: Writer, v: ShareGroupMetadataKey, version: number): void {
  w.string(v.groupId);
}
