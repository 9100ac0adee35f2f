// Generated from records/ShareUpdateKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareUpdateKey (data), versions 1. */
export interface ShareUpdateKey {
  /** The group id. Versions 1. */
  groupId: string;
  /** The topic id. Versions 1. */
  topicId: string;
  /** The partition index. Versions 1. */
  partition: number;
}

export function decodeShareUpdateKey(r: Reader, version: number): ShareUpdateKey {
  if (!(version >= 1 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 1)`, { api: 'ShareUpdateKey', version });
  }
  try {
    return readShareUpdateKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareUpdateKey', version);
  }
}

export function encodeShareUpdateKey(w: Writer, v: ShareUpdateKey, version: number): void {
  if (!(version >= 1 && version <= 1)) {
    throw new UnsupportedVersionError(`ShareUpdateKey has no version ${version} (valid: 1)`);
  }
  writeShareUpdateKey(w, v, version);
}

function readShareUpdateKey(r: Reader, version: number): ShareUpdateKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    f = 'topicId';
    const topicId: string = r.uuid();
    f = 'partition';
    const partition: number = r.int32();
    return { groupId, topicId, partition };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareUpdateKey(w: Writer, v: ShareUpdateKey, version: number): void {
  w.string(v.groupId);
  w.uuid(v.topicId);
  w.int32(v.partition);
}
