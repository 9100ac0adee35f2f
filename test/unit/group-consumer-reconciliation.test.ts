// One member's reconciliation towards its target assignment (CurrentAssignmentBuilder): revoke
// first and stay in the epoch, then move to the target epoch with the partitions nobody else owns.
import t from 'tap';
import { reconcile, type ReconcileInput } from '../../src/group/currentAssignmentBuilder.js';
import { MemberState, newMember, type ConsumerGroupMember } from '../../src/group/consumerGroupMember.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { Assignment } from '../../src/group/assignment.js';

const T = 'topic-id-A';
const U = 'topic-id-B';

function parts(...p: number[]): Assignment {
  return new Map([[T, new Set(p)]]);
}

function member(over: Partial<ConsumerGroupMember>): ConsumerGroupMember {
  return { ...newMember('m1'), ...over };
}

function input(over: Partial<ReconcileInput>): ReconcileInput {
  return {
    member: member({}),
    targetAssignmentEpoch: 5,
    targetAssignment: new Map(),
    currentPartitionEpoch: () => -1,
    ownedTopicPartitions: [],
    ...over,
  };
}

function sorted(a: Assignment, topicId = T): number[] {
  return [...(a.get(topicId) ?? [])].sort((x, y) => x - y);
}

t.test('a member stable at the target epoch is left as it is', async (t) => {
  const m = member({ memberEpoch: 5, assignedPartitions: parts(0, 1) });
  t.equal(reconcile(input({ member: m, targetAssignment: parts(0, 1, 2) })), m);
});

t.test('a new member gets its free target partitions at once, at the target epoch', async (t) => {
  const next = reconcile(input({ targetAssignment: parts(0, 1, 2) }));
  t.equal(next.state, MemberState.STABLE);
  t.equal(next.memberEpoch, 5);
  t.equal(next.previousMemberEpoch, 0);
  t.same(sorted(next.assignedPartitions), [0, 1, 2]);
});

t.test('partitions another member still owns wait: UNRELEASED_PARTITIONS, and they come once released', async (t) => {
  let ownedElsewhere = new Set([1, 2]);
  const epochOf = (_topic: string, p: number): number => (ownedElsewhere.has(p) ? 4 : -1);
  const first = reconcile(input({ targetAssignment: parts(0, 1, 2), currentPartitionEpoch: epochOf }));
  t.equal(first.state, MemberState.UNRELEASED_PARTITIONS);
  t.equal(first.memberEpoch, 5, 'already at the target epoch');
  t.same(sorted(first.assignedPartitions), [0]);
  ownedElsewhere = new Set([2]);
  const second = reconcile(input({ member: first, targetAssignment: parts(0, 1, 2), currentPartitionEpoch: epochOf, ownedTopicPartitions: [{ topicId: T, partitions: [0] }] }));
  t.equal(second.state, MemberState.UNRELEASED_PARTITIONS);
  t.same(sorted(second.assignedPartitions), [0, 1]);
  ownedElsewhere = new Set();
  const third = reconcile(input({ member: second, targetAssignment: parts(0, 1, 2), currentPartitionEpoch: epochOf }));
  t.equal(third.state, MemberState.STABLE);
  t.same(sorted(third.assignedPartitions), [0, 1, 2]);
});

t.test('revocation first: the member keeps its epoch until it stops reporting the revoked partitions', async (t) => {
  const m = member({ memberEpoch: 4, previousMemberEpoch: 3, assignedPartitions: parts(0, 1, 2, 3) });
  const target = new Map([[T, new Set([0, 1])], [U, new Set([7])]]);
  const owned = [{ topicId: T, partitions: [0, 1, 2, 3] }];
  const asked = reconcile(input({ member: m, targetAssignment: target, ownedTopicPartitions: owned }));
  t.equal(asked.state, MemberState.UNREVOKED_PARTITIONS);
  t.equal(asked.memberEpoch, 4, 'no new epoch while revoking');
  t.equal(asked.previousMemberEpoch, 4);
  t.same(sorted(asked.assignedPartitions), [0, 1], 'only what it keeps; nothing new yet');
  t.same(sorted(asked.assignedPartitions, U), []);
  t.same(sorted(asked.partitionsPendingRevocation), [2, 3]);

  t.equal(reconcile(input({ member: asked, targetAssignment: target, ownedTopicPartitions: [{ topicId: T, partitions: [0, 1, 3] }] })), asked, 'still owns 3');
  t.equal(reconcile(input({ member: asked, targetAssignment: target, ownedTopicPartitions: null })), asked, 'a heartbeat without owned partitions proves nothing');

  const done = reconcile(input({ member: asked, targetAssignment: target, ownedTopicPartitions: [{ topicId: T, partitions: [0, 1] }] }));
  t.equal(done.state, MemberState.STABLE);
  t.equal(done.memberEpoch, 5);
  t.equal(done.previousMemberEpoch, 4);
  t.same(sorted(done.assignedPartitions), [0, 1]);
  t.same(sorted(done.assignedPartitions, U), [7]);
  t.equal(done.partitionsPendingRevocation.size, 0);
});

t.test('nothing to revoke when the member reports it no longer owns the partitions', async (t) => {
  const m = member({ memberEpoch: 4, assignedPartitions: parts(0, 1) });
  const next = reconcile(input({ member: m, targetAssignment: parts(0), ownedTopicPartitions: [{ topicId: T, partitions: [0] }] }));
  t.equal(next.state, MemberState.STABLE);
  t.equal(next.memberEpoch, 5);
  t.same(sorted(next.assignedPartitions), [0]);
});

t.test('a target that changes again during revocation: the member moves one epoch and revokes again', async (t) => {
  const asked = reconcile(input({ member: member({ memberEpoch: 4, assignedPartitions: parts(0, 1, 2) }), targetAssignment: parts(0, 1), ownedTopicPartitions: [{ topicId: T, partitions: [0, 1, 2] }] }));
  const again = reconcile(input({ member: asked, targetAssignmentEpoch: 7, targetAssignment: parts(0), ownedTopicPartitions: [{ topicId: T, partitions: [0, 1] }] }));
  t.equal(again.state, MemberState.UNREVOKED_PARTITIONS);
  t.equal(again.memberEpoch, 5, 'the epoch after the acknowledged revocation, not the target');
  t.same(sorted(again.partitionsPendingRevocation), [1]);
});

t.test('an unknown state (a newer coordinator wrote it) fences the member unless it owns nothing', async (t) => {
  const m = member({ memberEpoch: 4, state: MemberState.UNKNOWN, assignedPartitions: parts(0) });
  t.throws(() => reconcile(input({ member: m, targetAssignment: parts(0), ownedTopicPartitions: [{ topicId: T, partitions: [0] }] })), { code: ErrorCode.FENCED_MEMBER_EPOCH });
  t.throws(() => reconcile(input({ member: m, targetAssignment: parts(0), ownedTopicPartitions: null })), { code: ErrorCode.FENCED_MEMBER_EPOCH });
  const restarted = reconcile(input({ member: m, targetAssignment: parts(0, 1), ownedTopicPartitions: [] }));
  t.equal(restarted.state, MemberState.STABLE);
  t.equal(restarted.memberEpoch, 5);
});
