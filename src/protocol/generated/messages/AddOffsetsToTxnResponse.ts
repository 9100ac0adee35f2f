// Generated from messages/AddOffsetsToTxnResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AddOffsetsToTxnResponse (response), versions 0-4. */
export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'AddOffsetsToTxnResponse', version });
  }
  try {
    return readAddOffsetsToTxnResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AddOffsetsToTxnResponse', version);
  }
}

export function encodeAddOffsetsToTxnResponse(w: Writer, v: AddOffsetsToTxnResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`AddOffsetsToTxnResponse has no version ${version} (valid: 0-4)`);
  }
  writeAddOffsetsToTxnResponse(w, v, version);
}

function readAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAddOffsetsToTxnResponse(w: Writer, v: AddOffsetsToTxnResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 3) {
    w.uvarint(0);
  }
}
