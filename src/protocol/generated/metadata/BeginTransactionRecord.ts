// Generated from metadata/BeginTransactionRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** BeginTransactionRecord (metadata), versions 0. */
export interface BeginTransactionRecord {
  /** An optional textual description of this transaction. Versions 0+, tagged (tag 0) in 0+, nullable in 0+. */
  name?: string | null;
}

export function decodeBeginTransactionRecord(r: Reader, version: number): BeginTransactionRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'BeginTransactionRecord', version });
  }
  try {
    return readBeginTransactionRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'BeginTransactionRecord', version);
  }
}

export function encodeBeginTransactionRecord(w: Writer, v: BeginTransactionRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`BeginTransactionRecord has no version ${version} (valid: 0)`);
  }
  writeBeginTransactionRecord(w, v, version);
}

function readBeginTransactionRecord(r: Reader, version: number): BeginTransactionRecord {
  let f = 'name';
  try {
    let name: string | null = null;
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (true) {
            f = 'name';
            name = r.compactNullableString();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { name };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeBeginTransactionRecord(w: Writer, v: BeginTransactionRecord, version: number): void {
  const tag0 = !(v.name === undefined || v.name === null);
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    t.compactNullableString(v.name!);
    w.taggedField(0, t);
  }
}
