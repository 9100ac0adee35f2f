// Generated from messages/FetchResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Records } from '../../records.js';
import { Writer } from '../../writer.js';

/** FetchResponse (response), versions 0-17. */
export interface FetchResponse<R extends Records = Records> {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 7+. */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. Versions 7+. */
  sessionId: number;
  /** The response topics. Versions 0+. */
  responses: FetchResponseFetchableTopicResponse<R>[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. Versions 16+, tagged (tag 0) in 16+. */
  nodeEndpoints?: FetchResponseNodeEndpoint[];
}

export interface FetchResponseFetchableTopicResponse<R extends Records = Records> {
  /** The topic name. Versions 0-12. */
  topic: string;
  /** The unique topic ID Versions 13+. */
  topicId: string;
  /** The topic partitions. Versions 0+. */
  partitions: FetchResponsePartitionData<R>[];
}

export interface FetchResponsePartitionData<R extends Records = Records> {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. Versions 0+. */
  errorCode: number;
  /** The current high water mark. Versions 0+. */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) Versions 4+. */
  lastStableOffset: bigint;
  /** The current log start offset. Versions 5+. */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge Versions 12+, tagged (tag 0) in 12+. */
  divergingEpoch?: FetchResponseEpochEndOffset;
  /** Versions 12+, tagged (tag 1) in 12+. */
  currentLeader?: FetchResponseLeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. Versions 12+, tagged (tag 2) in 12+. */
  snapshotId?: FetchResponseSnapshotId;
  /** The aborted transactions. Versions 4+, nullable in 4+. */
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request Versions 11+. */
  preferredReadReplica: number;
  /** The record data. Versions 0+, nullable in 0+. */
  records: R | null;
}

export interface FetchResponseEpochEndOffset {
  /** Versions 12+. */
  epoch: number;
  /** Versions 12+. */
  endOffset: bigint;
}

export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 12+. */
  leaderId: number;
  /** The latest known leader epoch Versions 12+. */
  leaderEpoch: number;
}

export interface FetchResponseSnapshotId {
  /** Versions 0+. */
  endOffset: bigint;
  /** Versions 0+. */
  epoch: number;
}

export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. Versions 4+. */
  producerId: bigint;
  /** The first offset in the aborted transaction. Versions 4+. */
  firstOffset: bigint;
}

export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. Versions 16+. */
  nodeId: number;
  /** The node's hostname. Versions 16+. */
  host: string;
  /** The node's port. Versions 16+. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions 16+, nullable in 16+. */
  rack: string | null;
}

