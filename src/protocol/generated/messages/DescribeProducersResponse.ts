// Generated from messages/DescribeProducersResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeProducersResponse (response), versions 0. */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions 0+. */
  topics: DescribeProducersResponseTopicResponse[];
}

export interface DescribeProducersResponseTopicResponse {
  /** The topic name Versions 0+. */
  name: string;
  /** Each partition in the response. Versions 0+. */
  partitions: DescribeProducersResponsePartitionResponse[];
}

export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** Versions 0+. */
  activeProducers: DescribeProducersResponseProducerState[];
}

export interface DescribeProducersResponseProducerState {
  /** Versions 0+. */
  producerId: bigint;
  /** Versions 0+. */
  producerEpoch: number;
  /** Versions 0+. */
  lastSequence: number;
  /** Versions 0+. */
  lastTimestamp: bigint;
  /** Versions 0+. */
  coordinatorEpoch: number;
  /** Versions 0+. */
  currentTxnStartOffset: bigint;
}

export function decodeDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DescribeProducersResponse', version });
  }
  try {
    return readDescribeProducersResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeProducersResponse', version);
  }
}

export function encodeDescribeProducersResponse(w: Writer, v: DescribeProducersResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DescribeProducersResponse has no version ${version} (valid: 0)`);
  }
  writeDescribeProducersResponse(w, v, version);
}

function readDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'topics';
    let topics: DescribeProducersResponseTopicResponse[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeProducersResponseTopicResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeProducersResponseTopicResponse(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeProducersResponseTopicResponse(r: Reader, version: number): DescribeProducersResponseTopicResponse {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitions';
    let partitions: DescribeProducersResponsePartitionResponse[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeProducersResponsePartitionResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeProducersResponsePartitionResponse(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeProducersResponsePartitionResponse(r: Reader, version: number): DescribeProducersResponsePartitionResponse {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'activeProducers';
    let activeProducers: DescribeProducersResponseProducerState[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeProducersResponseProducerState[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeProducersResponseProducerState(r, version));
        activeProducers = a;
      }
    }
    r.skipTaggedFields();
    return { partitionIndex, errorCode, errorMessage, activeProducers };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeProducersResponseProducerState(r: Reader, version: number): DescribeProducersResponseProducerState {
  let f = 'producerId';
  try {
    const producerId: bigint = r.int64();
    f = 'producerEpoch';
    const producerEpoch: number = r.int32();
    f = 'lastSequence';
    const lastSequence: number = r.int32();
    f = 'lastTimestamp';
    const lastTimestamp: bigint = r.int64();
    f = 'coordinatorEpoch';
    const coordinatorEpoch: number = r.int32();
    f = 'currentTxnStartOffset';
    const currentTxnStartOffset: bigint = r.int64();
    r.skipTaggedFields();
    return { producerId, producerEpoch, lastSequence, lastTimestamp, coordinatorEpoch, currentTxnStartOffset };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeProducersResponse(w: Writer, v: DescribeProducersResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeDescribeProducersResponseTopicResponse(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeProducersResponseTopicResponse(w: Writer, v: DescribeProducersResponseTopicResponse, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeDescribeProducersResponsePartitionResponse(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeProducersResponsePartitionResponse(w: Writer, v: DescribeProducersResponsePartitionResponse, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    w.arrayLength(v.activeProducers.length, true);
    for (const e of v.activeProducers) writeDescribeProducersResponseProducerState(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeProducersResponseProducerState(w: Writer, v: DescribeProducersResponseProducerState, version: number): void {
  w.int64(v.producerId);
  w.int32(v.producerEpoch);
  w.int32(v.lastSequence);
  w.int64(v.lastTimestamp);
  w.int32(v.coordinatorEpoch);
  w.int64(v.currentTxnStartOffset);
  w.uvarint(0);
}
