// Generated from messages/ExpireDelegationTokenResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ExpireDelegationTokenResponse (response), versions 0-2. */
export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. Versions 0+. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
}

export function decodeExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'ExpireDelegationTokenResponse', version });
  }
  try {
    return readExpireDelegationTokenResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ExpireDelegationTokenResponse', version);
  }
}

export function encodeExpireDelegationTokenResponse(w: Writer, v: ExpireDelegationTokenResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`ExpireDelegationTokenResponse has no version ${version} (valid: 0-2)`);
  }
  writeExpireDelegationTokenResponse(w, v, version);
}

function readExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'expiryTimestampMs';
    const expiryTimestampMs: bigint = r.int64();
    f = 'throttleTimeMs';
    const throttleTimeMs: number = r.int32();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, expiryTimestampMs, throttleTimeMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeExpireDelegationTokenResponse(w: Writer, v: ExpireDelegationTokenResponse, version: number): void {
  w.int16(v.errorCode);
  w.int64(v.expiryTimestampMs);
  w.int32(v.throttleTimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}
