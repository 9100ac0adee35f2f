// The classic group protocol on the wire, against a real broker: every bad input the group issue
// lists gets Kafka's error code, the group stays consistent, and committed offsets and the group
// survive a broker restart.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { createTopics, RawKafkaClient, requestFrame } from '../helpers/rawKafka.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import {
  commitRequest,
  DeleteGroupsApi,
  DescribeGroupsApi,
  FindCoordinatorApi,
  findGroupCoordinator,
  HeartbeatApi,
  joinGroup,
  JoinGroupApi,
  joinRequest,
  LeaveGroupApi,
  ListGroupsApi,
  OffsetCommitApi,
  OffsetFetchApi,
  SyncGroupApi,
} from '../helpers/rawGroups.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';

const TOPIC = 'group-errors';

t.test('classic group protocol: bad inputs, fencing, timeouts and persistence', async (t) => {
  const broker = await withBroker(t, {
    overrides: { 'group.min.session.timeout.ms': '500', 'group.max.size': '3', 'offsets.topic.num.partitions': '5' },
  });
  let client = await RawKafkaClient.connect(broker.port);
  t.teardown(() => client.close());
  t.same((await createTopics(client, [{ name: TOPIC, numPartitions: 2 }])).map((c) => c.errorCode), [0], 'topic created');

  await t.test('FindCoordinator', async (t) => {
    const found = await findGroupCoordinator(client, 'g-main');
    t.equal(found.errorCode, ErrorCode.NONE, 'the offsets topic is created on first use and the coordinator found');
    t.equal(found.nodeId, 1, 'this node coordinates');
    t.equal(found.port, broker.port, 'at the listener the client used');
    const batched = await client.request(FindCoordinatorApi, 4, { key: '', keyType: 0, coordinatorKeys: ['g-a', '', 'g-b'] });
    t.same(batched.coordinators.map((c) => c.errorCode), [ErrorCode.NONE, ErrorCode.INVALID_REQUEST, ErrorCode.NONE], 'v4 batches keys; an empty group id is refused alone');
    const txn = await client.request(FindCoordinatorApi, 3, { key: 'tx', keyType: 1, coordinatorKeys: [] });
    t.equal(txn.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE, 'transaction coordinators are not implemented and say so');
    t.match(txn.errorMessage, /transaction/);
  });

  await t.test('group ids that are empty or too long', async (t) => {
    const empty = await client.request(JoinGroupApi, 5, joinRequest({ groupId: '' }));
    t.equal(empty.errorCode, ErrorCode.INVALID_GROUP_ID, 'empty group id');
    const longest = await client.request(JoinGroupApi, 6, joinRequest({ groupId: 'g'.repeat(32_767) }));
    t.equal(longest.errorCode, ErrorCode.MEMBER_ID_REQUIRED, 'the longest group id a Kafka string can carry is accepted');
    // Longer ids cannot be encoded as Kafka strings at all: as in Kafka, the request does not parse.
    const tooLong = await RawKafkaClient.connect(broker.port);
    t.teardown(() => tooLong.close());
    tooLong.writeRaw(
      requestFrame(ApiKey.JoinGroup, 6, tooLong.correlationId(), (w) => {
        w.uvarint(40_001);
        for (let i = 0; i < 40_000; i++) w.int8(0x67);
        w.int32(10_000);
        w.int32(10_000);
        w.compactString('');
        w.compactNullableString(null);
        w.compactString('consumer');
        w.arrayLength(0, true);
        w.uvarint(0);
      }),
    );
    t.ok(await tooLong.closedWithin(5_000), 'a group id longer than 32767 bytes closes that connection');
    const hb = await client.request(HeartbeatApi, 3, { groupId: '', generationId: 1, memberId: 'm', groupInstanceId: null });
    t.equal(hb.errorCode, ErrorCode.INVALID_GROUP_ID, 'heartbeat with an empty group id');
  });

  await t.test('unknown groups and members', async (t) => {
    const hb = await client.request(HeartbeatApi, 3, { groupId: 'no-such-group', generationId: 1, memberId: 'm', groupInstanceId: null });
    t.equal(hb.errorCode, ErrorCode.UNKNOWN_MEMBER_ID, 'heartbeat for a group that does not exist');
    const join = await client.request(JoinGroupApi, 5, joinRequest({ groupId: 'no-such-group-2', memberId: 'made-up' }));
    t.equal(join.errorCode, ErrorCode.UNKNOWN_MEMBER_ID, 'joining a new group with a member id it never handed out');
    const sync = await client.request(SyncGroupApi, 3, { groupId: 'no-such-group', generationId: 1, memberId: 'm', groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
    t.equal(sync.errorCode, ErrorCode.UNKNOWN_MEMBER_ID, 'sync for a group that does not exist');
    const bad = await client.request(JoinGroupApi, 5, joinRequest({ groupId: 'g-session', sessionTimeoutMs: 100 }));
    t.equal(bad.errorCode, ErrorCode.INVALID_SESSION_TIMEOUT, 'a session timeout below group.min.session.timeout.ms');
  });

  // One member forms g-main; later steps use it.
  const first = await client.request(JoinGroupApi, 5, joinRequest({ groupId: 'g-main' }));
  t.equal(first.errorCode, ErrorCode.MEMBER_ID_REQUIRED, 'JoinGroup v4+ hands out a member id first (KIP-394)');
  t.match(first.memberId, /^runnel-raw-test-/, 'the member id starts with the client id');
  const joined = await client.request(JoinGroupApi, 5, joinRequest({ groupId: 'g-main', memberId: first.memberId }));
  t.equal(joined.errorCode, ErrorCode.NONE, 'joined with the id');
  t.equal(joined.generationId, 1, 'first generation');
  t.equal(joined.leader, joined.memberId, 'the only member leads');
  t.equal(joined.members.length, 1, 'the leader sees the members');
  const memberId = joined.memberId;
  const synced = await client.request(SyncGroupApi, 3, {
    groupId: 'g-main', generationId: 1, memberId, groupInstanceId: null, protocolType: null, protocolName: null,
    assignments: [{ memberId, assignment: Buffer.from('assignment-1') }],
  });
  t.equal(synced.errorCode, ErrorCode.NONE, 'leader synced');
  t.equal(synced.assignment.toString(), 'assignment-1', 'and receives its assignment');

  await t.test('generations, protocols and commits on a stable group', async (t) => {
    const heartbeat = (generationId: number, id = memberId) => client.request(HeartbeatApi, 3, { groupId: 'g-main', generationId, memberId: id, groupInstanceId: null });
    t.equal((await heartbeat(1)).errorCode, ErrorCode.NONE, 'heartbeat in generation 1');
    t.equal((await heartbeat(7)).errorCode, ErrorCode.ILLEGAL_GENERATION, 'heartbeat with an illegal generation');
    t.equal((await heartbeat(1, 'stranger')).errorCode, ErrorCode.UNKNOWN_MEMBER_ID, 'heartbeat from an unknown member');
    const wrongType = await client.request(JoinGroupApi, 5, joinRequest({ groupId: 'g-main', protocolType: 'connect' }));
    t.equal(wrongType.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL, 'a member with another protocol type');
    const noCommon = await client.request(JoinGroupApi, 5, joinRequest({ groupId: 'g-main', protocols: [{ name: 'other', metadata: Buffer.alloc(0) }] }));
    t.equal(noCommon.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL, 'a member sharing no protocol with the group');
    const badSync = await client.request(SyncGroupApi, 3, { groupId: 'g-main', generationId: 2, memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
    t.equal(badSync.errorCode, ErrorCode.ILLEGAL_GENERATION, 'sync with an illegal generation');

    const commit = async (generation: number, id: string, topic = TOPIC, partition = 0, offset = 5n) =>
      (await client.request(OffsetCommitApi, 7, commitRequest('g-main', generation, id, topic, partition, offset))).topics[0].partitions[0].errorCode;
    t.equal(await commit(1, memberId), ErrorCode.NONE, 'commit by the member');
    t.equal(await commit(2, memberId), ErrorCode.ILLEGAL_GENERATION, 'commit with an illegal generation');
    t.equal(await commit(1, 'stranger'), ErrorCode.UNKNOWN_MEMBER_ID, 'commit from an unknown member');
    t.equal(await commit(-1, ''), ErrorCode.UNKNOWN_MEMBER_ID, 'an admin commit while the group has members');
    t.equal(await commit(1, memberId, 'no-such-topic'), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'commit for an unknown topic');
    t.equal(await commit(1, memberId, TOPIC, 9), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'commit for an unknown partition');
    const fetched = await client.request(OffsetFetchApi, 7, { groupId: 'g-main', topics: [{ name: TOPIC, partitionIndexes: [0, 1] }], groups: [], requireStable: true });
    t.same(fetched.topics[0].partitions.map((p) => [p.committedOffset, p.metadata]), [[5n, 'meta'], [-1n, '']], 'only the accepted commit is stored');

    const described = await client.request(DescribeGroupsApi, 5, { groups: ['g-main', 'never-seen'], includeAuthorizedOperations: false });
    t.equal(described.groups[0].groupState, 'Stable');
    t.equal(described.groups[0].protocolData, 'range');
    t.same(described.groups[0].members.map((m) => m.memberAssignment.toString()), ['assignment-1']);
    t.equal(described.groups[1].groupState, 'Dead', 'an unknown group is described as Dead, as Kafka');
    const listed = await client.request(ListGroupsApi, 4, { statesFilter: ['stable'], typesFilter: [] });
    t.same(listed.groups.map((g) => g.groupId), ['g-main'], 'ListGroups filters by state');
    const deleted = await client.request(DeleteGroupsApi, 2, { groupsNames: ['g-main', 'never-seen'] });
    t.same(deleted.results.map((r) => r.errorCode), [ErrorCode.NON_EMPTY_GROUP, ErrorCode.GROUP_ID_NOT_FOUND], 'only empty groups can be deleted');
  });

  await t.test('static membership: a second instance fences the first', async (t) => {
    const a = await joinGroup(client, { groupId: 'g-static', groupInstanceId: 'instance-1' });
    t.equal(a.errorCode, ErrorCode.NONE, 'static member joins without MEMBER_ID_REQUIRED');
    const syncA = await client.request(SyncGroupApi, 3, { groupId: 'g-static', generationId: a.generationId, memberId: a.memberId, groupInstanceId: 'instance-1', protocolType: null, protocolName: null, assignments: [{ memberId: a.memberId, assignment: Buffer.from('mine') }] });
    t.equal(syncA.errorCode, ErrorCode.NONE);
    const b = await joinGroup(client, { groupId: 'g-static', groupInstanceId: 'instance-1' });
    t.equal(b.errorCode, ErrorCode.NONE, 'the same instance id rejoins');
    t.not(b.memberId, a.memberId, 'with a new member id');
    t.equal(b.generationId, a.generationId, 'without a rebalance');
    const syncB = await client.request(SyncGroupApi, 3, { groupId: 'g-static', generationId: b.generationId, memberId: b.memberId, groupInstanceId: 'instance-1', protocolType: null, protocolName: null, assignments: [] });
    t.equal(syncB.assignment.toString(), 'mine', 'keeping the assignment');
    const old = await client.request(HeartbeatApi, 3, { groupId: 'g-static', generationId: a.generationId, memberId: a.memberId, groupInstanceId: 'instance-1' });
    t.equal(old.errorCode, ErrorCode.FENCED_INSTANCE_ID, 'the old instance is fenced');
    const oldCommit = await client.request(OffsetCommitApi, 7, commitRequest('g-static', a.generationId, a.memberId, TOPIC, 0, 1n, 'instance-1'));
    t.equal(oldCommit.topics[0].partitions[0].errorCode, ErrorCode.FENCED_INSTANCE_ID, 'a commit from the fenced member');
    const leave = await client.request(LeaveGroupApi, 3, { groupId: 'g-static', memberId: '', members: [{ memberId: a.memberId, groupInstanceId: 'instance-1', reason: null }, { memberId: '', groupInstanceId: 'unknown-instance', reason: null }] });
    t.same(leave.members.map((m) => m.errorCode), [ErrorCode.FENCED_INSTANCE_ID, ErrorCode.UNKNOWN_MEMBER_ID], 'batched LeaveGroup answers per member');
  });

  await t.test('group.max.size', async (t) => {
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const r = await client.request(JoinGroupApi, 5, joinRequest({ groupId: 'g-full' }));
      t.equal(r.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
      ids.push(r.memberId);
    }
    const fourth = await client.request(JoinGroupApi, 5, joinRequest({ groupId: 'g-full' }));
    t.equal(fourth.errorCode, ErrorCode.GROUP_MAX_SIZE_REACHED, 'a fourth member of a group limited to three');
  });

  await t.test('the rebalance timeout removes a member that does not rejoin', async (t) => {
    const c2 = await RawKafkaClient.connect(broker.port);
    t.teardown(() => c2.close());
    const a = await joinGroup(client, { groupId: 'g-slow', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 1_500 });
    await client.request(SyncGroupApi, 3, { groupId: 'g-slow', generationId: a.generationId, memberId: a.memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
    const started = Date.now();
    const b = await joinGroup(c2, { groupId: 'g-slow', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 1_500 });
    const waited = Date.now() - started;
    t.equal(b.errorCode, ErrorCode.NONE, 'the newcomer joins once the join phase ends');
    t.ok(waited >= 1_000 && waited < 8_000, `the join phase waited for the rebalance timeout (${waited} ms)`);
    t.equal(b.generationId, a.generationId + 1, 'in the next generation');
    t.same(b.members.map((m) => m.memberId), [b.memberId], 'without the member that did not rejoin');
    const hb = await client.request(HeartbeatApi, 3, { groupId: 'g-slow', generationId: a.generationId, memberId: a.memberId, groupInstanceId: null });
    t.equal(hb.errorCode, ErrorCode.UNKNOWN_MEMBER_ID, 'the removed member is unknown');
  });

  await t.test('the session timeout expels a silent member', async (t) => {
    const a = await joinGroup(client, { groupId: 'g-silent', sessionTimeoutMs: 800 });
    await client.request(SyncGroupApi, 3, { groupId: 'g-silent', generationId: a.generationId, memberId: a.memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
    await new Promise((r) => setTimeout(r, 2_000));
    const described = await client.request(DescribeGroupsApi, 5, { groups: ['g-silent'], includeAuthorizedOperations: false });
    t.equal(described.groups[0].groupState, 'Empty', 'the group is empty after the session timeout');
    t.equal(described.groups[0].members.length, 0);
  });

  await t.test('offsets and groups survive a restart', async (t) => {
    const admin = await client.request(OffsetCommitApi, 7, commitRequest('g-admin', -1, '', TOPIC, 1, 42n));
    t.equal(admin.topics[0].partitions[0].errorCode, ErrorCode.NONE, 'an admin commit to a new group');
    client.close();
    const restarted = await broker.restart();
    client = await RawKafkaClient.connect(restarted.port);
    let fetched;
    for (let i = 0; i < 50; i++) {
      fetched = await client.request(OffsetFetchApi, 8, { groupId: '', topics: [], groups: [{ groupId: 'g-admin', memberId: null, memberEpoch: -1, topics: null }, { groupId: 'g-main', memberId: null, memberEpoch: -1, topics: null }], requireStable: false });
      if (fetched.groups.every((g) => g.errorCode === ErrorCode.NONE)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    t.same(fetched!.groups.map((g) => g.errorCode), [0, 0], 'the coordinator loaded');
    t.same(fetched!.groups[0].topics.map((tp) => tp.partitions.map((p) => [tp.name, p.partitionIndex, p.committedOffset])), [[[TOPIC, 1, 42n]]], 'the admin commit survived');
    t.same(fetched!.groups[1].topics.map((tp) => tp.partitions.map((p) => [tp.name, p.partitionIndex, p.committedOffset, p.metadata])), [[[TOPIC, 0, 5n, 'meta']]], 'the member commit survived');
    const listed = await client.request(ListGroupsApi, 4, { statesFilter: [], typesFilter: [] });
    t.ok(listed.groups.some((g) => g.groupId === 'g-main'), 'the group survived');
    const deleted = await client.request(DeleteGroupsApi, 2, { groupsNames: ['g-admin'] });
    t.same(deleted.results.map((r) => r.errorCode), [ErrorCode.NONE], 'an empty group is deleted');
    const after = await client.request(OffsetFetchApi, 7, { groupId: 'g-admin', topics: null, groups: [], requireStable: false });
    t.same(after.topics, [], 'with its offsets');
  });
});
