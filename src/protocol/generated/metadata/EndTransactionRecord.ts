// Generated from metadata/EndTransactionRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** EndTransactionRecord (metadata), versions 0. */
export interface EndTransactionRecord {
}

export function decodeEndTransactionRecord(r: Reader, version: number): EndTransactionRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'EndTransactionRecord', version });
  }
  try {
    return readEndTransactionRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'EndTransactionRecord', version);
  }
}

export function encodeEndTransactionRecord(w: Writer, v: EndTransactionRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`EndTransactionRecord has no version ${version} (valid: 0)`);
  }
  writeEndTransactionRecord(w, v, version);
}

function readEndTransactionRecord(r: Reader, version: number): EndTransactionRecord {
  let f = '';
  try {
    r.skipTaggedFields();
    return {  };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeEndTransactionRecord(w: Writer, v: EndTransactionRecord, version: number): void {
  w.uvarint(0);
}
