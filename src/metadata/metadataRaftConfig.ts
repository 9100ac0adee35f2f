// The Raft settings of the metadata quorum, from the node's configuration (Kafka's QuorumConfig).
import type { BrokerConfig } from '../config/brokerConfig.js';
import { raftConfig, type RaftConfig } from '../raft/raftConfig.js';

export function metadataRaftConfig(config: BrokerConfig, clusterId: string): RaftConfig {
  return raftConfig({
    electionTimeoutMs: config.quorumElectionTimeoutMs,
    fetchTimeoutMs: config.quorumFetchTimeoutMs,
    electionBackoffMaxMs: config.quorumElectionBackoffMaxMs,
    requestTimeoutMs: config.quorumRequestTimeoutMs,
    retryBackoffMs: config.quorumRetryBackoffMs,
    snapshotIntervalBytes: config.metadataSnapshotIntervalBytes,
    clusterId,
    // See RaftConfig.preVote: VoteRequest v0-1 on the wire cannot carry a pre-vote.
    preVote: false,
  });
}
