// The KIP-848 coordinator of one shard, driven by simulated members over an in-memory log: no
// partition is ever owned by two members, groups converge to a balanced stable assignment, every
// write is replayable (a reload rebuilds the same group), and Kafka's errors come back with
// Kafka's messages.
import { createHash } from 'node:crypto';
import t, { type Test } from 'tap';
import fc from 'fast-check';
import { pino } from 'pino';
import { GroupCoordinatorShard } from '../../src/group/groupCoordinatorShard.js';
import { ConsumerGroupCoordinator, validateHeartbeat, configuredAssignors, type ConsumerGroupConfig } from '../../src/group/consumerGroupCoordinator.js';
import { decodeGroupRecord, encodeGroupRecord, type EncodedGroupRecord, type GroupRecord } from '../../src/group/groupRecord.js';
import { assignmentFromTopicPartitions, assignmentSize, topicPartitionsOf, type Assignment } from '../../src/group/assignment.js';
import { MetadataImage, type PartitionImage, type TopicImage } from '../../src/metadata/metadataImage.js';
import { ErrorCode, KafkaError } from '../../src/protocol/kafkaErrors.js';
import { ClassicGroup } from '../../src/group/classicGroup.js';
import type { ConsumerGroup } from '../../src/group/consumerGroup.js';
import { MemberState } from '../../src/group/consumerGroupMember.js';
import type { ConsumerGroupHeartbeatRequest } from '../../src/protocol/generated/messages/ConsumerGroupHeartbeatRequest.js';
import type { ConsumerGroupHeartbeatResponse } from '../../src/protocol/generated/messages/ConsumerGroupHeartbeatResponse.js';
import { heartbeatRequest, type HeartbeatFields } from '../helpers/rawConsumerGroups.js';

const logger = pino({ level: 'silent' });
const GROUP = 'g';
const CLIENT = { apiVersion: 1, clientId: 'sim', clientHost: '/127.0.0.1' };

/** A topic id in Kafka's printed Uuid form (what the record codec accepts), derived from the name. */
function idOf(name: string): string {
  return createHash('md5').update(name).digest('base64url');
}

function topic(name: string, partitions: number): TopicImage {
  const parts = new Map<number, PartitionImage>();
  for (let p = 0; p < partitions; p++) {
    parts.set(p, { partitionId: p, replicas: [1], isr: [1], addingReplicas: [], removingReplicas: [], leader: 1, leaderEpoch: 0, partitionEpoch: 0 });
  }
  return { name, id: idOf(name), partitions: parts };
}

function image(topics: Record<string, number>): MetadataImage {
  const list = Object.entries(topics).map(([name, n]) => topic(name, n));
  return new MetadataImage(1, new Map(list.map((x) => [x.name, x])), new Map(list.map((x) => [x.id, x])), new Map(), new Map(), 0n, new Map());
}

/** A shard with its coordinator over an in-memory __consumer_offsets partition (records go through the codec). */
class Harness {
  readonly shard = new GroupCoordinatorShard(0, logger);
  readonly log: EncodedGroupRecord[] = [];
  currentImage: MetadataImage;
  failWrites = false;
  readonly coordinator: ConsumerGroupCoordinator;
  readonly retired: ClassicGroup[] = [];

  constructor(topics: Record<string, number>, config: Partial<ConsumerGroupConfig> = {}) {
    this.currentImage = image(topics);
    this.shard.finishLoad();
    this.coordinator = new ConsumerGroupCoordinator(
      this.shard,
      { consumerSessionTimeoutMs: 60_000, consumerHeartbeatIntervalMs: 5000, consumerMaxSize: 1000, consumerAssignors: ['uniform', 'range'], ...config },
      async (records: readonly GroupRecord[]) => {
        if (this.failWrites) throw new KafkaError(ErrorCode.NOT_COORDINATOR, 'simulated write failure');
        for (const r of records) this.log.push(encodeGroupRecord(r));
      },
      () => this.currentImage,
      (g) => this.retired.push(g),
      logger,
    );
  }

  get group(): ConsumerGroup | undefined {
    return this.shard.consumerGroups.get(GROUP);
  }

  /** A fresh shard loaded from the log, as a restarted coordinator would. */
  reload(): GroupCoordinatorShard {
    const shard = new GroupCoordinatorShard(0, logger);
    for (const r of this.log) shard.replay(decodeGroupRecord(r.key, r.value)!);
    shard.finishLoad();
    return shard;
  }

