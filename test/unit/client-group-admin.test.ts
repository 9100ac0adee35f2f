// GroupAdmin against a scripted coordinator: request shapes per version (batched FindCoordinator,
// OffsetFetch v8 groups, ListGroups filters), per-group retries of coordinator errors, the
// ConsumerGroupDescribe-then-DescribeGroups order, and the deadline on endless retries.
import t from 'tap';
import { KafkaClient } from '../../src/client/kafkaClient.js';
import { GroupAdmin } from '../../src/client/groupAdmin.js';
import { encodeAssignment, encodeSubscription } from '../../src/client/consumerProtocol.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { DescribeGroupsRequest } from '../../src/protocol/generated/messages/DescribeGroupsRequest.js';
import type { OffsetFetchRequest } from '../../src/protocol/generated/messages/OffsetFetchRequest.js';
import type { OffsetCommitRequest } from '../../src/protocol/generated/messages/OffsetCommitRequest.js';
import type { ListGroupsRequest } from '../../src/protocol/generated/messages/ListGroupsRequest.js';
import type { DeleteGroupsRequest } from '../../src/protocol/generated/messages/DeleteGroupsRequest.js';
import type { ConsumerGroupDescribeRequest } from '../../src/protocol/generated/messages/ConsumerGroupDescribeRequest.js';
import { coordinatorIsHere, fakeBroker, type FakeBroker, type FakeBrokerScript } from './client-group-fake-broker.js';

async function setup(t: { teardown(fn: () => unknown): void }, script: FakeBrokerScript, timeoutMs = 3_000): Promise<{ broker: FakeBroker; admin: GroupAdmin }> {
  const broker = await fakeBroker(script);
  const client = new KafkaClient({ bootstrap: broker.address, clientId: 'unit', retries: 1, retryBackoffMs: 10 });
  t.teardown(async () => {
    await client.close();
    await broker.close();
  });
  return { broker, admin: new GroupAdmin(client, { timeoutMs, retryBackoffMs: 10, retryBackoffMaxMs: 40 }) };
}

const describedGroup = (groupId: string, errorCode: number, state = 'Stable', members: unknown[] = []): unknown => ({
  errorCode, groupId, groupState: state, protocolType: 'consumer', protocolData: 'range', members, authorizedOperations: -2147483648,
});

