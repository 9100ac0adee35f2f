// Generated from messages/InitProducerIdResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** InitProducerIdResponse (response), versions 0-5. */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The current producer id. Versions 0+. */
  producerId: bigint;
  /** The current epoch associated with the producer id. Versions 0+. */
  producerEpoch: number;
}

export function decodeInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'InitProducerIdResponse', version });
  }
  try {
    return readInitProducerIdResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'InitProducerIdResponse', version);
  }
}

export function encodeInitProducerIdResponse(w: Writer, v: InitProducerIdResponse, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`InitProducerIdResponse has no version ${version} (valid: 0-5)`);
  }
  writeInitProducerIdResponse(w, v, version);
}

function readInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'producerId';
    const producerId: bigint = r.int64();
    f = 'producerEpoch';
    const producerEpoch: number = r.int16();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, producerId, producerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeInitProducerIdResponse(w: Writer, v: InitProducerIdResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  if (version >= 2) {
    w.uvarint(0);
  }
}
