// The state of one __consumer_offsets partition on its coordinator: the groups whose ids hash to it
// and their committed offsets. It is rebuilt by replaying the partition, keeping the latest value
// per key (a tombstone removes it), so it does not depend on compaction having run. KIP-848 consumer
// groups change only through this replay, live or at load, so both paths build the same state.
// Classic groups live in `groups` (the map ClassicGroupCoordinator owns) and consumer groups in
// `consumerGroups`; a group id is in at most one of them.
import type { Logger } from 'pino';
import { ClassicGroup } from './classicGroup.js';
import { ConsumerGroup } from './consumerGroup.js';
import { newMember, withCurrentAssignment, withMemberMetadata, type ConsumerGroupMember } from './consumerGroupMember.js';
import { assignmentFromTopicPartitions } from './assignment.js';
import { OffsetStore } from './offsetStore.js';
import type { GroupRecord } from './groupRecord.js';
import type { Group } from './group.js';

export type ShardStatus = 'loading' | 'active' | 'unloaded';

export class GroupCoordinatorShard {
  status: ShardStatus = 'loading';
  /** Classic groups. */
  readonly groups = new Map<string, ClassicGroup>();
  readonly consumerGroups = new Map<string, ConsumerGroup>();
  readonly offsets = new OffsetStore();

  constructor(
    readonly partition: number,
    private readonly logger: Logger,
  ) {}

  /** The group with this id, of either type. */
  group(groupId: string): Group | undefined {
    return this.consumerGroups.get(groupId) ?? this.groups.get(groupId);
  }

  *allGroups(): Generator<Group> {
    yield* this.groups.values();
    yield* this.consumerGroups.values();
  }

  replay(record: GroupRecord): void {
    switch (record.kind) {
      case 'OffsetCommit': {
        const { group, topic, partition } = record.key;
        if (record.value === null) this.offsets.delete(group, topic, partition);
        else {
          const v = record.value;
          this.offsets.put(group, topic, partition, {
            offset: v.offset,
            leaderEpoch: v.leaderEpoch,
            metadata: v.metadata,
            commitTimestampMs: Number(v.commitTimestamp),
            expireTimestampMs: v.expireTimestamp >= 0n ? Number(v.expireTimestamp) : null,
          });
        }
        return;
      }
      case 'GroupMetadata': {
        const id = record.key.group;
        if (record.value === null) this.groups.delete(id);
        else this.groups.set(id, ClassicGroup.fromRecord(id, record.value));
        return;
      }
      case 'ConsumerGroupMetadata': {
        const { groupId } = record.key;
        if (record.value === null) {
          this.consumerGroups.get(groupId)?.markDead();
          this.consumerGroups.delete(groupId);
        } else this.consumerGroup(groupId).setGroupEpoch(record.value.epoch);
        return;
      }
      case 'ConsumerGroupPartitionMetadata': {
        const g = this.existingOrNew(record.key.groupId, record.value !== null);
        if (!g) return;
        const topics = record.value?.topics ?? [];
        g.setSubscriptionMetadata(new Map(topics.map((t) => [t.topicName, { id: t.topicId, name: t.topicName, numPartitions: t.numPartitions }])));
        return;
      }
      case 'ConsumerGroupMemberMetadata': {
        const { groupId, memberId } = record.key;
        const g = this.existingOrNew(groupId, record.value !== null);
        if (!g) return;
        if (record.value === null) g.removeMember(memberId);
        else g.updateMember(withMemberMetadata(g.members.get(memberId) ?? newMember(memberId), record.value));
        return;
      }
      case 'ConsumerGroupTargetAssignmentMetadata': {
        const g = this.existingOrNew(record.key.groupId, record.value !== null);
        if (g) g.setAssignmentEpoch(record.value?.assignmentEpoch ?? -1);
        return;
      }
      case 'ConsumerGroupTargetAssignmentMember': {
        const { groupId, memberId } = record.key;
        const g = this.existingOrNew(groupId, record.value !== null);
        if (!g) return;
        if (record.value === null) g.removeTargetAssignment(memberId);
        else g.updateTargetAssignment(memberId, assignmentFromTopicPartitions(record.value.topicPartitions));
        return;
      }
      case 'ConsumerGroupCurrentMemberAssignment': {
        const { groupId, memberId } = record.key;
        const g = this.existingOrNew(groupId, record.value !== null);
        if (!g) return;
        const old: ConsumerGroupMember | undefined = g.members.get(memberId);
        if (record.value !== null) g.updateMember(withCurrentAssignment(old ?? newMember(memberId), record.value));
        // A tombstone leaves the member without partitions; its metadata tombstone removes it.
        else if (old) g.updateMember({ ...old, memberEpoch: -1, previousMemberEpoch: -1, assignedPartitions: new Map(), partitionsPendingRevocation: new Map() });
        return;
      }
    }
  }

  private existingOrNew(groupId: string, create: boolean): ConsumerGroup | undefined {
    return create ? this.consumerGroup(groupId) : this.consumerGroups.get(groupId);
  }

  /**
   * The consumer group, created on its first record. An empty classic group of the same id only held
   * committed offsets (Kafka's "simple" group, never persisted), so the consumer group replaces it.
   */
  private consumerGroup(groupId: string): ConsumerGroup {
    let g = this.consumerGroups.get(groupId);
    if (g) return g;
    const classic = this.groups.get(groupId);
    if (classic) {
      if (!classic.is('Empty')) throw new Error(`consumer group record for ${groupId}, which is a classic group in state ${classic.state}`);
      this.groups.delete(groupId);
    }
    g = new ConsumerGroup(groupId);
    this.consumerGroups.set(groupId, g);
    return g;
  }

  /** After a load: a group known only by its committed offsets exists as an Empty classic group. */
  finishLoad(): void {
    for (const id of this.offsets.groupIds()) if (!this.group(id)) this.groups.set(id, new ClassicGroup(id));
    this.status = 'active';
  }
}
