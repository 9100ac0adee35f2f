// One member of a KIP-848 consumer group, as Kafka's ConsumerGroupMember: what it subscribes to
// (persisted in ConsumerGroupMemberMetadata) and where its reconciliation stands (persisted in
// ConsumerGroupCurrentMemberAssignment): member epoch, previous epoch, state, assigned partitions and
// partitions it must revoke. Members are immutable values; a change is a new member object.
import type { ConsumerGroupMemberMetadataValue } from '../protocol/generated/records/ConsumerGroupMemberMetadataValue.js';
import type { ConsumerGroupCurrentMemberAssignmentValue } from '../protocol/generated/records/ConsumerGroupCurrentMemberAssignmentValue.js';
import { assignmentEquals, assignmentFromTopicPartitions, EMPTY_ASSIGNMENT, topicPartitionsOf, type Assignment } from './assignment.js';

/** Kafka's MemberState, with its persisted byte values. */
export const MemberState = {
  /** Reconciled with the target assignment of its epoch. */
  STABLE: 0,
  /** Must revoke partitions before it can move to the next epoch. */
  UNREVOKED_PARTITIONS: 1,
  /** At the target epoch but waiting for partitions other members have not released yet. */
  UNRELEASED_PARTITIONS: 2,
  /** A state written by a newer coordinator; the member is fenced and starts over. */
  UNKNOWN: 127,
} as const;
export type MemberState = (typeof MemberState)[keyof typeof MemberState];

/** Member epoch of a member that leaves the group. */
export const LEAVE_GROUP_MEMBER_EPOCH = -1;
/** Member epoch of a static member that leaves for a while and keeps its partitions (KIP-848). */
export const LEAVE_GROUP_STATIC_MEMBER_EPOCH = -2;

export interface ConsumerGroupMember {
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly previousMemberEpoch: number;
  readonly state: MemberState;
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly clientId: string;
  readonly clientHost: string;
  /** Sorted and without duplicates, so that two subscriptions compare by value. */
  readonly subscribedTopicNames: readonly string[];
  /** null or empty: no regex subscription. */
  readonly subscribedTopicRegex: string | null;
  readonly serverAssignor: string | null;
  readonly assignedPartitions: Assignment;
  readonly partitionsPendingRevocation: Assignment;
}

export function newMember(memberId: string): ConsumerGroupMember {
  return {
    memberId,
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: MemberState.STABLE,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    clientId: '',
    clientHost: '',
    subscribedTopicNames: [],
    subscribedTopicRegex: null,
    serverAssignor: null,
    assignedPartitions: EMPTY_ASSIGNMENT,
    partitionsPendingRevocation: EMPTY_ASSIGNMENT,
  };
}

export function normalizeTopicNames(names: readonly string[]): string[] {
  return [...new Set(names)].sort();
}

export function hasRegex(m: ConsumerGroupMember): boolean {
  return m.subscribedTopicRegex !== null && m.subscribedTopicRegex.length > 0;
}

/** Fully reconciled: stable at the group's target assignment epoch. */
export function isReconciledTo(m: ConsumerGroupMember, targetAssignmentEpoch: number): boolean {
  return m.state === MemberState.STABLE && m.memberEpoch === targetAssignmentEpoch;
}

/** The fields ConsumerGroupMemberMetadata persists are equal. */
export function sameMetadata(a: ConsumerGroupMember, b: ConsumerGroupMember): boolean {
  return (
    a.instanceId === b.instanceId &&
    a.rackId === b.rackId &&
    a.rebalanceTimeoutMs === b.rebalanceTimeoutMs &&
    a.clientId === b.clientId &&
    a.clientHost === b.clientHost &&
    a.subscribedTopicRegex === b.subscribedTopicRegex &&
    a.serverAssignor === b.serverAssignor &&
    sameSubscribedTopicNames(a, b)
  );
}

export function sameSubscribedTopicNames(a: ConsumerGroupMember, b: ConsumerGroupMember): boolean {
  return a.subscribedTopicNames.length === b.subscribedTopicNames.length && a.subscribedTopicNames.every((n, i) => n === b.subscribedTopicNames[i]);
}

export function toMemberMetadataValue(m: ConsumerGroupMember): ConsumerGroupMemberMetadataValue {
  return {
    instanceId: m.instanceId,
    rackId: m.rackId,
    clientId: m.clientId,
    clientHost: m.clientHost,
    subscribedTopicNames: [...m.subscribedTopicNames],
    subscribedTopicRegex: m.subscribedTopicRegex,
    rebalanceTimeoutMs: m.rebalanceTimeoutMs,
    serverAssignor: m.serverAssignor,
    classicMemberMetadata: null,
  };
}

export function withMemberMetadata(m: ConsumerGroupMember, v: ConsumerGroupMemberMetadataValue): ConsumerGroupMember {
  return {
    ...m,
    instanceId: v.instanceId,
    rackId: v.rackId,
    clientId: v.clientId,
    clientHost: v.clientHost,
    subscribedTopicNames: normalizeTopicNames(v.subscribedTopicNames),
    subscribedTopicRegex: v.subscribedTopicRegex,
    rebalanceTimeoutMs: v.rebalanceTimeoutMs,
    serverAssignor: v.serverAssignor,
  };
}

export function toCurrentAssignmentValue(m: ConsumerGroupMember): ConsumerGroupCurrentMemberAssignmentValue {
  return {
    memberEpoch: m.memberEpoch,
    previousMemberEpoch: m.previousMemberEpoch,
    state: m.state,
    assignedPartitions: topicPartitionsOf(m.assignedPartitions),
    partitionsPendingRevocation: topicPartitionsOf(m.partitionsPendingRevocation),
  };
}

export function withCurrentAssignment(m: ConsumerGroupMember, v: ConsumerGroupCurrentMemberAssignmentValue): ConsumerGroupMember {
  const known = Object.values(MemberState) as number[];
  return {
    ...m,
    memberEpoch: v.memberEpoch,
    previousMemberEpoch: v.previousMemberEpoch,
    state: (known.includes(v.state) ? v.state : MemberState.UNKNOWN) as MemberState,
    assignedPartitions: assignmentFromTopicPartitions(v.assignedPartitions),
    partitionsPendingRevocation: assignmentFromTopicPartitions(v.partitionsPendingRevocation),
  };
}

/** The fields ConsumerGroupCurrentMemberAssignment persists are equal. */
export function sameCurrentAssignment(a: ConsumerGroupMember, b: ConsumerGroupMember): boolean {
  return (
    a.memberEpoch === b.memberEpoch &&
    a.previousMemberEpoch === b.previousMemberEpoch &&
    a.state === b.state &&
    assignmentEquals(a.assignedPartitions, b.assignedPartitions) &&
    assignmentEquals(a.partitionsPendingRevocation, b.partitionsPendingRevocation)
  );
}
