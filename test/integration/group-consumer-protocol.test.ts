// KIP-848 on the wire, against a real broker process, with exact requests: member epochs,
// revocation before assignment, fencing and Kafka's errors, classic and consumer groups side by
// side, member-epoch checks on OffsetCommit/OffsetFetch v9, session timeouts, and a consumer group
// that survives a restart.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { ApiVersionsApi, createTopics, RawKafkaClient } from '../helpers/rawKafka.js';
import {
  DeleteGroupsApi,
  DescribeGroupsApi,
  findGroupCoordinator,
  HeartbeatApi,
  joinGroup,
  LeaveGroupApi,
  ListGroupsApi,
  OffsetCommitApi,
  OffsetFetchApi,
  SyncGroupApi,
} from '../helpers/rawGroups.js';
import { consumerGroupHeartbeat, describeConsumerGroup, OffsetDeleteApi } from '../helpers/rawConsumerGroups.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { ConsumerGroupHeartbeatResponse } from '../../src/protocol/generated/messages/ConsumerGroupHeartbeatResponse.js';

const TOPIC = 'kip848-raw';
const SESSION_TIMEOUT_MS = 2000;

interface TopicPartitions {
  topicId: string;
  partitions: number[];
}

const count = (owned: TopicPartitions[]): number => owned.reduce((n, tp) => n + tp.partitions.length, 0);

/** A member that applies each assignment at once and reports what it owns, as a KIP-848 client does. */
class WireMember {
  epoch = 0;
  owned: TopicPartitions[] = [];

  constructor(
    private readonly client: () => RawKafkaClient,
    readonly groupId: string,
    readonly memberId: string,
    private readonly topics: string[],
  ) {}

  async heartbeat(): Promise<ConsumerGroupHeartbeatResponse> {
    const joining = this.epoch === 0;
    const res = await consumerGroupHeartbeat(this.client(), {
      groupId: this.groupId,
      memberId: this.memberId,
      memberEpoch: this.epoch,
      rebalanceTimeoutMs: joining ? 30_000 : -1,
      subscribedTopicNames: joining ? this.topics : null,
      subscribedTopicRegex: joining ? '' : null,
      topicPartitions: joining ? [] : this.owned,
    });
    if (res.errorCode === ErrorCode.NONE) {
      this.epoch = res.memberEpoch;
      if (res.assignment) this.owned = res.assignment.topicPartitions;
    }
    return res;
  }
}

