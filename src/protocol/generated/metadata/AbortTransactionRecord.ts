// Generated from metadata/AbortTransactionRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** AbortTransactionRecord (metadata), versions 0. */
export interface AbortTransactionRecord {
  /** An optional textual description of why the transaction was aborted. Versions 0+, tagged (tag 0) in 0+, nullable in 0+. */
  reason?: string | null;
}

export function decodeAbortTransactionRecord(r: Reader, version: number): AbortTransactionRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AbortTransactionRecord', version });
  }
  try {
    return readAbortTransactionRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AbortTransactionRecord', version);
  }
}

export function encodeAbortTransactionRecord(w: Writer, v: AbortTransactionRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AbortTransactionRecord has no version ${version} (valid: 0)`);
  }
  writeAbortTransactionRecord(w, v, version);
}

function readAbortTransactionRecord(r: Reader, version: number): AbortTransactionRecord {
  let f = 'reason';
  try {
    let reason: string | null = null;
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (true) {
            f = 'reason';
            reason = r.compactNullableString();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { reason };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAbortTransactionRecord(w: Writer, v: AbortTransactionRecord, version: number): void {
  const tag0 = !(v.reason === undefined || v.reason === null);
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    t.compactNullableString(v.reason!);
    w.taggedField(0, t);
  }
}
