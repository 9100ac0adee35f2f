// Leader election in src/raft/: the vote rules a replica applies (durably, before answering), the
// pre-vote that keeps a cut-off replica from disturbing the quorum, check-quorum, graceful
// resignation with EndQuorumEpoch, restarts, observers and a quorum of one.
import t from 'tap';
import { MemoryQuorumStateStore } from '../../src/raft/electionState.js';
import { MemoryRaftLog } from '../../src/raft/memoryRaftLog.js';
import { dataBatch } from '../../src/raft/raftBatches.js';
import { RaftClient } from '../../src/raft/raftClient.js';
import { raftConfig } from '../../src/raft/raftConfig.js';
import { NotLeaderError } from '../../src/raft/raftErrors.js';
import type { RaftRequest, RaftResponse } from '../../src/raft/raftMessage.js';
import { voteRequest } from '../../src/raft/raftRpc.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { VoteResponse } from '../../src/protocol/generated/messages/VoteResponse.js';
import { ManualQuorum } from '../sim/manualQuorum.js';
import { SeededRandom } from '../sim/seededRandom.js';
import { SimStateMachine } from '../sim/simStateMachine.js';

const config = raftConfig({ clusterId: 'cluster-a' });

/** Replica 1 of voters 1, 2, 3, alone: requests are handed to it directly. */
async function lonelyVoter(log = new MemoryRaftLog()) {
  const store = new MemoryQuorumStateStore();
  const sent: RaftRequest[] = [];
  const now = { ms: 0 };
  const client = new RaftClient({
    nodeId: 1,
    voters: [1, 2, 3],
    config,
    log,
    store,
    stateMachine: new SimStateMachine(),
    transport: { send: (_to, _id, request) => sent.push(request) },
    clock: { now: () => now.ms },
    random: new SeededRandom(7),
  });
  await client.initialize();
  return { client, store, sent, now, log };
}

function vote(candidateId: number, epoch: number, last: { offset: number; epoch: number }, preVote = false, overrides: { clusterId?: string | null; voterId?: number; topicName?: string } = {}): RaftRequest {
  const data = voteRequest({ ...config, ...(overrides.topicName === undefined ? {} : { topicName: overrides.topicName }) }, { epoch, candidateId, voterId: overrides.voterId ?? 1, lastOffset: last });
  if (overrides.clusterId !== undefined) data.clusterId = overrides.clusterId;
  return { api: 'Vote', preVote, data };
}

function answer(response: RaftResponse): { topLevel: number; error: number; granted: boolean; epoch: number; leaderId: number } {
  const data = response.data as VoteResponse;
  const p = data.topics[0]?.partitions[0];
  return { topLevel: data.errorCode, error: p?.errorCode ?? -1, granted: p?.voteGranted ?? false, epoch: p?.leaderEpoch ?? -1, leaderId: p?.leaderId ?? -2 };
}

/** A log holding one batch of epoch `epoch` at each offset from 0 to `count` - 1. */
function logWith(epochs: readonly number[]): MemoryRaftLog {
  const log = new MemoryRaftLog();
  epochs.forEach((epoch, offset) => log.appendAsLeader(dataBatch(offset, epoch, [Buffer.from(`r${offset}`)], 0), epoch));
  return log;
}

