// Generated from records/ConsumerGroupPartitionMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupPartitionMetadataKey (data), versions 4. */
export interface ConsumerGroupPartitionMetadataKey {
  /** The group id. Versions 4. */
  groupId: string;
}

export function decodeConsumerGroupPartitionMetadataKey(r: Reader, version: number): ConsumerGroupPartitionMetadataKey {
  if (!(version >= 4 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 4)`, { api: 'ConsumerGroupPartitionMetadataKey', version });
  }
  try {
    return readConsumerGroupPartitionMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupPartitionMetadataKey', version);
  }
}

export function encodeConsumerGroupPartitionMetadataKey(w: Writer, v: ConsumerGroupPartitionMetadataKey, version: number): void {
  if (!(version >= 4 && version <= 4)) {
    throw new UnsupportedVersionError(`ConsumerGroupPartitionMetadataKey has no version ${version} (valid: 4)`);
  }
  writeConsumerGroupPartitionMetadataKey(w, v, version);
}

function readConsumerGroupPartitionMetadataKey(r: Reader, version: number): ConsumerGroupPartitionMetadataKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    return { groupId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupPartitionMetadataKey(w: Writer, v: ConsumerGroupPartitionMetadataKey, version: number): void {
  w.string(v.groupId);
}
