// Generated from messages/ResponseHeader.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ResponseHeader (header), versions 0-1. */
export interface ResponseHeader {
  /** The correlation ID of this response. Versions 0+. */
  correlationId: number;
}

export function decodeResponseHeader(r: Reader, version: number): ResponseHeader {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'ResponseHeader', version });
  }
  try {
    return readResponseHeader(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ResponseHeader', version);
  }
}

export function encodeResponseHeader(w: Writer, v: ResponseHeader, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`ResponseHeader has no version ${version} (valid: 0-1)`);
  }
  writeResponseHeader(w, v, version);
}

function readResponseHeader(r: Reader, version: number): ResponseHeader {
  let f = 'correlationId';
  try {
    const correlationId: number = r.int32();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { correlationId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeResponseHeader(w: Writer, v: ResponseHeader, version: number): void {
  w.int32(v.correlationId);
  if (version >= 1) {
    w.uvarint(0);
  }
}
