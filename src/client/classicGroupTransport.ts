// How a classic group member reaches its coordinator. The member's state machine (join, sync,
// heartbeats, commits, leave) is the same whether it speaks the Kafka protocol over its own
// connection (KafkaGroupTransport) or calls a coordinator in the same process (the gateway's).
import type { JoinGroupRequest } from '../protocol/generated/messages/JoinGroupRequest.js';
import type { JoinGroupResponse } from '../protocol/generated/messages/JoinGroupResponse.js';
import type { SyncGroupRequest } from '../protocol/generated/messages/SyncGroupRequest.js';
import type { SyncGroupResponse } from '../protocol/generated/messages/SyncGroupResponse.js';
import type { HeartbeatRequest } from '../protocol/generated/messages/HeartbeatRequest.js';
import type { CommitIdentity, OffsetToCommit, PartitionResult } from './offsetCommit.js';

export interface ClassicGroupTransport {
  /** Waits as long as the rebalance takes (up to the rebalance timeout). */
  joinGroup(req: JoinGroupRequest): Promise<JoinGroupResponse>;
  syncGroup(req: SyncGroupRequest): Promise<SyncGroupResponse>;
  /** The heartbeat's error code. */
  heartbeat(req: HeartbeatRequest): Promise<number>;
  leaveGroup(groupId: string, memberId: string, reason: string): Promise<void>;
  /** A coordinator error on any partition throws (retriable) for the caller to retry. */
  commitOffsets(groupId: string, who: CommitIdentity, offsets: readonly OffsetToCommit[]): Promise<PartitionResult[]>;
  /** Partition counts of the topics that exist, for the leader's assignment. */
  partitionCounts(topics: readonly string[]): Promise<Map<string, number>>;
  /** The coordinator moved or stopped answering: find it again before the next call. */
  coordinatorLost(): void;
  /** Waits before retry number `attempt`, or throws `err` when the wait would pass the deadline. */
  backoff(attempt: number, deadline: number, err: Error): Promise<void>;
}
