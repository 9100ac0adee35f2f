// Generated from messages/AllocateProducerIdsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AllocateProducerIdsRequest (request), versions 0. */
export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker Versions 0+. */
  brokerId: number;
  /** The epoch of the requesting broker Versions 0+. */
  brokerEpoch: bigint;
}

export function decodeAllocateProducerIdsRequest(r: Reader, version: number): AllocateProducerIdsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AllocateProducerIdsRequest', version });
  }
  try {
    return readAllocateProducerIdsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AllocateProducerIdsRequest', version);
  }
}

export function encodeAllocateProducerIdsRequest(w: Writer, v: AllocateProducerIdsRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AllocateProducerIdsRequest has no version ${version} (valid: 0)`);
  }
  writeAllocateProducerIdsRequest(w, v, version);
}

function readAllocateProducerIdsRequest(r: Reader, version: number): AllocateProducerIdsRequest {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    r.skipTaggedFields();
    return { brokerId, brokerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAllocateProducerIdsRequest(w: Writer, v: AllocateProducerIdsRequest, version: number): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0);
}
