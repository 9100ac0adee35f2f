// Generated from messages/SnapshotFooterRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** SnapshotFooterRecord (data), versions 0. */
export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record Versions 0+. */
  version: number;
}

export function decodeSnapshotFooterRecord(r: Reader, version: number): SnapshotFooterRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'SnapshotFooterRecord', version });
  }
  try {
    return readSnapshotFooterRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SnapshotFooterRecord', version);
  }
}

export function encodeSnapshotFooterRecord(w: Writer, v: SnapshotFooterRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`SnapshotFooterRecord has no version ${version} (valid: 0)`);
  }
  writeSnapshotFooterRecord(w, v, version);
}

function readSnapshotFooterRecord(r: Reader, version: number): SnapshotFooterRecord {
  let f = 'version';
  try {
    const version_: number = r.int16();
    r.skipTaggedFields();
    return { version: version_ };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSnapshotFooterRecord(w: Writer, v: SnapshotFooterRecord, version: number): void {
  w.int16(v.version);
  w.uvarint(0);
}
