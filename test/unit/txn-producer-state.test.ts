import t from 'tap';
import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatchSummary } from '../../bindings/index.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { BatchLike } from '../../src/txn/producerStateEntry.js';
import { ProducerStateManager, type AppendCheck } from '../../src/txn/producerStateManager.js';
import { snapshotFileName } from '../../src/txn/producerSnapshot.js';
import { MAX_SEQUENCE } from '../../src/txn/sequence.js';

interface Produced {
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  readonly records: number;
  readonly timestamp?: number;
  readonly isTransactional?: boolean;
  readonly isControl?: boolean;
}

function toBatch(p: Produced, baseOffset: number): BatchLike {
  return {
    baseOffset,
    lastOffset: baseOffset + p.records - 1,
    lastOffsetDelta: p.records - 1,
    maxTimestamp: p.timestamp ?? 1_000,
    producerId: p.producerId,
    producerEpoch: p.producerEpoch,
    baseSequence: p.baseSequence,
    isTransactional: p.isTransactional ?? false,
    isControl: p.isControl ?? false,
  };
}

// Plays the Produce path: check, then append with offsets assigned, then report the append.
class FakePartition {
  readonly log: BatchLike[] = [];
  endOffset = 0;
  constructor(readonly state = new ProducerStateManager({ now: () => 1_000 })) {}

  produce(...request: Produced[]): AppendCheck & { baseOffset?: number } {
    const check = this.state.checkAppend(request.map((p) => toBatch(p, 0)));
    if (check.kind !== 'ok') return check;
    const baseOffset = this.endOffset;
    const appended = request.map((p) => {
      const batch = toBatch(p, this.endOffset);
      this.endOffset = batch.lastOffset + 1;
      return batch;
    });
    this.log.push(...appended);
    this.state.onAppended(appended);
    return { ...check, baseOffset };
  }
}

const P = 7;

