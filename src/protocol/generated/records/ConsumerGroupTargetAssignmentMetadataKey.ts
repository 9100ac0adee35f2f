// Generated from records/ConsumerGroupTargetAssignmentMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupTargetAssignmentMetadataKey (data), versions 6. */
export interface ConsumerGroupTargetAssignmentMetadataKey {
  /** The group id. Versions 6. */
  groupId: string;
}

export function decodeConsumerGroupTargetAssignmentMetadataKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataKey {
  if (!(version >= 6 && version <= 6)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 6)`, { api: 'ConsumerGroupTargetAssignmentMetadataKey', version });
  }
  try {
    return readConsumerGroupTargetAssignmentMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupTargetAssignmentMetadataKey', version);
  }
}

export function encodeConsumerGroupTargetAssignmentMetadataKey(w: Writer, v: ConsumerGroupTargetAssignmentMetadataKey, version: number): void {
  if (!(version >= 6 && version <= 6)) {
    throw new UnsupportedVersionError(`ConsumerGroupTargetAssignmentMetadataKey has no version ${version} (valid: 6)`);
  }
  writeConsumerGroupTargetAssignmentMetadataKey(w, v, version);
}

function readConsumerGroupTargetAssignmentMetadataKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    return { groupId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupTargetAssignmentMetadataKey(w: Writer, v: ConsumerGroupTargetAssignmentMetadataKey, version: number): void {
  w.string(v.groupId);
}
