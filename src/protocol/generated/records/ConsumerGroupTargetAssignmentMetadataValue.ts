// Generated from records/ConsumerGroupTargetAssignmentMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupTargetAssignmentMetadataValue (data), versions 0. */
export interface ConsumerGroupTargetAssignmentMetadataValue {
  /** The assignment epoch. Versions 0+. */
  assignmentEpoch: number;
}

export function decodeConsumerGroupTargetAssignmentMetadataValue(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConsumerGroupTargetAssignmentMetadataValue', version });
  }
  try {
    return readConsumerGroupTargetAssignmentMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupTargetAssignmentMetadataValue', version);
  }
}

export function encodeConsumerGroupTargetAssignmentMetadataValue(w: Writer, v: ConsumerGroupTargetAssignmentMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConsumerGroupTargetAssignmentMetadataValue has no version ${version} (valid: 0)`);
  }
  writeConsumerGroupTargetAssignmentMetadataValue(w, v, version);
}

function readConsumerGroupTargetAssignmentMetadataValue(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataValue {
  let f = 'assignmentEpoch';
  try {
    const assignmentEpoch: number = r.int32();
    r.skipTaggedFields();
    return { assignmentEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupTargetAssignmentMetadataValue(w: Writer, v: ConsumerGroupTargetAssignmentMetadataValue, version: number): void {
  w.int32(v.assignmentEpoch);
  w.uvarint(0);
}
