// Generated from records/ConsumerGroupMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupMetadataKey (data), versions 3. */
export interface ConsumerGroupMetadataKey {
  /** The group id. Versions 3. */
  groupId: string;
}

export function decodeConsumerGroupMetadataKey(r: Reader, version: number): ConsumerGroupMetadataKey {
  if (!(version >= 3 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 3)`, { api: 'ConsumerGroupMetadataKey', version });
  }
  try {
    return readConsumerGroupMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupMetadataKey', version);
  }
}

export function encodeConsumerGroupMetadataKey(w: Writer, v: ConsumerGroupMetadataKey, version: number): void {
  if (!(version >= 3 && version <= 3)) {
    throw new UnsupportedVersionError(`ConsumerGroupMetadataKey has no version ${version} (valid: 3)`);
  }
  writeConsumerGroupMetadataKey(w, v, version);
}

function readConsumerGroupMetadataKey(r: Reader, version: number): ConsumerGroupMetadataKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    return { groupId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupMetadataKey(w: Writer, v: ConsumerGroupMetadataKey, version: number): void {
  w.string(v.groupId);
}
