// Generated from messages/UnregisterBrokerResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** UnregisterBrokerResponse (response), versions 0. */
export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeUnregisterBrokerResponse(r: Reader, version: number): UnregisterBrokerResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'UnregisterBrokerResponse', version });
  }
  try {
    return readUnregisterBrokerResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UnregisterBrokerResponse', version);
  }
}

export function encodeUnregisterBrokerResponse(w: Writer, v: UnregisterBrokerResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`UnregisterBrokerResponse has no version ${version} (valid: 0)`);
  }
  writeUnregisterBrokerResponse(w, v, version);
}

function readUnregisterBrokerResponse(r: Reader, version: number): UnregisterBrokerResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUnregisterBrokerResponse(w: Writer, v: UnregisterBrokerResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
