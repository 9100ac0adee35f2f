// Generated from messages/DescribeProducersRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeProducersRequest (request), versions 0. */
export interface DescribeProducersRequest {
  /** Versions 0+. */
  topics: DescribeProducersRequestTopicRequest[];
}

export interface DescribeProducersRequestTopicRequest {
  /** The topic name. Versions 0+. */
  name: string;
  /** The indexes of the partitions to list producers for. Versions 0+. */
  partitionIndexes: number[];
}

export function decodeDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DescribeProducersRequest', version });
  }
  try {
    return readDescribeProducersRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeProducersRequest', version);
  }
}

export function encodeDescribeProducersRequest(w: Writer, v: DescribeProducersRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DescribeProducersRequest has no version ${version} (valid: 0)`);
  }
  writeDescribeProducersRequest(w, v, version);
}

function readDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  let f = 'topics';
  try {
    let topics: DescribeProducersRequestTopicRequest[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeProducersRequestTopicRequest[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeProducersRequestTopicRequest(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeProducersRequestTopicRequest(r: Reader, version: number): DescribeProducersRequestTopicRequest {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitionIndexes';
    let partitionIndexes: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitionIndexes = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitionIndexes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeProducersRequest(w: Writer, v: DescribeProducersRequest, version: number): void {
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeDescribeProducersRequestTopicRequest(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeProducersRequestTopicRequest(w: Writer, v: DescribeProducersRequestTopicRequest, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitionIndexes.length, true);
    for (const e of v.partitionIndexes) w.int32(e);
  }
  w.uvarint(0);
}
