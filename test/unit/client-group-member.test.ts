// GroupMember against a scripted coordinator: KIP-394's member id round trip, the leader's range
// assignment, rejoins after REBALANCE_IN_PROGRESS / ILLEGAL_GENERATION / UNKNOWN_MEMBER_ID,
// coordinator discovery and its retries, commits stamped with the generation, LeaveGroup.
import t from 'tap';
import { KafkaClient } from '../../src/client/kafkaClient.js';
import { GroupCoordinators } from '../../src/client/groupCoordinator.js';
import { DEFAULT_REBALANCE_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, GroupMember, type GroupMemberOptions } from '../../src/client/groupMember.js';
import { KafkaGroupTransport } from '../../src/client/kafkaGroupTransport.js';
import { decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from '../../src/client/consumerProtocol.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { JoinGroupRequest } from '../../src/protocol/generated/messages/JoinGroupRequest.js';
import type { SyncGroupRequest } from '../../src/protocol/generated/messages/SyncGroupRequest.js';
import type { HeartbeatRequest } from '../../src/protocol/generated/messages/HeartbeatRequest.js';
import type { OffsetCommitRequest } from '../../src/protocol/generated/messages/OffsetCommitRequest.js';
import type { LeaveGroupRequest } from '../../src/protocol/generated/messages/LeaveGroupRequest.js';
import { coordinatorIsHere, fakeBroker, type FakeBroker, type FakeBrokerScript, type Handler } from './client-group-fake-broker.js';

interface JoinAnswer {
  errorCode?: number;
  memberId: string;
  generationId?: number;
  leader?: string;
  members?: { memberId: string; metadata: Buffer }[];
}

const joinResponse = (a: JoinAnswer): unknown => ({
  throttleTimeMs: 0,
  errorCode: a.errorCode ?? ErrorCode.NONE,
  generationId: a.generationId ?? -1,
  protocolType: 'consumer',
  protocolName: 'range',
  leader: a.leader ?? '',
  skipAssignment: false,
  memberId: a.memberId,
  members: (a.members ?? []).map((m) => ({ ...m, groupInstanceId: null })),
});

const syncResponse = (assignment: Buffer, errorCode: number = ErrorCode.NONE): unknown => ({ throttleTimeMs: 0, errorCode, protocolType: 'consumer', protocolName: 'range', assignment });
const errorOnly = (errorCode: number): unknown => ({ throttleTimeMs: 0, errorCode });
const subscription = (topics: string[]): Buffer => encodeSubscription({ topics, userData: null, ownedPartitions: [], generationId: -1, rackId: null });

const leaveGroup: Handler = (body: LeaveGroupRequest) => ({ throttleTimeMs: 0, errorCode: 0, members: body.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: 0 })) });

/** A one-member group: every JoinGroup makes `memberId` the leader of generation `generation()`. */
function soloGroup(memberId: string, generation: () => number): Partial<Record<number, Handler>> {
  return {
    [ApiKey.JoinGroup]: (body: JoinGroupRequest) => joinResponse({ memberId, generationId: generation(), leader: memberId, members: [{ memberId, metadata: body.protocols[0]!.metadata }] }),
    [ApiKey.SyncGroup]: (body: SyncGroupRequest) => syncResponse(body.assignments.find((a) => a.memberId === body.memberId)!.assignment),
    [ApiKey.Heartbeat]: () => errorOnly(ErrorCode.NONE),
    [ApiKey.LeaveGroup]: leaveGroup,
  };
}

async function setup(t: { teardown(fn: () => unknown): void }, script: FakeBrokerScript, opts: Partial<GroupMemberOptions> = {}): Promise<{ broker: FakeBroker; member: GroupMember }> {
  const broker = await fakeBroker(script);
  const client = new KafkaClient({ bootstrap: broker.address, clientId: 'unit', retries: 2, retryBackoffMs: 10 });
  const options = { groupId: 'g', topics: ['t'], heartbeatIntervalMs: 1_000, sessionTimeoutMs: 10_000, requestTimeoutMs: 2_000, ...opts };
  const transport = new KafkaGroupTransport(client, new GroupCoordinators(client, { retryBackoffMs: 10, retryBackoffMaxMs: 50 }), 'g', options.requestTimeoutMs, DEFAULT_REBALANCE_TIMEOUT_MS);
  const member = new GroupMember(transport, options);
  t.teardown(async () => {
    await member.leave().catch(() => undefined);
    await client.close();
    await broker.close();
  });
  return { broker, member };
}

