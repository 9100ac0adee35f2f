/**
 * Builders and readers for the single-partition RPCs of a Raft quorum (Kafka's RaftUtil). Every
 * request names exactly one topic partition: the quorum's; anything else is refused as
 * INVALID_REQUEST, as Kafka does until it supports several Raft partitions.
 */
import { ErrorCode } from '../protocol/kafkaErrors.js';
import type { BeginQuorumEpochRequest } from '../protocol/generated/messages/BeginQuorumEpochRequest.js';
import type { BeginQuorumEpochResponse } from '../protocol/generated/messages/BeginQuorumEpochResponse.js';
import type { EndQuorumEpochRequest } from '../protocol/generated/messages/EndQuorumEpochRequest.js';
import type { EndQuorumEpochResponse } from '../protocol/generated/messages/EndQuorumEpochResponse.js';
import type { FetchRequest, FetchRequestFetchPartition } from '../protocol/generated/messages/FetchRequest.js';
import type { FetchResponse, FetchResponsePartitionData } from '../protocol/generated/messages/FetchResponse.js';
import type { FetchSnapshotRequest, FetchSnapshotRequestPartitionSnapshot } from '../protocol/generated/messages/FetchSnapshotRequest.js';
import type { FetchSnapshotResponse, FetchSnapshotResponsePartitionSnapshot } from '../protocol/generated/messages/FetchSnapshotResponse.js';
import type { VoteRequest } from '../protocol/generated/messages/VoteRequest.js';
import type { VoteResponse } from '../protocol/generated/messages/VoteResponse.js';
import type { OffsetAndEpoch } from './offsetAndEpoch.js';
import type { RaftConfig } from './raftConfig.js';
import type { RaftApi, RaftResponse } from './raftMessage.js';

/** Kafka's Uuid.ZERO_UUID: directory ids (KIP-853) are not tracked yet. */
export const NO_DIRECTORY_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

/** A FetchSnapshot position outside the snapshot. */
export const POSITION_OUT_OF_RANGE = ErrorCode.POSITION_OUT_OF_RANGE;

/** Who leads which epoch, as every response reports it. */
export interface LeaderAndEpoch {
  readonly leaderId: number;
  readonly epoch: number;
}

// ---- requests ----

export function voteRequest(
  config: RaftConfig,
  candidate: { epoch: number; candidateId: number; voterId: number; lastOffset: OffsetAndEpoch },
): VoteRequest {
  return {
    clusterId: config.clusterId,
    voterId: candidate.voterId,
    topics: [
      {
        topicName: config.topicName,
        partitions: [
          {
            partitionIndex: config.partition,
            candidateEpoch: candidate.epoch,
            candidateId: candidate.candidateId,
            candidateDirectoryId: NO_DIRECTORY_ID,
            voterDirectoryId: NO_DIRECTORY_ID,
            lastOffsetEpoch: candidate.lastOffset.epoch,
            lastOffset: BigInt(candidate.lastOffset.offset),
          },
        ],
      },
    ],
  };
}

export function beginQuorumEpochRequest(config: RaftConfig, leader: LeaderAndEpoch, voterId: number): BeginQuorumEpochRequest {
  return {
    clusterId: config.clusterId,
    voterId,
    topics: [{ topicName: config.topicName, partitions: [{ partitionIndex: config.partition, voterDirectoryId: NO_DIRECTORY_ID, leaderId: leader.leaderId, leaderEpoch: leader.epoch }] }],
    leaderEndpoints: [],
  };
}

export function endQuorumEpochRequest(config: RaftConfig, leader: LeaderAndEpoch, preferredSuccessors: readonly number[]): EndQuorumEpochRequest {
  return {
    clusterId: config.clusterId,
    topics: [
      {
        topicName: config.topicName,
        partitions: [
          {
            partitionIndex: config.partition,
            leaderId: leader.leaderId,
            leaderEpoch: leader.epoch,
            // Version 0 reads the first list, version 1 the second: fill both, the codec writes one.
            preferredSuccessors: [...preferredSuccessors],
            preferredCandidates: preferredSuccessors.map((candidateId) => ({ candidateId, candidateDirectoryId: NO_DIRECTORY_ID })),
          },
        ],
      },
    ],
    leaderEndpoints: [],
  };
}

