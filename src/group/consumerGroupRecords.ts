// The __consumer_offsets records that persist a KIP-848 consumer group (Kafka's
// GroupCoordinatorRecordHelpers for consumer groups), and the order Kafka writes them in: a member is
// removed current assignment first, then target assignment, then subscription, so that a reload
// never sees a member whose partitions outlive it.
import type { AssignmentTopicMetadata } from './assignor/partitionAssignor.js';
import { topicPartitionsOf, type Assignment } from './assignment.js';
import { toCurrentAssignmentValue, toMemberMetadataValue, type ConsumerGroupMember } from './consumerGroupMember.js';
import type { ConsumerGroup } from './consumerGroup.js';
import type { GroupRecord } from './groupRecord.js';

export function memberMetadataRecord(groupId: string, m: ConsumerGroupMember): GroupRecord {
  return { kind: 'ConsumerGroupMemberMetadata', key: { groupId, memberId: m.memberId }, value: toMemberMetadataValue(m) };
}

export function currentAssignmentRecord(groupId: string, m: ConsumerGroupMember): GroupRecord {
  return { kind: 'ConsumerGroupCurrentMemberAssignment', key: { groupId, memberId: m.memberId }, value: toCurrentAssignmentValue(m) };
}

export function targetAssignmentRecord(groupId: string, memberId: string, a: Assignment): GroupRecord {
  return { kind: 'ConsumerGroupTargetAssignmentMember', key: { groupId, memberId }, value: { topicPartitions: topicPartitionsOf(a) } };
}

export function targetAssignmentEpochRecord(groupId: string, assignmentEpoch: number): GroupRecord {
  return { kind: 'ConsumerGroupTargetAssignmentMetadata', key: { groupId }, value: { assignmentEpoch } };
}

export function groupEpochRecord(groupId: string, epoch: number): GroupRecord {
  return { kind: 'ConsumerGroupMetadata', key: { groupId }, value: { epoch } };
}

export function subscriptionMetadataRecord(groupId: string, metadata: ReadonlyMap<string, AssignmentTopicMetadata>): GroupRecord {
  const topics = [...metadata.values()]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((t) => ({ topicId: t.id, topicName: t.name, numPartitions: t.numPartitions, partitionMetadata: [] }));
  return { kind: 'ConsumerGroupPartitionMetadata', key: { groupId }, value: { topics } };
}

/** Tombstones that remove one member. */
export function memberRemovalRecords(groupId: string, memberId: string): GroupRecord[] {
  return [
    { kind: 'ConsumerGroupCurrentMemberAssignment', key: { groupId, memberId }, value: null },
    { kind: 'ConsumerGroupTargetAssignmentMember', key: { groupId, memberId }, value: null },
    { kind: 'ConsumerGroupMemberMetadata', key: { groupId, memberId }, value: null },
  ];
}

/** Tombstones that remove the whole group (Kafka's createGroupTombstoneRecords). */
export function groupTombstoneRecords(group: ConsumerGroup): GroupRecord[] {
  const groupId = group.groupId;
  const memberIds = [...new Set([...group.members.keys(), ...group.targetAssignment.keys()])];
  return [
    ...memberIds.map((memberId): GroupRecord => ({ kind: 'ConsumerGroupCurrentMemberAssignment', key: { groupId, memberId }, value: null })),
    ...memberIds.map((memberId): GroupRecord => ({ kind: 'ConsumerGroupTargetAssignmentMember', key: { groupId, memberId }, value: null })),
    { kind: 'ConsumerGroupTargetAssignmentMetadata', key: { groupId }, value: null },
    ...memberIds.map((memberId): GroupRecord => ({ kind: 'ConsumerGroupMemberMetadata', key: { groupId, memberId }, value: null })),
    { kind: 'ConsumerGroupPartitionMetadata', key: { groupId }, value: null },
    { kind: 'ConsumerGroupMetadata', key: { groupId }, value: null },
  ];
}
