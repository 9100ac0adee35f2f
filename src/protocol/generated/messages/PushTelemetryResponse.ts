// Generated from messages/PushTelemetryResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** PushTelemetryResponse (response), versions 0. */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodePushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'PushTelemetryResponse', version });
  }
  try {
    return readPushTelemetryResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'PushTelemetryResponse', version);
  }
}

export function encodePushTelemetryResponse(w: Writer, v: PushTelemetryResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`PushTelemetryResponse has no version ${version} (valid: 0)`);
  }
  writePushTelemetryResponse(w, v, version);
}

function readPushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writePushTelemetryResponse(w: Writer, v: PushTelemetryResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uvarint(0);
}