t.test('each of the last five batches is a duplicate answered with its original offsets', async (t) => {
  const part = new FakePartition();
  const offsets: Array<[number, number]> = [];
  for (let i = 0; i < 6; i++) {
    const r = part.produce({ producerId: P, producerEpoch: 0, baseSequence: i * 3, records: 3, timestamp: 100 + i });
    t.equal(r.kind, 'ok');
    offsets.push([r.baseOffset!, r.baseOffset! + 2]);
  }
  const logLength = part.log.length;
  for (let i = 1; i < 6; i++) {
    const r = part.produce({ producerId: P, producerEpoch: 0, baseSequence: i * 3, records: 3 });
    t.same(r, { kind: 'duplicate', firstOffset: offsets[i]![0], lastOffset: offsets[i]![1], maxTimestamp: 100 + i });
  }
  t.equal(part.log.length, logLength, 'a duplicate appends nothing');

  // The sixth-oldest is no longer retained: Kafka answers OUT_OF_ORDER_SEQUENCE_NUMBER (brokers
  // never send DUPLICATE_SEQUENCE_NUMBER any more).
  const oldest = part.produce({ producerId: P, producerEpoch: 0, baseSequence: 0, records: 3 });
  t.match(oldest, { kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
  t.equal(part.log.length, logLength);
});

t.test("the native validator's BatchSummary feeds the producer state as it is", async (t) => {
  const summary: BatchSummary = {
    position: 0,
    sizeInBytes: 100,
    baseOffset: 40,
    lastOffsetDelta: 2,
    lastOffset: 42,
    partitionLeaderEpoch: 0,
    attributes: 0,
    compression: 0,
    timestampType: 0,
    isTransactional: false,
    isControl: false,
    firstTimestamp: 10,
    maxTimestamp: 12,
    producerId: P,
    producerEpoch: 0,
    baseSequence: 0,
    recordCount: 3,
  };
  const state = new ProducerStateManager();
  t.same(state.checkAppend([summary]), { kind: 'ok' });
  state.onAppended([summary]);
  t.same(state.checkAppend([{ ...summary, baseOffset: 0, lastOffset: 2 }]), {
    kind: 'duplicate',
    firstOffset: 40,
    lastOffset: 42,
    maxTimestamp: 12,
  });
});

t.test('a retry is a duplicate only with the same epoch and the same sequence range', async (t) => {
  const part = new FakePartition();
  part.produce({ producerId: P, producerEpoch: 3, baseSequence: 0, records: 4 });
  t.match(part.produce({ producerId: P, producerEpoch: 3, baseSequence: 0, records: 2 }), {
    kind: 'error',
    errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
  });
  t.match(part.produce({ producerId: P, producerEpoch: 2, baseSequence: 0, records: 4 }), {
    kind: 'error',
    errorCode: ErrorCode.INVALID_PRODUCER_EPOCH,
  });
  t.match(part.produce({ producerId: P + 1, producerEpoch: 3, baseSequence: 0, records: 4 }), { kind: 'ok' });
});

t.test('epoch fencing', async (t) => {
  const part = new FakePartition();
  t.match(part.produce({ producerId: P, producerEpoch: 1, baseSequence: 0, records: 2 }), { kind: 'ok' });
  t.match(part.produce({ producerId: P, producerEpoch: 1, baseSequence: 2, records: 2 }), { kind: 'ok' });

  const older = part.produce({ producerId: P, producerEpoch: 0, baseSequence: 4, records: 1 });
  t.match(older, { kind: 'error', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH, message: /epoch 0 .* last seen epoch 1/ });

  const newerMidSequence = part.produce({ producerId: P, producerEpoch: 2, baseSequence: 4, records: 1 });
  t.match(newerMidSequence, { kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, message: /expected 0/ });

  t.match(part.produce({ producerId: P, producerEpoch: 2, baseSequence: 0, records: 1 }), { kind: 'ok' });
  t.equal(part.state.lastEntry(P)!.producerEpoch, 2);
  t.equal(part.state.lastEntry(P)!.batches.length, 1, 'a new epoch forgets the old epoch batches');

  const retryOfOldEpoch = part.produce({ producerId: P, producerEpoch: 1, baseSequence: 2, records: 2 });
  t.match(retryOfOldEpoch, { kind: 'error', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH });
});

t.test('an unknown producer may start at any sequence (KIP-360), then must stay in order', async (t) => {
  const part = new FakePartition();
  t.match(part.produce({ producerId: P, producerEpoch: 4, baseSequence: 1234, records: 2 }), { kind: 'ok' });
  t.match(part.produce({ producerId: P, producerEpoch: 4, baseSequence: 1237, records: 1 }), {
    kind: 'error',
    errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
  });
  t.match(part.produce({ producerId: P, producerEpoch: 4, baseSequence: 1236, records: 1 }), { kind: 'ok' });
});

t.test('sequence gaps and overlaps are OUT_OF_ORDER_SEQUENCE_NUMBER', async (t) => {
  const part = new FakePartition();
  for (let seq = 0; seq < 5; seq++) part.produce({ producerId: P, producerEpoch: 0, baseSequence: seq, records: 1 });
  for (const seq of [6, 100, 3, -1]) {
    t.match(part.produce({ producerId: P, producerEpoch: 0, baseSequence: seq, records: 2 }), {
      kind: 'error',
      errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
    }, `sequence ${seq}`);
  }
  t.match(part.produce({ producerId: P, producerEpoch: 0, baseSequence: 5, records: 1 }), { kind: 'ok' });
});

t.test('sequences wrap from Int32.MAX_VALUE to 0', async (t) => {
  const part = new FakePartition();
  // Records MAX-2 .. MAX, 0, 1: the batch itself spans the wrap.
  const spanning = part.produce({ producerId: P, producerEpoch: 0, baseSequence: MAX_SEQUENCE - 2, records: 5 });
  t.equal(spanning.kind, 'ok');
  t.equal(part.state.lastEntry(P)!.lastSeq, 1);
  t.match(part.produce({ producerId: P, producerEpoch: 0, baseSequence: MAX_SEQUENCE - 2, records: 5 }), {
    kind: 'duplicate',
    firstOffset: spanning.baseOffset,
  });
  t.match(part.produce({ producerId: P, producerEpoch: 0, baseSequence: 3, records: 1 }), { kind: 'error' });
  t.match(part.produce({ producerId: P, producerEpoch: 0, baseSequence: 2, records: 1 }), { kind: 'ok' });

  const other = new FakePartition();
  other.produce({ producerId: P, producerEpoch: 0, baseSequence: MAX_SEQUENCE - 1, records: 2 });
  t.equal(other.state.lastEntry(P)!.lastSeq, MAX_SEQUENCE);
  t.match(other.produce({ producerId: P, producerEpoch: 0, baseSequence: 1, records: 1 }), { kind: 'error' });
  t.match(other.produce({ producerId: P, producerEpoch: 0, baseSequence: 0, records: 1 }), { kind: 'ok' });
});

t.test('several batches of one request are checked in order; a failure changes nothing', async (t) => {
  const part = new FakePartition();
  const ok = part.produce(
    { producerId: P, producerEpoch: 0, baseSequence: 0, records: 3 },
    { producerId: P, producerEpoch: 0, baseSequence: 3, records: 2 },
    { producerId: P + 1, producerEpoch: 0, baseSequence: 0, records: 1 },
    { producerId: -1, producerEpoch: -1, baseSequence: -1, records: 9 },
  );
  t.equal(ok.kind, 'ok');
  t.equal(part.state.producerIdCount, 2, 'batches without a producer id are not tracked');

  const gapInside = part.produce(
    { producerId: P, producerEpoch: 0, baseSequence: 5, records: 1 },
    { producerId: P, producerEpoch: 0, baseSequence: 7, records: 1 },
  );
  t.match(gapInside, { kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
  t.equal(part.state.lastEntry(P)!.lastSeq, 4, 'checkAppend does not mutate the state');

  const bumpThenStale = part.produce(
    { producerId: P, producerEpoch: 1, baseSequence: 0, records: 1 },
    { producerId: P, producerEpoch: 0, baseSequence: 5, records: 1 },
  );
  t.match(bumpThenStale, { kind: 'error', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH });
  t.equal(part.state.lastEntry(P)!.producerEpoch, 0);
});

t.test('a non-transactional batch while a transaction is open is INVALID_TXN_STATE', async (t) => {
  const part = new FakePartition();
  const txn = part.produce({ producerId: P, producerEpoch: 0, baseSequence: 0, records: 2, isTransactional: true });
  t.equal(part.state.lastEntry(P)!.currentTxnFirstOffset, txn.baseOffset);
  t.match(part.produce({ producerId: P, producerEpoch: 0, baseSequence: 2, records: 1 }), {
    kind: 'error',
    errorCode: ErrorCode.INVALID_TXN_STATE,
  });
  // The coordinator's marker closes the transaction.
  part.state.onAppended([{ ...toBatch({ producerId: P, producerEpoch: 0, baseSequence: -1, records: 1, isControl: true, isTransactional: true }, part.endOffset++), coordinatorEpoch: 5 }]);
  t.equal(part.state.lastEntry(P)!.currentTxnFirstOffset, null);
  t.equal(part.state.lastEntry(P)!.coordinatorEpoch, 5);
  t.match(part.produce({ producerId: P, producerEpoch: 0, baseSequence: 2, records: 1 }), { kind: 'ok' });
});

t.test('producer expiration', async (t) => {
  const state = new ProducerStateManager({ producerIdExpirationMs: 1_000 });
  state.onAppended([
    toBatch({ producerId: 1, producerEpoch: 0, baseSequence: 0, records: 1, timestamp: 5_000 }, 0),
    toBatch({ producerId: 2, producerEpoch: 0, baseSequence: 0, records: 1, timestamp: 5_600 }, 1),
    toBatch({ producerId: 3, producerEpoch: 0, baseSequence: 0, records: 1, timestamp: 1, isTransactional: true }, 2),
  ]);
  t.same(state.removeExpiredProducers(5_999), [], 'idle for less than producer.id.expiration.ms');
  t.same(state.removeExpiredProducers(6_000), [1]);
  t.same([...state.activeProducers().keys()].sort(), [2, 3], 'an open transaction keeps its producer');
  t.throws(() => new ProducerStateManager({ producerIdExpirationMs: -1 }), RangeError);
  t.throws(() => new ProducerStateManager({ producerIdExpirationMs: 1.5 }), RangeError);
});

// A random Produce workload: a few producers that retry, bump epochs and skip sequences.
const step = fc.record({
  producerId: fc.integer({ min: 0, max: 3 }),
  epochStep: fc.constantFrom(0, 0, 0, 0, 1, -1),
  seqStep: fc.constantFrom(0, 0, 0, 0, -1, -3, 2),
  records: fc.integer({ min: 1, max: 4 }),
});
const workload = fc.array(step, { maxLength: 60 });

interface Step {
  readonly producerId: number;
  readonly epochStep: number;
  readonly seqStep: number;
  readonly records: number;
}

function runWorkload(part: FakePartition, steps: readonly Step[]): void {
  const next = new Map<number, { epoch: number; seq: number }>();
  let clock = 1_000;
  for (const s of steps) {
    const cur = next.get(s.producerId) ?? { epoch: 0, seq: 0 };
    const epoch = Math.max(0, cur.epoch + s.epochStep);
    const seq = s.epochStep === 1 ? 0 : Math.max(0, cur.seq + s.seqStep);
    const r = part.produce({ producerId: s.producerId, producerEpoch: epoch, baseSequence: seq, records: s.records, timestamp: clock++ });
    if (r.kind === 'ok') next.set(s.producerId, { epoch, seq: seq + s.records });
  }
}

t.test('rebuilding from the log equals the live state', async (t) => {
  fc.assert(
    fc.property(workload, (steps) => {
      const live = new FakePartition();
      runWorkload(live, steps);
      const recovered = new ProducerStateManager();
      recovered.rebuild(live.log);
      t.strictSame(recovered.activeProducers(), live.state.activeProducers());
    }),
    { numRuns: 200 },
  );
});

async function tempDir(t: { teardown(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'runnel-txn-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

t.test('snapshot + rebuild of the tail matches the live state', async (t) => {
  const dir = await tempDir(t);
  const steps = fc.sample(fc.array(step, { minLength: 60, maxLength: 60 }), { numRuns: 1, seed: 42 })[0]!;
  const live = new FakePartition();
  runWorkload(live, steps.slice(0, 30));
  const snapshotOffset = live.endOffset;
  const path = await live.state.takeSnapshot(dir, snapshotOffset);
  t.equal(path, join(dir, snapshotFileName(snapshotOffset)));
  const logBeforeSnapshot = live.log.length;
  runWorkload(live, steps.slice(30));

  const recovered = new ProducerStateManager({ now: () => 1_000 });
  const load = await recovered.loadLatestSnapshot(dir, live.endOffset);
  t.same(load, { snapshotOffset, discarded: [] });
  recovered.rebuild(live.log.slice(logBeforeSnapshot));
  // A snapshot keeps only each producer's last batch, so compare what checkAppend relies on.
  const summary = (s: ProducerStateManager) =>
    [...s.activeProducers()].map(([id, e]) => [id, e.producerEpoch, e.lastSeq, e.batches.at(-1), e.lastTimestamp]);
  t.same(summary(recovered), summary(live.state));
});

t.test('after a restart only the last batch is recognised as a duplicate, as in Kafka', async (t) => {
  const dir = await tempDir(t);
  const live = new FakePartition();
  live.produce({ producerId: P, producerEpoch: 0, baseSequence: 0, records: 2 });
  const last = live.produce({ producerId: P, producerEpoch: 0, baseSequence: 2, records: 3, timestamp: 77 });
  await live.state.takeSnapshot(dir, live.endOffset);

  const restarted = new FakePartition(new ProducerStateManager({ now: () => 1_000 }));
  await restarted.state.loadLatestSnapshot(dir, Number.MAX_SAFE_INTEGER);
  restarted.endOffset = live.endOffset;
  t.same(restarted.produce({ producerId: P, producerEpoch: 0, baseSequence: 2, records: 3 }), {
    kind: 'duplicate',
    firstOffset: last.baseOffset,
    lastOffset: last.baseOffset! + 2,
    maxTimestamp: 77,
  });
  t.match(restarted.produce({ producerId: P, producerEpoch: 0, baseSequence: 0, records: 2 }), {
    errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
  });
  t.match(restarted.produce({ producerId: P, producerEpoch: 0, baseSequence: 5, records: 1 }), { kind: 'ok' });
});

/** Produces one batch, then snapshots at the new log end offset, as a segment roll would. */
async function produceAndSnapshot(part: FakePartition, dir: string, producerId: number, baseSequence: number): Promise<void> {
  part.produce({ producerId, producerEpoch: 0, baseSequence, records: 5 });
  await part.state.takeSnapshot(dir, part.endOffset);
}

t.test('loading picks the newest snapshot in range and discards corrupt ones', async (t) => {
  const dir = await tempDir(t);
  const part = new FakePartition();
  for (const producerId of [1, 2, 3]) await produceAndSnapshot(part, dir, producerId, 0);
  await writeFile(join(dir, 'unrelated.txt'), 'x');

  const state = new ProducerStateManager({ now: () => 1_000 });
  t.same((await state.loadLatestSnapshot(dir, 12)).snapshotOffset, 10);
  t.same([...state.activeProducers().keys()].sort(), [1, 2]);

  const newest = join(dir, snapshotFileName(15));
  const bytes = await readFile(newest);
  bytes[bytes.length - 1]! ^= 0xff;
  await writeFile(newest, bytes);
  const load = await state.loadLatestSnapshot(dir, 15);
  t.equal(load.snapshotOffset, 10);
  t.match(load.discarded, [{ offset: 15, path: newest, reason: /CRC/ }]);
  t.notOk((await readdir(dir)).includes(snapshotFileName(15)), 'the corrupt snapshot is deleted');

  t.same(await state.loadLatestSnapshot(dir, 4), { snapshotOffset: null, discarded: [] });
  t.equal(state.producerIdCount, 0, 'no snapshot in range means empty state');
});

t.test('loading drops producers that expired while the broker was down', async (t) => {
  const dir = await tempDir(t);
  const part = new FakePartition();
  part.produce({ producerId: 1, producerEpoch: 0, baseSequence: 0, records: 1, timestamp: 1_000 });
  part.produce({ producerId: 2, producerEpoch: 0, baseSequence: 0, records: 1, timestamp: 50_000 });
  await part.state.takeSnapshot(dir, part.endOffset);
  const state = new ProducerStateManager({ producerIdExpirationMs: 10_000, now: () => 20_000 });
  await state.loadLatestSnapshot(dir, part.endOffset);
  t.same([...state.activeProducers().keys()], [2]);
});

t.test('truncateAndReload deletes snapshots past the new log end', async (t) => {
  const dir = await tempDir(t);
  const part = new FakePartition();
  await produceAndSnapshot(part, dir, 1, 0);
  await produceAndSnapshot(part, dir, 1, 5);
  const load = await part.state.truncateAndReload(dir, 7);
  t.equal(load.snapshotOffset, 5);
  t.same(await readdir(dir), [snapshotFileName(5)]);
  t.equal(part.state.lastEntry(1)!.lastSeq, 4);
  await t.rejects(part.state.loadLatestSnapshot(join(dir, 'missing'), 10), { code: 'ENOENT', syscall: 'scandir' });
});
