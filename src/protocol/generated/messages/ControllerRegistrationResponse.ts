// Generated from messages/ControllerRegistrationResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ControllerRegistrationResponse (response), versions 0. */
export interface ControllerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The response error code. Versions 0+. */
  errorCode: number;
  /** The response error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeControllerRegistrationResponse(r: Reader, version: number): ControllerRegistrationResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ControllerRegistrationResponse', version });
  }
  try {
    return readControllerRegistrationResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ControllerRegistrationResponse', version);
  }
}

export function encodeControllerRegistrationResponse(w: Writer, v: ControllerRegistrationResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ControllerRegistrationResponse has no version ${version} (valid: 0)`);
  }
  writeControllerRegistrationResponse(w, v, version);
}

function readControllerRegistrationResponse(r: Reader, version: number): ControllerRegistrationResponse {
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

function writeControllerRegistrationResponse(w: Writer, v: ControllerRegistrationResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
