// Generated from records/OffsetCommitKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetCommitKey (data), versions 0-1. */
export interface OffsetCommitKey {
  /** Versions 0-1. */
  group: string;
  /** Versions 0-1. */
  topic: string;
  /** Versions 0-1. */
  partition: number;
}

export function decodeOffsetCommitKey(r: Reader, version: number): OffsetCommitKey {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'OffsetCommitKey', version });
  }
  try {
    return readOffsetCommitKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetCommitKey', version);
  }
}

export function encodeOffsetCommitKey(w: Writer, v: OffsetCommitKey, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`OffsetCommitKey has no version ${version} (valid: 0-1)`);
  }
  writeOffsetCommitKey(w, v, version);
}

function readOffsetCommitKey(r: Reader, version: number): OffsetCommitKey {
  let f = 'group';
  try {
    const group: string = r.string();
    f = 'topic';
    const topic: string = r.string();
    f = 'partition';
    const partition: number = r.int32();
    return { group, topic, partition };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetCommitKey(w: Writer, v: OffsetCommitKey, version: number): void {
  w.string(v.group);
  w.string(v.topic);
  w.int32(v.partition);
}
