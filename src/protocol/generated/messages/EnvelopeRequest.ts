// Generated from messages/EnvelopeRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** EnvelopeRequest (request), versions 0. */
export interface EnvelopeRequest {
  /** The embedded request header and data. Versions 0+. */
  requestData: Buffer;
  /** Value of the initial client principal when the request is redirected by a broker. Versions 0+, nullable in 0+. */
  requestPrincipal: Buffer | null;
  /** The original client's address in bytes. Versions 0+. */
  clientHostAddress: Buffer;
}

export function decodeEnvelopeRequest(r: Reader, version: number): EnvelopeRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'EnvelopeRequest', version });
  }
  try {
    return readEnvelopeRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'EnvelopeRequest', version);
  }
}

export function encodeEnvelopeRequest(w: Writer, v: EnvelopeRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`EnvelopeRequest has no version ${version} (valid: 0)`);
  }
  writeEnvelopeRequest(w, v, version);
}

function readEnvelopeRequest(r: Reader, version: number): EnvelopeRequest {
  let f = 'requestData';
  try {
    const requestData: Buffer = r.compactBytes();
    f = 'requestPrincipal';
    const requestPrincipal: Buffer | null = r.compactNullableBytes();
    f = 'clientHostAddress';
    const clientHostAddress: Buffer = r.compactBytes();
    r.skipTaggedFields();
    return { requestData, requestPrincipal, clientHostAddress };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeEnvelopeRequest(w: Writer, v: EnvelopeRequest, version: number): void {
  w.compactBytes(v.requestData);
  w.compactNullableBytes(v.requestPrincipal);
  w.compactBytes(v.clientHostAddress);
  w.uvarint(0);
}
