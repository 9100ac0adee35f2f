// Generated from records/ShareGroupMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupMetadataValue (data), versions 0. */
export interface ShareGroupMetadataValue {
  /** The group epoch. Versions 0+. */
  epoch: number;
}

export function decodeShareGroupMetadataValue(r: Reader, version: number): ShareGroupMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupMetadataValue', version });
  }
  try {
    return readShareGroupMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupMetadataValue', version);
  }
}

export function encodeShareGroupMetadataValue(w: Writer, v: ShareGroupMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupMetadataValue has no version ${version} (valid: 0)`);
  }
  writeShareGroupMetadataValue(w, v, version);
}

function readShareGroupMetadataValue(r: Reader, version: number): ShareGroupMetadataValue {
  let f = 'epoch';
  try {
    const epoch: number = r.int32();
    r.skipTaggedFields();
    return { epoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupMetadataValue(w: Writer, v: ShareGroupMetadataValue, version: number): void {
  w.int32(v.epoch);
  w.uvarint(0);
}
