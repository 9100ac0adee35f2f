// A leader and its followers as Partition objects on real logs, replicating in process the way
// the replica fetchers do over the wire: the high watermark follows the smallest log end in the
// ISR, lagging followers leave the ISR and caught-up ones rejoin, and a follower whose log holds
// an old leader's uncommitted suffix truncates it (diverging epoch) and converges byte for byte.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import t, { type Test } from 'tap';
import { leaderEpochError, Partition, type IsrProposer } from '../../src/log/partition.js';
import { ProducerStateBridge } from '../../src/log/producerStateBridge.js';
import type { PartitionImage } from '../../src/metadata/metadataImage.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { ReplicaState } from '../../src/replication/replicaState.js';
import { Log } from '../../src/storage/log.js';
import { logConfig } from '../../src/storage/logConfig.js';
import { buildBatch } from '../helpers/batch.js';

const logger = pino({ level: 'silent' });
const LAG_MS = 1000;

interface Harness {
  replica(id: number): Partition;
  /** ISR changes the leader proposed, answered as committed unless `refuse` is set. */
  proposals: Array<readonly number[]>;
  refuse: boolean;
  progress: number;
}

function harness(t: Test, ids: number[]): Harness {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-replication-'));
  t.teardown(() => fs.rmSync(root, { recursive: true, force: true }));
  const h: Harness = { replica: () => undefined as never, proposals: [], refuse: false, progress: 0 };
  const replicas = new Map<number, Partition>();
  const propose: IsrProposer = async (p, isr) => {
    h.proposals.push(isr);
    return h.refuse ? null : { isr: [...isr], partitionEpoch: p.partitionEpoch + 1, leaderEpoch: p.leaderEpoch };
  };
  for (const id of ids) {
    const bridge = new ProducerStateBridge(logger);
    const log = Log.open(path.join(root, `n${id}`, 'topic-0'), logConfig({ fileDeleteDelayMs: 0 }), { producerState: bridge });
    t.teardown(() => log.close());
    replicas.set(id, new Partition('topic', 0, 'id', log, bridge.manager, id, logger, { lagTimeMaxMs: LAG_MS, proposeIsr: propose, onProgress: () => h.progress++ }));
  }
  h.replica = (id) => replicas.get(id)!;
  return h;
}

const image = (leader: number, leaderEpoch: number, isr: number[], partitionEpoch: number): PartitionImage => ({
  partitionId: 0,
  replicas: [1, 2, 3],
  isr,
  addingReplicas: [],
  removingReplicas: [],
  leader,
  leaderEpoch,
  partitionEpoch,
});

/** One fetch round: `follower` fetches from `leader` as the replica fetcher would. */
function fetch(leader: Partition, follower: Partition, followerId: number, now: number): void {
  const offset = follower.logEndOffset;
  const code = leader.recordFollowerFetch(followerId, offset, now, follower.logStartOffset);
  if (code !== ErrorCode.NONE) throw new Error(`fetch refused with ${code}`);
  const r = leader.readForFollower(offset, follower.latestLogEpoch, 1 << 20, true);
  if (r.divergingEpoch) follower.truncateToDivergence(r.divergingEpoch.epoch, r.divergingEpoch.endOffset);
  else follower.appendAsFollower(Buffer.concat(r.records), r.highWatermark);
}

const flush = (): Promise<void> => new Promise((r) => setImmediate(r));

t.test('the high watermark is the smallest log end in the ISR and only moves forward', async (t) => {
  const h = harness(t, [1, 2, 3]);
  const [l, f2, f3] = [h.replica(1), h.replica(2), h.replica(3)];
  for (const p of [l, f2, f3]) p.applyImage(image(1, 0, [1, 2, 3], 0), 0);
  t.equal(l.appendRecordsAsLeader(buildBatch({ records: 5 }), 0, null).errorCode, ErrorCode.NONE);
  t.equal(l.highWatermark, 0, 'nothing is committed until the followers fetch');
  fetch(l, f2, 2, 10);
  fetch(l, f2, 2, 20);
  t.equal(l.highWatermark, 0, 'one follower is not the ISR');
  fetch(l, f3, 3, 30);
  t.equal(l.highWatermark, 0, 'a follower that has not asked past the records does not count yet');
  fetch(l, f3, 3, 40);
  t.equal(l.highWatermark, 5, 'both followers have the records');
  fetch(l, f2, 2, 50);
  t.equal(f2.highWatermark, 5, 'a follower takes the leader high watermark');
  t.same(f2.read(0, 1 << 20, true).records, l.read(0, 1 << 20, true).records, 'the copy is byte-identical');
  t.ok(h.progress > 0, 'waiting produces were told');
});

