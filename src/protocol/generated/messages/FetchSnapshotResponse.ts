// Generated from messages/FetchSnapshotResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Records } from '../../records.js';
import { Writer } from '../../writer.js';

/** FetchSnapshotResponse (response), versions 0-1. */
export interface FetchSnapshotResponse<R extends Records = Records> {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 0+. */
  errorCode: number;
  /** The topics to fetch. Versions 0+. */
  topics: FetchSnapshotResponseTopicSnapshot<R>[];
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot Versions 1+, tagged (tag 0) in 1+. */
  nodeEndpoints?: FetchSnapshotResponseNodeEndpoint[];
}

export interface FetchSnapshotResponseTopicSnapshot<R extends Records = Records> {
  /** The name of the topic to fetch. Versions 0+. */
  name: string;
  /** The partitions to fetch. Versions 0+. */
  partitions: FetchSnapshotResponsePartitionSnapshot<R>[];
}

export interface FetchSnapshotResponsePartitionSnapshot<R extends Records = Records> {
  /** The partition index. Versions 0+. */
  index: number;
  /** The error code, or 0 if there was no fetch error. Versions 0+. */
  errorCode: number;
  /** The snapshot endOffset and epoch fetched Versions 0+. */
  snapshotId: FetchSnapshotResponseSnapshotId;
  /** Versions 0+, tagged (tag 0) in 0+. */
  currentLeader?: FetchSnapshotResponseLeaderIdAndEpoch;
  /** The total size of the snapshot. Versions 0+. */
  size: bigint;
  /** The starting byte position within the snapshot included in the Bytes field. Versions 0+. */
  position: bigint;
  /** Snapshot data in records format which may not be aligned on an offset boundary Versions 0+. */
  unalignedRecords: R;
}

export interface FetchSnapshotResponseSnapshotId {
  /** Versions 0+. */
  endOffset: bigint;
  /** Versions 0+. */
  epoch: number;
}

export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0+. */
  leaderId: number;
  /** The latest known leader epoch Versions 0+. */
  leaderEpoch: number;
}

export interface FetchSnapshotResponseNodeEndpoint {
  /** The ID of the associated node Versions 1+. */
  nodeId: number;
  /** The node's hostname Versions 1+. */
  host: string;
  /** The node's port Versions 1+. */
  port: number;
}

export function decodeFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse<Buffer> {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'FetchSnapshotResponse', version });
  }
  try {
    return readFetchSnapshotResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'FetchSnapshotResponse', version);
  }
}

export function encodeFetchSnapshotResponse(w: Writer, v: FetchSnapshotResponse<Records>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`FetchSnapshotResponse has no version ${version} (valid: 0-1)`);
  }
  writeFetchSnapshotResponse(w, v, version);
}

function readFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse<Buffer> {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'topics';
    let topics: FetchSnapshotResponseTopicSnapshot<Buffer>[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: FetchSnapshotResponseTopicSnapshot<Buffer>[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchSnapshotResponseTopicSnapshot(r, version));
        topics = a;
      }
    }
    let nodeEndpoints: FetchSnapshotResponseNodeEndpoint[] = [];
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            f = 'nodeEndpoints';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                throw new ProtocolDecodeError('null in a non-nullable array');
              } else {
                const a: FetchSnapshotResponseNodeEndpoint[] = [];
                for (let i = 0; i < n; i++) a.push(readFetchSnapshotResponseNodeEndpoint(r, version));
                nodeEndpoints = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { throttleTimeMs, errorCode, topics, nodeEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchSnapshotResponseTopicSnapshot(r: Reader, version: number): FetchSnapshotResponseTopicSnapshot<Buffer> {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitions';
    let partitions: FetchSnapshotResponsePartitionSnapshot<Buffer>[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: FetchSnapshotResponsePartitionSnapshot<Buffer>[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchSnapshotResponsePartitionSnapshot(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchSnapshotResponsePartitionSnapshot(r: Reader, version: number): FetchSnapshotResponsePartitionSnapshot<Buffer> {
  let f = 'index';
  try {
    const index: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'snapshotId';
    const snapshotId: FetchSnapshotResponseSnapshotId = readFetchSnapshotResponseSnapshotId(r, version);
    let currentLeader: FetchSnapshotResponseLeaderIdAndEpoch = defaultFetchSnapshotResponseLeaderIdAndEpoch();
    f = 'size';
    const size_: bigint = r.int64();
    f = 'position';
    const position: bigint = r.int64();
    f = 'unalignedRecords';
    const unalignedRecords: Buffer = r.compactBytes();
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (true) {
            f = 'currentLeader';
            currentLeader = readFetchSnapshotResponseLeaderIdAndEpoch(r, version);
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { index, errorCode, snapshotId, currentLeader, size: size_, position, unalignedRecords };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchSnapshotResponseSnapshotId(r: Reader, version: number): FetchSnapshotResponseSnapshotId {
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

function readFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, version: number): FetchSnapshotResponseLeaderIdAndEpoch {
  let f = 'leaderId';
  try {
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    r.skipTaggedFields();
    return { leaderId, leaderEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchSnapshotResponseNodeEndpoint(r: Reader, version: number): FetchSnapshotResponseNodeEndpoint {
  let f = 'nodeId';
  try {
    const nodeId: number = r.int32();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.uint16();
    r.skipTaggedFields();
    return { nodeId, host, port };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeFetchSnapshotResponse(w: Writer, v: FetchSnapshotResponse<Records>, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeFetchSnapshotResponseTopicSnapshot(w, e, version);
  }
  if (!(version >= 1) && !((v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0))) throw new UnsupportedVersionError(`FetchSnapshotResponse v${version} cannot express a non-default value in field nodeEndpoints`);
  const tag0 = version >= 1 && !(v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0);
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    {
      t.arrayLength(v.nodeEndpoints!.length, true);
      for (const e of v.nodeEndpoints!) writeFetchSnapshotResponseNodeEndpoint(t, e, version);
    }
    w.taggedField(0, t);
  }
}

function writeFetchSnapshotResponseTopicSnapshot(w: Writer, v: FetchSnapshotResponseTopicSnapshot<Records>, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeFetchSnapshotResponsePartitionSnapshot(w, e, version);
  }
  w.uvarint(0);
}

function writeFetchSnapshotResponsePartitionSnapshot(w: Writer, v: FetchSnapshotResponsePartitionSnapshot<Records>, version: number): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  writeFetchSnapshotResponseSnapshotId(w, v.snapshotId, version);
  w.int64(v.size);
  w.int64(v.position);
  w.records(v.unalignedRecords, true);
  const tag0 = !(v.currentLeader === undefined || isDefaultFetchSnapshotResponseLeaderIdAndEpoch(v.currentLeader));
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    writeFetchSnapshotResponseLeaderIdAndEpoch(t, v.currentLeader!, version);
    w.taggedField(0, t);
  }
}

function writeFetchSnapshotResponseSnapshotId(w: Writer, v: FetchSnapshotResponseSnapshotId, version: number): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0);
}

function writeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, v: FetchSnapshotResponseLeaderIdAndEpoch, version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeFetchSnapshotResponseNodeEndpoint(w: Writer, v: FetchSnapshotResponseNodeEndpoint, version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

function defaultFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

function isDefaultFetchSnapshotResponseLeaderIdAndEpoch(v: FetchSnapshotResponseLeaderIdAndEpoch): boolean {
  return v.leaderId === 0 &&
    v.leaderEpoch === 0;
}
