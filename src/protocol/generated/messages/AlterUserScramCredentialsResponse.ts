// Generated from messages/AlterUserScramCredentialsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterUserScramCredentialsResponse (response), versions 0. */
export interface AlterUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The results for deletions and alterations, one per affected user. Versions 0+. */
  results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
}

export interface AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  /** The user name. Versions 0+. */
  user: string;
  /** The error code. Versions 0+. */
  errorCode: number;
  /** The error message, if any. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeAlterUserScramCredentialsResponse(r: Reader, version: number): AlterUserScramCredentialsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AlterUserScramCredentialsResponse', version });
  }
  try {
    return readAlterUserScramCredentialsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterUserScramCredentialsResponse', version);
  }
}

export function encodeAlterUserScramCredentialsResponse(w: Writer, v: AlterUserScramCredentialsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AlterUserScramCredentialsResponse has no version ${version} (valid: 0)`);
  }
  writeAlterUserScramCredentialsResponse(w, v, version);
}

function readAlterUserScramCredentialsResponse(r: Reader, version: number): AlterUserScramCredentialsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'results';
    let results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r, version));
        results = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r: Reader, version: number): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  let f = 'user';
  try {
    const user: string = r.compactString();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { user, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterUserScramCredentialsResponse(w: Writer, v: AlterUserScramCredentialsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.results.length, true);
    for (const e of v.results) writeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w: Writer, v: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult, version: number): void {
  w.compactString(v.user);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