t.test('a lagging follower leaves the ISR, which lets the high watermark move; it rejoins once caught up', async (t) => {
  const h = harness(t, [1, 2, 3]);
  const [l, f2, f3] = [h.replica(1), h.replica(2), h.replica(3)];
  for (const p of [l, f2, f3]) p.applyImage(image(1, 0, [1, 2, 3], 0), 0);
  l.appendRecordsAsLeader(buildBatch({ records: 3 }), 0, null);
  fetch(l, f2, 2, 100);
  fetch(l, f2, 2, 200);
  t.equal(l.highWatermark, 0, 'follower 3 holds it back');
  l.maybeShrinkIsr(LAG_MS - 1);
  t.same(h.proposals, [], 'within the lag time nobody is dropped');
  // Follower 2 was caught up at 200; follower 3 never since the leader took over at 0.
  l.maybeShrinkIsr(LAG_MS + 100);
  t.same(h.proposals, [[1, 2]], 'follower 3 is proposed out of the ISR');
  await flush();
  t.same(l.isr, [1, 2]);
  t.equal(l.highWatermark, 3, 'the smaller ISR commits the records');

  fetch(l, f3, 3, 1150);
  t.same(h.proposals.at(-1), [1, 2], 'a follower behind the high watermark does not rejoin');
  fetch(l, f3, 3, 1200);
  t.same(h.proposals.at(-1), [1, 2, 3], 'a caught-up follower is proposed back');
  await flush();
  t.same(l.isr, [1, 2, 3]);
});

t.test('a refused ISR change leaves the ISR alone and is retried only after a pause', async (t) => {
  const h = harness(t, [1, 2, 3]);
  const l = h.replica(1);
  l.applyImage(image(1, 0, [1, 2, 3], 0), 0);
  h.refuse = true;
  l.maybeShrinkIsr(LAG_MS + 1);
  await flush();
  t.same(l.isr, [1, 2, 3]);
  l.maybeShrinkIsr(LAG_MS + 2);
  t.equal(h.proposals.length, 1, 'no second proposal straight away');
});

t.test('a follower truncates the suffix an old leader wrote in its epoch and converges', async (t) => {
  const h = harness(t, [1, 2, 3]);
  const [a, b] = [h.replica(1), h.replica(2)];
  for (const p of [a, b]) p.applyImage(image(1, 0, [1, 2], 0), 0);
  a.appendRecordsAsLeader(buildBatch({ records: 4 }), 0, null);
  fetch(a, b, 2, 10);
  // A writes more in epoch 0 that B never gets; then B leads in epoch 1 and writes its own.
  a.appendRecordsAsLeader(buildBatch({ records: 6, firstTimestamp: 1_700_000_100_000 }), 0, null);
  for (const p of [a, b]) p.applyImage(image(2, 1, [2], 1), 100);
  t.ok(b.isLeader && !a.isLeader);
  b.appendRecordsAsLeader(buildBatch({ records: 2, firstTimestamp: 1_700_000_200_000 }), 100, null);
  t.equal(a.logEndOffset, 10);
  t.equal(b.logEndOffset, 6);

  fetch(b, a, 1, 110);
  t.equal(a.logEndOffset, 4, 'the diverging suffix (offsets 4-9 of epoch 0) is gone');
  fetch(b, a, 1, 120);
  t.equal(a.logEndOffset, 6, 'then it copies the new leader');
  t.same(Buffer.concat(a.read(0, 1 << 20, true, true).records), Buffer.concat(b.read(0, 1 << 20, true, true).records), 'the logs are byte-identical');
  t.same(a.log.leaderEpochCache.entries(), b.log.leaderEpochCache.entries(), 'and so are their epoch histories');
});

