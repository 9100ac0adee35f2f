// Generated from records/ShareGroupPartitionMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupPartitionMetadataValue (data), versions 0. */
export interface ShareGroupPartitionMetadataValue {
  /** The list of topic metadata. Versions 0+. */
  topics: ShareGroupPartitionMetadataValueTopicMetadata[];
}

export interface ShareGroupPartitionMetadataValueTopicMetadata {
  /** The topic id. Versions 0+. */
  topicId: string;
  /** The topic name. Versions 0+. */
  topicName: string;
  /** The number of partitions of the topic. Versions 0+. */
  numPartitions: number;
  /** Partitions mapped to a set of racks. If the rack information is unavailable for all the partitions, an empty list is stored Versions 0+. */
  partitionMetadata: ShareGroupPartitionMetadataValuePartitionMetadata[];
}

export interface ShareGroupPartitionMetadataValuePartitionMetadata {
  /** The partition number. Versions 0+. */
  partition: number;
  /** The set of racks that the partition is mapped to. Versions 0+. */
  racks: string[];
}

export function decodeShareGroupPartitionMetadataValue(r: Reader, version: number): ShareGroupPartitionMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupPartitionMetadataValue', version });
  }
  try {
    return readShareGroupPartitionMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupPartitionMetadataValue', version);
  }
}

export function encodeShareGroupPartitionMetadataValue(w: Writer, v: ShareGroupPartitionMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupPartitionMetadataValue has no version ${version} (valid: 0)`);
  }
  writeShareGroupPartitionMetadataValue(w, v, version);
}

function readShareGroupPartitionMetadataValue(r: Reader, version: number): ShareGroupPartitionMetadataValue {
  let f = 'topics';
  try {
    let topics: ShareGroupPartitionMetadataValueTopicMetadata[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupPartitionMetadataValueTopicMetadata[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupPartitionMetadataValueTopicMetadata(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupPartitionMetadataValueTopicMetadata(r: Reader, version: number): ShareGroupPartitionMetadataValueTopicMetadata {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'topicName';
    const topicName: string = r.compactString();
    f = 'numPartitions';
    const numPartitions: number = r.int32();
    f = 'partitionMetadata';
    let partitionMetadata: ShareGroupPartitionMetadataValuePartitionMetadata[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupPartitionMetadataValuePartitionMetadata[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupPartitionMetadataValuePartitionMetadata(r, version));
        partitionMetadata = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, topicName, numPartitions, partitionMetadata };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupPartitionMetadataValuePartitionMetadata(r: Reader, version: number): ShareGroupPartitionMetadataValuePartitionMetadata {
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

function writeShareGroupPartitionMetadataValue(w: Writer, v: ShareGroupPartitionMetadataValue, version: number): void {
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeShareGroupPartitionMetadataValueTopicMetadata(w, e, version);
  }
  w.uvarint(0);
}

function writeShareGroupPartitionMetadataValueTopicMetadata(w: Writer, v: ShareGroupPartitionMetadataValueTopicMetadata, version: number): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  w.int32(v.numPartitions);
  {
    w.arrayLength(v.partitionMetadata.length, true);
    for (const e of v.partitionMetadata) writeShareGroupPartitionMetadataValuePartitionMetadata(w, e, version);
  }
  w.uvarint(0);
}

function writeShareGroupPartitionMetadataValuePartitionMetadata(w: Writer, v: ShareGroupPartitionMetadataValuePartitionMetadata, version: number): void {
  w.int32(v.partition);
  {
    w.arrayLength(v.racks.length, true);
    for (const e of v.racks) w.compactString(e);
  }
  w.uvarint(0);
}
