// Generated from messages/FetchSnapshotRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** FetchSnapshotRequest (request), versions 0-1. */
export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration Versions 0+, tagged (tag 0) in 0+, nullable in 0+. */
  clusterId?: string | null;
  /** The broker ID of the follower Versions 0+. */
  replicaId: number;
  /** The maximum bytes to fetch from all of the snapshots Versions 0+. */
  maxBytes: number;
  /** The topics to fetch Versions 0+. */
  topics: FetchSnapshotRequestTopicSnapshot[];
}

export interface FetchSnapshotRequestTopicSnapshot {
  /** The name of the topic to fetch Versions 0+. */
  name: string;
  /** The partitions to fetch Versions 0+. */
  partitions: FetchSnapshotRequestPartitionSnapshot[];
}

export interface FetchSnapshotRequestPartitionSnapshot {
  /** The partition index Versions 0+. */
  partition: number;
  /** The current leader epoch of the partition, -1 for unknown leader epoch Versions 0+. */
  currentLeaderEpoch: number;
  /** The snapshot endOffset and epoch to fetch Versions 0+. */
  snapshotId: FetchSnapshotRequestSnapshotId;
  /** The byte position within the snapshot to start fetching from Versions 0+. */
  position: bigint;
  /** The directory id of the follower fetching Versions 1+, tagged (tag 0) in 1+. */
  replicaDirectoryId?: string;
}

export interface FetchSnapshotRequestSnapshotId {
  /** Versions 0+. */
  endOffset: bigint;
  /** Versions 0+. */
  epoch: number;
}

export function decodeFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'FetchSnapshotRequest', version });
  }
  try {
    return readFetchSnapshotRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'FetchSnapshotRequest', version);
  }
}

export function encodeFetchSnapshotRequest(w: Writer, v: FetchSnapshotRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`FetchSnapshotRequest has no version ${version} (valid: 0-1)`);
  }
  writeFetchSnapshotRequest(w, v, version);
}

function readFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  let f = 'clusterId';
  try {
    let clusterId: string | null = null;
    f = 'replicaId';
    const replicaId: number = r.int32();
    f = 'maxBytes';
    const maxBytes: number = r.int32();
    f = 'topics';
    let topics: FetchSnapshotRequestTopicSnapshot[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: FetchSnapshotRequestTopicSnapshot[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchSnapshotRequestTopicSnapshot(r, version));
        topics = a;
      }
    }
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (true) {
            f = 'clusterId';
            clusterId = r.compactNullableString();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { clusterId, replicaId, maxBytes, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchSnapshotRequestTopicSnapshot(r: Reader, version: number): FetchSnapshotRequestTopicSnapshot {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitions';
    let partitions: FetchSnapshotRequestPartitionSnapshot[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: FetchSnapshotRequestPartitionSnapshot[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchSnapshotRequestPartitionSnapshot(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchSnapshotRequestPartitionSnapshot(r: Reader, version: number): FetchSnapshotRequestPartitionSnapshot {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'currentLeaderEpoch';
    const currentLeaderEpoch: number = r.int32();
    f = 'snapshotId';
    const snapshotId: FetchSnapshotRequestSnapshotId = readFetchSnapshotRequestSnapshotId(r, version);
    f = 'position';
    const position: bigint = r.int64();
    let replicaDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            f = 'replicaDirectoryId';
            replicaDirectoryId = r.uuid();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { partition, currentLeaderEpoch, snapshotId, position, replicaDirectoryId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchSnapshotRequestSnapshotId(r: Reader, version: number): FetchSnapshotRequestSnapshotId {
  let f = 'endOffset';
  try {
    const endOffset: bigint = r.int64();
    f = 'epoch';
    const epoch: number = r.int32();
    r.skipTaggedFields();
    return { endOffset, epoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeFetchSnapshotRequest(w: Writer, v: FetchSnapshotRequest, version: number): void {
  w.int32(v.replicaId);
  w.int32(v.maxBytes);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeFetchSnapshotRequestTopicSnapshot(w, e, version);
  }
  const tag0 = !(v.clusterId === undefined || v.clusterId === null);
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    t.compactNullableString(v.clusterId!);
    w.taggedField(0, t);
  }
}

function writeFetchSnapshotRequestTopicSnapshot(w: Writer, v: FetchSnapshotRequestTopicSnapshot, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeFetchSnapshotRequestPartitionSnapshot(w, e, version);
  }
  w.uvarint(0);
}

function writeFetchSnapshotRequestPartitionSnapshot(w: Writer, v: FetchSnapshotRequestPartitionSnapshot, version: number): void {
  w.int32(v.partition);
  w.int32(v.currentLeaderEpoch);
  writeFetchSnapshotRequestSnapshotId(w, v.snapshotId, version);
  w.int64(v.position);
  const tag0 = version >= 1 && !(v.replicaDirectoryId === undefined || v.replicaDirectoryId === "AAAAAAAAAAAAAAAAAAAAAA");
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    t.uuid(v.replicaDirectoryId!);
    w.taggedField(0, t);
  }
}

function writeFetchSnapshotRequestSnapshotId(w: Writer, v: FetchSnapshotRequestSnapshotId, version: number): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0);
}
