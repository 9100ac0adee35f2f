// Generated from metadata/NoOpRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** NoOpRecord (metadata), versions 0. */
export interface NoOpRecord {
}

export function decodeNoOpRecord(r: Reader, version: number): NoOpRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'NoOpRecord', version });
  }
  try {
    return readNoOpRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'NoOpRecord', version);
  }
}

export function encodeNoOpRecord(w: Writer, v: NoOpRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`NoOpRecord has no version ${version} (valid: 0)`);
  }
  writeNoOpRecord(w, v, version);
}

function readNoOpRecord(r: Reader, version: number): NoOpRecord {
  let f = '';
  try {
    r.skipTaggedFields();
    return {  };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeNoOpRecord(w: Writer, v: NoOpRecord, version: number): void {
  w.uvarint(0);
}
