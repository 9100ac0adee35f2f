// Consumer-group lag, computed when Prometheus scrapes: for each group this broker coordinates, each
// committed offset against the high watermark of its partition. The cost is bounded by the committed
// offsets themselves: a group with none contributes nothing, and partitions not hosted here are skipped.
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { SnapshotMetric, type Sample } from './snapshotMetric.js';

/** The part of the group coordinator lag needs (GroupCoordinator has it). */
export interface CommittedOffsetsSource {
  listGroups(states: readonly string[], types: readonly string[]): { groups: ReadonlyArray<{ groupId: string }> };
  fetchOffsets(
    groupId: string,
    topics: null,
  ): { errorCode: number; topics: ReadonlyArray<{ name: string; partitions: ReadonlyArray<{ partition: number; offset: bigint }> }> };
}

/** The part of the replica manager lag needs (ReplicaManager has it). */
export interface HighWatermarkSource {
  getPartition(topic: string, partition: number): { readonly highWatermark: number } | undefined;
}

export interface GroupLag {
  group: string;
  topic: string;
  partition: number;
  lag: number;
}

/** Records between the committed offset and the high watermark; never negative. */
export function partitionLag(highWatermark: number, committed: number): number {
  return Math.max(0, highWatermark - committed);
}

export function consumerGroupLags(groups: CommittedOffsetsSource, partitions: HighWatermarkSource): GroupLag[] {
  const out: GroupLag[] = [];
  for (const { groupId } of groups.listGroups([], []).groups) {
    const fetched = groups.fetchOffsets(groupId, null);
    if (fetched.errorCode !== ErrorCode.NONE) continue;
    for (const topic of fetched.topics) {
      for (const { partition, offset } of topic.partitions) {
        if (offset < 0n) continue;
        const p = partitions.getPartition(topic.name, partition);
        if (p === undefined) continue;
        out.push({ group: groupId, topic: topic.name, partition, lag: partitionLag(p.highWatermark, Number(offset)) });
      }
    }
  }
  return out;
}

export function consumerGroupLagMetric(groups: CommittedOffsetsSource, partitions: HighWatermarkSource): SnapshotMetric {
  return new SnapshotMetric(
    'runnel_consumer_group_lag',
    'Records of the partition a consumer group has not committed: the high watermark minus the committed offset, for groups coordinated by this broker.',
    'gauge',
    () => consumerGroupLags(groups, partitions).map((l): Sample => ({ labels: { group: l.group, topic: l.topic, partition: l.partition }, value: l.lag })),
  );
}
