// StorageRaftLog: the Raft log on the storage engine, with Kafka's snapshot files beside the
// segments. It must answer exactly as MemoryRaftLog (the simulation's log) does for any sequence
// of operations, survive reopening, and repair itself after a crash between storing a snapshot and
// truncating the log.
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t, { type Test } from 'tap';
import { MemoryRaftLog } from '../../src/raft/memoryRaftLog.js';
import type { OffsetAndEpoch } from '../../src/raft/offsetAndEpoch.js';
import { dataBatch, leaderChangeBatch } from '../../src/raft/raftBatches.js';
import { validateFetchPosition, type RaftLog } from '../../src/raft/raftLog.js';
import { snapshotFileName, StorageRaftLog } from '../../src/raft/storageRaftLog.js';

function partitionDir(t: Test): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'raft-storage-log-'));
  t.teardown(() => fs.rmSync(root, { recursive: true, force: true }));
  return path.join(root, '__cluster_metadata-0');
}

function append(log: RaftLog, epoch: number, values: string[]): void {
  log.appendAsLeader(dataBatch(log.endOffset, epoch, values.map((v) => Buffer.from(v)), 1000), epoch);
}

/**
 * What a RaftLog answers, for comparing two implementations: its bounds and bytes, and how a leader
 * holding it would judge any follower position. (Epochs older than the snapshot at the log start
 * are left out: a follower in one is sent that snapshot whatever the epoch history says.)
 */
function view(log: RaftLog, maxEpoch: number) {
  const oldest = log.earliestSnapshotId()?.epoch ?? 0;
  const epochs = Array.from({ length: maxEpoch + 2 - oldest }, (_, i) => oldest + i);
  const positions: string[] = [];
  for (let offset = Math.max(0, log.startOffset - 1); offset <= log.endOffset + 1; offset++) {
    for (let epoch = 0; epoch <= maxEpoch + 1; epoch++) positions.push(JSON.stringify(validateFetchPosition(log, offset, epoch)));
  }
  return {
    start: log.startOffset,
    end: log.endOffset,
    lastEpoch: log.lastFetchedEpoch(),
    epochs: epochs.map((e) => log.endOffsetForEpoch(e)),
    positions,
    bytes: log.startOffset < log.endOffset ? log.read(log.startOffset, 1 << 20).toString('hex') : '',
    latest: log.latestSnapshotId(),
    earliest: log.earliestSnapshotId(),
  };
}

t.test('appends, reads, epochs and truncation, kept across a reopen', async (t) => {
  const dir = partitionDir(t);
  let log = await StorageRaftLog.open(dir);
  log.appendAsLeader(leaderChangeBatch(0, 1, 1, [1, 2, 3], [1, 2], 1000), 1);
  append(log, 1, ['a', 'b']);
  append(log, 3, ['c']);
  await log.flush();
  t.same([log.startOffset, log.endOffset, log.lastFetchedEpoch()], [0, 4, 3]);
  t.same(log.endOffsetForEpoch(1), { offset: 3, epoch: 1 });
  t.same(log.endOffsetForEpoch(2), { offset: 3, epoch: 1 });
  t.same(log.endOffsetForEpoch(3), { offset: 4, epoch: 3 });
  const follower = new MemoryRaftLog();
  follower.appendAsFollower(log.read(0, 1 << 20));
  t.same(view(follower, 4), view(log, 4), 'a memory log fed the same batches answers the same');
  await log.close();

  log = await StorageRaftLog.open(dir);
  t.same(view(log, 4), view(follower, 4), 'everything came back');
  log.truncateTo(3);
  t.same([log.endOffset, log.lastFetchedEpoch()], [3, 1]);
  t.throws(() => log.truncateTo(-1), RangeError);
  log.appendAsFollower(dataBatch(3, 2, [Buffer.from('d')], 0));
  t.same(log.endOffsetForEpoch(2), { offset: 4, epoch: 2 });
  await log.close();
});