export function decodeFetchResponse(r: Reader, version: number): FetchResponse<Buffer> {
  if (!(version >= 0 && version <= 17)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-17)`, { api: 'FetchResponse', version });
  }
  try {
    return readFetchResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'FetchResponse', version);
  }
}

export function encodeFetchResponse(w: Writer, v: FetchResponse<Records>, version: number): void {
  if (!(version >= 0 && version <= 17)) {
    throw new UnsupportedVersionError(`FetchResponse has no version ${version} (valid: 0-17)`);
  }
  writeFetchResponse(w, v, version);
}

function readFetchResponse(r: Reader, version: number): FetchResponse<Buffer> {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    f = 'errorCode';
    let errorCode: number = 0;
    if (version >= 7) {
      errorCode = r.int16();
    }
    f = 'sessionId';
    let sessionId: number = 0;
    if (version >= 7) {
      sessionId = r.int32();
    }
    f = 'responses';
    let responses: FetchResponseFetchableTopicResponse<Buffer>[];
    {
      const n = r.arrayLength(version >= 12);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: FetchResponseFetchableTopicResponse<Buffer>[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchResponseFetchableTopicResponse(r, version));
        responses = a;
      }
    }
    let nodeEndpoints: FetchResponseNodeEndpoint[] = [];
    if (version >= 12) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (version >= 16) {
              f = 'nodeEndpoints';
              {
                const n = r.arrayLength(true);
                if (n < 0) {
                  throw new ProtocolDecodeError('null in a non-nullable array');
                } else {
                  const a: FetchResponseNodeEndpoint[] = [];
                  for (let i = 0; i < n; i++) a.push(readFetchResponseNodeEndpoint(r, version));
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
    }
    return { throttleTimeMs, errorCode, sessionId, responses, nodeEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchResponseFetchableTopicResponse(r: Reader, version: number): FetchResponseFetchableTopicResponse<Buffer> {
  let f = 'topic';
  try {
    let topic: string = "";
    if (version <= 12) {
      topic = (version >= 12 ? r.compactString() : r.string());
    }
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 13) {
      topicId = r.uuid();
    }
    f = 'partitions';
    let partitions: FetchResponsePartitionData<Buffer>[];
    {
      const n = r.arrayLength(version >= 12);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: FetchResponsePartitionData<Buffer>[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchResponsePartitionData(r, version));
        partitions = a;
      }
    }
    if (version >= 12) {
      r.skipTaggedFields();
    }
    return { topic, topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchResponsePartitionData(r: Reader, version: number): FetchResponsePartitionData<Buffer> {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'highWatermark';
    const highWatermark: bigint = r.int64();
    f = 'lastStableOffset';
    let lastStableOffset: bigint = -1n;
    if (version >= 4) {
      lastStableOffset = r.int64();
    }
    f = 'logStartOffset';
    let logStartOffset: bigint = -1n;
    if (version >= 5) {
      logStartOffset = r.int64();
    }
    let divergingEpoch: FetchResponseEpochEndOffset = defaultFetchResponseEpochEndOffset();
    let currentLeader: FetchResponseLeaderIdAndEpoch = defaultFetchResponseLeaderIdAndEpoch();
    let snapshotId: FetchResponseSnapshotId = defaultFetchResponseSnapshotId();
    f = 'abortedTransactions';
    let abortedTransactions: FetchResponseAbortedTransaction[] | null = [];
    if (version >= 4) {
      {
        const n = r.arrayLength(version >= 12);
        if (n < 0) {
          abortedTransactions = null;
        } else {
          const a: FetchResponseAbortedTransaction[] = [];
          for (let i = 0; i < n; i++) a.push(readFetchResponseAbortedTransaction(r, version));
          abortedTransactions = a;
        }
      }
    }
    f = 'preferredReadReplica';
    let preferredReadReplica: number = -1;
    if (version >= 11) {
      preferredReadReplica = r.int32();
    }
    f = 'records';
    const records: Buffer | null = r.records(version >= 12);
    if (version >= 12) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (true) {
              f = 'divergingEpoch';
              divergingEpoch = readFetchResponseEpochEndOffset(r, version);
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          case 1:
            if (true) {
              f = 'currentLeader';
              currentLeader = readFetchResponseLeaderIdAndEpoch(r, version);
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          case 2:
            if (true) {
              f = 'snapshotId';
              snapshotId = readFetchResponseSnapshotId(r, version);
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          default:
            r.skip(size);
        }
      }
    }
    return { partitionIndex, errorCode, highWatermark, lastStableOffset, logStartOffset, divergingEpoch, currentLeader, snapshotId, abortedTransactions, preferredReadReplica, records };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchResponseEpochEndOffset(r: Reader, version: number): FetchResponseEpochEndOffset {
  let f = 'epoch';
  try {
    const epoch: number = r.int32();
    f = 'endOffset';
    const endOffset: bigint = r.int64();
    r.skipTaggedFields();
    return { epoch, endOffset };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchResponseLeaderIdAndEpoch(r: Reader, version: number): FetchResponseLeaderIdAndEpoch {
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

function readFetchResponseSnapshotId(r: Reader, version: number): FetchResponseSnapshotId {
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

function readFetchResponseAbortedTransaction(r: Reader, version: number): FetchResponseAbortedTransaction {
  let f = 'producerId';
  try {
    const producerId: bigint = r.int64();
    f = 'firstOffset';
    const firstOffset: bigint = r.int64();
    if (version >= 12) {
      r.skipTaggedFields();
    }
    return { producerId, firstOffset };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchResponseNodeEndpoint(r: Reader, version: number): FetchResponseNodeEndpoint {
  let f = 'nodeId';
  try {
    const nodeId: number = r.int32();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.int32();
    f = 'rack';
    const rack: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { nodeId, host, port, rack };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeFetchResponse(w: Writer, v: FetchResponse<Records>, version: number): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  if (version >= 7) {
    w.int16(v.errorCode);
  }
  if (version >= 7) {
    w.int32(v.sessionId);
  }
  if (!(version >= 7) && !(v.sessionId === 0)) throw new UnsupportedVersionError(`FetchResponse v${version} cannot express a non-default value in field sessionId`);
  {
    w.arrayLength(v.responses.length, version >= 12);
    for (const e of v.responses) writeFetchResponseFetchableTopicResponse(w, e, version);
  }
  if (!(version >= 16) && !((v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0))) throw new UnsupportedVersionError(`FetchResponse v${version} cannot express a non-default value in field nodeEndpoints`);
  if (version >= 12) {
    const tag0 = version >= 16 && !(v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0);
    w.uvarint((tag0 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      {
        t.arrayLength(v.nodeEndpoints!.length, true);
        for (const e of v.nodeEndpoints!) writeFetchResponseNodeEndpoint(t, e, version);
      }
      w.taggedField(0, t);
    }
  }
}

function writeFetchResponseFetchableTopicResponse(w: Writer, v: FetchResponseFetchableTopicResponse<Records>, version: number): void {
  if (version <= 12) {
    if (version >= 12) w.compactString(v.topic); else w.string(v.topic);
  }
  if (version >= 13) {
    w.uuid(v.topicId);
  }
  {
    w.arrayLength(v.partitions.length, version >= 12);
    for (const e of v.partitions) writeFetchResponsePartitionData(w, e, version);
  }
  if (version >= 12) {
    w.uvarint(0);
  }
}

function writeFetchResponsePartitionData(w: Writer, v: FetchResponsePartitionData<Records>, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int64(v.highWatermark);
  if (version >= 4) {
    w.int64(v.lastStableOffset);
  }
  if (version >= 5) {
    w.int64(v.logStartOffset);
  }
  if (!(version >= 12) && !((v.divergingEpoch === undefined || isDefaultFetchResponseEpochEndOffset(v.divergingEpoch)))) throw new UnsupportedVersionError(`FetchResponse v${version} cannot express a non-default value in field FetchResponsePartitionData.divergingEpoch`);
  if (!(version >= 12) && !((v.currentLeader === undefined || isDefaultFetchResponseLeaderIdAndEpoch(v.currentLeader)))) throw new UnsupportedVersionError(`FetchResponse v${version} cannot express a non-default value in field FetchResponsePartitionData.currentLeader`);
  if (!(version >= 12) && !((v.snapshotId === undefined || isDefaultFetchResponseSnapshotId(v.snapshotId)))) throw new UnsupportedVersionError(`FetchResponse v${version} cannot express a non-default value in field FetchResponsePartitionData.snapshotId`);
  if (version >= 4) {
    if (v.abortedTransactions === null) {
      w.arrayLength(-1, version >= 12);
    } else {
      w.arrayLength(v.abortedTransactions.length, version >= 12);
      for (const e of v.abortedTransactions) writeFetchResponseAbortedTransaction(w, e, version);
    }
  }
  if (version >= 11) {
    w.int32(v.preferredReadReplica);
  }
  if (!(version >= 11) && !(v.preferredReadReplica === -1)) throw new UnsupportedVersionError(`FetchResponse v${version} cannot express a non-default value in field FetchResponsePartitionData.preferredReadReplica`);
  w.records(v.records, version >= 12);
  if (version >= 12) {
    const tag0 = !(v.divergingEpoch === undefined || isDefaultFetchResponseEpochEndOffset(v.divergingEpoch));
    const tag1 = !(v.currentLeader === undefined || isDefaultFetchResponseLeaderIdAndEpoch(v.currentLeader));
    const tag2 = !(v.snapshotId === undefined || isDefaultFetchResponseSnapshotId(v.snapshotId));
    w.uvarint((tag0 ? 1 : 0) + (tag1 ? 1 : 0) + (tag2 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      writeFetchResponseEpochEndOffset(t, v.divergingEpoch!, version);
      w.taggedField(0, t);
    }
    if (tag1) {
      const t = new Writer(64);
      writeFetchResponseLeaderIdAndEpoch(t, v.currentLeader!, version);
      w.taggedField(1, t);
    }
    if (tag2) {
      const t = new Writer(64);
      writeFetchResponseSnapshotId(t, v.snapshotId!, version);
      w.taggedField(2, t);
    }
  }
}

function writeFetchResponseEpochEndOffset(w: Writer, v: FetchResponseEpochEndOffset, version: number): void {
  w.int32(v.epoch);
  w.int64(v.endOffset);
  w.uvarint(0);
}

function writeFetchResponseLeaderIdAndEpoch(w: Writer, v: FetchResponseLeaderIdAndEpoch, version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeFetchResponseSnapshotId(w: Writer, v: FetchResponseSnapshotId, version: number): void {
  w.int64(v.endOffset);
  w.int32(v.epoch);
  w.uvarint(0);
}

function writeFetchResponseAbortedTransaction(w: Writer, v: FetchResponseAbortedTransaction, version: number): void {
  w.int64(v.producerId);
  w.int64(v.firstOffset);
  if (version >= 12) {
    w.uvarint(0);
  }
}

function writeFetchResponseNodeEndpoint(w: Writer, v: FetchResponseNodeEndpoint, version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}

function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1n,
  };
}

function isDefaultFetchResponseEpochEndOffset(v: FetchResponseEpochEndOffset): boolean {
  return v.epoch === -1 &&
    v.endOffset === -1n;
}

function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

function isDefaultFetchResponseLeaderIdAndEpoch(v: FetchResponseLeaderIdAndEpoch): boolean {
  return v.leaderId === -1 &&
    v.leaderEpoch === -1;
}

function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return {
    endOffset: -1n,
    epoch: -1,
  };
}

function isDefaultFetchResponseSnapshotId(v: FetchResponseSnapshotId): boolean {
  return v.endOffset === -1n &&
    v.epoch === -1;
}