async function until(check: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

t.test('KIP-394: the first JoinGroup gets a member id to join with; the leader runs the range assignment', async (t) => {
  const { broker, member } = await setup(t, {
    topics: { t: 5 },
    handlers: {
      [ApiKey.JoinGroup]: (body: JoinGroupRequest) => body.memberId === ''
        ? joinResponse({ errorCode: ErrorCode.MEMBER_ID_REQUIRED, memberId: 'm-1' })
        : joinResponse({ memberId: 'm-1', generationId: 1, leader: 'm-1', members: [{ memberId: 'm-1', metadata: body.protocols[0]!.metadata }, { memberId: 'm-0', metadata: subscription(['t']) }] }),
      [ApiKey.SyncGroup]: (body: SyncGroupRequest) => syncResponse(body.assignments.find((a) => a.memberId === body.memberId)!.assignment),
      [ApiKey.LeaveGroup]: leaveGroup,
    },
  });
  const assigned = await member.join();
  t.same(assigned, [{ topic: 't', partition: 3 }, { topic: 't', partition: 4 }], 'm-1 sorts after m-0 and takes the last two of five');
  t.equal(member.memberId, 'm-1');
  t.equal(member.generationId, 1);
  t.equal(member.needsRejoin, false);

  const joins = broker.requests(ApiKey.JoinGroup).map((r) => r.body as JoinGroupRequest);
  t.same(joins.map((j) => j.memberId), ['', 'm-1']);
  t.equal(joins[1]!.protocolType, 'consumer');
  t.same(joins[1]!.protocols.map((p) => p.name), ['range']);
  t.same(decodeSubscription(joins[1]!.protocols[0]!.metadata).topics, ['t']);

  const sync = broker.requests(ApiKey.SyncGroup)[0]!.body as SyncGroupRequest;
  t.equal(sync.generationId, 1);
  const plan = new Map(sync.assignments.map((a) => [a.memberId, decodeAssignment(a.assignment).map((tp) => tp.partition)]));
  t.same(plan, new Map([['m-1', [3, 4]], ['m-0', [0, 1, 2]]]));
});

t.test('a follower sends no assignments and takes what the leader gave it', async (t) => {
  const { broker, member } = await setup(t, {
    topics: { t: 2 },
    handlers: {
      [ApiKey.JoinGroup]: () => joinResponse({ memberId: 'm-9', generationId: 4, leader: 'm-1' }),
      [ApiKey.SyncGroup]: () => syncResponse(encodeAssignment([{ topic: 't', partition: 1 }])),
      [ApiKey.LeaveGroup]: leaveGroup,
    },
  });
  t.same(await member.join(), [{ topic: 't', partition: 1 }]);
  t.same((broker.requests(ApiKey.SyncGroup)[0]!.body as SyncGroupRequest).assignments, []);
});

t.test('a heartbeat answered REBALANCE_IN_PROGRESS asks for a rejoin that keeps the member id', async (t) => {
  let generation = 1;
  let beats = 0;
  const { broker, member } = await setup(t, {
    topics: { t: 1 },
    handlers: { ...soloGroup('m-1', () => generation), [ApiKey.Heartbeat]: () => errorOnly(++beats < 3 ? ErrorCode.NONE : ErrorCode.REBALANCE_IN_PROGRESS) },
  }, { heartbeatIntervalMs: 20 });
  await member.join();
  await until(() => member.needsRejoin, 'the member needs to rejoin');
  const heartbeats = broker.requests(ApiKey.Heartbeat).map((r) => r.body as HeartbeatRequest);
  t.equal(heartbeats.length, 3, 'heartbeats stop once a rejoin is needed');
  t.same(heartbeats.map((h) => [h.memberId, h.generationId]), [['m-1', 1], ['m-1', 1], ['m-1', 1]]);
  t.equal(member.generationId, 1, 'the generation stays valid for a last commit');

  generation = 2;
  await member.join();
  const rejoin = broker.requests(ApiKey.JoinGroup).at(-1)!.body as JoinGroupRequest;
  t.equal(rejoin.memberId, 'm-1');
  t.equal(rejoin.reason, 'rebalance');
  t.equal(member.generationId, 2);
  t.equal(member.needsRejoin, false);
});

t.test('UNKNOWN_MEMBER_ID on a heartbeat forgets the member id; SyncGroup ILLEGAL_GENERATION rejoins', async (t) => {
  let syncs = 0;
  const { broker, member } = await setup(t, {
    topics: { t: 1 },
    handlers: {
      ...soloGroup('m-1', () => 1),
      [ApiKey.Heartbeat]: () => errorOnly(ErrorCode.UNKNOWN_MEMBER_ID),
      [ApiKey.SyncGroup]: (body: SyncGroupRequest) => (++syncs === 2
        ? syncResponse(Buffer.alloc(0), ErrorCode.ILLEGAL_GENERATION)
        : syncResponse(body.assignments.find((a) => a.memberId === body.memberId)!.assignment)),
    },
  }, { heartbeatIntervalMs: 20 });
  await member.join();
  await until(() => member.needsRejoin, 'the member needs to rejoin');
  t.equal(member.memberId, '');
  t.equal(member.generationId, -1);
  await member.join();
  t.equal(syncs, 3, 'ILLEGAL_GENERATION from SyncGroup led to another join round');
  t.same(broker.requests(ApiKey.JoinGroup).map((r) => (r.body as JoinGroupRequest).memberId), ['', '', 'm-1']);
});

t.test('commits carry the generation and member id; ILLEGAL_GENERATION marks a rejoin and is thrown', async (t) => {
  let answer: number = ErrorCode.NONE;
  const { broker, member } = await setup(t, {
    topics: { t: 1 },
    handlers: {
      ...soloGroup('m-1', () => 7),
      [ApiKey.OffsetCommit]: (body: OffsetCommitRequest) => ({
        throttleTimeMs: 0,
        topics: body.topics.map((tp) => ({ name: tp.name, partitions: tp.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: answer })) })),
      }),
    },
  });
  await member.join();
  await member.commit([{ topic: 't', partition: 0, offset: 42n }]);
  const commit = broker.requests(ApiKey.OffsetCommit)[0]!.body as OffsetCommitRequest;
  t.equal(commit.generationIdOrMemberEpoch, 7);
  t.equal(commit.memberId, 'm-1');
  t.same(commit.topics, [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 42n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' }] }]);

  answer = ErrorCode.ILLEGAL_GENERATION;
  await t.rejects(member.commit([{ topic: 't', partition: 0, offset: 43n }]), { code: ErrorCode.ILLEGAL_GENERATION });
  t.equal(member.needsRejoin, true);
  t.equal(member.generationId, -1);
  const sent = broker.requests(ApiKey.OffsetCommit).length;
  await t.rejects(member.commit([{ topic: 't', partition: 0, offset: 44n }]), { code: ErrorCode.ILLEGAL_GENERATION }, 'no generation, no commit');
  t.equal(broker.requests(ApiKey.OffsetCommit).length, sent, 'nothing was sent without a generation');
});