t.test('a vote is granted once per epoch, to an up-to-date candidate, and stored before the answer', async (t) => {
  const { client, store } = await lonelyVoter(logWith([1, 1, 2]));
  t.equal(client.epoch, 2, 'the log epoch is adopted at start');

  const stale = answer(await client.handleRequest(2, vote(2, 3, { offset: 2, epoch: 2 })));
  t.same([stale.error, stale.granted, stale.epoch], [ErrorCode.NONE, false, 3], 'a shorter log in the same epoch loses, but the epoch moves on');
  t.same(await store.read(), { epoch: 3, leaderId: -1, votedId: -1 });

  const older = answer(await client.handleRequest(3, vote(3, 4, { offset: 9, epoch: 1 })));
  t.notOk(older.granted, 'a longer log of an older epoch is not up to date');

  const granted = answer(await client.handleRequest(2, vote(2, 4, { offset: 3, epoch: 2 })));
  t.ok(granted.granted, 'an equal log is up to date');
  t.same(await store.read(), { epoch: 4, leaderId: -1, votedId: 2 }, 'the vote is durable when the answer leaves');

  t.notOk(answer(await client.handleRequest(3, vote(3, 4, { offset: 10, epoch: 3 }))).granted, 'no second candidate in the same epoch');
  t.ok(answer(await client.handleRequest(2, vote(2, 4, { offset: 3, epoch: 2 }))).granted, 'the same candidate asking again keeps its vote');

  const fenced = answer(await client.handleRequest(3, vote(3, 3, { offset: 10, epoch: 2 })));
  t.same([fenced.error, fenced.granted, fenced.epoch], [ErrorCode.FENCED_LEADER_EPOCH, false, 4], 'an older epoch is fenced');
});

t.test('a pre-vote writes nothing and moves no epoch', async (t) => {
  const { client, store } = await lonelyVoter(logWith([1, 1]));
  const writes = store.writes;
  const preVote = answer(await client.handleRequest(2, vote(2, 1, { offset: 2, epoch: 1 }, true)));
  t.ok(preVote.granted, 'granted: no leader is known and the log is up to date');
  t.equal(client.epoch, 1);
  t.equal(store.writes, writes, 'nothing was written');
  t.notOk(answer(await client.handleRequest(2, vote(2, 1, { offset: 1, epoch: 1 }, true))).granted, 'a shorter log is refused a pre-vote too');
  // A pre-vote may carry the candidate's own epoch as its last epoch; a real vote may not.
  t.equal(answer(await client.handleRequest(2, vote(2, 1, { offset: 2, epoch: 1 }, false))).error, ErrorCode.INVALID_REQUEST);
});

t.test('malformed and misdirected votes are refused', async (t) => {
  const { client } = await lonelyVoter();
  t.equal(answer(await client.handleRequest(2, vote(2, 1, { offset: 0, epoch: 0 }, false, { clusterId: 'cluster-b' }))).topLevel, ErrorCode.INCONSISTENT_CLUSTER_ID);
  t.equal(answer(await client.handleRequest(2, vote(2, 1, { offset: 0, epoch: 0 }, false, { topicName: 'other' }))).topLevel, ErrorCode.INVALID_REQUEST);
  t.equal(answer(await client.handleRequest(2, vote(2, 1, { offset: 0, epoch: 0 }, false, { voterId: 3 }))).error, ErrorCode.INVALID_VOTER_KEY);
  t.equal(answer(await client.handleRequest(2, vote(2, 1, { offset: -1, epoch: 0 }))).error, ErrorCode.INVALID_REQUEST);
  t.equal(answer(await client.handleRequest(2, vote(2, 1, { offset: 0, epoch: 1 }))).error, ErrorCode.INVALID_REQUEST, 'a candidate bumps its epoch past its log');
  t.notOk(answer(await client.handleRequest(9, vote(9, 1, { offset: 0, epoch: 0 }))).granted, 'a replica outside the voters gets no vote');
  t.equal(answer(await client.handleRequest(2, vote(2, 1, { offset: 0, epoch: 0 }, false, { clusterId: null }))).error, ErrorCode.NONE, 'no cluster id is not checked');
});

