// Generated from metadata/FenceBrokerRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** FenceBrokerRecord (metadata), versions 0. */
export interface FenceBrokerRecord {
  /** The broker ID to fence. It will be removed from all ISRs. Versions 0+. */
  id: number;
  /** The epoch of the broker to fence. Versions 0+. */
  epoch: bigint;
}

export function decodeFenceBrokerRecord(r: Reader, version: number): FenceBrokerRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'FenceBrokerRecord', version });
  }
  try {
    return readFenceBrokerRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'FenceBrokerRecord', version);
  }
}

export function encodeFenceBrokerRecord(w: Writer, v: FenceBrokerRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`FenceBrokerRecord has no version ${version} (valid: 0)`);
  }
  writeFenceBrokerRecord(w, v, version);
}

function readFenceBrokerRecord(r: Reader, version: number): FenceBrokerRecord {
  let f = 'id';
  try {
    const id: number = r.int32();
    f = 'epoch';
    const epoch: bigint = r.int64();
    r.skipTaggedFields();
    return { id, epoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeFenceBrokerRecord(w: Writer, v: FenceBrokerRecord, version: number): void {
  w.int32(v.id);
  w.int64(v.epoch);
  w.uvarint(0);
}