t.test('coordinator discovery: COORDINATOR_NOT_AVAILABLE is retried, NOT_COORDINATOR finds the coordinator again', async (t) => {
  let finds = 0;
  let joins = 0;
  const script: FakeBrokerScript = { topics: { t: 1 }, handlers: {} };
  const { broker, member } = await setup(t, script);
  const here = coordinatorIsHere(broker.port);
  const notYet = coordinatorIsHere(broker.port, ErrorCode.COORDINATOR_NOT_AVAILABLE);
  const solo = soloGroup('m-1', () => 1);
  Object.assign(script.handlers!, solo, {
    [ApiKey.FindCoordinator]: (body: unknown, version: number) => (++finds === 1 ? notYet(body, version) : here(body, version)),
    [ApiKey.JoinGroup]: (body: JoinGroupRequest, version: number) => (++joins === 1 ? joinResponse({ errorCode: ErrorCode.NOT_COORDINATOR, memberId: '' }) : solo[ApiKey.JoinGroup]!(body, version)),
  });
  await member.join();
  t.equal(finds, 3, 'one refused lookup, one answered, one after NOT_COORDINATOR');
  const lookups = broker.requests(ApiKey.FindCoordinator);
  t.ok(lookups.every((l) => l.version >= 4), 'batched FindCoordinator where the broker has it');
  t.same((lookups[0]!.body as { coordinatorKeys: string[] }).coordinatorKeys, ['g']);
});

