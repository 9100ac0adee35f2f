// Generated from records/ShareSnapshotKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareSnapshotKey (data), versions 0. */
export interface ShareSnapshotKey {
  /** The group id. Versions 0. */
  groupId: string;
  /** The topic id. Versions 0. */
  topicId: string;
  /** The partition index. Versions 0. */
  partition: number;
}

export function decodeShareSnapshotKey(r: Reader, version: number): ShareSnapshotKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareSnapshotKey', version });
  }
  try {
    return readShareSnapshotKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareSnapshotKey', version);
  }
}

export function encodeShareSnapshotKey(w: Writer, v: ShareSnapshotKey, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareSnapshotKey has no version ${version} (valid: 0)`);
  }
  writeShareSnapshotKey(w, v, version);
}

function readShareSnapshotKey(r: Reader, version: number): ShareSnapshotKey {
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

function writeShareSnapshotKey(w: Writer, v: ShareSnapshotKey, version: number): void {
  w.string(v.groupId);
  w.uuid(v.topicId);
  w.int32(v.partition);
}
