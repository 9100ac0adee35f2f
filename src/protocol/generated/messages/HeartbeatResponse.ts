// Generated from messages/HeartbeatResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** HeartbeatResponse (response), versions 0-4. */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'HeartbeatResponse', version });
  }
  try {
    return readHeartbeatResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'HeartbeatResponse', version);
  }
}

export function encodeHeartbeatResponse(w: Writer, v: HeartbeatResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`HeartbeatResponse has no version ${version} (valid: 0-4)`);
  }
  writeHeartbeatResponse(w, v, version);
}

function readHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeHeartbeatResponse(w: Writer, v: HeartbeatResponse, version: number): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  if (version >= 4) {
    w.uvarint(0);
  }
}
