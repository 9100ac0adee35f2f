// Generated from messages/CreatePartitionsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** CreatePartitionsResponse (response), versions 0-3. */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The partition creation results for each topic. Versions 0+. */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
}

export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. Versions 0+. */
  name: string;
  /** The result error, or zero if there was no error. Versions 0+. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'CreatePartitionsResponse', version });
  }
  try {
    return readCreatePartitionsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'CreatePartitionsResponse', version);
  }
}

export function encodeCreatePartitionsResponse(w: Writer, v: CreatePartitionsResponse, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`CreatePartitionsResponse has no version ${version} (valid: 0-3)`);
  }
  writeCreatePartitionsResponse(w, v, version);
}

function readCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'results';
    let results: CreatePartitionsResponseCreatePartitionsTopicResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
        for (let i = 0; i < n; i++) a.push(readCreatePartitionsResponseCreatePartitionsTopicResult(r, version));
        results = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, version: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  let f = 'name';
  try {
    const name: string = (version >= 2 ? r.compactString() : r.string());
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { name, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeCreatePartitionsResponse(w: Writer, v: CreatePartitionsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.results.length, version >= 2);
    for (const e of v.results) writeCreatePartitionsResponseCreatePartitionsTopicResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, v: CreatePartitionsResponseCreatePartitionsTopicResult, version: number): void {
  if (version >= 2) w.compactString(v.name); else w.string(v.name);
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  if (version >= 2) {
    w.uvarint(0);
  }
}
