// Generated from records/ShareGroupTargetAssignmentMemberValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupTargetAssignmentMemberValue (data), versions 0. */
export interface ShareGroupTargetAssignmentMemberValue {
  /** The assigned partitions. Versions 0+. */
  topicPartitions: ShareGroupTargetAssignmentMemberValueTopicPartition[];
}

export interface ShareGroupTargetAssignmentMemberValueTopicPartition {
  /** Versions 0+. */
  topicId: string;
  /** Versions 0+. */
  partitions: number[];
}

export function decodeShareGroupTargetAssignmentMemberValue(r: Reader, version: number): ShareGroupTargetAssignmentMemberValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupTargetAssignmentMemberValue', version });
  }
  try {
    return readShareGroupTargetAssignmentMemberValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupTargetAssignmentMemberValue', version);
  }
}

export function encodeShareGroupTargetAssignmentMemberValue(w: Writer, v: ShareGroupTargetAssignmentMemberValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupTargetAssignmentMemberValue has no version ${version} (valid: 0)`);
  }
  writeShareGroupTargetAssignmentMemberValue(w, v, version);
}

function readShareGroupTargetAssignmentMemberValue(r: Reader, version: number): ShareGroupTargetAssignmentMemberValue {
  let f = 'topicPartitions';
  try {
    let topicPartitions: ShareGroupTargetAssignmentMemberValueTopicPartition[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupTargetAssignmentMemberValueTopicPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupTargetAssignmentMemberValueTopicPartition(r, version));
        topicPartitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicPartitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupTargetAssignmentMemberValueTopicPartition(r: Reader, version: number): ShareGroupTargetAssignmentMemberValueTopicPartition {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupTargetAssignmentMemberValue(w: Writer, v: ShareGroupTargetAssignmentMemberValue, version: number): void {
  {
    w.arrayLength(v.topicPartitions.length, true);
    for (const e of v.topicPartitions) writeShareGroupTargetAssignmentMemberValueTopicPartition(w, e, version);
  }
  w.uvarint(0);
}

function writeShareGroupTargetAssignmentMemberValueTopicPartition(w: Writer, v: ShareGroupTargetAssignmentMemberValueTopicPartition, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}