t.test('describeGroups: one batched lookup, one request per coordinator, coordinator errors retried per group', async (t) => {
  let round = 0;
  const { broker, admin } = await setup(t, {
    ranges: { [ApiKey.ConsumerGroupDescribe]: null },
    handlers: {
      [ApiKey.DescribeGroups]: (body: DescribeGroupsRequest) => {
        round++;
        return {
          throttleTimeMs: 0,
          groups: body.groups.map((g) => (g === 'loading' && round === 1
            ? describedGroup(g, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
            : describedGroup(g, ErrorCode.NONE, 'Stable', [{
              memberId: 'm-1', groupInstanceId: null, clientId: 'c', clientHost: '/10.0.0.1',
              memberMetadata: encodeSubscription({ topics: ['t'], userData: null, ownedPartitions: [], generationId: 1, rackId: null }),
              memberAssignment: encodeAssignment([{ topic: 't', partition: 1 }, { topic: 'a', partition: 0 }]),
            }]))),
        };
      },
    },
  });
  const [ready, loading] = await admin.describeGroups(['ready', 'loading']);
  t.equal(ready!.groupId, 'ready');
  t.equal(loading!.groupId, 'loading');
  t.equal(loading!.error, null, 'the load finished on the second try');
  t.equal(ready!.type, 'classic');
  t.equal(ready!.assignor, 'range');
  t.equal(ready!.coordinator.port, broker.port);
  t.same(ready!.members[0]!.assignment, [{ topic: 'a', partition: 0 }, { topic: 't', partition: 1 }], 'decoded and sorted');
  t.equal(ready!.members[0]!.host, '/10.0.0.1');
  const lookups = broker.requests(ApiKey.FindCoordinator);
  t.equal(lookups.length, 1, 'COORDINATOR_LOAD_IN_PROGRESS keeps the coordinator');
  t.same((lookups[0]!.body as { coordinatorKeys: string[] }).coordinatorKeys, ['ready', 'loading']);
  t.same(broker.requests(ApiKey.DescribeGroups).map((r) => (r.body as DescribeGroupsRequest).groups), [['ready', 'loading'], ['loading']]);
});

t.test('describeGroups asks ConsumerGroupDescribe first and DescribeGroups for the classic groups', async (t) => {
  const tps = (partitions: number[]) => ({ topicPartitions: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', topicName: 't', partitions }] });
  const { broker, admin } = await setup(t, {
    handlers: {
      [ApiKey.ConsumerGroupDescribe]: (body: ConsumerGroupDescribeRequest) => ({
        throttleTimeMs: 0,
        groups: body.groupIds.map((g) => (g === 'new'
          ? {
            errorCode: 0, errorMessage: null, groupId: g, groupState: 'Reconciling', groupEpoch: 5, assignmentEpoch: 4, assignorName: 'uniform', authorizedOperations: -2147483648,
            members: [{ memberId: 'x', instanceId: null, rackId: null, memberEpoch: 4, clientId: 'c', clientHost: '/h', subscribedTopicNames: ['t'], subscribedTopicRegex: null, assignment: tps([1, 0]), targetAssignment: tps([0]) }],
          }
          : { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: 'not a consumer group', groupId: g, groupState: '', groupEpoch: -1, assignmentEpoch: -1, assignorName: '', members: [], authorizedOperations: -2147483648 })),
      }),
      [ApiKey.DescribeGroups]: (body: DescribeGroupsRequest) => ({ throttleTimeMs: 0, groups: body.groups.map((g) => describedGroup(g, 0, 'Dead')) }),
    },
  });
  const [modern, classic] = await admin.describeGroups(['new', 'old']);
  t.equal(modern!.type, 'consumer');
  t.equal(modern!.state, 'Reconciling');
  t.equal(modern!.assignor, 'uniform');
  t.equal(modern!.groupEpoch, 5);
  t.equal(modern!.targetAssignmentEpoch, 4);
  t.same(modern!.members[0]!.assignment, [{ topic: 't', partition: 0 }, { topic: 't', partition: 1 }]);
  t.same(modern!.members[0]!.targetAssignment, [{ topic: 't', partition: 0 }]);
  t.equal(modern!.members[0]!.memberEpoch, 4);
  t.equal(classic!.type, 'classic');
  t.equal(classic!.state, 'Dead');
  t.same(broker.requests(ApiKey.DescribeGroups).map((r) => (r.body as DescribeGroupsRequest).groups), [['old']]);
});

t.test('a ConsumerGroupDescribe version this client cannot speak is not asked', async (t) => {
  const { broker, admin } = await setup(t, {
    ranges: { [ApiKey.ConsumerGroupDescribe]: [1, 1] },
    handlers: { [ApiKey.DescribeGroups]: (body: DescribeGroupsRequest) => ({ throttleTimeMs: 0, groups: body.groups.map((g) => describedGroup(g, 0, 'Empty')) }) },
  });
  const [g] = await admin.describeGroups(['g']);
  t.equal(g!.state, 'Empty');
  t.equal(broker.requests(ApiKey.ConsumerGroupDescribe).length, 0);
});

t.test('offsetFetch: v8+ names the group in a list, null topics for everything; -1 offsets are left out', async (t) => {
  let unstable = true;
  const { broker, admin } = await setup(t, {
    handlers: {
      [ApiKey.OffsetFetch]: (body: OffsetFetchRequest) => ({
        throttleTimeMs: 0, topics: [], errorCode: 0,
        groups: body.groups.map((g) => ({
          groupId: g.groupId, errorCode: 0,
          topics: [{
            name: 't',
            partitions: [
              { partitionIndex: 0, committedOffset: 5n, committedLeaderEpoch: 2, metadata: 'm', errorCode: 0 },
              { partitionIndex: 1, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
              { partitionIndex: 2, committedOffset: 9n, committedLeaderEpoch: -1, metadata: '', errorCode: (unstable && body.requireStable) ? ErrorCode.UNSTABLE_OFFSET_COMMIT : 0 },
            ],
          }],
        })),
      }),
    },
  });
  const all = await admin.offsetFetch('g', null);
  t.same(all, [
    { topic: 't', partition: 0, offset: 5n, leaderEpoch: 2, metadata: 'm' },
    { topic: 't', partition: 2, offset: 9n, leaderEpoch: -1, metadata: '' },
  ]);
  const first = broker.requests(ApiKey.OffsetFetch)[0]!;
  t.ok(first.version >= 8);
  t.same((first.body as OffsetFetchRequest).groups, [{ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }]);

  setTimeout(() => { unstable = false; }, 50);
  const stable = await admin.offsetFetch('g', [{ topic: 't', partition: 2 }, { topic: 't', partition: 0 }], { requireStable: true });
  t.equal(stable.length, 2, 'UNSTABLE_OFFSET_COMMIT was waited out');
  const asked = broker.requests(ApiKey.OffsetFetch).slice(1).map((r) => r.body as OffsetFetchRequest);
  t.ok(asked.length >= 2);
  t.same(asked[0]!.groups[0]!.topics, [{ name: 't', partitionIndexes: [2, 0] }]);
  t.equal(asked[0]!.requireStable, true);
  t.same(await admin.offsetFetch('g', []), [], 'no partitions, no request');
});

t.test('offsetFetch before v8 names the group at the top; v1 cannot ask for all topics', async (t) => {
  const v7 = await setup(t, {
    ranges: { [ApiKey.OffsetFetch]: [1, 7] },
    handlers: { [ApiKey.OffsetFetch]: () => ({ throttleTimeMs: 0, errorCode: 0, groups: [], topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 3n, committedLeaderEpoch: -1, metadata: null, errorCode: 0 }] }] }) },
  });
  t.same(await v7.admin.offsetFetch('g', null), [{ topic: 't', partition: 0, offset: 3n, leaderEpoch: -1, metadata: null }]);
  t.equal((v7.broker.requests(ApiKey.OffsetFetch)[0]!.body as OffsetFetchRequest).groupId, 'g');

  const v1 = await setup(t, { ranges: { [ApiKey.OffsetFetch]: [1, 1] }, handlers: {} });
  await t.rejects(v1.admin.offsetFetch('g', null), { code: ErrorCode.UNSUPPORTED_VERSION, message: /cannot list all committed offsets/ });
});

