// Generated from records/ConsumerGroupPartitionMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupPartitionMetadataValue (data), versions 0. */
export interface ConsumerGroupPartitionMetadataValue {
  /** The list of topic metadata. Versions 0+. */
  topics: ConsumerGroupPartitionMetadataValueTopicMetadata[];
}

export interface ConsumerGroupPartitionMetadataValueTopicMetadata {
  /** The topic id. Versions 0+. */
  topicId: string;
  /** The topic name. Versions 0+. */
  topicName: string;
  /** The number of partitions of the topic. Versions 0+. */
  numPartitions: number;
  /** Deprecated: this field is not used after 4.0. Partitions mapped to a set of racks. If the rack information is unavailable for all the partitions, an empty list is stored Versions 0+. */
  partitionMetadata: ConsumerGroupPartitionMetadataValuePartitionMetadata[];
}

export interface ConsumerGroupPartitionMetadataValuePartitionMetadata {
  /** The partition number. Versions 0+. */
  partition: number;
  /** The set of racks that the partition is mapped to. Versions 0+. */
  racks: string[];
}

export function decodeConsumerGroupPartitionMetadataValue(r: Reader, version: number): ConsumerGroupPartitionMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConsumerGroupPartitionMetadataValue', version });
  }
  try {
    return readConsumerGroupPartitionMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupPartitionMetadataValue', version);
  }
}

export function encodeConsumerGroupPartitionMetadataValue(w: Writer, v: ConsumerGroupPartitionMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConsumerGroupPartitionMetadataValue has no version ${version} (valid: 0)`);
  }
  writeConsumerGroupPartitionMetadataValue(w, v, version);
}

function readConsumerGroupPartitionMetadataValue(r: Reader, version: number): ConsumerGroupPartitionMetadataValue {
  let f = 'topics';
  try {
    let topics: ConsumerGroupPartitionMetadataValueTopicMetadata[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupPartitionMetadataValueTopicMetadata[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupPartitionMetadataValueTopicMetadata(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupPartitionMetadataValueTopicMetadata(r: Reader, version: number): ConsumerGroupPartitionMetadataValueTopicMetadata {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'topicName';
    const topicName: string = r.compactString();
    f = 'numPartitions';
    const numPartitions: number = r.int32();
    f = 'partitionMetadata';
    let partitionMetadata: ConsumerGroupPartitionMetadataValuePartitionMetadata[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupPartitionMetadataValuePartitionMetadata[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupPartitionMetadataValuePartitionMetadata(r, version));
        partitionMetadata = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, topicName, numPartitions, partitionMetadata };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupPartitionMetadataValuePartitionMetadata(r: Reader, version: number): ConsumerGroupPartitionMetadataValuePartitionMetadata {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'racks';
    let racks: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        racks = a;
      }
    }
    r.skipTaggedFields();
    return { partition, racks };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupPartitionMetadataValue(w: Writer, v: ConsumerGroupPartitionMetadataValue, version: number): void {
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeConsumerGroupPartitionMetadataValueTopicMetadata(w, e, version);
  }
  w.uvarint(0);
}

function writeConsumerGroupPartitionMetadataValueTopicMetadata(w: Writer, v: ConsumerGroupPartitionMetadataValueTopicMetadata, version: number): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  w.int32(v.numPartitions);
  {
    w.arrayLength(v.partitionMetadata.length, true);
    for (const e of v.partitionMetadata) writeConsumerGroupPartitionMetadataValuePartitionMetadata(w, e, version);
  }
  w.uvarint(0);
}

function writeConsumerGroupPartitionMetadataValuePartitionMetadata(w: Writer, v: ConsumerGroupPartitionMetadataValuePartitionMetadata, version: number): void {
  w.int32(v.partition);
  {
    w.arrayLength(v.racks.length, true);
    for (const e of v.racks) w.compactString(e);
  }
  w.uvarint(0);
}
