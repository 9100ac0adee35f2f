// Generated from records/ShareGroupPartitionMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupPartitionMetadataKey (data), versions 9. */
export interface ShareGroupPartitionMetadataKey {
  /** The group id. Versions 9. */
  groupId: string;
}

export function decodeShareGroupPartitionMetadataKey(r: Reader, version: number): ShareGroupPartitionMetadataKey {
  if (!(version >= 9 && version <= 9)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 9)`, { api: 'ShareGroupPartitionMetadataKey', version });
  }
  try {
    return readShareGroupPartitionMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupPartitionMetadataKey', version);
  }
}

export function encodeShareGroupPartitionMetadataKey(w: Writer, v: ShareGroupPartitionMetadataKey, version: number): void {
  if (!(version >= 9 && version <= 9)) {
    throw new UnsupportedVersionError(`ShareGroupPartitionMetadataKey has no version ${version} (valid: 9)`);
  }
  writeShareGroupPartitionMetadataKey(w, v, version);
}

function readShareGroupPartitionMetadataKey(r: Reader, version: number): ShareGroupPartitionMetadataKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    return { groupId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupPartitionMetadataKey(w: Writer, v: ShareGroupPartitionMetadataKey, version: number): void {
  w.string(v.groupId);
}