t.test('offsetFetch: a group-level error is thrown with its name', async (t) => {
  const { admin } = await setup(t, {
    handlers: { [ApiKey.OffsetFetch]: (body: OffsetFetchRequest) => ({ throttleTimeMs: 0, errorCode: 0, topics: [], groups: body.groups.map((g) => ({ groupId: g.groupId, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, topics: [] })) }) },
  });
  await t.rejects(admin.offsetFetch('g', null), { code: ErrorCode.GROUP_AUTHORIZATION_FAILED, message: /group 'g'/ });
});

t.test("offsetCommit is an admin commit: generation -1, no member", async (t) => {
  const { broker, admin } = await setup(t, {
    handlers: {
      [ApiKey.OffsetCommit]: (body: OffsetCommitRequest) => ({ throttleTimeMs: 0, topics: body.topics.map((tp) => ({ name: tp.name, partitions: tp.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: p.partitionIndex === 1 ? ErrorCode.UNKNOWN_MEMBER_ID : 0 })) })) }),
    },
  });
  const results = await admin.offsetCommit('g', [{ topic: 't', partition: 0, offset: 1n }, { topic: 't', partition: 1, offset: 2n }]);
  t.same(results.map((r) => [r.partition, r.error?.code ?? 0]), [[0, 0], [1, ErrorCode.UNKNOWN_MEMBER_ID]], 'per-partition errors are results');
  const sent = broker.requests(ApiKey.OffsetCommit)[0]!.body as OffsetCommitRequest;
  t.equal(sent.generationIdOrMemberEpoch, -1);
  t.equal(sent.memberId, '');
  t.equal(sent.groupInstanceId, null);
});

