// Generated from messages/DescribeUserScramCredentialsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeUserScramCredentialsResponse (response), versions 0. */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. Versions 0+. */
  errorCode: number;
  /** The message-level error message, if any. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The results for descriptions, one per user. Versions 0+. */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
}

export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** The user name. Versions 0+. */
  user: string;
  /** The user-level error code. Versions 0+. */
  errorCode: number;
  /** The user-level error message, if any. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. Versions 0+. */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
}

export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** The SCRAM mechanism. Versions 0+. */
  mechanism: number;
  /** The number of iterations used in the SCRAM credential. Versions 0+. */
  iterations: number;
}

export function decodeDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DescribeUserScramCredentialsResponse', version });
  }
  try {
    return readDescribeUserScramCredentialsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeUserScramCredentialsResponse', version);
  }
}

export function encodeDescribeUserScramCredentialsResponse(w: Writer, v: DescribeUserScramCredentialsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DescribeUserScramCredentialsResponse has no version ${version} (valid: 0)`);
  }
  writeDescribeUserScramCredentialsResponse(w, v, version);
}

function readDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'results';
    let results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, version));
        results = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage, results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, version: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  let f = 'user';
  try {
    const user: string = r.compactString();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'credentialInfos';
    let credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeUserScramCredentialsResponseCredentialInfo[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeUserScramCredentialsResponseCredentialInfo(r, version));
        credentialInfos = a;
      }
    }
    r.skipTaggedFields();
    return { user, errorCode, errorMessage, credentialInfos };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, version: number): DescribeUserScramCredentialsResponseCredentialInfo {
  let f = 'mechanism';
  try {
    const mechanism: number = r.int8();
    f = 'iterations';
    const iterations: number = r.int32();
    r.skipTaggedFields();
    return { mechanism, iterations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeUserScramCredentialsResponse(w: Writer, v: DescribeUserScramCredentialsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    w.arrayLength(v.results.length, true);
    for (const e of v.results) writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, v: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, version: number): void {
  w.compactString(v.user);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    w.arrayLength(v.credentialInfos.length, true);
    for (const e of v.credentialInfos) writeDescribeUserScramCredentialsResponseCredentialInfo(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, v: DescribeUserScramCredentialsResponseCredentialInfo, version: number): void {
  w.int8(v.mechanism);
  w.int32(v.iterations);
  w.uvarint(0);
}