t.test('KIP-848 consumer groups on the wire', async (t) => {
  const broker = await withBroker(t, {
    overrides: {
      'offsets.topic.num.partitions': '5',
      'group.consumer.session.timeout.ms': String(SESSION_TIMEOUT_MS),
      'group.consumer.heartbeat.interval.ms': '500',
      'group.consumer.max.size': '3',
    },
  });
  let client = await RawKafkaClient.connect(broker.port);
  t.teardown(() => client.close());
  const [created] = await createTopics(client, [{ name: TOPIC, numPartitions: 6 }]);
  t.equal(created.errorCode, ErrorCode.NONE);
  const topicId = created.topicId;
  t.equal((await findGroupCoordinator(client, 'g-wire')).errorCode, ErrorCode.NONE, 'the coordinator is ready');
  const member = (groupId: string, memberId: string): WireMember => new WireMember(() => client, groupId, memberId, [TOPIC]);

  await t.test('ApiVersions advertises ConsumerGroupHeartbeat v0-1 and ConsumerGroupDescribe v0', async (t) => {
    const res = await client.request(ApiVersionsApi, 3, { clientSoftwareName: 'raw', clientSoftwareVersion: '1' });
    t.same(res.apiKeys.filter((k) => k.apiKey === 68 || k.apiKey === 69).map((k) => [k.apiKey, k.minVersion, k.maxVersion]), [[68, 0, 1], [69, 0, 0]]);
  });

  const a = member('g-wire', 'member-A');
  const b = member('g-wire', 'member-B');

  await t.test('two members: epochs, revocation before assignment, then a stable group', async (t) => {
    let res = await a.heartbeat();
    t.match(res, { errorCode: 0, memberId: 'member-A', memberEpoch: 1, heartbeatIntervalMs: 500 });
    t.same(res.assignment?.topicPartitions, [{ topicId, partitions: [0, 1, 2, 3, 4, 5] }], 'A alone gets everything');
    res = await b.heartbeat();
    t.equal(res.memberEpoch, 2, 'B joins in group epoch 2');
    t.same(res.assignment?.topicPartitions, [], 'with nothing yet: A still owns it all');
    res = await a.heartbeat();
    t.equal(res.memberEpoch, 1, 'A must revoke first, in its epoch');
    t.equal(count(a.owned), 3);
    res = await b.heartbeat();
    t.equal(res.assignment, null, 'B still waits');
    res = await a.heartbeat();
    t.equal(res.memberEpoch, 2, 'A acknowledged the revocation');
    res = await b.heartbeat();
    t.equal(count(b.owned), 3, 'B gets the released partitions');
    const all = [...a.owned[0].partitions, ...b.owned[0].partitions].sort();
    t.same(all, [0, 1, 2, 3, 4, 5], 'each partition once');
    const d = await describeConsumerGroup(client, 'g-wire');
    t.match(d, { errorCode: 0, groupState: 'Stable', groupEpoch: 2, assignmentEpoch: 2, assignorName: 'uniform' });
    t.same(d.members.map((m) => [m.memberId, m.memberEpoch, m.subscribedTopicNames, m.assignment.topicPartitions[0].topicName, m.clientHost]).sort(), [
      ['member-A', 2, [TOPIC], TOPIC, '/127.0.0.1'],
      ['member-B', 2, [TOPIC], TOPIC, '/127.0.0.1'],
    ]);
  });

  await t.test("fencing and Kafka's errors", async (t) => {
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-wire', memberId: 'member-A', memberEpoch: 9, topicPartitions: a.owned }), {
      errorCode: ErrorCode.FENCED_MEMBER_EPOCH,
      errorMessage: 'The consumer group member has a greater member epoch (9) than the one known by the group coordinator (2). The member must abandon all its partitions and rejoin.',
    });
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-wire', memberId: 'nobody', memberEpoch: 2 }), {
      errorCode: ErrorCode.UNKNOWN_MEMBER_ID,
      errorMessage: 'Member nobody is not a member of group g-wire.',
    });
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-none', memberId: 'm', memberEpoch: 3 }), {
      errorCode: ErrorCode.GROUP_ID_NOT_FOUND,
      errorMessage: 'Consumer group g-none not found.',
    });
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-wire', memberId: '', memberEpoch: 0, rebalanceTimeoutMs: 1000, subscribedTopicNames: [TOPIC], topicPartitions: [] }), {
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: "MemberId can't be empty.",
    });
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-wire', memberId: 'm', memberEpoch: 0, subscribedTopicNames: [TOPIC], topicPartitions: [] }), {
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: 'RebalanceTimeoutMs must be provided in first request.',
    });
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-wire', memberId: 'm', memberEpoch: 0, rebalanceTimeoutMs: 1000, subscribedTopicNames: [TOPIC], topicPartitions: [], serverAssignor: 'sticky' }), {
      errorCode: ErrorCode.UNSUPPORTED_ASSIGNOR,
      errorMessage: 'ServerAssignor sticky is not supported. Supported assignors: uniform, range.',
    });
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-wire', memberId: 'm', memberEpoch: 0, rebalanceTimeoutMs: 1000, subscribedTopicRegex: '[', topicPartitions: [] }), {
      errorCode: ErrorCode.INVALID_REGULAR_EXPRESSION,
    });
    const v0 = await consumerGroupHeartbeat(client, { groupId: 'g-v0', memberId: '', memberEpoch: 0, rebalanceTimeoutMs: 1000, subscribedTopicNames: [TOPIC], topicPartitions: [] }, 0);
    t.equal(v0.errorCode, ErrorCode.NONE, 'v0 may let the coordinator name the member');
    t.ok(v0.memberId && v0.memberId.length > 0, `named ${v0.memberId}`);
    t.equal((await consumerGroupHeartbeat(client, { groupId: 'g-v0', memberId: v0.memberId!, memberEpoch: -1 }, 0)).errorCode, ErrorCode.NONE);

    const c = member('g-wire', 'member-C');
    t.equal((await c.heartbeat()).errorCode, ErrorCode.NONE, 'a third member');
    t.match(await member('g-wire', 'member-D').heartbeat(), {
      errorCode: ErrorCode.GROUP_MAX_SIZE_REACHED,
      errorMessage: 'The consumer group has reached its maximum capacity of 3 members.',
    });
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-wire', memberId: 'member-C', memberEpoch: -1 }), { errorCode: 0, memberEpoch: -1 }, 'C leaves');
    for (let i = 0; i < 4; i++) for (const m of [a, b]) await m.heartbeat();
    t.equal((await describeConsumerGroup(client, 'g-wire')).groupState, 'Stable', 'the two others settle again');
  });

  await t.test('classic and consumer groups coexist, each protocol refusing the other group', async (t) => {
    const joined = await joinGroup(client, { groupId: 'g-classic' });
    t.equal(joined.errorCode, ErrorCode.NONE, 'a classic group of another name forms');
    const intoConsumer = await joinGroup(client, { groupId: 'g-wire' });
    t.equal(intoConsumer.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL, 'a classic JoinGroup for a consumer group');
    t.equal((await client.request(HeartbeatApi, 4, { groupId: 'g-wire', generationId: 2, memberId: 'member-A', groupInstanceId: null })).errorCode, ErrorCode.UNKNOWN_MEMBER_ID, 'a classic Heartbeat for it');
    t.equal(
      (await client.request(SyncGroupApi, 5, { groupId: 'g-wire', generationId: 2, memberId: 'member-A', groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] })).errorCode,
      ErrorCode.UNKNOWN_MEMBER_ID,
      'a classic SyncGroup for it',
    );
    t.match(await consumerGroupHeartbeat(client, { groupId: 'g-classic', memberId: 'm', memberEpoch: 0, rebalanceTimeoutMs: 1000, subscribedTopicNames: [TOPIC], topicPartitions: [] }), {
      errorCode: ErrorCode.GROUP_ID_NOT_FOUND,
      errorMessage: 'Group g-classic is not a consumer group.',
    });
    t.match(await describeConsumerGroup(client, 'g-classic'), { errorCode: ErrorCode.GROUP_ID_NOT_FOUND });
    const listed = await client.request(ListGroupsApi, 5, { statesFilter: [], typesFilter: [] });
    const of = (id: string) => listed.groups.find((g) => g.groupId === id);
    t.match(of('g-wire'), { protocolType: 'consumer', groupState: 'Stable', groupType: 'consumer' });
    t.match(of('g-classic'), { groupType: 'classic' });
    const onlyConsumer = await client.request(ListGroupsApi, 5, { statesFilter: ['stable'], typesFilter: ['consumer'] });
    t.same(onlyConsumer.groups.map((g) => g.groupId), ['g-wire'], 'filtered by type and state');
    const described = await client.request(DescribeGroupsApi, 5, { groups: ['g-wire'], includeAuthorizedOperations: false });
    t.match(described.groups[0], { errorCode: 0, groupState: 'Dead', members: [] }, 'DescribeGroups v5 describes a consumer group as Kafka 4.0 does');
  });

  await t.test('OffsetCommit and OffsetFetch v9 check the member epoch', async (t) => {
    const commit = (memberId: string, epoch: number, version = 9, groupId = 'g-wire') =>
      client.request(OffsetCommitApi, version, {
        groupId,
        generationIdOrMemberEpoch: epoch,
        memberId,
        groupInstanceId: null,
        retentionTimeMs: -1n,
        topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0, committedOffset: 7n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' }] }],
      });
    const code = (r: Awaited<ReturnType<typeof commit>>): number => r.topics[0].partitions[0].errorCode;
    t.equal(code(await commit('member-A', a.epoch)), ErrorCode.NONE, 'at the current epoch');
    t.equal(code(await commit('member-A', a.epoch - 1)), ErrorCode.STALE_MEMBER_EPOCH, 'at a stale epoch');
    t.equal(code(await commit('stranger', a.epoch)), ErrorCode.UNKNOWN_MEMBER_ID, 'from a non-member');
    t.equal(code(await commit('', -1)), ErrorCode.UNKNOWN_MEMBER_ID, 'an admin commit while the group has members');
    t.equal(code(await commit('member-A', a.epoch, 8)), ErrorCode.UNSUPPORTED_VERSION, 'a member commits with v9 or later');
    t.equal(code(await commit('m', 3, 9, 'g-nowhere')), ErrorCode.GROUP_ID_NOT_FOUND, 'v9 to a group that does not exist');
    t.equal(code(await commit('m', 3, 8, 'g-nowhere')), ErrorCode.ILLEGAL_GENERATION, 'v8 to a group that does not exist, as before');
    const fetch = (memberId: string | null, memberEpoch: number) =>
      client.request(OffsetFetchApi, 9, { groupId: '', topics: [], groups: [{ groupId: 'g-wire', memberId, memberEpoch, topics: [{ name: TOPIC, partitionIndexes: [0] }] }], requireStable: false });
    let f = await fetch('member-A', a.epoch);
    t.match(f.groups[0], { errorCode: 0, topics: [{ partitions: [{ partitionIndex: 0, committedOffset: 7n }] }] });
    f = await fetch('member-A', a.epoch + 5);
    t.equal(f.groups[0].errorCode, ErrorCode.STALE_MEMBER_EPOCH);
    f = await fetch('stranger', 1);
    t.equal(f.groups[0].errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
    f = await fetch(null, -1);
    t.equal(f.groups[0].errorCode, ErrorCode.NONE, 'an admin fetch');
    const del = await client.request(OffsetDeleteApi, 0, { groupId: 'g-wire', topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0 }] }] });
    t.equal(del.topics[0].partitions[0].errorCode, ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, 'OffsetDelete of a subscribed topic');
  });

  await t.test('a silent member is removed after group.consumer.session.timeout.ms', async (t) => {
    const silent = member('g-wire', 'member-silent');
    t.equal((await silent.heartbeat()).errorCode, 0);
    const started = Date.now();
    let members = 3;
    while (members === 3 && Date.now() - started < SESSION_TIMEOUT_MS * 3) {
      await new Promise((r) => setTimeout(r, 200));
      for (const m of [a, b]) await m.heartbeat();
      members = (await describeConsumerGroup(client, 'g-wire')).members.length;
    }
    const waited = Date.now() - started;
    t.equal(members, 2, `removed after ${waited} ms`);
    t.ok(waited >= SESSION_TIMEOUT_MS - 250, 'not before its session timed out');
    t.match(await silent.heartbeat(), { errorCode: ErrorCode.UNKNOWN_MEMBER_ID });
    for (let i = 0; i < 4; i++) for (const m of [a, b]) await m.heartbeat();
  });

  await t.test('the group survives a restart; its members heartbeat on', async (t) => {
    const before = await describeConsumerGroup(client, 'g-wire');
    client.close();
    const restarted = await broker.restart();
    client = await RawKafkaClient.connect(restarted.port);
    let after = await describeConsumerGroup(client, 'g-wire');
    for (let i = 0; i < 50 && after.errorCode !== ErrorCode.NONE; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await describeConsumerGroup(client, 'g-wire');
    }
    const view = (d: typeof before) => ({ ...d, members: [...d.members].sort((x, y) => (x.memberId < y.memberId ? -1 : 1)) });
    t.same(view(after), view(before), 'same epochs, members and assignments');
    const res = await a.heartbeat();
    t.match(res, { errorCode: 0, memberEpoch: before.members.find((m) => m.memberId === 'member-A')!.memberEpoch });

    // Both leave; the empty group and its offsets can then be deleted.
    for (const m of [a, b]) t.equal((await consumerGroupHeartbeat(client, { groupId: 'g-wire', memberId: m.memberId, memberEpoch: -1 })).errorCode, 0);
    t.equal((await describeConsumerGroup(client, 'g-wire')).groupState, 'Empty');
    const del = await client.request(OffsetDeleteApi, 0, { groupId: 'g-wire', topics: [{ name: TOPIC, partitions: [{ partitionIndex: 0 }] }] });
    t.same(del.topics[0].partitions.map((p) => p.errorCode), [ErrorCode.NONE], 'OffsetDelete on the empty group');
    const deleted = await client.request(DeleteGroupsApi, 2, { groupsNames: ['g-wire'] });
    t.same(deleted.results.map((r) => r.errorCode), [ErrorCode.NONE], 'DeleteGroups on the empty group');
    t.match(await describeConsumerGroup(client, 'g-wire'), { errorCode: ErrorCode.GROUP_ID_NOT_FOUND });
  });

  await t.test('an empty consumer group gives way to a classic group, and an empty classic group to a consumer group', async (t) => {
    const m = member('g-switch', 'switcher');
    t.equal((await m.heartbeat()).errorCode, 0);
    t.equal((await consumerGroupHeartbeat(client, { groupId: 'g-switch', memberId: 'switcher', memberEpoch: -1 })).errorCode, 0);
    const classic = await joinGroup(client, { groupId: 'g-switch', sessionTimeoutMs: 6000 });
    t.equal(classic.errorCode, ErrorCode.NONE, 'a classic member joins the id of an empty consumer group');
    t.match(await describeConsumerGroup(client, 'g-switch'), { errorCode: ErrorCode.GROUP_ID_NOT_FOUND });
    const leave = await client.request(LeaveGroupApi, 3, { groupId: 'g-switch', memberId: '', members: [{ memberId: classic.memberId, groupInstanceId: null, reason: null }] });
    t.equal(leave.errorCode, 0, 'the classic member leaves');
    // The classic group becomes Empty once its (empty) rebalance completes.
    const back = new WireMember(() => client, 'g-switch', 'switcher-2', [TOPIC]);
    let code = (await back.heartbeat()).errorCode;
    for (let i = 0; i < 20 && code === ErrorCode.GROUP_ID_NOT_FOUND; i++) {
      await new Promise((r) => setTimeout(r, 50));
      code = (await back.heartbeat()).errorCode;
    }
    t.equal(code, ErrorCode.NONE, 'and a consumer group takes the id again');
    t.equal((await describeConsumerGroup(client, 'g-switch')).groupState, 'Stable');
  });
});
