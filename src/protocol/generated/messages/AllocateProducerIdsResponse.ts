// Generated from messages/AllocateProducerIdsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AllocateProducerIdsResponse (response), versions 0. */
export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top level response error code Versions 0+. */
  errorCode: number;
  /** The first producer ID in this range, inclusive Versions 0+. */
  producerIdStart: bigint;
  /** The number of producer IDs in this range Versions 0+. */
  producerIdLen: number;
}

export function decodeAllocateProducerIdsResponse(r: Reader, version: number): AllocateProducerIdsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AllocateProducerIdsResponse', version });
  }
  try {
    return readAllocateProducerIdsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AllocateProducerIdsResponse', version);
  }
}

export function encodeAllocateProducerIdsResponse(w: Writer, v: AllocateProducerIdsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AllocateProducerIdsResponse has no version ${version} (valid: 0)`);
  }
  writeAllocateProducerIdsResponse(w, v, version);
}

function readAllocateProducerIdsResponse(r: Reader, version: number): AllocateProducerIdsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'producerIdStart';
    const producerIdStart: bigint = r.int64();
    f = 'producerIdLen';
    const producerIdLen: number = r.int32();
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, producerIdStart, producerIdLen };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAllocateProducerIdsResponse(w: Writer, v: AllocateProducerIdsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.producerIdStart);
  w.int32(v.producerIdLen);
  w.uvarint(0);
}
