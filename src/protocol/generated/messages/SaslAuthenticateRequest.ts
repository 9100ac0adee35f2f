// Generated from messages/SaslAuthenticateRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** SaslAuthenticateRequest (request), versions 0-2. */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. Versions 0+. */
  authBytes: Buffer;
}

export function decodeSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'SaslAuthenticateRequest', version });
  }
  try {
    return readSaslAuthenticateRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SaslAuthenticateRequest', version);
  }
}

export function encodeSaslAuthenticateRequest(w: Writer, v: SaslAuthenticateRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`SaslAuthenticateRequest has no version ${version} (valid: 0-2)`);
  }
  writeSaslAuthenticateRequest(w, v, version);
}

function readSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  let f = 'authBytes';
  try {
    const authBytes: Buffer = (version >= 2 ? r.compactBytes() : r.bytes());
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { authBytes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSaslAuthenticateRequest(w: Writer, v: SaslAuthenticateRequest, version: number): void {
  if (version >= 2) w.compactBytes(v.authBytes); else w.bytes(v.authBytes);
  if (version >= 2) {
    w.uvarint(0);
  }
}
