// Replication in src/raft/: how a leader judges a follower's (fetchOffset, lastFetchedEpoch), where
// a diverging follower truncates, the high watermark rule (a majority, and an entry of the leader's
// own epoch), and a follower refusing answers that contradict what it knows.
import t from 'tap';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { MemoryQuorumStateStore } from '../../src/raft/electionState.js';
import { LeaderState } from '../../src/raft/leaderState.js';
import { MemoryRaftLog } from '../../src/raft/memoryRaftLog.js';
import { dataBatch } from '../../src/raft/raftBatches.js';
import { RaftClient } from '../../src/raft/raftClient.js';
import { raftConfig } from '../../src/raft/raftConfig.js';
import { RaftInvariantError } from '../../src/raft/raftErrors.js';
import { divergenceTruncationOffset, validateFetchPosition } from '../../src/raft/raftLog.js';
import type { RaftRequest } from '../../src/raft/raftMessage.js';
import { beginQuorumEpochRequest, fetchResponse } from '../../src/raft/raftRpc.js';
import { ManualQuorum } from '../sim/manualQuorum.js';
import { SeededRandom } from '../sim/seededRandom.js';
import { SimStateMachine } from '../sim/simStateMachine.js';

/** A log with one single-record batch per entry of `epochs`, values from `prefix`. */
function logWith(epochs: readonly number[], prefix = 'r', into = new MemoryRaftLog()): MemoryRaftLog {
  epochs.forEach((epoch, i) => {
    const offset = into.endOffset;
    into.appendAsLeader(dataBatch(offset, epoch, [Buffer.from(`${prefix}${i}`)], 0), epoch);
  });
  return into;
}

t.test('a leader validates a follower position against its epoch history', async (t) => {
  // Epoch 1 at 0-1, epoch 2 at 2-3, epoch 4 at 4.
  const leader = logWith([1, 1, 2, 2, 4]);
  t.same(leader.endOffsetForEpoch(2), { offset: 4, epoch: 2 });
  t.same(leader.endOffsetForEpoch(3), { offset: 4, epoch: 2 }, 'an epoch the log skipped ends where the next one starts');
  t.same(leader.endOffsetForEpoch(4), { offset: 5, epoch: 4 });
  t.same(leader.endOffsetForEpoch(7), { offset: 5, epoch: 4 }, 'a newer epoch than the log: its end');
  t.same(validateFetchPosition(leader, 5, 4), { kind: 'valid' });
  t.same(validateFetchPosition(leader, 3, 2), { kind: 'valid' }, 'behind, on the same history');
  t.same(validateFetchPosition(leader, 0, 0), { kind: 'valid' }, 'an empty follower');
  t.same(validateFetchPosition(leader, 6, 2), { kind: 'diverging', endOffset: { offset: 4, epoch: 2 } }, 'longer in epoch 2 than the leader');
  t.same(validateFetchPosition(leader, 6, 3), { kind: 'diverging', endOffset: { offset: 4, epoch: 2 } }, 'an epoch the leader never had');
  t.same(validateFetchPosition(leader, 6, 4), { kind: 'diverging', endOffset: { offset: 5, epoch: 4 } }, 'past the leader end');
});

t.test('a diverging follower truncates to where its history and the leader agree', async (t) => {
  // The follower wrote offsets 2-5 in epoch 3, which the leader never had.
  const follower = logWith([1, 1, 3, 3, 3, 3]);
  t.equal(divergenceTruncationOffset(follower, { offset: 4, epoch: 2 }), 2, 'its largest epoch <= 2 is 1, ending at 2');
  t.equal(divergenceTruncationOffset(follower, { offset: 1, epoch: 1 }), 1, 'the leader ends epoch 1 earlier');
  t.equal(divergenceTruncationOffset(follower, { offset: 4, epoch: 3 }), 4, 'the same epoch, ended earlier by the leader');
  follower.truncateTo(2);
  t.equal(follower.endOffset, 2);
  t.equal(follower.lastFetchedEpoch(), 1);
  t.throws(() => follower.truncateTo(-1), RangeError);
});

t.test('a quorum truncates a replica that wrote an uncommitted tail in an old epoch', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3] });
  logWith([1, 1, 2, 2], 'c', q.node(1).log);
  logWith([1, 1, 2, 2], 'c', q.node(2).log);
  // The same first two entries, then a longer tail of epoch 1 that the epoch 1 leader never got
  // committed: replica 3 ends in an older epoch, can never win, and its tail must go.
  logWith([1, 1], 'c', q.node(3).log);
  logWith([1, 1, 1, 1], 'x', q.node(3).log);
  await q.startAll();
  const leader = await q.electLeader();
  t.not(leader.id, 3);
  await leader.client.propose([Buffer.from('new')]);
  const laggard = q.node(3);
  await q.advanceUntil(() => laggard.client.highWatermark === leader.client.highWatermark && laggard.log.endOffset === leader.log.endOffset);
  t.same(laggard.log.read(0, 1 << 20), leader.log.read(0, 1 << 20), 'the logs are identical');
  t.same(
    laggard.stateMachine.applied.map((b) => b.key),
    ['c0', 'c1', 'c2', 'c3', 'new'],
    'only committed records reached its state machine: the old tail was cut',
  );
});