export function fetchRequest(
  config: RaftConfig,
  fetch: { replicaId: number; epoch: number; fetchOffset: number; lastFetchedEpoch: number; logStartOffset: number },
): FetchRequest {
  return {
    clusterId: config.clusterId,
    replicaId: fetch.replicaId,
    replicaState: { replicaId: fetch.replicaId, replicaEpoch: -1n },
    maxWaitMs: config.fetchMaxWaitMs,
    minBytes: 0,
    maxBytes: config.fetchMaxBytes,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic: config.topicName,
        topicId: config.topicId,
        partitions: [
          {
            partition: config.partition,
            currentLeaderEpoch: fetch.epoch,
            fetchOffset: BigInt(fetch.fetchOffset),
            lastFetchedEpoch: fetch.lastFetchedEpoch,
            logStartOffset: BigInt(fetch.logStartOffset),
            partitionMaxBytes: config.fetchMaxBytes,
            replicaDirectoryId: NO_DIRECTORY_ID,
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  };
}

export function fetchSnapshotRequest(config: RaftConfig, fetch: { replicaId: number; epoch: number; snapshotId: OffsetAndEpoch; position: number }): FetchSnapshotRequest {
  return {
    clusterId: config.clusterId,
    replicaId: fetch.replicaId,
    maxBytes: config.fetchMaxBytes,
    topics: [
      {
        name: config.topicName,
        partitions: [
          {
            partition: config.partition,
            currentLeaderEpoch: fetch.epoch,
            snapshotId: { endOffset: BigInt(fetch.snapshotId.offset), epoch: fetch.snapshotId.epoch },
            position: BigInt(fetch.position),
            replicaDirectoryId: NO_DIRECTORY_ID,
          },
        ],
      },
    ],
  };
}

// ---- responses ----

export function voteResponse(config: RaftConfig, errorCode: number, current: LeaderAndEpoch, voteGranted: boolean): VoteResponse {
  return {
    errorCode: ErrorCode.NONE,
    topics: [{ topicName: config.topicName, partitions: [{ partitionIndex: config.partition, errorCode, leaderId: current.leaderId, leaderEpoch: current.epoch, voteGranted }] }],
  };
}

export function beginQuorumEpochResponse(config: RaftConfig, errorCode: number, current: LeaderAndEpoch): BeginQuorumEpochResponse {
  return {
    errorCode: ErrorCode.NONE,
    topics: [{ topicName: config.topicName, partitions: [{ partitionIndex: config.partition, errorCode, leaderId: current.leaderId, leaderEpoch: current.epoch }] }],
  };
}

export function endQuorumEpochResponse(config: RaftConfig, errorCode: number, current: LeaderAndEpoch): EndQuorumEpochResponse {
  return {
    errorCode: ErrorCode.NONE,
    topics: [{ topicName: config.topicName, partitions: [{ partitionIndex: config.partition, errorCode, leaderId: current.leaderId, leaderEpoch: current.epoch }] }],
  };
}

export interface FetchAnswer {
  errorCode: number;
  current: LeaderAndEpoch;
  /** -1 when unknown. */
  highWatermark: number;
  logStartOffset: number;
  records: Buffer;
  divergingEpoch?: OffsetAndEpoch;
  snapshotId?: OffsetAndEpoch;
}

export function fetchResponse(config: RaftConfig, answer: FetchAnswer): FetchResponse<Buffer> {
  const partition: FetchResponsePartitionData<Buffer> = {
    partitionIndex: config.partition,
    errorCode: answer.errorCode,
    highWatermark: BigInt(answer.highWatermark),
    lastStableOffset: BigInt(answer.highWatermark),
    logStartOffset: BigInt(answer.logStartOffset),
    currentLeader: { leaderId: answer.current.leaderId, leaderEpoch: answer.current.epoch },
    abortedTransactions: null,
    preferredReadReplica: -1,
    records: answer.records,
  };
  if (answer.divergingEpoch !== undefined) partition.divergingEpoch = { epoch: answer.divergingEpoch.epoch, endOffset: BigInt(answer.divergingEpoch.offset) };
  if (answer.snapshotId !== undefined) partition.snapshotId = { epoch: answer.snapshotId.epoch, endOffset: BigInt(answer.snapshotId.offset) };
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, sessionId: 0, responses: [{ topic: config.topicName, topicId: config.topicId, partitions: [partition] }] };
}

export function fetchSnapshotResponse(
  config: RaftConfig,
  errorCode: number,
  current: LeaderAndEpoch,
  chunk?: { snapshotId: OffsetAndEpoch; size: number; position: number; bytes: Buffer },
): FetchSnapshotResponse<Buffer> {
  const partition: FetchSnapshotResponsePartitionSnapshot<Buffer> = {
    index: config.partition,
    errorCode,
    snapshotId: chunk === undefined ? { endOffset: -1n, epoch: -1 } : { endOffset: BigInt(chunk.snapshotId.offset), epoch: chunk.snapshotId.epoch },
    currentLeader: { leaderId: current.leaderId, leaderEpoch: current.epoch },
    size: BigInt(chunk?.size ?? 0),
    position: BigInt(chunk?.position ?? 0),
    unalignedRecords: chunk?.bytes ?? Buffer.alloc(0),
  };
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics: [{ name: config.topicName, partitions: [partition] }] };
}

