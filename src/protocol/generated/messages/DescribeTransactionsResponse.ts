// Generated from messages/DescribeTransactionsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeTransactionsResponse (response), versions 0. */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** Versions 0+. */
  transactionStates: DescribeTransactionsResponseTransactionState[];
}

export interface DescribeTransactionsResponseTransactionState {
  /** Versions 0+. */
  errorCode: number;
  /** Versions 0+. */
  transactionalId: string;
  /** Versions 0+. */
  transactionState: string;
  /** Versions 0+. */
  transactionTimeoutMs: number;
  /** Versions 0+. */
  transactionStartTimeMs: bigint;
  /** Versions 0+. */
  producerId: bigint;
  /** Versions 0+. */
  producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. Versions 0+. */
  topics: DescribeTransactionsResponseTopicData[];
}

export interface DescribeTransactionsResponseTopicData {
  /** Versions 0+. */
  topic: string;
  /** Versions 0+. */
  partitions: number[];
}

export function decodeDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DescribeTransactionsResponse', version });
  }
  try {
    return readDescribeTransactionsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeTransactionsResponse', version);
  }
}

export function encodeDescribeTransactionsResponse(w: Writer, v: DescribeTransactionsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DescribeTransactionsResponse has no version ${version} (valid: 0)`);
  }
  writeDescribeTransactionsResponse(w, v, version);
}

function readDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'transactionStates';
    let transactionStates: DescribeTransactionsResponseTransactionState[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeTransactionsResponseTransactionState[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeTransactionsResponseTransactionState(r, version));
        transactionStates = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, transactionStates };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeTransactionsResponseTransactionState(r: Reader, version: number): DescribeTransactionsResponseTransactionState {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'transactionalId';
    const transactionalId: string = r.compactString();
    f = 'transactionState';
    const transactionState: string = r.compactString();
    f = 'transactionTimeoutMs';
    const transactionTimeoutMs: number = r.int32();
    f = 'transactionStartTimeMs';
    const transactionStartTimeMs: bigint = r.int64();
    f = 'producerId';
    const producerId: bigint = r.int64();
    f = 'producerEpoch';
    const producerEpoch: number = r.int16();
    f = 'topics';
    let topics: DescribeTransactionsResponseTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeTransactionsResponseTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeTransactionsResponseTopicData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { errorCode, transactionalId, transactionState, transactionTimeoutMs, transactionStartTimeMs, producerId, producerEpoch, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeTransactionsResponseTopicData(r: Reader, version: number): DescribeTransactionsResponseTopicData {
  let f = 'topic';
  try {
    const topic: string = r.compactString();
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
    return { topic, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeTransactionsResponse(w: Writer, v: DescribeTransactionsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.transactionStates.length, true);
    for (const e of v.transactionStates) writeDescribeTransactionsResponseTransactionState(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeTransactionsResponseTransactionState(w: Writer, v: DescribeTransactionsResponseTransactionState, version: number): void {
  w.int16(v.errorCode);
  w.compactString(v.transactionalId);
  w.compactString(v.transactionState);
  w.int32(v.transactionTimeoutMs);
  w.int64(v.transactionStartTimeMs);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeDescribeTransactionsResponseTopicData(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeTransactionsResponseTopicData(w: Writer, v: DescribeTransactionsResponseTopicData, version: number): void {
  w.compactString(v.topic);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}
