// Generated from messages/KRaftVersionRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** KRaftVersionRecord (data), versions 0. */
export interface KRaftVersionRecord {
  /** The version of the kraft version record Versions 0+. */
  version: number;
  /** The kraft protocol version Versions 0+. */
  kRaftVersion: number;
}

export function decodeKRaftVersionRecord(r: Reader, version: number): KRaftVersionRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'KRaftVersionRecord', version });
  }
  try {
    return readKRaftVersionRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'KRaftVersionRecord', version);
  }
}

export function encodeKRaftVersionRecord(w: Writer, v: KRaftVersionRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`KRaftVersionRecord has no version ${version} (valid: 0)`);
  }
  writeKRaftVersionRecord(w, v, version);
}

function readKRaftVersionRecord(r: Reader, version: number): KRaftVersionRecord {
  let f = 'version';
  try {
    const version_: number = r.int16();
    f = 'kRaftVersion';
    const kRaftVersion: number = r.int16();
    r.skipTaggedFields();
    return { version: version_, kRaftVersion };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeKRaftVersionRecord(w: Writer, v: KRaftVersionRecord, version: number): void {
  w.int16(v.version);
  w.int16(v.kRaftVersion);
  w.uvarint(0);
}
