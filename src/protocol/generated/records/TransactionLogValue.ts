// Generated from records/TransactionLogValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** TransactionLogValue (data), versions 0-1. */
export interface TransactionLogValue {
  /** Producer id in use by the transactional id Versions 0+. */
  producerId: bigint;
  /** Producer id used by the last committed transaction Versions 1+, tagged (tag 0) in 1+. */
  previousProducerId?: bigint;
  /** Latest producer ID sent to the producer for the given transactional ID Versions 1+, tagged (tag 1) in 1+. */
  nextProducerId?: bigint;
  /** Epoch associated with the producer id Versions 0+. */
  producerEpoch: number;
  /** Transaction timeout in milliseconds Versions 0+. */
  transactionTimeoutMs: number;
  /** TransactionState the transaction is in Versions 0+. */
  transactionStatus: number;
  /** Set of partitions involved in the transaction Versions 0+, nullable in 0+. */
  transactionPartitions: TransactionLogValuePartitionsSchema[] | null;
  /** Time the transaction was last updated Versions 0+. */
  transactionLastUpdateTimestampMs: bigint;
  /** Time the transaction was started Versions 0+. */
  transactionStartTimestampMs: bigint;
  /** The transaction version used by the client Versions 1+, tagged (tag 2) in 1+. */
  clientTransactionVersion?: number;
}

export interface TransactionLogValuePartitionsSchema {
  /** Versions 0+. */
  topic: string;
  /** Versions 0+. */
  partitionIds: number[];
}

export function decodeTransactionLogValue(r: Reader, version: number): TransactionLogValue {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'TransactionLogValue', version });
  }
  try {
    return readTransactionLogValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'TransactionLogValue', version);
  }
}

export function encodeTransactionLogValue(w: Writer, v: TransactionLogValue, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`TransactionLogValue has no version ${version} (valid: 0-1)`);
  }
  writeTransactionLogValue(w, v, version);
}

function readTransactionLogValue(r: Reader, version: number): TransactionLogValue {
  let f = 'producerId';
  try {
    const producerId: bigint = r.int64();
    let previousProducerId: bigint = -1n;
    let nextProducerId: bigint = -1n;
    f = 'producerEpoch';
    const producerEpoch: number = r.int16();
    f = 'transactionTimeoutMs';
    const transactionTimeoutMs: number = r.int32();
    f = 'transactionStatus';
    const transactionStatus: number = r.int8();
    f = 'transactionPartitions';
    let transactionPartitions: TransactionLogValuePartitionsSchema[] | null;
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        transactionPartitions = null;
      } else {
        const a: TransactionLogValuePartitionsSchema[] = [];
        for (let i = 0; i < n; i++) a.push(readTransactionLogValuePartitionsSchema(r, version));
        transactionPartitions = a;
      }
    }
    f = 'transactionLastUpdateTimestampMs';
    const transactionLastUpdateTimestampMs: bigint = r.int64();
    f = 'transactionStartTimestampMs';
    const transactionStartTimestampMs: bigint = r.int64();
    let clientTransactionVersion: number = 0;
    if (version >= 1) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (true) {
              f = 'previousProducerId';
              previousProducerId = r.int64();
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          case 1:
            if (true) {
              f = 'nextProducerId';
              nextProducerId = r.int64();
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          case 2:
            if (true) {
              f = 'clientTransactionVersion';
              clientTransactionVersion = r.int16();
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          default:
            r.skip(size);
        }
      }
    }
    return { producerId, previousProducerId, nextProducerId, producerEpoch, transactionTimeoutMs, transactionStatus, transactionPartitions, transactionLastUpdateTimestampMs, transactionStartTimestampMs, clientTransactionVersion };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readTransactionLogValuePartitionsSchema(r: Reader, version: number): TransactionLogValuePartitionsSchema {
  let f = 'topic';
  try {
    const topic: string = (version >= 1 ? r.compactString() : r.string());
    f = 'partitionIds';
    let partitionIds: number[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitionIds = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { topic, partitionIds };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeTransactionLogValue(w: Writer, v: TransactionLogValue, version: number): void {
  w.int64(v.producerId);
  if (!(version >= 1) && !((v.previousProducerId === undefined || v.previousProducerId === -1n))) throw new UnsupportedVersionError(`TransactionLogValue v${version} cannot express a non-default value in field previousProducerId`);
  if (!(version >= 1) && !((v.nextProducerId === undefined || v.nextProducerId === -1n))) throw new UnsupportedVersionError(`TransactionLogValue v${version} cannot express a non-default value in field nextProducerId`);
  w.int16(v.producerEpoch);
  w.int32(v.transactionTimeoutMs);
  w.int8(v.transactionStatus);
  if (v.transactionPartitions === null) {
    w.arrayLength(-1, version >= 1);
  } else {
    w.arrayLength(v.transactionPartitions.length, version >= 1);
    for (const e of v.transactionPartitions) writeTransactionLogValuePartitionsSchema(w, e, version);
  }
  w.int64(v.transactionLastUpdateTimestampMs);
  w.int64(v.transactionStartTimestampMs);
  if (!(version >= 1) && !((v.clientTransactionVersion === undefined || v.clientTransactionVersion === 0))) throw new UnsupportedVersionError(`TransactionLogValue v${version} cannot express a non-default value in field clientTransactionVersion`);
  if (version >= 1) {
    const tag0 = !(v.previousProducerId === undefined || v.previousProducerId === -1n);
    const tag1 = !(v.nextProducerId === undefined || v.nextProducerId === -1n);
    const tag2 = !(v.clientTransactionVersion === undefined || v.clientTransactionVersion === 0);
    w.uvarint((tag0 ? 1 : 0) + (tag1 ? 1 : 0) + (tag2 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      t.int64(v.previousProducerId!);
      w.taggedField(0, t);
    }
    if (tag1) {
      const t = new Writer(64);
      t.int64(v.nextProducerId!);
      w.taggedField(1, t);
    }
    if (tag2) {
      const t = new Writer(64);
      t.int16(v.clientTransactionVersion!);
      w.taggedField(2, t);
    }
  }
}

function writeTransactionLogValuePartitionsSchema(w: Writer, v: TransactionLogValuePartitionsSchema, version: number): void {
  if (version >= 1) w.compactString(v.topic); else w.string(v.topic);
  {
    w.arrayLength(v.partitionIds.length, version >= 1);
    for (const e of v.partitionIds) w.int32(e);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}