  async send(req: Omit<HeartbeatFields, 'groupId'>, apiVersion = 1): Promise<ConsumerGroupHeartbeatResponse> {
    const full = heartbeatRequest({ groupId: GROUP, ...req });
    validateHeartbeat(full, apiVersion, this.coordinator.supportedAssignors);
    return this.coordinator.heartbeat(full, { ...CLIENT, apiVersion });
  }
}

/** A well-behaved KIP-848 client: it applies each assignment at once and reports what it owns. */
class Member {
  epoch = 0;
  owned: Assignment = new Map();

  constructor(
    private readonly h: Harness,
    readonly id: string,
    private readonly topics: string[],
    /** Fields sent in every heartbeat (instance id, assignor, regex). */
    public extra: Partial<ConsumerGroupHeartbeatRequest> = {},
  ) {}

  async heartbeat(): Promise<ConsumerGroupHeartbeatResponse> {
    const joining = this.epoch === 0;
    const res = await this.h.send({
      ...this.extra,
      memberId: this.id,
      memberEpoch: this.epoch,
      rebalanceTimeoutMs: joining ? 60_000 : -1,
      subscribedTopicNames: joining ? this.topics : null,
      topicPartitions: joining ? [] : topicPartitionsOf(this.owned),
    });
    if (res.errorCode === ErrorCode.FENCED_MEMBER_EPOCH || res.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) {
      this.epoch = 0;
      this.owned = new Map();
    } else if (res.errorCode === ErrorCode.NONE) {
      this.epoch = res.memberEpoch;
      if (res.assignment) this.owned = assignmentFromTopicPartitions(res.assignment.topicPartitions);
    }
    return res;
  }

  async leave(): Promise<ConsumerGroupHeartbeatResponse> {
    const res = await this.h.send({ memberId: this.id, memberEpoch: -1 });
    this.epoch = 0;
    this.owned = new Map();
    return res;
  }
}

/** Partitions owned by two members at once, as "topicId-p by a and b". */
function doubleOwned(members: readonly Member[]): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const m of members) {
    for (const [tp, parts] of m.owned) {
      for (const p of parts) {
        const key = `${tp}-${p}`;
        if (owner.has(key)) out.push(`${key} by ${owner.get(key)} and ${m.id}`);
        owner.set(key, m.id);
      }
    }
  }
  return out;
}

/** Heartbeats every member round after round until the group is stable and every member is at its target. */
async function converge(h: Harness, members: readonly Member[], maxRounds = 20): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    for (const m of members) {
      await m.heartbeat();
      const twice = doubleOwned(members);
      if (twice.length > 0) throw new Error(`owned twice: ${twice.join('; ')}`);
    }
    const g = h.group;
    if (g?.is('Stable') && members.every((m) => m.epoch === g.assignmentEpoch)) return round;
  }
  throw new Error(`no convergence: state ${h.group?.state}`);
}

function ownedCount(m: Member): number {
  return assignmentSize(m.owned);
}

/** Group state a reload must reproduce. */
function snapshot(g: ConsumerGroup | undefined): unknown {
  if (!g) return null;
  const norm = (a: Assignment) => topicPartitionsOf(a);
  return {
    state: g.state,
    groupEpoch: g.groupEpoch,
    assignmentEpoch: g.assignmentEpoch,
    metadata: [...g.subscriptionMetadata.values()],
    members: [...g.members.values()]
      .sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
      .map((m) => ({ ...m, assignedPartitions: norm(m.assignedPartitions), partitionsPendingRevocation: norm(m.partitionsPendingRevocation) })),
    targets: [...g.targetAssignment].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, a]) => [id, norm(a)]),
  };
}

function harness(t: Test, topics: Record<string, number>, config: Partial<ConsumerGroupConfig> = {}): Harness {
  const h = new Harness(topics, config);
  t.teardown(() => h.coordinator.shutdown());
  return h;
}

