// Generated from messages/InitProducerIdRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** InitProducerIdRequest (request), versions 0-5. */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. Versions 0+, nullable in 0+. */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. Versions 0+. */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. Versions 3+. */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. Versions 3+. */
  producerEpoch: number;
}

export function decodeInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'InitProducerIdRequest', version });
  }
  try {
    return readInitProducerIdRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'InitProducerIdRequest', version);
  }
}

export function encodeInitProducerIdRequest(w: Writer, v: InitProducerIdRequest, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`InitProducerIdRequest has no version ${version} (valid: 0-5)`);
  }
  writeInitProducerIdRequest(w, v, version);
}

function readInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  let f = 'transactionalId';
  try {
    const transactionalId: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'transactionTimeoutMs';
    const transactionTimeoutMs: number = r.int32();
    f = 'producerId';
    let producerId: bigint = -1n;
    if (version >= 3) {
      producerId = r.int64();
    }
    f = 'producerEpoch';
    let producerEpoch: number = -1;
    if (version >= 3) {
      producerEpoch = r.int16();
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { transactionalId, transactionTimeoutMs, producerId, producerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeInitProducerIdRequest(w: Writer, v: InitProducerIdRequest, version: number): void {
  if (version >= 2) w.compactNullableString(v.transactionalId); else w.nullableString(v.transactionalId);
  w.int32(v.transactionTimeoutMs);
  if (version >= 3) {
    w.int64(v.producerId);
  }
  if (!(version >= 3) && !(v.producerId === -1n)) throw new UnsupportedVersionError(`InitProducerIdRequest v${version} cannot express a non-default value in field producerId`);
  if (version >= 3) {
    w.int16(v.producerEpoch);
  }
  if (!(version >= 3) && !(v.producerEpoch === -1)) throw new UnsupportedVersionError(`InitProducerIdRequest v${version} cannot express a non-default value in field producerEpoch`);
  if (version >= 2) {
    w.uvarint(0);
  }
}
