// Generated from messages/ReadShareGroupStateResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ReadShareGroupStateResponse (response), versions 0. */
export interface ReadShareGroupStateResponse {
  /** The read results Versions 0+. */
  results: ReadShareGroupStateResponseReadStateResult[];
}

export interface ReadShareGroupStateResponseReadStateResult {
  /** The topic identifier Versions 0+. */
  topicId: string;
  /** The results for the partitions. Versions 0+. */
  partitions: ReadShareGroupStateResponsePartitionResult[];
}

export interface ReadShareGroupStateResponsePartitionResult {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The state epoch for this share-partition. Versions 0+. */
  stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. Versions 0+. */
  startOffset: bigint;
  /** Versions 0+. */
  stateBatches: ReadShareGroupStateResponseStateBatch[];
}

export interface ReadShareGroupStateResponseStateBatch {
  /** The base offset of this state batch. Versions 0+. */
  firstOffset: bigint;
  /** The last offset of this state batch. Versions 0+. */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived. Versions 0+. */
  deliveryState: number;
  /** The delivery count. Versions 0+. */
  deliveryCount: number;
}

export function decodeReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ReadShareGroupStateResponse', version });
  }
  try {
    return readReadShareGroupStateResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ReadShareGroupStateResponse', version);
  }
}

export function encodeReadShareGroupStateResponse(w: Writer, v: ReadShareGroupStateResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ReadShareGroupStateResponse has no version ${version} (valid: 0)`);
  }
  writeReadShareGroupStateResponse(w, v, version);
}

function readReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  let f = 'results';
  try {
    let results: ReadShareGroupStateResponseReadStateResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateResponseReadStateResult[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateResponseReadStateResult(r, version));
        results = a;
      }
    }
    r.skipTaggedFields();
    return { results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateResponseReadStateResult(r: Reader, version: number): ReadShareGroupStateResponseReadStateResult {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: ReadShareGroupStateResponsePartitionResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateResponsePartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateResponsePartitionResult(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateResponsePartitionResult(r: Reader, version: number): ReadShareGroupStateResponsePartitionResult {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'stateEpoch';
    const stateEpoch: number = r.int32();
    f = 'startOffset';
    const startOffset: bigint = r.int64();
    f = 'stateBatches';
    let stateBatches: ReadShareGroupStateResponseStateBatch[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateResponseStateBatch[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateResponseStateBatch(r, version));
        stateBatches = a;
      }
    }
    r.skipTaggedFields();
    return { partition, errorCode, errorMessage, stateEpoch, startOffset, stateBatches };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateResponseStateBatch(r: Reader, version: number): ReadShareGroupStateResponseStateBatch {
  let f = 'firstOffset';
  try {
    const firstOffset: bigint = r.int64();
    f = 'lastOffset';
    const lastOffset: bigint = r.int64();
    f = 'deliveryState';
    const deliveryState: number = r.int8();
    f = 'deliveryCount';
    const deliveryCount: number = r.int16();
    r.skipTaggedFields();
    return { firstOffset, lastOffset, deliveryState, deliveryCount };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeReadShareGroupStateResponse(w: Writer, v: ReadShareGroupStateResponse, version: number): void {
  {
    w.arrayLength(v.results.length, true);
    for (const e of v.results) writeReadShareGroupStateResponseReadStateResult(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateResponseReadStateResult(w: Writer, v: ReadShareGroupStateResponseReadStateResult, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeReadShareGroupStateResponsePartitionResult(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateResponsePartitionResult(w: Writer, v: ReadShareGroupStateResponsePartitionResult, version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  {
    w.arrayLength(v.stateBatches.length, true);
    for (const e of v.stateBatches) writeReadShareGroupStateResponseStateBatch(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateResponseStateBatch(w: Writer, v: ReadShareGroupStateResponseStateBatch, version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  w.uvarint(0);
}
