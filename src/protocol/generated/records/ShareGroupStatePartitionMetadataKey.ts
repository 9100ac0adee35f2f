// Generated from records/ShareGroupStatePartitionMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupStatePartitionMetadataKey (data), versions 15. */
export interface ShareGroupStatePartitionMetadataKey {
  /** The group id. Versions 15. */
  groupId: string;
}

export function decodeShareGroupStatePartitionMetadataKey(r: Reader, version: number): ShareGroupStatePartitionMetadataKey {
  if (!(version >= 15 && version <= 15)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 15)`, { api: 'ShareGroupStatePartitionMetadataKey', version });
  }
  try {
    return readShareGroupStatePartitionMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupStatePartitionMetadataKey', version);
  }
}

export function encodeShareGroupStatePartitionMetadataKey(w: Writer, v: ShareGroupStatePartitionMetadataKey, version: number): void {
  if (!(version >= 15 && version <= 15)) {
    throw new UnsupportedVersionError(`ShareGroupStatePartitionMetadataKey has no version ${version} (valid: 15)`);
  }
  writeShareGroupStatePartitionMetadataKey(w, v, version);
}

function readShareGroupStatePartitionMetadataKey(r: Reader, version: number): ShareGroupStatePartitionMetadataKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    return { groupId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupStatePartitionMetadataKey(w: Writer, v: ShareGroupStatePartitionMetadataKey, version: number): void {
  w.string(v.groupId);
}
