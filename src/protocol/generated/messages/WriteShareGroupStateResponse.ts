// Generated from messages/WriteShareGroupStateResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** WriteShareGroupStateResponse (response), versions 0. */
export interface WriteShareGroupStateResponse {
  /** The write results Versions 0+. */
  results: WriteShareGroupStateResponseWriteStateResult[];
}

export interface WriteShareGroupStateResponseWriteStateResult {
  /** The topic identifier Versions 0+. */
  topicId: string;
  /** The results for the partitions. Versions 0+. */
  partitions: WriteShareGroupStateResponsePartitionResult[];
}

export interface WriteShareGroupStateResponsePartitionResult {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'WriteShareGroupStateResponse', version });
  }
  try {
    return readWriteShareGroupStateResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'WriteShareGroupStateResponse', version);
  }
}

export function encodeWriteShareGroupStateResponse(w: Writer, v: WriteShareGroupStateResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`WriteShareGroupStateResponse has no version ${version} (valid: 0)`);
  }
  writeWriteShareGroupStateResponse(w, v, version);
}

function readWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  let f = 'results';
  try {
    let results: WriteShareGroupStateResponseWriteStateResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteShareGroupStateResponseWriteStateResult[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateResponseWriteStateResult(r, version));
        results = a;
      }
    }
    r.skipTaggedFields();
    return { results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteShareGroupStateResponseWriteStateResult(r: Reader, version: number): WriteShareGroupStateResponseWriteStateResult {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: WriteShareGroupStateResponsePartitionResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteShareGroupStateResponsePartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateResponsePartitionResult(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteShareGroupStateResponsePartitionResult(r: Reader, version: number): WriteShareGroupStateResponsePartitionResult {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { partition, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeWriteShareGroupStateResponse(w: Writer, v: WriteShareGroupStateResponse, version: number): void {
  {
    w.arrayLength(v.results.length, true);
    for (const e of v.results) writeWriteShareGroupStateResponseWriteStateResult(w, e, version);
  }
  w.uvarint(0);
}

function writeWriteShareGroupStateResponseWriteStateResult(w: Writer, v: WriteShareGroupStateResponseWriteStateResult, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeWriteShareGroupStateResponsePartitionResult(w, e, version);
  }
  w.uvarint(0);
}

function writeWriteShareGroupStateResponsePartitionResult(w: Writer, v: WriteShareGroupStateResponsePartitionResult, version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
