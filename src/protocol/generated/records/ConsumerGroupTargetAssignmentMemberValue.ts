// Generated from records/ConsumerGroupTargetAssignmentMemberValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupTargetAssignmentMemberValue (data), versions 0. */
export interface ConsumerGroupTargetAssignmentMemberValue {
  /** The assigned partitions. Versions 0+. */
  topicPartitions: ConsumerGroupTargetAssignmentMemberValueTopicPartition[];
}

export interface ConsumerGroupTargetAssignmentMemberValueTopicPartition {
  /** Versions 0+. */
  topicId: string;
  /** Versions 0+. */
  partitions: number[];
}

export function decodeConsumerGroupTargetAssignmentMemberValue(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConsumerGroupTargetAssignmentMemberValue', version });
  }
  try {
    return readConsumerGroupTargetAssignmentMemberValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupTargetAssignmentMemberValue', version);
  }
}

export function encodeConsumerGroupTargetAssignmentMemberValue(w: Writer, v: ConsumerGroupTargetAssignmentMemberValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConsumerGroupTargetAssignmentMemberValue has no version ${version} (valid: 0)`);
  }
  writeConsumerGroupTargetAssignmentMemberValue(w, v, version);
}

function readConsumerGroupTargetAssignmentMemberValue(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberValue {
  let f = 'topicPartitions';
  try {
    let topicPartitions: ConsumerGroupTargetAssignmentMemberValueTopicPartition[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupTargetAssignmentMemberValueTopicPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupTargetAssignmentMemberValueTopicPartition(r, version));
        topicPartitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicPartitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupTargetAssignmentMemberValueTopicPartition(r: Reader, version: number): ConsumerGroupTargetAssignmentMemberValueTopicPartition {
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

function writeConsumerGroupTargetAssignmentMemberValue(w: Writer, v: ConsumerGroupTargetAssignmentMemberValue, version: number): void {
  {
    w.arrayLength(v.topicPartitions.length, true);
    for (const e of v.topicPartitions) writeConsumerGroupTargetAssignmentMemberValueTopicPartition(w, e, version);
  }
  w.uvarint(0);
}

function writeConsumerGroupTargetAssignmentMemberValueTopicPartition(w: Writer, v: ConsumerGroupTargetAssignmentMemberValueTopicPartition, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}