t.test('a quorum elects one leader, which opens its epoch with a LeaderChangeMessage', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3] });
  await q.startAll();
  const leader = await q.electLeader();
  const epoch = leader.client.epoch;
  t.same(await leader.store.read(), { epoch, leaderId: leader.id, votedId: leader.id });
  for (const node of q.nodes.values()) {
    t.equal(node.client.epoch, epoch);
    t.equal(node.client.leaderId, leader.id);
    t.same(node.stateMachine.leader, { leaderId: leader.id, epoch }, `replica ${node.id}'s state machine was told`);
  }
  t.ok(q.sent.some((m) => m.request.api === 'Vote' && m.request.preVote), 'a pre-vote came first');
  t.ok(q.sent.some((m) => m.request.api === 'BeginQuorumEpoch'), 'the leader announced itself');
  // Offset 0 holds the leader's control batch: committed, never handed to the state machine.
  t.equal(leader.client.highWatermark, 1);
  await leader.client.propose([Buffer.from('a'), Buffer.from('b')]);
  await q.advanceUntil(() => [...q.nodes.values()].every((n) => n.client.highWatermark === 3));
  for (const node of q.nodes.values()) t.same(node.stateMachine.applied.map((b) => b.key), ['a|b'], `replica ${node.id} applied the batch`);
  await t.rejects(q.node(leader.id === 1 ? 2 : 1).client.propose([Buffer.from('x')]), NotLeaderError);
});

t.test('a voter cut off from the quorum does not disturb it: its pre-votes fail and it rejoins', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3] });
  await q.startAll();
  const leader = await q.electLeader();
  const epoch = leader.client.epoch;
  const loner = [...q.nodes.values()].find((n) => n.id !== leader.id)!;
  q.isolate(loner.id);
  await q.advance(10_000, 50);
  t.equal(loner.client.stateName, 'prospective', 'it runs pre-votes');
  t.equal(loner.client.epoch, epoch, 'but never bumps its epoch');
  q.isolate(loner.id, false);
  await q.advanceUntil(() => loner.client.stateName === 'follower', 10_000);
  t.equal(leader.client.stateName, 'leader', 'the leader kept its place');
  t.equal(leader.client.epoch, epoch);
  t.equal(loner.client.leaderId, leader.id);
});

t.test('check-quorum: a leader cut off from the majority resigns; the majority elects another', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3] });
  await q.startAll();
  const old = await q.electLeader();
  const epoch = old.client.epoch;
  q.isolate(old.id);
  // 1.5 x the fetch timeout without fetches from a majority (a parked fetch counts when answered,
  // up to fetchMaxWaitMs after it arrived, as in Kafka).
  await q.advance(3000 + 500 + 50, 50);
  t.not(old.client.stateName, 'leader', 'the cut-off leader stepped down');
  await q.advanceUntil(() => {
    const l = q.leader();
    return l !== null && l.id !== old.id && (l.client.highWatermark ?? 0) > 1;
  });
  const next = q.leader()!;
  t.ok(next.client.epoch > epoch, 'the new leader has a newer epoch');
  q.isolate(old.id, false);
  await q.advanceUntil(() => old.client.stateName === 'follower' && old.client.leaderId === next.id);
  t.equal(old.client.epoch, next.client.epoch);
});

t.test('a graceful resignation hands leadership over at once, to the most caught-up voter first', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3] });
  await q.startAll();
  const old = await q.electLeader();
  const epoch = old.client.epoch;
  const [first, second] = [...q.nodes.values()].filter((n) => n.id !== old.id);
  // The second follower falls behind, so the first is the preferred successor.
  q.link(old.id, second!.id, false);
  await old.client.propose([Buffer.from('only-one-follower-has-this')]);
  await q.advanceUntil(() => first!.log.endOffset === old.log.endOffset);
  q.link(old.id, second!.id, true);
  await old.client.resign();
  t.equal(old.client.stateName, 'resigned');
  t.same(old.stateMachine.leader, { leaderId: -1, epoch }, 'its state machine hears that nobody leads now');
  const start = q.now;
  await q.advanceUntil(() => q.leader() !== null && q.leader()!.client.epoch > epoch, 2000);
  t.equal(q.leader()!.id, first!.id, 'the preferred successor won');
  t.ok(q.now - start < config.electionTimeoutMs, `handed over in ${q.now - start} ms, before any election timeout`);
  t.ok(q.sent.some((m) => m.request.api === 'EndQuorumEpoch'));
});