t.test('listGroups: filters go to the broker from v5; older brokers answer type filters here', async (t) => {
  const listed = (version: number) => [{ groupId: 'b', protocolType: 'consumer', groupState: version >= 4 ? 'Stable' : '', groupType: version >= 5 ? 'classic' : '' }, { groupId: 'a', protocolType: '', groupState: 'Empty', groupType: 'classic' }];
  const v5 = await setup(t, { handlers: { [ApiKey.ListGroups]: (_body: ListGroupsRequest, version: number) => ({ throttleTimeMs: 0, errorCode: 0, groups: listed(version) }) } });
  const groups = await v5.admin.listGroups({ states: ['Stable'], types: ['Classic'] });
  t.same(groups.map((g) => g.groupId), ['a', 'b'], 'sorted by id');
  t.same(groups[1], { groupId: 'b', protocolType: 'consumer', state: 'Stable', type: 'classic' });
  const sent = v5.broker.requests(ApiKey.ListGroups)[0]!.body as ListGroupsRequest;
  t.same([sent.statesFilter, sent.typesFilter], [['Stable'], ['Classic']]);

  const v4 = await setup(t, { ranges: { [ApiKey.ListGroups]: [0, 4] }, handlers: { [ApiKey.ListGroups]: (_body: ListGroupsRequest, version: number) => ({ throttleTimeMs: 0, errorCode: 0, groups: listed(version) }) } });
  t.same(await v4.admin.listGroups({ types: ['consumer'] }), [], 'every group is classic before v5');
  t.equal(v4.broker.requests(ApiKey.ListGroups).length, 0);
  t.equal((await v4.admin.listGroups({ types: ['classic'] }))[1]!.type, null);

  const v3 = await setup(t, { ranges: { [ApiKey.ListGroups]: [0, 3] }, handlers: {} });
  await t.rejects(v3.admin.listGroups({ states: ['Empty'] }), { code: ErrorCode.UNSUPPORTED_VERSION, message: /cannot filter groups by state/ });
});

t.test('listGroups retries a loading coordinator and throws other errors', async (t) => {
  let calls = 0;
  const loading = await setup(t, { handlers: { [ApiKey.ListGroups]: () => ({ throttleTimeMs: 0, errorCode: ++calls < 3 ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : 0, groups: [] }) } });
  t.same(await loading.admin.listGroups(), []);
  t.equal(calls, 3);
  const refused = await setup(t, { handlers: { [ApiKey.ListGroups]: () => ({ throttleTimeMs: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, groups: [] }) } });
  await t.rejects(refused.admin.listGroups(), { code: ErrorCode.CLUSTER_AUTHORIZATION_FAILED });
});

t.test('deleteGroups: per-group errors are results, in the order asked', async (t) => {
  const { admin } = await setup(t, {
    handlers: { [ApiKey.DeleteGroups]: (body: DeleteGroupsRequest) => ({ throttleTimeMs: 0, results: body.groupsNames.map((g) => ({ groupId: g, errorCode: g === 'busy' ? ErrorCode.NON_EMPTY_GROUP : 0 })) }) },
  });
  const results = await admin.deleteGroups(['idle', 'busy']);
  t.same(results.map((r) => [r.groupId, r.error?.name ?? null]), [['idle', null], ['busy', 'NON_EMPTY_GROUP']]);
  t.equal(results[1]!.error!.message, 'The group is not empty.', "Kafka's own message");
});

t.test('offsetDelete returns the group error and each partition error', async (t) => {
  const { admin } = await setup(t, {
    handlers: {
      [ApiKey.OffsetDelete]: () => ({ errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, throttleTimeMs: 0, topics: [{ name: 't', partitions: [{ partitionIndex: 1, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC }, { partitionIndex: 0, errorCode: 0 }] }] }),
    },
  });
  const r = await admin.offsetDelete('g', [{ topic: 't', partition: 0 }, { topic: 't', partition: 1 }]);
  t.equal(r.error!.code, ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC);
  t.same(r.partitions.map((p) => [p.partition, p.error?.code ?? 0]), [[0, 0], [1, ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC]]);
});

t.test('a coordinator that never appears fails the call at its deadline', async (t) => {
  const script: FakeBrokerScript = { handlers: {} };
  const { broker, admin } = await setup(t, script, 300);
  script.handlers![ApiKey.FindCoordinator] = coordinatorIsHere(broker.port, ErrorCode.COORDINATOR_NOT_AVAILABLE);
  const started = Date.now();
  await t.rejects(admin.findCoordinator('g'), { code: ErrorCode.COORDINATOR_NOT_AVAILABLE });
  t.ok(Date.now() - started < 2_000);
  t.ok(broker.requests(ApiKey.FindCoordinator).length >= 2, 'retried before giving up');
});

t.test('FindCoordinator errors that retrying cannot fix are thrown at once', async (t) => {
  const script: FakeBrokerScript = { handlers: {} };
  const { broker, admin } = await setup(t, script);
  script.handlers![ApiKey.FindCoordinator] = coordinatorIsHere(broker.port, ErrorCode.GROUP_AUTHORIZATION_FAILED);
  await t.rejects(admin.findCoordinator('g'), { code: ErrorCode.GROUP_AUTHORIZATION_FAILED, message: /group 'g'/ });
  t.equal(broker.requests(ApiKey.FindCoordinator).length, 1);
});
