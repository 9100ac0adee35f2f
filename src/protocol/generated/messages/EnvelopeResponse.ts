// Generated from messages/EnvelopeResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** EnvelopeResponse (response), versions 0. */
export interface EnvelopeResponse {
  /** The embedded response header and data. Versions 0+, nullable in 0+. */
  responseData: Buffer | null;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeEnvelopeResponse(r: Reader, version: number): EnvelopeResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'EnvelopeResponse', version });
  }
  try {
    return readEnvelopeResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'EnvelopeResponse', version);
  }
}

export function encodeEnvelopeResponse(w: Writer, v: EnvelopeResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`EnvelopeResponse has no version ${version} (valid: 0)`);
  }
  writeEnvelopeResponse(w, v, version);
}

function readEnvelopeResponse(r: Reader, version: number): EnvelopeResponse {
  let f = 'responseData';
  try {
    const responseData: Buffer | null = r.compactNullableBytes();
    f = 'errorCode';
    const errorCode: number = r.int16();
    r.skipTaggedFields();
    return { responseData, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeEnvelopeResponse(w: Writer, v: EnvelopeResponse, version: number): void {
  w.compactNullableBytes(v.responseData);
  w.int16(v.errorCode);
  w.uvarint(0);
}