t.test('random joins, heartbeats, leaves and partition growth: never owned twice, converges balanced, replayable', async (t) => {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('heartbeat' as const), member: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ kind: fc.constant('heartbeat' as const), member: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ kind: fc.constant('leave' as const), member: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ kind: fc.constant('grow' as const), by: fc.integer({ min: 1, max: 3 }) }),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
      const h = new Harness({ a: 3, b: 4 });
      try {
        const members = Array.from({ length: 5 }, (_, i) => new Member(h, `member-${i}`, ['a', 'b']));
        const sizes = { a: 3, b: 4 };
        for (const o of ops) {
          if (o.kind === 'heartbeat') await members[o.member].heartbeat();
          else if (o.kind === 'leave') {
            if (members[o.member].epoch > 0) await members[o.member].leave();
          } else {
            sizes.a += o.by;
            h.currentImage = image(sizes);
          }
          const twice = doubleOwned(members);
          if (twice.length > 0) throw new Error(`owned twice: ${twice.join('; ')}`);
        }
        const active = members.filter((m) => m.epoch > 0);
        if (active.length === 0) return;
        await converge(h, active);
        const total = sizes.a + sizes.b;
        const counts = active.map(ownedCount);
        if (counts.reduce((x, y) => x + y, 0) !== total) throw new Error(`owned ${counts} of ${total}`);
        if (Math.max(...counts) - Math.min(...counts) > 1) throw new Error(`unbalanced ${counts}`);
        const reloaded = snapshot(h.reload().consumerGroups.get(GROUP));
        t.same(reloaded, snapshot(h.group));
      } finally {
        h.coordinator.shutdown();
      }
    }),
    { numRuns: 200 },
  );
});

t.test('a join and a rebalance, step by step: epochs, revocation first, then assignment', async (t) => {
  const h = harness(t, { a: 6 });
  const a = new Member(h, 'A', ['a']);
  const b = new Member(h, 'B', ['a']);
  let res = await a.heartbeat();
  t.match(res, { errorCode: 0, memberId: 'A', memberEpoch: 1, heartbeatIntervalMs: 5000 });
  t.equal(ownedCount(a), 6);
  t.equal(h.group?.state, 'Stable');

  res = await b.heartbeat();
  t.equal(res.memberEpoch, 2, 'B joins at the new group epoch');
  t.same(res.assignment?.topicPartitions, [], 'but every partition is still owned by A');
  t.equal(h.group?.state, 'Reconciling');

  res = await a.heartbeat();
  t.equal(res.memberEpoch, 1, 'A stays in epoch 1 while it revokes');
  t.equal(ownedCount(a), 3);
  res = await b.heartbeat();
  t.same(res.assignment, null, 'B gets nothing until A acknowledges');
  t.equal(ownedCount(b), 0);
  res = await a.heartbeat();
  t.equal(res.memberEpoch, 2, 'A acknowledged: epoch 2');
  t.same(res.assignment, null, 'its assignment did not change');
  res = await b.heartbeat();
  t.equal(ownedCount(b), 3, 'B takes the released partitions');
  t.equal(h.group?.state, 'Stable');
  t.same(doubleOwned([a, b]), []);

  res = await a.heartbeat();
  t.same(res.assignment, null, 'an ordinary heartbeat carries no assignment');
  res = await h.send({ memberId: 'A', memberEpoch: 2, rebalanceTimeoutMs: 60_000, subscribedTopicNames: ['a'], topicPartitions: topicPartitionsOf(a.owned) });
  t.same(assignmentSize(assignmentFromTopicPartitions(res.assignment?.topicPartitions)), 3, 'a full request gets its assignment again');

  const d = h.coordinator.describe(GROUP);
  t.match(d, { errorCode: 0, groupState: 'Stable', groupEpoch: 2, assignmentEpoch: 2, assignorName: 'uniform' });
  t.same(d.members.map((m) => [m.memberId, m.memberEpoch, m.assignment.topicPartitions[0].topicName]).sort(), [['A', 2, 'a'], ['B', 2, 'a']]);
  t.same(snapshot(h.reload().consumerGroups.get(GROUP)), snapshot(h.group), 'the log rebuilds the group');
});

t.test('leaving: the partitions go to the others, the group epoch is bumped; the last one leaves an Empty group', async (t) => {
  const h = harness(t, { a: 4 });
  const members = [new Member(h, 'A', ['a']), new Member(h, 'B', ['a'])];
  await converge(h, members);
  const epoch = h.group!.groupEpoch;
  const res = await members[0].leave();
  t.match(res, { errorCode: 0, memberId: 'A', memberEpoch: -1 });
  t.equal(h.group!.groupEpoch, epoch + 1);
  await converge(h, [members[1]]);
  t.equal(ownedCount(members[1]), 4);
  await members[1].leave();
  t.equal(h.group?.state, 'Empty');
  t.equal(h.group?.members.size, 0);
  t.match(await h.send({ memberId: 'B', memberEpoch: 3 }), { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, errorMessage: `Member B is not a member of group ${GROUP}.` });
});

