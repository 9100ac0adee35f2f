// One OffsetCommit request, shared by the admin commit (generation -1, no member: only an inactive
// group accepts it, as Kafka's alterConsumerGroupOffsets) and a group member's commit.
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import { OffsetCommit } from './clientApis.js';
import { throwIfCoordinatorError } from './groupCoordinator.js';
import type { KafkaConnection } from './kafkaConnection.js';
import type { OffsetCommitRequest } from '../protocol/generated/messages/OffsetCommitRequest.js';
import { groupByTopic, type TopicPartition } from './topicPartition.js';

export interface OffsetToCommit extends TopicPartition {
  /** The next offset to consume. */
  offset: bigint;
  /** -1 (the default): unknown. */
  leaderEpoch?: number;
  metadata?: string;
}

export interface PartitionResult extends TopicPartition {
  error: KafkaError | null;
}

export interface CommitIdentity {
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
}

/** Who an admin commit comes from: nobody, which only an Empty (or unknown) group accepts. */
export const ADMIN_COMMIT: CommitIdentity = { generationId: -1, memberId: '', groupInstanceId: null };

/** The OffsetCommit request for these offsets, from `who`. */
export function offsetCommitRequest(groupId: string, who: CommitIdentity, offsets: readonly OffsetToCommit[]): OffsetCommitRequest {
  return {
    groupId,
    generationIdOrMemberEpoch: who.generationId,
    memberId: who.memberId,
    groupInstanceId: who.groupInstanceId,
    // -1: the broker's offsets.retention.minutes.
    retentionTimeMs: -1n,
    topics: [...groupByTopic(offsets)].map(([name, list]) => ({
      name,
      partitions: list.map((o) => ({
        partitionIndex: o.partition,
        committedOffset: o.offset,
        committedLeaderEpoch: o.leaderEpoch ?? -1,
        commitTimestamp: -1n,
        committedMetadata: o.metadata ?? '',
      })),
    })),
  };
}

/** Per-partition results; a coordinator error on any partition throws (retriable) for the caller to retry. */
export function commitResults(groupId: string, partitions: ReadonlyArray<{ topic: string; partition: number; errorCode: number }>): PartitionResult[] {
  const results = partitions.map((p) => ({ topic: p.topic, partition: p.partition, error: p.errorCode === ErrorCode.NONE ? null : new KafkaError(p.errorCode) }));
  for (const r of results) if (r.error !== null) throwIfCoordinatorError(r.error.code, groupId);
  return results;
}

/** Sends one OffsetCommit; a coordinator error on any partition throws (retriable) for the caller to retry. */
export async function sendOffsetCommit(conn: KafkaConnection, groupId: string, who: CommitIdentity, offsets: readonly OffsetToCommit[]): Promise<PartitionResult[]> {
  const res = await conn.send(OffsetCommit, offsetCommitRequest(groupId, who, offsets));
  return commitResults(groupId, res.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, errorCode: p.errorCode }))));
}
