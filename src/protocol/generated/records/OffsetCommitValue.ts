// Generated from records/OffsetCommitValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetCommitValue (data), versions 0-4. */
export interface OffsetCommitValue {
  /** Versions 0+. */
  offset: bigint;
  /** Versions 3+. */
  leaderEpoch: number;
  /** Versions 0+. */
  metadata: string;
  /** Versions 0+. */
  commitTimestamp: bigint;
  /** Versions 1. */
  expireTimestamp: bigint;
}

export function decodeOffsetCommitValue(r: Reader, version: number): OffsetCommitValue {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'OffsetCommitValue', version });
  }
  try {
    return readOffsetCommitValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetCommitValue', version);
  }
}

export function encodeOffsetCommitValue(w: Writer, v: OffsetCommitValue, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`OffsetCommitValue has no version ${version} (valid: 0-4)`);
  }
  writeOffsetCommitValue(w, v, version);
}

function readOffsetCommitValue(r: Reader, version: number): OffsetCommitValue {
  let f = 'offset';
  try {
    const offset: bigint = r.int64();
    f = 'leaderEpoch';
    let leaderEpoch: number = -1;
    if (version >= 3) {
      leaderEpoch = r.int32();
    }
    f = 'metadata';
    const metadata: string = (version >= 4 ? r.compactString() : r.string());
    f = 'commitTimestamp';
    const commitTimestamp: bigint = r.int64();
    f = 'expireTimestamp';
    let expireTimestamp: bigint = -1n;
    if (version >= 1 && version <= 1) {
      expireTimestamp = r.int64();
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { offset, leaderEpoch, metadata, commitTimestamp, expireTimestamp };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetCommitValue(w: Writer, v: OffsetCommitValue, version: number): void {
  w.int64(v.offset);
  if (version >= 3) {
    w.int32(v.leaderEpoch);
  }
  if (version >= 4) w.compactString(v.metadata); else w.string(v.metadata);
  w.int64(v.commitTimestamp);
  if (version >= 1 && version <= 1) {
    w.int64(v.expireTimestamp);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}