t.test('member epochs: ahead or behind is FENCED_MEMBER_EPOCH, the previous epoch with a subset is accepted', async (t) => {
  const h = harness(t, { a: 4 });
  const a = new Member(h, 'A', ['a']);
  await converge(h, [a]);
  const b = new Member(h, 'B', ['a']);
  await converge(h, [a, b]);
  const m = h.group!.members.get('A')!;
  t.ok(m.previousMemberEpoch < m.memberEpoch);
  let res = await h.send({ memberId: 'A', memberEpoch: m.memberEpoch + 1, topicPartitions: [] });
  t.match(res, {
    errorCode: ErrorCode.FENCED_MEMBER_EPOCH,
    errorMessage: `The consumer group member has a greater member epoch (${m.memberEpoch + 1}) than the one known by the group coordinator (${m.memberEpoch}). The member must abandon all its partitions and rejoin.`,
  });
  res = await h.send({ memberId: 'A', memberEpoch: m.previousMemberEpoch, topicPartitions: topicPartitionsOf(a.owned) });
  t.equal(res.errorCode, ErrorCode.NONE, 'the previous epoch, owning a subset: the bump was lost');
  t.equal(res.memberEpoch, m.memberEpoch);
  res = await h.send({ memberId: 'A', memberEpoch: m.previousMemberEpoch, topicPartitions: [{ topicId: idOf('a'), partitions: [0, 1, 2, 3] }] });
  t.equal(res.errorCode, ErrorCode.FENCED_MEMBER_EPOCH, 'the previous epoch owning more than assigned');
  res = await h.send({ memberId: 'A', memberEpoch: m.previousMemberEpoch, topicPartitions: null });
  t.equal(res.errorCode, ErrorCode.FENCED_MEMBER_EPOCH, 'the previous epoch without owned partitions');
  t.equal(h.group!.members.get('A')!.memberEpoch, m.memberEpoch, 'errors change nothing');
});

t.test("Kafka's request validation, with Kafka's messages", async (t) => {
  const assignors = configuredAssignors({ consumerSessionTimeoutMs: 1, consumerHeartbeatIntervalMs: 1, consumerMaxSize: 1, consumerAssignors: ['uniform', 'range'] });
  const join: ConsumerGroupHeartbeatRequest = {
    groupId: 'g', memberId: 'm', memberEpoch: 0, instanceId: null, rackId: null, rebalanceTimeoutMs: 1000,
    subscribedTopicNames: ['t'], subscribedTopicRegex: null, serverAssignor: null, topicPartitions: [],
  };
  const cases: Array<[string, Partial<ConsumerGroupHeartbeatRequest>, number, number, string]> = [
    ['empty member id (v1)', { memberId: '' }, 1, ErrorCode.INVALID_REQUEST, "MemberId can't be empty."],
    ['empty member id on a heartbeat (v0)', { memberId: '', memberEpoch: 3 }, 0, ErrorCode.INVALID_REQUEST, "MemberId can't be empty."],
    ['empty group id', { groupId: '' }, 1, ErrorCode.INVALID_REQUEST, "GroupId can't be empty."],
    ['empty instance id', { instanceId: '' }, 1, ErrorCode.INVALID_REQUEST, "InstanceId can't be empty."],
    ['empty rack id', { rackId: '' }, 1, ErrorCode.INVALID_REQUEST, "RackId can't be empty."],
    ['join without rebalance timeout', { rebalanceTimeoutMs: -1 }, 1, ErrorCode.INVALID_REQUEST, 'RebalanceTimeoutMs must be provided in first request.'],
    ['join owning partitions', { topicPartitions: [{ topicId: 'x', partitions: [0] }] }, 1, ErrorCode.INVALID_REQUEST, 'TopicPartitions must be empty when (re-)joining.'],
    ['join with null owned partitions', { topicPartitions: null }, 1, ErrorCode.INVALID_REQUEST, 'TopicPartitions must be empty when (re-)joining.'],
    ['join without a subscription', { subscribedTopicNames: null }, 1, ErrorCode.INVALID_REQUEST, 'Either SubscribedTopicNames or SubscribedTopicRegex must be non-null when (re-)joining.'],
    ['static leave without instance id', { memberEpoch: -2 }, 1, ErrorCode.INVALID_REQUEST, "InstanceId can't be null."],
    ['epoch below -2', { memberEpoch: -3 }, 1, ErrorCode.INVALID_REQUEST, 'MemberEpoch is invalid.'],
    ['unknown assignor', { serverAssignor: 'sticky' }, 1, ErrorCode.UNSUPPORTED_ASSIGNOR, 'ServerAssignor sticky is not supported. Supported assignors: uniform, range.'],
  ];
  for (const [what, change, version, code, message] of cases) {
    t.throws(() => validateHeartbeat({ ...join, ...change }, version, assignors), { code, message }, what);
  }
  t.throws(() => validateHeartbeat({ ...join, subscribedTopicRegex: '(' }, 1, assignors), { code: ErrorCode.INVALID_REGULAR_EXPRESSION }, 'a broken regex');
  t.doesNotThrow(() => validateHeartbeat({ ...join, memberId: '' }, 0, assignors), 'v0 joins may let the coordinator name the member');
  t.doesNotThrow(() => validateHeartbeat({ ...join, subscribedTopicNames: [], subscribedTopicRegex: '' }, 1, assignors), "librdkafka's join: names and an empty regex");
  t.throws(() => configuredAssignors({ consumerSessionTimeoutMs: 1, consumerHeartbeatIntervalMs: 1, consumerMaxSize: 1, consumerAssignors: ['sticky'] }), /unknown server assignor/);
});

