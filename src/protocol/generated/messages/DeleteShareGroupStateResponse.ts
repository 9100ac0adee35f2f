// Generated from messages/DeleteShareGroupStateResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteShareGroupStateResponse (response), versions 0. */
export interface DeleteShareGroupStateResponse {
  /** The delete results Versions 0+. */
  results: DeleteShareGroupStateResponseDeleteStateResult[];
}

export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** The topic identifier Versions 0+. */
  topicId: string;
  /** The results for the partitions. Versions 0+. */
  partitions: DeleteShareGroupStateResponsePartitionResult[];
}

export interface DeleteShareGroupStateResponsePartitionResult {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeDeleteShareGroupStateResponse(r: Reader, version: number): DeleteShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DeleteShareGroupStateResponse', version });
  }
  try {
    return readDeleteShareGroupStateResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteShareGroupStateResponse', version);
  }
}

export function encodeDeleteShareGroupStateResponse(w: Writer, v: DeleteShareGroupStateResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DeleteShareGroupStateResponse has no version ${version} (valid: 0)`);
  }
  writeDeleteShareGroupStateResponse(w, v, version);
}

function readDeleteShareGroupStateResponse(r: Reader, version: number): DeleteShareGroupStateResponse {
  let f = 'results';
  try {
    let results: DeleteShareGroupStateResponseDeleteStateResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteShareGroupStateResponseDeleteStateResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteShareGroupStateResponseDeleteStateResult(r, version));
        results = a;
      }
    }
    r.skipTaggedFields();
    return { results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteShareGroupStateResponseDeleteStateResult(r: Reader, version: number): DeleteShareGroupStateResponseDeleteStateResult {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: DeleteShareGroupStateResponsePartitionResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteShareGroupStateResponsePartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteShareGroupStateResponsePartitionResult(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteShareGroupStateResponsePartitionResult(r: Reader, version: number): DeleteShareGroupStateResponsePartitionResult {
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

function writeDeleteShareGroupStateResponse(w: Writer, v: DeleteShareGroupStateResponse, version: number): void {
  {
    w.arrayLength(v.results.length, true);
    for (const e of v.results) writeDeleteShareGroupStateResponseDeleteStateResult(w, e, version);
  }
  w.uvarint(0);
}

function writeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, v: DeleteShareGroupStateResponseDeleteStateResult, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeDeleteShareGroupStateResponsePartitionResult(w, e, version);
  }
  w.uvarint(0);
}

function writeDeleteShareGroupStateResponsePartitionResult(w: Writer, v: DeleteShareGroupStateResponsePartitionResult, version: number): void {
  w.int32(v.partition);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
