// Generated from messages/SaslAuthenticateResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** SaslAuthenticateResponse (response), versions 0-2. */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. Versions 0+. */
  authBytes: Buffer;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. Versions 1+. */
  sessionLifetimeMs: bigint;
}

export function decodeSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'SaslAuthenticateResponse', version });
  }
  try {
    return readSaslAuthenticateResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SaslAuthenticateResponse', version);
  }
}

export function encodeSaslAuthenticateResponse(w: Writer, v: SaslAuthenticateResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`SaslAuthenticateResponse has no version ${version} (valid: 0-2)`);
  }
  writeSaslAuthenticateResponse(w, v, version);
}

function readSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'authBytes';
    const authBytes: Buffer = (version >= 2 ? r.compactBytes() : r.bytes());
    f = 'sessionLifetimeMs';
    let sessionLifetimeMs: bigint = 0n;
    if (version >= 1) {
      sessionLifetimeMs = r.int64();
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, errorMessage, authBytes, sessionLifetimeMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSaslAuthenticateResponse(w: Writer, v: SaslAuthenticateResponse, version: number): void {
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  if (version >= 2) w.compactBytes(v.authBytes); else w.bytes(v.authBytes);
  if (version >= 1) {
    w.int64(v.sessionLifetimeMs);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}