/** A response carrying only a top-level error (bad cluster id, wrong partition). */
export function topLevelErrorResponse(api: 'Vote', errorCode: number): VoteResponse;
export function topLevelErrorResponse(api: 'BeginQuorumEpoch', errorCode: number): BeginQuorumEpochResponse;
export function topLevelErrorResponse(api: 'EndQuorumEpoch', errorCode: number): EndQuorumEpochResponse;
export function topLevelErrorResponse(api: 'Fetch', errorCode: number): FetchResponse<Buffer>;
export function topLevelErrorResponse(api: 'FetchSnapshot', errorCode: number): FetchSnapshotResponse<Buffer>;
export function topLevelErrorResponse(api: RaftApi, errorCode: number): RaftResponse['data'] {
  switch (api) {
    case 'Fetch':
      return { throttleTimeMs: 0, errorCode, sessionId: 0, responses: [] };
    case 'FetchSnapshot':
      return { throttleTimeMs: 0, errorCode, topics: [] };
    default:
      return { errorCode, topics: [] };
  }
}

// ---- the one partition of a message ----

function only<T>(items: readonly T[] | undefined): T | null {
  return items !== undefined && items.length === 1 ? items[0]! : null;
}

/** The single partition of a message, when it is the quorum's; null for anything else. */
function quorumPartition<T, P>(config: RaftConfig, topics: readonly T[], isQuorumTopic: (topic: T) => boolean, partitionsOf: (topic: T) => readonly P[], indexOf: (partition: P) => number): P | null {
  const topic = only(topics);
  if (topic === null || !isQuorumTopic(topic)) return null;
  const partition = only(partitionsOf(topic));
  return partition !== null && indexOf(partition) === config.partition ? partition : null;
}

type NamedTopics<P> = readonly { readonly topicName: string; readonly partitions: readonly P[] }[];

/** Vote, BeginQuorumEpoch and EndQuorumEpoch requests and responses share one layout. */
export function electionPartition<P extends { partitionIndex: number }>(config: RaftConfig, topics: NamedTopics<P>): P | null {
  return quorumPartition(config, topics, (t) => t.topicName === config.topicName, (t) => t.partitions, (p) => p.partitionIndex);
}

/** Fetch v13+ names the topic by id, older versions by name: either must match. */
export function fetchPartition(config: RaftConfig, request: FetchRequest): FetchRequestFetchPartition | null {
  return quorumPartition(config, request.topics, (t) => t.topicId === config.topicId || t.topic === config.topicName, (t) => t.partitions, (p) => p.partition);
}

export function fetchResponsePartition(config: RaftConfig, response: FetchResponse<Buffer>): FetchResponsePartitionData<Buffer> | null {
  return quorumPartition(config, response.responses, (t) => t.topicId === config.topicId || t.topic === config.topicName, (t) => t.partitions, (p) => p.partitionIndex);
}

export function fetchSnapshotPartition(config: RaftConfig, request: FetchSnapshotRequest): FetchSnapshotRequestPartitionSnapshot | null {
  return quorumPartition(config, request.topics, (t) => t.name === config.topicName, (t) => t.partitions, (p) => p.partition);
}

export function fetchSnapshotResponsePartition(config: RaftConfig, response: FetchSnapshotResponse<Buffer>): FetchSnapshotResponsePartitionSnapshot<Buffer> | null {
  return quorumPartition(config, response.topics, (t) => t.name === config.topicName, (t) => t.partitions, (p) => p.index);
}

/** The replica a Fetch comes from: ReplicaState (v15+) or the older top-level ReplicaId. */
export function fetchReplicaId(request: FetchRequest): number {
  return request.replicaState !== undefined && request.replicaState.replicaId >= 0 ? request.replicaState.replicaId : request.replicaId;
}
