// Generated from records/GroupMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** GroupMetadataKey (data), versions 2. */
export interface GroupMetadataKey {
  /** Versions 2. */
  group: string;
}

export function decodeGroupMetadataKey(r: Reader, version: number): GroupMetadataKey {
  if (!(version >= 2 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 2)`, { api: 'GroupMetadataKey', version });
  }
  try {
    return readGroupMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'GroupMetadataKey', version);
  }
}

export function encodeGroupMetadataKey(w: Writer, v: GroupMetadataKey, version: number): void {
  if (!(version >= 2 && version <= 2)) {
    throw new UnsupportedVersionError(`GroupMetadataKey has no version ${version} (valid: 2)`);
  }
  writeGroupMetadataKey(w, v, version);
}

function readGroupMetadataKey(r: Reader, version: number): GroupMetadataKey {
  let f = 'group';
  try {
    const group: string = r.string();
    return { group };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeGroupMetadataKey(w: Writer, v: GroupMetadataKey, version: number): void {
  w.string(v.group);
}
