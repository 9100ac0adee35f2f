// Generated from metadata/UnfenceBrokerRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** UnfenceBrokerRecord (metadata), versions 0. */
export interface UnfenceBrokerRecord {
  /** The broker ID to unfence. Versions 0+. */
  id: number;
  /** The epoch of the broker to unfence. Versions 0+. */
  epoch: bigint;
}

export function decodeUnfenceBrokerRecord(r: Reader, version: number): UnfenceBrokerRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'UnfenceBrokerRecord', version });
  }
  try {
    return readUnfenceBrokerRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UnfenceBrokerRecord', version);
  }
}

export function encodeUnfenceBrokerRecord(w: Writer, v: UnfenceBrokerRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`UnfenceBrokerRecord has no version ${version} (valid: 0)`);
  }
  writeUnfenceBrokerRecord(w, v, version);
}

function readUnfenceBrokerRecord(r: Reader, version: number): UnfenceBrokerRecord {
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

function writeUnfenceBrokerRecord(w: Writer, v: UnfenceBrokerRecord, version: number): void {
  w.int32(v.id);
  w.int64(v.epoch);
  w.uvarint(0);
}
