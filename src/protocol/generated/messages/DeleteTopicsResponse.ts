// Generated from messages/DeleteTopicsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteTopicsResponse (response), versions 0-6. */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. Versions 0+. */
  responses: DeleteTopicsResponseDeletableTopicResult[];
}

export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name Versions 0+, nullable in 6+. */
  name: string | null;
  /** the unique topic ID Versions 6+. */
  topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 5+, nullable in 5+. */
  errorMessage: string | null;
}

export function decodeDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-6)`, { api: 'DeleteTopicsResponse', version });
  }
  try {
    return readDeleteTopicsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteTopicsResponse', version);
  }
}

export function encodeDeleteTopicsResponse(w: Writer, v: DeleteTopicsResponse, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new UnsupportedVersionError(`DeleteTopicsResponse has no version ${version} (valid: 0-6)`);
  }
  writeDeleteTopicsResponse(w, v, version);
}

function readDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    f = 'responses';
    let responses: DeleteTopicsResponseDeletableTopicResult[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteTopicsResponseDeletableTopicResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteTopicsResponseDeletableTopicResult(r, version));
        responses = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, responses };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteTopicsResponseDeletableTopicResult(r: Reader, version: number): DeleteTopicsResponseDeletableTopicResult {
  let f = 'name';
  try {
    const name: string | null = (version >= 4 ? (version >= 6 ? r.compactNullableString() : r.compactString()) : (version >= 6 ? r.nullableString() : r.string()));
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 6) {
      topicId = r.uuid();
    }
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    let errorMessage: string | null = null;
    if (version >= 5) {
      errorMessage = r.compactNullableString();
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { name, topicId, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteTopicsResponse(w: Writer, v: DeleteTopicsResponse, version: number): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  {
    w.arrayLength(v.responses.length, version >= 4);
    for (const e of v.responses) writeDeleteTopicsResponseDeletableTopicResult(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDeleteTopicsResponseDeletableTopicResult(w: Writer, v: DeleteTopicsResponseDeletableTopicResult, version: number): void {
  if (v.name === null && !(version >= 6)) throw new UnsupportedVersionError(`DeleteTopicsResponse v${version} cannot express null in field DeleteTopicsResponseDeletableTopicResult.name`);
  if (version >= 4) w.compactNullableString(v.name); else w.nullableString(v.name);
  if (version >= 6) {
    w.uuid(v.topicId);
  }
  w.int16(v.errorCode);
  if (version >= 5) {
    w.compactNullableString(v.errorMessage);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}