t.test('a broker without batched FindCoordinator is asked with the v0-3 key', async (t) => {
  const { broker, member } = await setup(t, { topics: { t: 1 }, ranges: { [ApiKey.FindCoordinator]: [0, 3] }, handlers: soloGroup('m-1', () => 1) });
  await member.join();
  const lookup = broker.requests(ApiKey.FindCoordinator)[0]!;
  t.equal(lookup.version, 3);
  t.equal((lookup.body as { key: string }).key, 'g');
});

t.test('errors that end the membership are thrown, not retried', async (t) => {
  for (const code of [ErrorCode.GROUP_MAX_SIZE_REACHED, ErrorCode.INCONSISTENT_GROUP_PROTOCOL, ErrorCode.INVALID_SESSION_TIMEOUT]) {
    const { broker, member } = await setup(t, { topics: { t: 1 }, handlers: { [ApiKey.JoinGroup]: () => joinResponse({ errorCode: code, memberId: '' }), [ApiKey.LeaveGroup]: leaveGroup } });
    await t.rejects(member.join(), { code }, `error ${code}`);
    t.equal(broker.requests(ApiKey.JoinGroup).length, 1);
  }
});

t.test('a subscription the leader cannot read fails the join', async (t) => {
  const { member } = await setup(t, {
    topics: { t: 1 },
    handlers: {
      [ApiKey.JoinGroup]: (body: JoinGroupRequest) => joinResponse({ memberId: 'm-1', generationId: 1, leader: 'm-1', members: [{ memberId: 'm-1', metadata: body.protocols[0]!.metadata }, { memberId: 'm-2', metadata: Buffer.from([0, 1, 0xff]) }] }),
      [ApiKey.LeaveGroup]: leaveGroup,
    },
  });
  await t.rejects(member.join(), { name: 'ProtocolDecodeError' });
});

t.test('a join waiting on the coordinator can be aborted', async (t) => {
  const { member } = await setup(t, { topics: { t: 1 }, handlers: { [ApiKey.JoinGroup]: () => undefined, [ApiKey.LeaveGroup]: leaveGroup } });
  const stop = new AbortController();
  setTimeout(() => stop.abort(), 100);
  const started = Date.now();
  await t.rejects(member.join(stop.signal), { name: 'AbortError' });
  t.ok(Date.now() - started < 1_500, 'stopped promptly');
});

t.test('leave: LeaveGroup names the member; a static member does not leave', async (t) => {
  const dynamic = await setup(t, { topics: { t: 1 }, handlers: soloGroup('m-1', () => 1) });
  await dynamic.member.join();
  await dynamic.member.leave();
  const leave = dynamic.broker.requests(ApiKey.LeaveGroup)[0]!;
  t.ok(leave.version >= 3);
  t.same((leave.body as LeaveGroupRequest).members.map((m) => m.memberId), ['m-1']);
  t.equal(dynamic.member.memberId, '');
  await t.rejects(dynamic.member.join(), /has left the group/);

  const fixed = await setup(t, { topics: { t: 1 }, handlers: soloGroup('m-2', () => 1) }, { groupInstanceId: 'instance-1' });
  await fixed.member.join();
  t.equal((fixed.broker.requests(ApiKey.JoinGroup)[0]!.body as JoinGroupRequest).groupInstanceId, 'instance-1');
  await fixed.member.leave();
  t.equal(fixed.broker.requests(ApiKey.LeaveGroup).length, 0);
});

t.test('bad options are refused', async (t) => {
  const client = new KafkaClient({ bootstrap: '127.0.0.1:1' });
  const transport = new KafkaGroupTransport(client, new GroupCoordinators(client), 'g', DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_REBALANCE_TIMEOUT_MS);
  t.throws(() => new GroupMember(transport, { groupId: 'g', topics: [] }), RangeError);
  t.throws(() => new GroupMember(transport, { groupId: 'g', topics: ['t'], heartbeatIntervalMs: 5_000, sessionTimeoutMs: 5_000 }), /heartbeat/);
  t.throws(() => new GroupMember(transport, { groupId: 'g', topics: ['t'], assignors: ['sticky-ish'] }), /unknown assignor/);
});