t.test('snapshots are Kafka-named files; the log truncates behind them', async (t) => {
  const dir = partitionDir(t);
  const log = await StorageRaftLog.open(dir);
  for (let i = 0; i < 10; i++) append(log, i < 5 ? 1 : 2, [`v${i}`]);
  await log.flush();
  const first = { offset: 4, epoch: 1 };
  const second = { offset: 8, epoch: 2 };
  await log.storeSnapshot(first, Buffer.from('snapshot one'));
  await log.storeSnapshot(second, Buffer.from('snapshot two'));
  t.ok(fs.existsSync(path.join(dir, '00000000000000000008-0000000002.checkpoint')));
  t.equal(snapshotFileName(first), '00000000000000000004-0000000001.checkpoint');
  t.same(log.readSnapshot(first), Buffer.from('snapshot one'));
  t.same([log.earliestSnapshotId(), log.latestSnapshotId()], [first, second]);
  await log.deleteBeforeSnapshot(second);
  t.same([log.startOffset, log.endOffset], [8, 10]);
  t.equal(log.readSnapshot(first), null, 'the older snapshot is gone');
  t.notOk(fs.existsSync(path.join(dir, snapshotFileName(first))));
  t.same(validateFetchPosition(log, 9, 1), { kind: 'snapshot', snapshotId: second }, 'a follower still in an epoch older than the log start gets the snapshot');
  await log.close();
  const reopened = await StorageRaftLog.open(dir);
  t.same([reopened.startOffset, reopened.endOffset, reopened.latestSnapshotId()], [8, 10, second]);
  t.same(reopened.readSnapshot(second), Buffer.from('snapshot two'));
  await reopened.close();
});

t.test('a follower log restarts empty at a downloaded snapshot, and stays there after a reopen', async (t) => {
  const dir = partitionDir(t);
  const log = await StorageRaftLog.open(dir);
  for (let i = 0; i < 3; i++) append(log, 1, [`old${i}`]);
  await log.flush();
  const snapshot = { offset: 50, epoch: 4 };
  await log.storeSnapshot(snapshot, Buffer.from('from the leader'));
  await log.truncateToSnapshot(snapshot);
  t.same([log.startOffset, log.endOffset, log.lastFetchedEpoch()], [50, 50, 4]);
  t.same(log.endOffsetForEpoch(4), { offset: 50, epoch: 4 });
  log.appendAsFollower(dataBatch(50, 4, [Buffer.from('next')], 0));
  await log.flush();
  await log.close();
  const reopened = await StorageRaftLog.open(dir);
  t.same([reopened.startOffset, reopened.endOffset, reopened.lastFetchedEpoch()], [50, 51, 4]);
  await reopened.close();
});

t.test('opening repairs a crash between storing a snapshot and truncating the log', async (t) => {
  const behind = partitionDir(t);
  let log = await StorageRaftLog.open(behind);
  append(log, 1, ['a']);
  await log.flush();
  // A downloaded snapshot past the log end, stored, then the crash: the log was never reset.
  await log.storeSnapshot({ offset: 20, epoch: 3 }, Buffer.from('s'));
  await log.close();
  log = await StorageRaftLog.open(behind);
  t.same([log.startOffset, log.endOffset, log.lastFetchedEpoch()], [20, 20, 3], 'restarted at the snapshot');
  await log.close();

  const diverged = partitionDir(t);
  log = await StorageRaftLog.open(diverged);
  for (let i = 0; i < 6; i++) append(log, 1, [`x${i}`]);
  await log.flush();
  // A snapshot from the leader whose epoch the local log never had at that offset.
  await log.storeSnapshot({ offset: 4, epoch: 2 }, Buffer.from('s'));
  await log.close();
  log = await StorageRaftLog.open(diverged);
  t.same([log.startOffset, log.endOffset, log.lastFetchedEpoch()], [4, 4, 2], 'a log that disagrees with the snapshot is dropped');
  await log.close();

  const own = partitionDir(t);
  log = await StorageRaftLog.open(own);
  for (let i = 0; i < 6; i++) append(log, 1, [`y${i}`]);
  await log.flush();
  // A snapshot this replica took of its own log, then the crash before truncating behind it.
  await log.storeSnapshot({ offset: 4, epoch: 1 }, Buffer.from('s'));
  fs.writeFileSync(path.join(own, `${snapshotFileName({ offset: 5, epoch: 1 })}.part`), 'half a snapshot');
  await log.close();
  log = await StorageRaftLog.open(own);
  t.same([log.startOffset, log.endOffset, log.lastFetchedEpoch()], [4, 6, 1], 'the log is truncated behind it and keeps the rest');
  t.notOk(fs.readdirSync(own).some((n) => n.endsWith('.part')), 'an unfinished snapshot file is removed');
  t.same(log.latestSnapshotId(), { offset: 4, epoch: 1 });
  await log.close();
});

