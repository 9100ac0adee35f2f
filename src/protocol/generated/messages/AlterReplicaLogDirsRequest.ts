// Generated from messages/AlterReplicaLogDirsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterReplicaLogDirsRequest (request), versions 0-2. */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. Versions 0+. */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** The absolute directory path. Versions 0+. */
  path: string;
  /** The topics to add to the directory. Versions 0+. */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The partition indexes. Versions 0+. */
  partitions: number[];
}

export function decodeAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'AlterReplicaLogDirsRequest', version });
  }
  try {
    return readAlterReplicaLogDirsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterReplicaLogDirsRequest', version);
  }
}

export function encodeAlterReplicaLogDirsRequest(w: Writer, v: AlterReplicaLogDirsRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`AlterReplicaLogDirsRequest has no version ${version} (valid: 0-2)`);
  }
  writeAlterReplicaLogDirsRequest(w, v, version);
}

function readAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  let f = 'dirs';
  try {
    let dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirsRequestAlterReplicaLogDir(r, version));
        dirs = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { dirs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  let f = 'path';
  try {
    const path: string = (version >= 2 ? r.compactString() : r.string());
    f = 'topics';
    let topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, version));
        topics = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { path, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  let f = 'name';
  try {
    const name: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterReplicaLogDirsRequest(w: Writer, v: AlterReplicaLogDirsRequest, version: number): void {
  {
    w.arrayLength(v.dirs.length, version >= 2);
    for (const e of v.dirs) writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, v: AlterReplicaLogDirsRequestAlterReplicaLogDir, version: number): void {
  if (version >= 2) w.compactString(v.path); else w.string(v.path);
  {
    w.arrayLength(v.topics.length, version >= 2);
    for (const e of v.topics) writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, v: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, version: number): void {
  if (version >= 2) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 2);
    for (const e of v.partitions) w.int32(e);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}
