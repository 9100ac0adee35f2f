// Generated from messages/EndTxnResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** EndTxnResponse (response), versions 0-5. */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The producer ID. Versions 5+. */
  producerId: bigint;
  /** The current epoch associated with the producer. Versions 5+. */
  producerEpoch: number;
}

export function decodeEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'EndTxnResponse', version });
  }
  try {
    return readEndTxnResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'EndTxnResponse', version);
  }
}

export function encodeEndTxnResponse(w: Writer, v: EndTxnResponse, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`EndTxnResponse has no version ${version} (valid: 0-5)`);
  }
  writeEndTxnResponse(w, v, version);
}

function readEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'producerId';
    let producerId: bigint = -1n;
    if (version >= 5) {
      producerId = r.int64();
    }
    f = 'producerEpoch';
    let producerEpoch: number = -1;
    if (version >= 5) {
      producerEpoch = r.int16();
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, producerId, producerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeEndTxnResponse(w: Writer, v: EndTxnResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 5) {
    w.int64(v.producerId);
  }
  if (version >= 5) {
    w.int16(v.producerEpoch);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}