t.test('the high watermark needs a majority and an entry of the leader epoch', async (t) => {
  // Elected in epoch 3 with entries of epoch 2 up to offset 4; its LeaderChangeMessage is at 4.
  const leader = new LeaderState(1, 3, 4, [1, 2, 3], [1, 2], 2000, 0);
  t.notOk(leader.updateLocalEndOffset(4, 0));
  t.notOk(leader.updateReplica(2, 4, 5, 10), 'a majority holds 4, but nothing of epoch 3 yet');
  t.notOk(leader.updateLocalEndOffset(5, 10), 'only the leader holds offset 4');
  t.equal(leader.highWatermark, null);
  t.ok(leader.updateReplica(2, 5, 5, 20), 'a majority now holds the epoch 3 entry');
  t.equal(leader.highWatermark, 5);
  t.notOk(leader.updateReplica(9, 100, 5, 20), 'an observer does not count');
  t.notOk(leader.updateReplica(3, 3, 5, 30), 'a lagging voter does not move it back');
  t.equal(leader.highWatermark, 5);
  t.same(leader.successorsByEndOffset(), [2, 3]);
});

t.test('check-quorum counts the leader and needs fetches from the rest of a majority', async (t) => {
  const leader = new LeaderState(1, 1, 0, [1, 2, 3, 4, 5], [1, 2, 3], 2000, 0);
  t.equal(leader.timeUntilCheckQuorumExpires(0), 3000);
  leader.recordVoterContact(2, 1000);
  t.equal(leader.timeUntilCheckQuorumExpires(1000), 2000, 'one of five is not a majority with the leader');
  leader.recordVoterContact(9, 1500);
  leader.recordVoterContact(3, 2000);
  t.equal(leader.timeUntilCheckQuorumExpires(2000), 3000, 'the leader and two voters are');
  t.equal(leader.timeUntilCheckQuorumExpires(5000), 0);
  t.equal(new LeaderState(1, 1, 0, [1], [1], 2000, 0).timeUntilCheckQuorumExpires(1e9), Infinity, 'a quorum of one never expires');
});

/** Replica 1 following replica 2 in epoch 1; the test answers its fetches by hand. */
async function scriptedFollower() {
  const config = raftConfig();
  const sent: { to: number; correlationId: number; request: RaftRequest }[] = [];
  const log = new MemoryRaftLog();
  const clock = { ms: 0 };
  const client = new RaftClient({
    nodeId: 1,
    voters: [1, 2, 3],
    config,
    log,
    store: new MemoryQuorumStateStore(),
    stateMachine: new SimStateMachine(),
    transport: { send: (to, correlationId, request) => sent.push({ to, correlationId, request }) },
    clock: { now: () => clock.ms },
    random: new SeededRandom(5),
  });
  await client.initialize();
  await client.handleRequest(2, { api: 'BeginQuorumEpoch', data: beginQuorumEpochRequest(config, { leaderId: 2, epoch: 1 }, 1) });
  const nextFetch = async () => {
    await client.poll();
    const fetch = sent.pop();
    if (fetch?.request.api !== 'Fetch') throw new Error(`expected a fetch, got ${fetch?.request.api}`);
    return fetch;
  };
  const answer = (correlationId: number, fields: { records?: Buffer; highWatermark?: number; divergingEpoch?: { offset: number; epoch: number }; errorCode?: number }) =>
    client.handleResponse(2, correlationId, {
      api: 'Fetch',
      data: fetchResponse(config, {
        errorCode: fields.errorCode ?? ErrorCode.NONE,
        current: { leaderId: 2, epoch: 1 },
        highWatermark: fields.highWatermark ?? -1,
        logStartOffset: 0,
        records: fields.records ?? Buffer.alloc(0),
        ...(fields.divergingEpoch === undefined ? {} : { divergingEpoch: fields.divergingEpoch }),
      }),
    });
  return { client, log, clock, sent, nextFetch, answer };
}

t.test('a follower appends what it fetched, learns the high watermark, and refuses contradictions', async (t) => {
  const { client, log, clock, sent, nextFetch, answer } = await scriptedFollower();
  t.equal(client.stateName, 'follower');
  let fetch = await nextFetch();
  const batches = Buffer.concat([dataBatch(0, 1, [Buffer.from('a')], 0), dataBatch(1, 1, [Buffer.from('b'), Buffer.from('c')], 0)]);
  await answer(fetch.correlationId, { records: batches, highWatermark: 2 });
  t.equal(log.endOffset, 3);
  t.equal(log.flushedEndOffset, 3, 'durable before the next fetch reports it');
  t.equal(client.highWatermark, 2);

  fetch = await nextFetch();
  t.equal((fetch.request.data as { topics: { partitions: { fetchOffset: bigint; lastFetchedEpoch: number }[] }[] }).topics[0]!.partitions[0]!.fetchOffset, 3n);
  await answer(fetch.correlationId, { records: dataBatch(7, 1, [Buffer.from('gap')], 0), highWatermark: 3 });
  t.equal(log.endOffset, 3, 'records that do not start at the log end are refused');
  t.equal(client.highWatermark, 2);

  // The refused answer counted as a failure: the next fetch waits out the retry backoff.
  await client.poll();
  t.equal(sent.length, 0, 'no fetch during the retry backoff');
  clock.ms += 100;
  fetch = await nextFetch();
  await t.rejects(answer(fetch.correlationId, { divergingEpoch: { offset: 1, epoch: 1 } }), RaftInvariantError, 'no truncation below the high watermark');
  t.equal(log.endOffset, 3, 'nothing was truncated');
  await answer(fetch.correlationId + 1000, { highWatermark: 3 });
  t.equal(client.highWatermark, 2, 'an answer to no request in flight is dropped');
});