t.test('a v0 join without a member id gets one from the coordinator', async (t) => {
  const h = harness(t, { a: 2 });
  const res = await h.send({ memberId: '', memberEpoch: 0, rebalanceTimeoutMs: 1000, subscribedTopicNames: ['a'], topicPartitions: [] }, 0);
  t.equal(res.errorCode, 0);
  t.match(res.memberId, /^[A-Za-z0-9_-]{22}$/);
  t.ok(h.group!.members.has(res.memberId!));
});

t.test('group errors: not found, a classic group with members, the size limit', async (t) => {
  const h = harness(t, { a: 2 }, { consumerMaxSize: 2 });
  t.match(await h.send({ memberId: 'x', memberEpoch: 4 }), { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: `Consumer group ${GROUP} not found.` });
  t.match(h.coordinator.describe(GROUP), { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: `Group ${GROUP} not found.` });

  const classic = new ClassicGroup('classic-busy');
  classic.state = 'Stable';
  h.shard.groups.set('classic-busy', classic);
  const res = await h.coordinator.heartbeat(
    { groupId: 'classic-busy', memberId: 'm', memberEpoch: 0, instanceId: null, rackId: null, rebalanceTimeoutMs: 1000, subscribedTopicNames: ['a'], subscribedTopicRegex: null, serverAssignor: null, topicPartitions: [] },
    CLIENT,
  );
  t.match(res, { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: 'Group classic-busy is not a consumer group.' });
  t.match(h.coordinator.describe('classic-busy'), { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: 'Group classic-busy is not a consumer group.' });

  const full = [new Member(h, 'A', ['a']), new Member(h, 'B', ['a'])];
  await converge(h, full);
  t.match(await new Member(h, 'C', ['a']).heartbeat(), { errorCode: ErrorCode.GROUP_MAX_SIZE_REACHED, errorMessage: 'The consumer group has reached its maximum capacity of 2 members.' });
  t.equal((await full[0].heartbeat()).errorCode, ErrorCode.NONE, 'the members of a full group go on');
});