t.test('restarts: a leader comes back resigned, a voter keeps its vote', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3] });
  await q.startAll();
  const leader = await q.electLeader();
  const epoch = leader.client.epoch;
  q.crash(leader.id);
  await q.start(leader.id);
  t.equal(leader.client.stateName, 'resigned', 'a leader never leads the same epoch twice');
  t.equal(leader.client.epoch, epoch);
  await q.advanceUntil(() => q.leader() !== null && q.leader()!.client.epoch > epoch);

  const { client, store } = await lonelyVoter();
  t.ok(answer(await client.handleRequest(2, vote(2, 5, { offset: 0, epoch: 0 }))).granted);
  const restarted = new RaftClient({
    nodeId: 1,
    voters: [1, 2, 3],
    config,
    log: new MemoryRaftLog(),
    store,
    stateMachine: new SimStateMachine(),
    transport: { send: () => undefined },
    clock: { now: () => 0 },
    random: new SeededRandom(3),
  });
  await restarted.initialize();
  t.equal(restarted.epoch, 5);
  t.notOk(answer(await restarted.handleRequest(3, vote(3, 5, { offset: 0, epoch: 0 }))).granted, 'the vote survived the restart');
  t.ok(answer(await restarted.handleRequest(2, vote(2, 5, { offset: 0, epoch: 0 }))).granted);
});

t.test('an observer follows the leader and learns the high watermark, but never votes', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3], observers: [4] });
  await q.startAll();
  const leader = await q.electLeader();
  await leader.client.propose([Buffer.from('seen-by-all')]);
  const observer = q.node(4);
  await q.advanceUntil(() => observer.client.highWatermark === leader.client.highWatermark && observer.stateMachine.applied.length === 1);
  t.equal(observer.client.stateName, 'follower');
  t.notOk(answer(await observer.client.handleRequest(2, vote(2, leader.client.epoch + 1, { offset: 10, epoch: leader.client.epoch }, false, { voterId: 4 }))).granted);
  const described = await leader.client.describeQuorum();
  const partition = described.topics[0]!.partitions[0]!;
  t.same(partition.currentVoters.map((v) => v.replicaId).sort(), [1, 2, 3]);
  t.same(partition.observers.map((v) => v.replicaId), [4]);
  t.equal(partition.highWatermark, BigInt(leader.client.highWatermark!));
  t.equal((await observer.client.describeQuorum()).topics[0]!.partitions[0]!.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER);
});

t.test('a quorum of one elects itself at start and commits at once', async (t) => {
  const q = new ManualQuorum({ voters: [1] });
  await q.startAll();
  const only = q.node(1);
  t.equal(only.client.stateName, 'leader');
  const last = await only.client.propose([Buffer.from('x')]);
  t.equal(only.client.highWatermark, last.offset + 1);
  t.equal(only.stateMachine.applied.length, 1);
});

t.test('a replica that led, restarted outside the voter set, moves to a later epoch and never runs', async (t) => {
  const store = new MemoryQuorumStateStore();
  await store.write({ epoch: 4, leaderId: 1, votedId: 1 });
  const now = { ms: 0 };
  const sent: RaftRequest[] = [];
  const client = new RaftClient({
    nodeId: 1,
    voters: [2, 3, 4],
    config,
    log: new MemoryRaftLog(),
    store,
    stateMachine: new SimStateMachine(),
    transport: { send: (_to, _id, request) => sent.push(request) },
    clock: { now: () => now.ms },
    random: new SeededRandom(11),
  });
  await client.initialize();
  t.equal(client.stateName, 'resigned');
  now.ms += 2 * config.electionTimeoutMs;
  await client.poll();
  t.equal(client.stateName, 'unattached');
  t.equal(client.epoch, 5);
  now.ms += 10 * config.electionTimeoutMs;
  await client.poll();
  t.notOk(sent.some((r) => r.api === 'Vote'), 'an observer never asks for votes');
  t.ok(sent.some((r) => r.api === 'Fetch'), 'it looks for the leader with fetches instead');
});