t.test('fetch epochs and replicas the leader does not know are refused', async (t) => {
  const h = harness(t, [1, 2]);
  const l = h.replica(1);
  l.applyImage(image(1, 3, [1, 2, 3], 0), 0);
  t.equal(l.recordFollowerFetch(9, 0, 0), ErrorCode.NOT_LEADER_OR_FOLLOWER, 'broker 9 is no replica');
  t.equal(leaderEpochError(-1, 3), ErrorCode.NONE, 'no epoch: unchecked');
  t.equal(leaderEpochError(3, 3), ErrorCode.NONE);
  t.equal(leaderEpochError(2, 3), ErrorCode.FENCED_LEADER_EPOCH, 'the client is behind');
  t.equal(leaderEpochError(4, 3), ErrorCode.UNKNOWN_LEADER_EPOCH, 'this broker is behind');
});

t.test('ReplicaState: caught up at a fetch of the leader end, or at the previous fetch time', async (t) => {
  const r = new ReplicaState(2, 0);
  r.updateFetchState(10, 10, 100);
  t.equal(r.lastCaughtUpTimeMs, 100);
  r.updateFetchState(10, 15, 200);
  t.equal(r.lastCaughtUpTimeMs, 100, 'behind now, but it had at its previous fetch what the leader had then');
  r.updateFetchState(15, 20, 300);
  t.equal(r.lastCaughtUpTimeMs, 200, 'it has what the leader had at its previous fetch (200)');
  r.updateFetchState(16, 30, 400);
  t.equal(r.lastCaughtUpTimeMs, 200, 'behind both ends: not caught up');
  t.ok(r.isLagging(1300, 1000));
  t.notOk(r.isLagging(1200, 1000));
});

t.test('a restarted replica resumes from its checkpointed high watermark, not from the log start', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-replication-hw-'));
  t.teardown(() => fs.rmSync(root, { recursive: true, force: true }));
  const dir = path.join(root, 'topic-0');
  const first = Log.open(dir, logConfig({ fileDeleteDelayMs: 0 }));
  first.append(buildBatch({ records: 6 }), { leaderEpoch: 0 });
  first.append(buildBatch({ records: 2 }), { leaderEpoch: 0 });
  await first.close();
  fs.writeFileSync(path.join(root, 'replication-offset-checkpoint'), '0\n1\ntopic 0 6\n');
  const bridge = new ProducerStateBridge(logger);
  const log = Log.open(dir, logConfig({ fileDeleteDelayMs: 0 }), { producerState: bridge });
  t.teardown(() => log.close());
  const p = new Partition('topic', 0, 'id', log, bridge.manager, 1, logger, { lagTimeMaxMs: LAG_MS, proposeIsr: async () => null, onProgress: () => undefined });
  p.applyImage(image(1, 1, [1, 2, 3], 1), 0);
  t.equal(p.highWatermark, 6, 'consumers read what was committed before the restart at once');
  t.equal(p.read(0, 1 << 20, true).sizeInBytes, buildBatch({ records: 6 }).length, 'the committed batch, not the one past the high watermark');
});

t.test('KIP-392 candidates: ISR followers whose logs, as they last fetched, hold the offset', async (t) => {
  const h = harness(t, [1, 2, 3]);
  const [l, f2, f3] = [h.replica(1), h.replica(2), h.replica(3)];
  for (const p of [l, f2, f3]) p.applyImage(image(1, 0, [1, 2, 3], 0), 0);
  l.appendRecordsAsLeader(buildBatch({ records: 5 }), 0, null);
  t.same(l.replicasHolding(0), [], 'followers that never fetched are no candidates');
  fetch(l, f2, 2, 10);
  fetch(l, f2, 2, 20);
  fetch(l, f3, 3, 30);
  t.same(l.replicasHolding(5).map((r) => r.brokerId), [2], 'only the follower that has reached offset 5');
  t.same(l.replicasHolding(0).map((r) => r.brokerId).sort(), [2, 3], 'both hold offset 0');
  l.applyImage(image(1, 0, [1, 2], 1), 40);
  t.same(l.replicasHolding(0).map((r) => r.brokerId), [2], 'a follower out of the ISR is no candidate');
});