t.test('an empty classic group (offsets only) gives way to a consumer group; its offsets stay', async (t) => {
  const h = harness(t, { a: 2 });
  h.shard.offsets.put(GROUP, 'a', 0, { offset: 5n, leaderEpoch: -1, metadata: '', commitTimestampMs: 1, expireTimestampMs: null });
  const classic = new ClassicGroup(GROUP);
  h.shard.groups.set(GROUP, classic);
  const a = new Member(h, 'A', ['a']);
  t.equal((await a.heartbeat()).errorCode, ErrorCode.NONE);
  t.notOk(h.shard.groups.has(GROUP), 'the classic group is gone');
  t.same(h.retired, [classic], 'and its timers stopped');
  t.equal(h.group?.state, 'Stable');
  t.equal(h.shard.offsets.get(GROUP, 'a', 0)?.offset, 5n);
  const first = decodeGroupRecord(h.log[0].key, h.log[0].value);
  t.match(first, { kind: 'GroupMetadata', value: null }, 'a classic tombstone is written first, so a reload agrees');
  t.same(snapshot(h.reload().consumerGroups.get(GROUP)), snapshot(h.group));
  t.notOk(h.reload().groups.has(GROUP));
});

t.test('a failed write changes nothing and answers the write error', async (t) => {
  const h = harness(t, { a: 2 });
  const a = new Member(h, 'A', ['a']);
  await converge(h, [a]);
  const before = snapshot(h.group);
  h.failWrites = true;
  const res = await new Member(h, 'B', ['a']).heartbeat();
  t.match(res, { errorCode: ErrorCode.NOT_COORDINATOR, errorMessage: 'simulated write failure' });
  t.same(snapshot(h.group), before);
  t.equal((await a.leave()).errorCode, ErrorCode.NOT_COORDINATOR);
  t.same(snapshot(h.group), before);
  h.failWrites = false;
  t.equal((await new Member(h, 'B', ['a']).heartbeat()).errorCode, ErrorCode.NONE);
});

t.test('subscriptions: a change bumps the epoch, a regex follows topics as they appear, new partitions are assigned', async (t) => {
  const h = harness(t, { 'rx-1': 2, other: 3 });
  const a = new Member(h, 'A', [], { subscribedTopicRegex: 'rx-.*' });
  await converge(h, [a]);
  t.same([...a.owned.keys()], [idOf('rx-1')], 'the regex matches whole names only');
  const epoch = h.group!.groupEpoch;
  h.currentImage = image({ 'rx-1': 2, other: 3, 'rx-2': 1 });
  await converge(h, [a]);
  t.equal(h.group!.groupEpoch, epoch + 1, 'a new matching topic bumps the group epoch');
  t.same([...a.owned.keys()].sort(), [idOf('rx-1'), idOf('rx-2')].sort());
  h.currentImage = image({ 'rx-1': 4, other: 3, 'rx-2': 1 });
  await converge(h, [a]);
  t.equal(ownedCount(a), 5, 'added partitions are assigned');
  const res = await h.send({ memberId: 'A', memberEpoch: a.epoch, subscribedTopicNames: ['other'], subscribedTopicRegex: '', topicPartitions: topicPartitionsOf(a.owned) });
  t.equal(res.errorCode, 0);
  a.epoch = res.memberEpoch;
  if (res.assignment) a.owned = assignmentFromTopicPartitions(res.assignment.topicPartitions);
  a.extra = {};
  await converge(h, [a]);
  t.same([...a.owned.keys()], [idOf('other')], 'a new subscription replaces the old one');
});

t.test('the server assignor most members ask for is used; describe names it', async (t) => {
  const h = harness(t, { a: 4, b: 4 });
  const members = ['A', 'B'].map((id) => new Member(h, id, ['a', 'b'], { serverAssignor: 'range' }));
  await converge(h, members);
  t.equal(h.coordinator.describe(GROUP).assignorName, 'range');
  const numbers = (m: Member, name: string): number[] => [...(m.owned.get(idOf(name)) ?? [])].sort((x, y) => x - y);
  t.same(members.map((m) => [numbers(m, 'a'), numbers(m, 'b')]), [[[0, 1], [0, 1]], [[2, 3], [2, 3]]], 'range co-partitions');
});

