// Generated from messages/EndTxnRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** EndTxnRequest (request), versions 0-5. */
export interface EndTxnRequest {
  /** The ID of the transaction to end. Versions 0+. */
  transactionalId: string;
  /** The producer ID. Versions 0+. */
  producerId: bigint;
  /** The current epoch associated with the producer. Versions 0+. */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. Versions 0+. */
  committed: boolean;
}

export function decodeEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'EndTxnRequest', version });
  }
  try {
    return readEndTxnRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'EndTxnRequest', version);
  }
}

export function encodeEndTxnRequest(w: Writer, v: EndTxnRequest, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`EndTxnRequest has no version ${version} (valid: 0-5)`);
  }
  writeEndTxnRequest(w, v, version);
}

function readEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  let f = 'transactionalId';
  try {
    const transactionalId: string = (version >= 3 ? r.compactString() : r.string());
    f = 'producerId';
    const producerId: bigint = r.int64();
    f = 'producerEpoch';
    const producerEpoch: number = r.int16();
    f = 'committed';
    const committed: boolean = r.bool();
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { transactionalId, producerId, producerEpoch, committed };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeEndTxnRequest(w: Writer, v: EndTxnRequest, version: number): void {
  if (version >= 3) w.compactString(v.transactionalId); else w.string(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.committed);
  if (version >= 3) {
    w.uvarint(0);
  }
}
