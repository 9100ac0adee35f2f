// Generated from messages/RequestHeader.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RequestHeader (header), versions 0-2. */
export interface RequestHeader {
  /** The API key of this request. Versions 0+. */
  requestApiKey: number;
  /** The API version of this request. Versions 0+. */
  requestApiVersion: number;
  /** The correlation ID of this request. Versions 0+. */
  correlationId: number;
  /** The client ID string. Versions 1+, nullable in 1+. */
  clientId: string | null;
}

export function decodeRequestHeader(r: Reader, version: number): RequestHeader {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'RequestHeader', version });
  }
  try {
    return readRequestHeader(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RequestHeader', version);
  }
}

export function encodeRequestHeader(w: Writer, v: RequestHeader, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`RequestHeader has no version ${version} (valid: 0-2)`);
  }
  writeRequestHeader(w, v, version);
}

function readRequestHeader(r: Reader, version: number): RequestHeader {
  let f = 'requestApiKey';
  try {
    const requestApiKey: number = r.int16();
    f = 'requestApiVersion';
    const requestApiVersion: number = r.int16();
    f = 'correlationId';
    const correlationId: number = r.int32();
    f = 'clientId';
    let clientId: string | null = "";
    if (version >= 1) {
      clientId = r.nullableString();
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { requestApiKey, requestApiVersion, correlationId, clientId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRequestHeader(w: Writer, v: RequestHeader, version: number): void {
  w.int16(v.requestApiKey);
  w.int16(v.requestApiVersion);
  w.int32(v.correlationId);
  if (version >= 1) {
    w.nullableString(v.clientId);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}
