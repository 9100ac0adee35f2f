// Generated from metadata/ZkMigrationStateRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ZkMigrationStateRecord (metadata), versions 0. */
export interface ZkMigrationStateRecord {
  /** One of the possible migration states. Versions 0+. */
  zkMigrationState: number;
}

export function decodeZkMigrationStateRecord(r: Reader, version: number): ZkMigrationStateRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ZkMigrationStateRecord', version });
  }
  try {
    return readZkMigrationStateRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ZkMigrationStateRecord', version);
  }
}

export function encodeZkMigrationStateRecord(w: Writer, v: ZkMigrationStateRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ZkMigrationStateRecord has no version ${version} (valid: 0)`);
  }
  writeZkMigrationStateRecord(w, v, version);
}

function readZkMigrationStateRecord(r: Reader, version: number): ZkMigrationStateRecord {
  let f = 'zkMigrationState';
  try {
    const zkMigrationState: number = r.int8();
    r.skipTaggedFields();
    return { zkMigrationState };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeZkMigrationStateRecord(w: Writer, v: ZkMigrationStateRecord, version: number): void {
  w.int8(v.zkMigrationState);
  w.uvarint(0);
}
