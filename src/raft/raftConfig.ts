/**
 * Tunables of the Raft core, named after the KRaft settings they stand for (Kafka's QuorumConfig
 * and metadata.log.max.record.bytes.between.snapshots), with Kafka's defaults.
 */
import type { SnapshotControlRecord } from './raftSnapshot.js';

export interface RaftConfig {
  /** controller.quorum.election.timeout.ms: the base of the randomized election timeout. */
  readonly electionTimeoutMs: number;
  /** controller.quorum.fetch.timeout.ms: a follower that has not fetched for this long starts an election. */
  readonly fetchTimeoutMs: number;
  /** controller.quorum.election.backoff.max.ms: the cap of the backoff after a lost election. */
  readonly electionBackoffMaxMs: number;
  /** controller.quorum.request.timeout.ms: an unanswered request is given up after this long. */
  readonly requestTimeoutMs: number;
  /** controller.quorum.retry.backoff.ms: the wait before resending to a replica that failed a request. */
  readonly retryBackoffMs: number;
  /** How long the leader parks a Fetch that found no new records (KafkaRaftClient's 500 ms). */
  readonly fetchMaxWaitMs: number;
  /** The most bytes one Fetch or FetchSnapshot response carries. */
  readonly fetchMaxBytes: number;
  /** metadata.log.max.record.bytes.between.snapshots: committed bytes applied before the next snapshot. */
  readonly snapshotIntervalBytes: number;
  /** The replicated partition; KRaft's is __cluster_metadata-0 with a fixed topic id. */
  readonly topicName: string;
  readonly topicId: string;
  readonly partition: number;
  /** Requests carrying a different non-null cluster id are refused with INCONSISTENT_CLUSTER_ID. */
  readonly clusterId: string | null;
  /**
   * KIP-996 pre-vote before every election. Off where the transport cannot carry it: VoteRequest
   * gained its PreVote field in v2, and the schemas Runnel is generated from stop at v1.
   */
  readonly preVote: boolean;
  /**
   * Control records every snapshot carries after its header (KIP-853's kraft.version and voters),
   * so a quorum whose voters came from a bootstrap checkpoint keeps them once that checkpoint is
   * truncated away. Empty for a static quorum.
   */
  readonly snapshotControlRecords: readonly SnapshotControlRecord[];
}

export const DEFAULT_RAFT_CONFIG: RaftConfig = {
  electionTimeoutMs: 1000,
  fetchTimeoutMs: 2000,
  electionBackoffMaxMs: 1000,
  requestTimeoutMs: 2000,
  retryBackoffMs: 20,
  fetchMaxWaitMs: 500,
  fetchMaxBytes: 8 * 1024 * 1024,
  snapshotIntervalBytes: 20 * 1024 * 1024,
  topicName: '__cluster_metadata',
  // Kafka's Uuid.METADATA_TOPIC_ID (0, 1) in its printed form.
  topicId: 'AAAAAAAAAAAAAAAAAAAAAQ',
  partition: 0,
  clusterId: null,
  preVote: true,
  snapshotControlRecords: [],
};

/** Kafka's defaults overridden by `overrides`; throws on a value the core cannot work with. */
export function raftConfig(overrides: Partial<RaftConfig> = {}): RaftConfig {
  const config = { ...DEFAULT_RAFT_CONFIG, ...overrides };
  const positive: (keyof RaftConfig)[] = ['electionTimeoutMs', 'fetchTimeoutMs', 'requestTimeoutMs', 'fetchMaxBytes', 'snapshotIntervalBytes'];
  for (const key of positive) {
    const value = config[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new RangeError(`raft config ${key} must be a positive integer, got ${String(value)}`);
  }
  for (const key of ['electionBackoffMaxMs', 'retryBackoffMs', 'fetchMaxWaitMs'] as const) {
    const value = config[key];
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`raft config ${key} must be a non-negative integer, got ${value}`);
  }
  return config;
}
