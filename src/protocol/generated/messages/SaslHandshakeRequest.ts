// Generated from messages/SaslHandshakeRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** SaslHandshakeRequest (request), versions 0-1. */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. Versions 0+. */
  mechanism: string;
}

export function decodeSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'SaslHandshakeRequest', version });
  }
  try {
    return readSaslHandshakeRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SaslHandshakeRequest', version);
  }
}

export function encodeSaslHandshakeRequest(w: Writer, v: SaslHandshakeRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`SaslHandshakeRequest has no version ${version} (valid: 0-1)`);
  }
  writeSaslHandshakeRequest(w, v, version);
}

function readSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  let f = 'mechanism';
  try {
    const mechanism: string = r.string();
    return { mechanism };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSaslHandshakeRequest(w: Writer, v: SaslHandshakeRequest, version: number): void {
  w.string(v.mechanism);
}