t.test('static members: a temporary leave keeps the partitions for the next incarnation', async (t) => {
  const h = harness(t, { a: 4 });
  const s1 = new Member(h, 'S1', ['a'], { instanceId: 'inst-1' });
  const d = new Member(h, 'D', ['a']);
  await converge(h, [s1, d]);
  const held = topicPartitionsOf(s1.owned);
  const epoch = h.group!.groupEpoch;

  t.match(await h.send({ memberId: 'S1-imposter', memberEpoch: 5, instanceId: 'inst-1' }), {
    errorCode: ErrorCode.FENCED_INSTANCE_ID,
    errorMessage: 'Static member S1-imposter with instance id inst-1 was fenced by member S1.',
  });
  t.match(await h.send({ memberId: 'S9', memberEpoch: 5, instanceId: 'inst-9' }), { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, errorMessage: 'Instance id inst-9 is unknown.' });
  const early = new Member(h, 'S1-next', ['a'], { instanceId: 'inst-1' });
  t.match(await early.heartbeat(), {
    errorCode: ErrorCode.UNRELEASED_INSTANCE_ID,
    errorMessage: 'Static member S1-next with instance id inst-1 cannot join the group because the instance id is owned by S1 member.',
  });

  t.match(await h.send({ memberId: 'S1', memberEpoch: -2, instanceId: 'inst-1' }), { errorCode: 0, memberId: 'S1', memberEpoch: -2 });
  t.equal(h.group!.groupEpoch, epoch, 'a temporary leave does not rebalance');
  await d.heartbeat();
  t.equal(ownedCount(d), 2, 'the other member does not take the partitions');

  const res = await early.heartbeat();
  t.equal(res.errorCode, 0);
  t.same(res.assignment?.topicPartitions, held, 'the new incarnation gets the same partitions');
  t.notOk(h.group!.members.has('S1'));
  t.equal(h.group!.staticMembers.get('inst-1'), 'S1-next');
  t.equal(h.group!.groupEpoch, epoch, 'and still no rebalance');
  await converge(h, [early, d]);
  t.same(snapshot(h.reload().consumerGroups.get(GROUP)), snapshot(h.group));
});

t.test('timeouts: a silent member is removed after the session timeout; one that does not revoke, after its rebalance timeout', async (t) => {
  const h = harness(t, { a: 4 }, { consumerSessionTimeoutMs: 150 });
  const a = new Member(h, 'A', ['a']);
  await converge(h, [a]);
  await new Promise((r) => setTimeout(r, 400));
  t.notOk(h.group!.members.has('A'), 'removed after the session timeout');
  t.equal(h.group!.state, 'Empty');

  const h2 = harness(t, { a: 4 });
  const slow = new Member(h2, 'SLOW', ['a'], { rebalanceTimeoutMs: 100 });
  await converge(h2, [slow]);
  await h2.send({ memberId: 'SLOW', memberEpoch: slow.epoch, rebalanceTimeoutMs: 100, topicPartitions: topicPartitionsOf(slow.owned) });
  const other = new Member(h2, 'OTHER', ['a']);
  await other.heartbeat();
  // SLOW is told to revoke but keeps reporting all its partitions.
  const res = await h2.send({ memberId: 'SLOW', memberEpoch: slow.epoch, topicPartitions: topicPartitionsOf(slow.owned) });
  t.equal(res.errorCode, 0);
  t.equal(h2.group!.members.get('SLOW')!.state, MemberState.UNREVOKED_PARTITIONS);
  await new Promise((r) => setTimeout(r, 300));
  t.notOk(h2.group!.members.has('SLOW'), 'fenced after its rebalance timeout');
  await converge(h2, [other]);
  t.equal(ownedCount(other), 4);
});

t.test('delete: refused while members remain, then tombstones everything with the extra records', async (t) => {
  const h = harness(t, { a: 2 });
  const a = new Member(h, 'A', ['a']);
  await converge(h, [a]);
  t.equal(await h.coordinator.deleteGroup(GROUP, () => []), ErrorCode.NON_EMPTY_GROUP);
  await a.leave();
  h.shard.offsets.put(GROUP, 'a', 1, { offset: 9n, leaderEpoch: -1, metadata: '', commitTimestampMs: 1, expireTimestampMs: null });
  const offsetTombstone: GroupRecord = { kind: 'OffsetCommit', key: { group: GROUP, topic: 'a', partition: 1 }, value: null };
  t.equal(await h.coordinator.deleteGroup(GROUP, () => [offsetTombstone]), ErrorCode.NONE);
  t.notOk(h.group);
  t.notOk(h.shard.offsets.hasOffsets(GROUP));
  t.equal(await h.coordinator.deleteGroup(GROUP, () => []), ErrorCode.GROUP_ID_NOT_FOUND);
  const reloaded = h.reload();
  t.notOk(reloaded.consumerGroups.has(GROUP), 'a reload agrees');
  t.notOk(reloaded.offsets.hasOffsets(GROUP));
});
