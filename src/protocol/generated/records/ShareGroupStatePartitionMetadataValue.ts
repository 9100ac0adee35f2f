// Generated from records/ShareGroupStatePartitionMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupStatePartitionMetadataValue (data), versions 0. */
export interface ShareGroupStatePartitionMetadataValue {
  /** The topics with initialized share-group state. Versions 0+. */
  initializedTopics: ShareGroupStatePartitionMetadataValueTopicPartitionsInfo[];
  /** The topics whose share-group state is being deleted. Versions 0+. */
  deletingTopics: ShareGroupStatePartitionMetadataValueTopicInfo[];
}

export interface ShareGroupStatePartitionMetadataValueTopicPartitionsInfo {
  /** The topic identifier. Versions 0+. */
  topicId: string;
  /** The topic name. Versions 0+. */
  topicName: string;
  /** The partitions. Versions 0+. */
  partitions: number[];
}

export interface ShareGroupStatePartitionMetadataValueTopicInfo {
  /** The topic identifier. Versions 0+. */
  topicId: string;
  /** The topic name. Versions 0+. */
  topicName: string;
}

export function decodeShareGroupStatePartitionMetadataValue(r: Reader, version: number): ShareGroupStatePartitionMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupStatePartitionMetadataValue', version });
  }
  try {
    return readShareGroupStatePartitionMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupStatePartitionMetadataValue', version);
  }
}

export function encodeShareGroupStatePartitionMetadataValue(w: Writer, v: ShareGroupStatePartitionMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupStatePartitionMetadataValue has no version ${version} (valid: 0)`);
  }
  writeShareGroupStatePartitionMetadataValue(w, v, version);
}

function readShareGroupStatePartitionMetadataValue(r: Reader, version: number): ShareGroupStatePartitionMetadataValue {
  let f = 'initializedTopics';
  try {
    let initializedTopics: ShareGroupStatePartitionMetadataValueTopicPartitionsInfo[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupStatePartitionMetadataValueTopicPartitionsInfo[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupStatePartitionMetadataValueTopicPartitionsInfo(r, version));
        initializedTopics = a;
      }
    }
    f = 'deletingTopics';
    let deletingTopics: ShareGroupStatePartitionMetadataValueTopicInfo[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupStatePartitionMetadataValueTopicInfo[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupStatePartitionMetadataValueTopicInfo(r, version));
        deletingTopics = a;
      }
    }
    r.skipTaggedFields();
    return { initializedTopics, deletingTopics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupStatePartitionMetadataValueTopicPartitionsInfo(r: Reader, version: number): ShareGroupStatePartitionMetadataValueTopicPartitionsInfo {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'topicName';
    const topicName: string = r.compactString();
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
    return { topicId, topicName, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupStatePartitionMetadataValueTopicInfo(r: Reader, version: number): ShareGroupStatePartitionMetadataValueTopicInfo {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'topicName';
    const topicName: string = r.compactString();
    r.skipTaggedFields();
    return { topicId, topicName };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupStatePartitionMetadataValue(w: Writer, v: ShareGroupStatePartitionMetadataValue, version: number): void {
  {
    w.arrayLength(v.initializedTopics.length, true);
    for (const e of v.initializedTopics) writeShareGroupStatePartitionMetadataValueTopicPartitionsInfo(w, e, version);
  }
  {
    w.arrayLength(v.deletingTopics.length, true);
    for (const e of v.deletingTopics) writeShareGroupStatePartitionMetadataValueTopicInfo(w, e, version);
  }
  w.uvarint(0);
}

function writeShareGroupStatePartitionMetadataValueTopicPartitionsInfo(w: Writer, v: ShareGroupStatePartitionMetadataValueTopicPartitionsInfo, version: number): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}

function writeShareGroupStatePartitionMetadataValueTopicInfo(w: Writer, v: ShareGroupStatePartitionMetadataValueTopicInfo, version: number): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  w.uvarint(0);
}
