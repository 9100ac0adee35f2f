// Generated from records/TransactionLogKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** TransactionLogKey (data), versions 0. */
export interface TransactionLogKey {
  /** Versions 0. */
  transactionalId: string;
}

export function decodeTransactionLogKey(r: Reader, version: number): TransactionLogKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'TransactionLogKey', version });
  }
  try {
    return readTransactionLogKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'TransactionLogKey', version);
  }
}

export function encodeTransactionLogKey(w: Writer, v: TransactionLogKey, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`TransactionLogKey has no version ${version} (valid: 0)`);
  }
  writeTransactionLogKey(w, v, version);
}

function readTransactionLogKey(r: Reader, version: number): TransactionLogKey {
  let f = 'transactionalId';
  try {
    const transactionalId: string = r.string();
    return { transactionalId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeTransactionLogKey(w: Writer, v: TransactionLogKey, version: number): void {
  w.string(v.transactionalId);
}
