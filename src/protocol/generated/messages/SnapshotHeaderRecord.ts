// Generated from messages/SnapshotHeaderRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** SnapshotHeaderRecord (data), versions 0. */
export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record Versions 0+. */
  version: number;
  /** The append time of the last record from the log contained in this snapshot Versions 0+. */
  lastContainedLogTimestamp: bigint;
}

export function decodeSnapshotHeaderRecord(r: Reader, version: number): SnapshotHeaderRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'SnapshotHeaderRecord', version });
  }
  try {
    return readSnapshotHeaderRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SnapshotHeaderRecord', version);
  }
}

export function encodeSnapshotHeaderRecord(w: Writer, v: SnapshotHeaderRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`SnapshotHeaderRecord has no version ${version} (valid: 0)`);
  }
  writeSnapshotHeaderRecord(w, v, version);
}

function readSnapshotHeaderRecord(r: Reader, version: number): SnapshotHeaderRecord {
  let f = 'version';
  try {
    const version_: number = r.int16();
    f = 'lastContainedLogTimestamp';
    const lastContainedLogTimestamp: bigint = r.int64();
    r.skipTaggedFields();
    return { version: version_, lastContainedLogTimestamp };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSnapshotHeaderRecord(w: Writer, v: SnapshotHeaderRecord, version: number): void {
  w.int16(v.version);
  w.int64(v.lastContainedLogTimestamp);
  w.uvarint(0);
}
