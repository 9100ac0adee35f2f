// Generated from records/ShareGroupTargetAssignmentMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupTargetAssignmentMetadataValue (data), versions 0. */
export interface ShareGroupTargetAssignmentMetadataValue {
  /** The assignment epoch. Versions 0+. */
  assignmentEpoch: number;
}

export function decodeShareGroupTargetAssignmentMetadataValue(r: Reader, version: number): ShareGroupTargetAssignmentMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupTargetAssignmentMetadataValue', version });
  }
  try {
    return readShareGroupTargetAssignmentMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupTargetAssignmentMetadataValue', version);
  }
}

export function encodeShareGroupTargetAssignmentMetadataValue(w: Writer, v: ShareGroupTargetAssignmentMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupTargetAssignmentMetadataValue has no version ${version} (valid: 0)`);
  }
  writeShareGroupTargetAssignmentMetadataValue(w, v, version);
}

function readShareGroupTargetAssignmentMetadataValue(r: Reader, version: number): ShareGroupTargetAssignmentMetadataValue {
  let f = 'assignmentEpoch';
  try {
    const assignmentEpoch: number = r.int32();
    r.skipTaggedFields();
    return { assignmentEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupTargetAssignmentMetadataValue(w: Writer, v: ShareGroupTargetAssignmentMetadataValue, version: number): void {
  w.int32(v.assignmentEpoch);
  w.uvarint(0);
}