t.test('a directory not named <topic>-<partition> is refused', async (t) => {
  await t.rejects(StorageRaftLog.open(path.join(os.tmpdir(), 'not a partition dir')), /named <topic>-<partition>/);
});

type Op =
  | { kind: 'append'; epochStep: number; records: number }
  | { kind: 'truncate'; back: number }
  | { kind: 'snapshot'; back: number }
  | { kind: 'reset'; ahead: number; epochStep: number }
  | { kind: 'reopen' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('append' as const), epochStep: fc.constantFrom(0, 0, 1, 2), records: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), back: fc.integer({ min: 0, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), back: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), ahead: fc.integer({ min: 0, max: 5 }), epochStep: fc.constantFrom(0, 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) },
);

t.test('answers as MemoryRaftLog does for any sequence of operations', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'raft-storage-diff-'));
  t.teardown(() => fs.rmSync(root, { recursive: true, force: true }));
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
      const dir = path.join(root, `run${run++}`, '__cluster_metadata-0');
      const memory = new MemoryRaftLog();
      let storage = await StorageRaftLog.open(dir);
      let epoch = 1;
      /** Batch boundaries, for truncation and snapshot points inside the log. */
      const boundaries = (): number[] => {
        const out = [memory.startOffset];
        for (let pos = memory.startOffset; pos < memory.endOffset; ) {
          const batch = memory.read(pos, 1);
          pos = Number(batch.readBigInt64BE(0)) + batch.readInt32BE(23) + 1;
          out.push(pos);
        }
        return out;
      };
      try {
        for (const op of ops) {
          switch (op.kind) {
            case 'append': {
              epoch += op.epochStep;
              const values = Array.from({ length: op.records }, (_, i) => `e${epoch}-${memory.endOffset + i}`);
              append(memory, epoch, values);
              append(storage, epoch, values);
              await Promise.all([memory.flush(), storage.flush()]);
              break;
            }
            case 'truncate': {
              const points = boundaries();
              const to = points[Math.max(0, points.length - 1 - op.back)]!;
              memory.truncateTo(to);
              storage.truncateTo(to);
              break;
            }
            case 'snapshot': {
              const points = boundaries();
              const at = points[Math.max(0, points.length - 1 - op.back)]!;
              if (at <= memory.startOffset) break;
              // A snapshot's epoch is that of the last batch it covers.
              const id: OffsetAndEpoch = { offset: at, epoch: memory.read(at - 1, 1).readInt32BE(12) };
              const bytes = Buffer.from(`snapshot ${at}`);
              await memory.storeSnapshot(id, bytes);
              await storage.storeSnapshot(id, bytes);
              await memory.deleteBeforeSnapshot(id);
              await storage.deleteBeforeSnapshot(id);
              break;
            }
            case 'reset': {
              epoch += op.epochStep;
              const id = { offset: memory.endOffset + op.ahead, epoch };
              if (id.offset === 0) break;
              for (const log of [memory, storage]) {
                await log.storeSnapshot(id, Buffer.from('downloaded'));
                await log.truncateToSnapshot(id);
              }
              break;
            }
            case 'reopen':
              await storage.close();
              storage = await StorageRaftLog.open(dir);
              break;
          }
          const expected = view(memory, epoch);
          const actual = view(storage, epoch);
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            throw new Error(`after ${JSON.stringify(op)}:\nmemory  ${JSON.stringify(expected)}\nstorage ${JSON.stringify(actual)}`);
          }
        }
      } finally {
        await storage.close();
      }
    }),
    { numRuns: 40, seed: 20240601 },
  );
  t.pass('40 random sequences agreed at every step');
});
