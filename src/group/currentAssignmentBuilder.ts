// Incremental reconciliation of one member towards its target assignment (Kafka's
// CurrentAssignmentBuilder). A member first gives up what it must (UNREVOKED_PARTITIONS, staying in
// its epoch until its heartbeat no longer reports those partitions), then moves to the target epoch
// and receives the partitions no other member still owns; partitions still held elsewhere are
// handed over on a later heartbeat (UNRELEASED_PARTITIONS). So no partition is ever owned twice.
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import { type Assignment, type TopicIdPartitions } from './assignment.js';
import { MemberState, type ConsumerGroupMember } from './consumerGroupMember.js';

export interface ReconcileInput {
  member: ConsumerGroupMember;
  targetAssignmentEpoch: number;
  targetAssignment: Assignment;
  /** The epoch of the member owning a partition (assigned or pending revocation), or -1 if none does. */
  currentPartitionEpoch: (topicId: string, partition: number) => number;
  /** What the member reports owning in this heartbeat; null when it did not say. */
  ownedTopicPartitions: readonly TopicIdPartitions[] | null;
}

/** The member's next state; the same object when nothing changes. */
export function reconcile(input: ReconcileInput): ConsumerGroupMember {
  const { member } = input;
  switch (member.state) {
    case MemberState.STABLE:
      if (member.memberEpoch === input.targetAssignmentEpoch) return member;
      return computeNextAssignment(input, member.memberEpoch);
    case MemberState.UNREVOKED_PARTITIONS:
      // Nothing moves until the member stops reporting the partitions it was asked to revoke.
      if (ownsAnyOf(input.ownedTopicPartitions, member.partitionsPendingRevocation)) return member;
      return computeNextAssignment(input, member.memberEpoch + 1);
    case MemberState.UNRELEASED_PARTITIONS:
      return computeNextAssignment(input, member.memberEpoch);
    default:
      // Only a newer coordinator writes other states: start the member over, without partitions.
      if (input.ownedTopicPartitions === null || input.ownedTopicPartitions.length > 0) {
        throw new KafkaError(ErrorCode.FENCED_MEMBER_EPOCH, 'The consumer group member is in a unknown state. The member must abandon all its partitions and rejoin.');
      }
      return computeNextAssignment(input, input.targetAssignmentEpoch);
  }
}

/** True when the member reports owning any of `partitions`; unknown (null) counts as owning. */
function ownsAnyOf(owned: readonly TopicIdPartitions[] | null, partitions: Assignment): boolean {
  if (owned === null) return true;
  return owned.some((tp) => {
    const pending = partitions.get(tp.topicId);
    return pending !== undefined && tp.partitions.some((p) => pending.has(p));
  });
}

function computeNextAssignment(input: ReconcileInput, memberEpoch: number): ConsumerGroupMember {
  const { member, targetAssignment, targetAssignmentEpoch } = input;
  const assigned = new Map<string, Set<number>>();
  const pendingRevocation = new Map<string, Set<number>>();
  const pendingAssignment = new Map<string, Set<number>>();
  let hasUnreleasedPartitions = false;
  for (const topicId of new Set([...targetAssignment.keys(), ...member.assignedPartitions.keys()])) {
    const target = targetAssignment.get(topicId) ?? new Set<number>();
    const current = member.assignedPartitions.get(topicId) ?? new Set<number>();
    const kept = [...current].filter((p) => target.has(p));
    const revoke = [...current].filter((p) => !target.has(p));
    const add: number[] = [];
    for (const p of target) {
      if (current.has(p)) continue;
      // Another member still owns it: it comes later, once released.
      if (input.currentPartitionEpoch(topicId, p) !== -1) hasUnreleasedPartitions = true;
      else add.push(p);
    }
    if (kept.length > 0) assigned.set(topicId, new Set(kept));
    if (revoke.length > 0) pendingRevocation.set(topicId, new Set(revoke));
    if (add.length > 0) pendingAssignment.set(topicId, new Set(add));
  }

  if (pendingRevocation.size > 0 && ownsAnyOf(input.ownedTopicPartitions, pendingRevocation)) {
    return {
      ...member,
      state: MemberState.UNREVOKED_PARTITIONS,
      previousMemberEpoch: member.memberEpoch,
      memberEpoch,
      assignedPartitions: assigned,
      partitionsPendingRevocation: pendingRevocation,
    };
  }
  for (const [topicId, parts] of pendingAssignment) {
    const set = assigned.get(topicId);
    if (set) for (const p of parts) set.add(p);
    else assigned.set(topicId, parts);
  }
  return {
    ...member,
    state: hasUnreleasedPartitions ? MemberState.UNRELEASED_PARTITIONS : MemberState.STABLE,
    previousMemberEpoch: member.memberEpoch,
    memberEpoch: targetAssignmentEpoch,
    assignedPartitions: assigned,
    partitionsPendingRevocation: new Map(),
  };
}
