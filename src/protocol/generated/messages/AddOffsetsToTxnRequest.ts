// Generated from messages/AddOffsetsToTxnRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AddOffsetsToTxnRequest (request), versions 0-4. */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. Versions 0+. */
  transactionalId: string;
  /** Current producer id in use by the transactional id. Versions 0+. */
  producerId: bigint;
  /** Current epoch associated with the producer id. Versions 0+. */
  producerEpoch: number;
  /** The unique group identifier. Versions 0+. */
  groupId: string;
}

export function decodeAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'AddOffsetsToTxnRequest', version });
  }
  try {
    return readAddOffsetsToTxnRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AddOffsetsToTxnRequest', version);
  }
}

export function encodeAddOffsetsToTxnRequest(w: Writer, v: AddOffsetsToTxnRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`AddOffsetsToTxnRequest has no version ${version} (valid: 0-4)`);
  }
  writeAddOffsetsToTxnRequest(w, v, version);
}

function readAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  let f = 'transactionalId';
  try {
    const transactionalId: string = (version >= 3 ? r.compactString() : r.string());
    f = 'producerId';
    const producerId: bigint = r.int64();
    f = 'producerEpoch';
    const producerEpoch: number = r.int16();
    f = 'groupId';
    const groupId: string = (version >= 3 ? r.compactString() : r.string());
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { transactionalId, producerId, producerEpoch, groupId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAddOffsetsToTxnRequest(w: Writer, v: AddOffsetsToTxnRequest, version: number): void {
  if (version >= 3) w.compactString(v.transactionalId); else w.string(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  if (version >= 3) w.compactString(v.groupId); else w.string(v.groupId);
  if (version >= 3) {
    w.uvarint(0);
  }
}
