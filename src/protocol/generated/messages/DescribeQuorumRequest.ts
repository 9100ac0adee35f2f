// Generated from messages/DescribeQuorumRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeQuorumRequest (request), versions 0-2. */
export interface DescribeQuorumRequest {
  /** Versions 0+. */
  topics: DescribeQuorumRequestTopicData[];
}

export interface DescribeQuorumRequestTopicData {
  /** The topic name. Versions 0+. */
  topicName: string;
  /** Versions 0+. */
  partitions: DescribeQuorumRequestPartitionData[];
}

export interface DescribeQuorumRequestPartitionData {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
}

export function decodeDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'DescribeQuorumRequest', version });
  }
  try {
    return readDescribeQuorumRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeQuorumRequest', version);
  }
}

export function encodeDescribeQuorumRequest(w: Writer, v: DescribeQuorumRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`DescribeQuorumRequest has no version ${version} (valid: 0-2)`);
  }
  writeDescribeQuorumRequest(w, v, version);
}

function readDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  let f = 'topics';
  try {
    let topics: DescribeQuorumRequestTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeQuorumRequestTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeQuorumRequestTopicData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeQuorumRequestTopicData(r: Reader, version: number): DescribeQuorumRequestTopicData {
  let f = 'topicName';
  try {
    const topicName: string = r.compactString();
    f = 'partitions';
    let partitions: DescribeQuorumRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeQuorumRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeQuorumRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicName, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeQuorumRequestPartitionData(r: Reader, version: number): DescribeQuorumRequestPartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    r.skipTaggedFields();
    return { partitionIndex };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeQuorumRequest(w: Writer, v: DescribeQuorumRequest, version: number): void {
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeDescribeQuorumRequestTopicData(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeQuorumRequestTopicData(w: Writer, v: DescribeQuorumRequestTopicData, version: number): void {
  w.compactString(v.topicName);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeDescribeQuorumRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeQuorumRequestPartitionData(w: Writer, v: DescribeQuorumRequestPartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.uvarint(0);
}
