// Generated from messages/SaslHandshakeResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** SaslHandshakeResponse (response), versions 0-1. */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The mechanisms enabled in the server. Versions 0+. */
  mechanisms: string[];
}

export function decodeSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'SaslHandshakeResponse', version });
  }
  try {
    return readSaslHandshakeResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SaslHandshakeResponse', version);
  }
}

export function encodeSaslHandshakeResponse(w: Writer, v: SaslHandshakeResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`SaslHandshakeResponse has no version ${version} (valid: 0-1)`);
  }
  writeSaslHandshakeResponse(w, v, version);
}

function readSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'mechanisms';
    let mechanisms: string[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.string());
        mechanisms = a;
      }
    }
    return { errorCode, mechanisms };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSaslHandshakeResponse(w: Writer, v: SaslHandshakeResponse, version: number): void {
  w.int16(v.errorCode);
  {
    w.arrayLength(v.mechanisms.length, false);
    for (const e of v.mechanisms) w.string(e);
  }
}
