// Generated from messages/ConsumerProtocolAssignment.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerProtocolAssignment (data), versions 0-3. */
export interface ConsumerProtocolAssignment {
  /** Versions 0+. */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  /** Versions 0+, nullable in 0+. */
  userData: Buffer | null;
}

export interface ConsumerProtocolAssignmentTopicPartition {
  /** Versions 0+. */
  topic: string;
  /** Versions 0+. */
  partitions: number[];
}

export function decodeConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'ConsumerProtocolAssignment', version });
  }
  try {
    return readConsumerProtocolAssignment(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerProtocolAssignment', version);
  }
}

export function encodeConsumerProtocolAssignment(w: Writer, v: ConsumerProtocolAssignment, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`ConsumerProtocolAssignment has no version ${version} (valid: 0-3)`);
  }
  writeConsumerProtocolAssignment(w, v, version);
}

function readConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  let f = 'assignedPartitions';
  try {
    let assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerProtocolAssignmentTopicPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerProtocolAssignmentTopicPartition(r, version));
        assignedPartitions = a;
      }
    }
    f = 'userData';
    const userData: Buffer | null = r.nullableBytes();
    return { assignedPartitions, userData };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerProtocolAssignmentTopicPartition(r: Reader, version: number): ConsumerProtocolAssignmentTopicPartition {
  let f = 'topic';
  try {
    const topic: string = r.string();
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    return { topic, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerProtocolAssignment(w: Writer, v: ConsumerProtocolAssignment, version: number): void {
  {
    w.arrayLength(v.assignedPartitions.length, false);
    for (const e of v.assignedPartitions) writeConsumerProtocolAssignmentTopicPartition(w, e, version);
  }
  w.nullableBytes(v.userData);
}

function writeConsumerProtocolAssignmentTopicPartition(w: Writer, v: ConsumerProtocolAssignmentTopicPartition, version: number): void {
  w.string(v.topic);
  {
    w.arrayLength(v.partitions.length, false);
    for (const e of v.partitions) w.int32(e);
  }
}
