// Generated from messages/ReadShareGroupStateSummaryResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ReadShareGroupStateSummaryResponse (response), versions 0. */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results Versions 0+. */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
}

export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** The topic identifier Versions 0+. */
  topicId: string;
  /** The results for the partitions. Versions 0+. */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
}

export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The state epoch of the share-partition. Versions 0+. */
  stateEpoch: number;
  /** The share-partition start offset. Versions 0+. */
  startOffset: bigint;
}

export function decodeReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ReadShareGroupStateSummaryResponse', version });
  }
  try {
    return readReadShareGroupStateSummaryResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ReadShareGroupStateSummaryResponse', version);
  }
}

export function encodeReadShareGroupStateSummaryResponse(w: Writer, v: ReadShareGroupStateSummaryResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ReadShareGroupStateSummaryResponse has no version ${version} (valid: 0)`);
  }
  writeReadShareGroupStateSummaryResponse(w, v, version);
}

function readReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  let f = 'results';
  try {
    let results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateSummaryResponseReadStateSummaryResult[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateSummaryResponseReadStateSummaryResult(r, version));
        results = a;
      }
    }
    r.skipTaggedFields();
    return { results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, version: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateSummaryResponsePartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateSummaryResponsePartitionResult(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateSummaryResponsePartitionResult(r: Reader, version: number): ReadShareGroupStateSummaryResponsePartitionResult {
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
    r.skipTaggedFields();
    return { partition, errorCode, errorMessage, stateEpoch, startOffset };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeReadShareGroupStateSummaryResponse(w: Writer, v: ReadShareGroupStateSummaryResponse, version: number): void {
  {
    w.arrayLength(v.results.length, true);
    for (const e of v.results) writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, v: ReadShareGroupStateSummaryResponseReadStateSummaryResult, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeReadShareGroupStateSummaryResponsePartitionResult(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, v: ReadShareGroupStateSummaryResponsePartitionResult, version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  w.uvarint(0);
}
