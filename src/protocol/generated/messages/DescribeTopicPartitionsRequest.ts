// Generated from messages/DescribeTopicPartitionsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeTopicPartitionsRequest (request), versions 0. */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. Versions 0+. */
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  /** The maximum number of partitions included in the response. Versions 0+. */
  responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. Versions 0+, nullable in 0+. */
  cursor: DescribeTopicPartitionsRequestCursor | null;
}

export interface DescribeTopicPartitionsRequestTopicRequest {
  /** The topic name Versions 0+. */
  name: string;
}

export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process Versions 0+. */
  topicName: string;
  /** The partition index to start with Versions 0+. */
  partitionIndex: number;
}

export function decodeDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DescribeTopicPartitionsRequest', version });
  }
  try {
    return readDescribeTopicPartitionsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeTopicPartitionsRequest', version);
  }
}

export function encodeDescribeTopicPartitionsRequest(w: Writer, v: DescribeTopicPartitionsRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DescribeTopicPartitionsRequest has no version ${version} (valid: 0)`);
  }
  writeDescribeTopicPartitionsRequest(w, v, version);
}

function readDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  let f = 'topics';
  try {
    let topics: DescribeTopicPartitionsRequestTopicRequest[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeTopicPartitionsRequestTopicRequest[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeTopicPartitionsRequestTopicRequest(r, version));
        topics = a;
      }
    }
    f = 'responsePartitionLimit';
    const responsePartitionLimit: number = r.int32();
    f = 'cursor';
    const cursor: DescribeTopicPartitionsRequestCursor | null = r.int8() < 0 ? null : readDescribeTopicPartitionsRequestCursor(r, version);
    r.skipTaggedFields();
    return { topics, responsePartitionLimit, cursor };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeTopicPartitionsRequestTopicRequest(r: Reader, version: number): DescribeTopicPartitionsRequestTopicRequest {
  let f = 'name';
  try {
    const name: string = r.compactString();
    r.skipTaggedFields();
    return { name };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeTopicPartitionsRequestCursor(r: Reader, version: number): DescribeTopicPartitionsRequestCursor {
  let f = 'topicName';
  try {
    const topicName: string = r.compactString();
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    r.skipTaggedFields();
    return { topicName, partitionIndex };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeTopicPartitionsRequest(w: Writer, v: DescribeTopicPartitionsRequest, version: number): void {
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeDescribeTopicPartitionsRequestTopicRequest(w, e, version);
  }
  w.int32(v.responsePartitionLimit);
  if (v.cursor === null) {
    w.int8(-1);
  } else {
    w.int8(1); writeDescribeTopicPartitionsRequestCursor(w, v.cursor, version);
  }
  w.uvarint(0);
}

function writeDescribeTopicPartitionsRequestTopicRequest(w: Writer, v: DescribeTopicPartitionsRequestTopicRequest, version: number): void {
  w.compactString(v.name);
  w.uvarint(0);
}

function writeDescribeTopicPartitionsRequestCursor(w: Writer, v: DescribeTopicPartitionsRequestCursor, version: number): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.uvarint(0);
}
