// Generated from messages/InitializeShareGroupStateResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** InitializeShareGroupStateResponse (response), versions 0. */
export interface InitializeShareGroupStateResponse {
  /** The initialization results Versions 0+. */
  results: InitializeShareGroupStateResponseInitializeStateResult[];
}

export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** The topic identifier Versions 0+. */
  topicId: string;
  /** The results for the partitions. Versions 0+. */
  partitions: InitializeShareGroupStateResponsePartitionResult[];
}

export interface InitializeShareGroupStateResponsePartitionResult {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'InitializeShareGroupStateResponse', version });
  }
  try {
    return readInitializeShareGroupStateResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'InitializeShareGroupStateResponse', version);
  }
}

export function encodeInitializeShareGroupStateResponse(w: Writer, v: InitializeShareGroupStateResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`InitializeShareGroupStateResponse has no version ${version} (valid: 0)`);
  }
  writeInitializeShareGroupStateResponse(w, v, version);
}

function readInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  let f = 'results';
  try {
    let results: InitializeShareGroupStateResponseInitializeStateResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: InitializeShareGroupStateResponseInitializeStateResult[] = [];
        for (let i = 0; i < n; i++) a.push(readInitializeShareGroupStateResponseInitializeStateResult(r, version));
        results = a;
      }
    }
    r.skipTaggedFields();
    return { results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readInitializeShareGroupStateResponseInitializeStateResult(r: Reader, version: number): InitializeShareGroupStateResponseInitializeStateResult {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: InitializeShareGroupStateResponsePartitionResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: InitializeShareGroupStateResponsePartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readInitializeShareGroupStateResponsePartitionResult(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readInitializeShareGroupStateResponsePartitionResult(r: Reader, version: number): InitializeShareGroupStateResponsePartitionResult {
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

function writeInitializeShareGroupStateResponse(w: Writer, v: InitializeShareGroupStateResponse, version: number): void {
  {
    w.arrayLength(v.results.length, true);
    for (const e of v.results) writeInitializeShareGroupStateResponseInitializeStateResult(w, e, version);
  }
  w.uvarint(0);
}

function writeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, v: InitializeShareGroupStateResponseInitializeStateResult, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeInitializeShareGroupStateResponsePartitionResult(w, e, version);
  }
  w.uvarint(0);
}

function writeInitializeShareGroupStateResponsePartitionResult(w: Writer, v: InitializeShareGroupStateResponsePartitionResult, version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
