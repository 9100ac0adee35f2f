// Generated from records/ConsumerGroupMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupMetadataValue (data), versions 0. */
export interface ConsumerGroupMetadataValue {
  /** The group epoch. Versions 0+. */
  epoch: number;
}

export function decodeConsumerGroupMetadataValue(r: Reader, version: number): ConsumerGroupMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConsumerGroupMetadataValue', version });
  }
  try {
    return readConsumerGroupMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupMetadataValue', version);
  }
}

export function encodeConsumerGroupMetadataValue(w: Writer, v: ConsumerGroupMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConsumerGroupMetadataValue has no version ${version} (valid: 0)`);
  }
  writeConsumerGroupMetadataValue(w, v, version);
}

function readConsumerGroupMetadataValue(r: Reader, version: number): ConsumerGroupMetadataValue {
  let f = 'epoch';
  try {
    const epoch: number = r.int32();
    r.skipTaggedFields();
    return { epoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupMetadataValue(w: Writer, v: ConsumerGroupMetadataValue, version: number): void {
  w.int32(v.epoch);
  w.uvarint(0);
}
