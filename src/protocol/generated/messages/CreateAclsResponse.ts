// Generated from messages/CreateAclsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** CreateAclsResponse (response), versions 0-3. */
export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The results for each ACL creation. Versions 0+. */
  results: CreateAclsResponseAclCreationResult[];
}

export interface CreateAclsResponseAclCreationResult {
  /** The result error, or zero if there was no error. Versions 0+. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'CreateAclsResponse', version });
  }
  try {
    return readCreateAclsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'CreateAclsResponse', version);
  }
}

export function encodeCreateAclsResponse(w: Writer, v: CreateAclsResponse, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`CreateAclsResponse has no version ${version} (valid: 0-3)`);
  }
  writeCreateAclsResponse(w, v, version);
}

function readCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'results';
    let results: CreateAclsResponseAclCreationResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreateAclsResponseAclCreationResult[] = [];
        for (let i = 0; i < n; i++) a.push(readCreateAclsResponseAclCreationResult(r, version));
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

function readCreateAclsResponseAclCreationResult(r: Reader, version: number): CreateAclsResponseAclCreationResult {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeCreateAclsResponse(w: Writer, v: CreateAclsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.results.length, version >= 2);
    for (const e of v.results) writeCreateAclsResponseAclCreationResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreateAclsResponseAclCreationResult(w: Writer, v: CreateAclsResponseAclCreationResult, version: number): void {
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  if (version >= 2) {
    w.uvarint(0);
  }
}
