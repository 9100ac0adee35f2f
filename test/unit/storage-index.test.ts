import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { OffsetIndex } from '../../src/storage/offsetIndex.js';
import { TimeIndex } from '../../src/storage/timeIndex.js';
import { LeaderEpochCache, LEADER_EPOCH_CHECKPOINT } from '../../src/storage/leaderEpochCache.js';
import { CheckpointFile, MalformedCheckpointError } from '../../src/storage/checkpointFile.js';
import { offsetFileName, offsetFromFileName, parsePartitionDirName } from '../../src/storage/logFileNames.js';

function tmpDir(t: { teardown(fn: () => void): void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-index-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

t.test('offset index: floor lookups, truncation, file round trip, corrupt files refused', async (t) => {
  const idx = new OffsetIndex(100, 1024);
  t.same(idx.lookup(150), { offset: 100, position: 0 }, 'empty: the segment start');
  idx.append(110, 4096);
  idx.append(120, 8200);
  idx.append(135, 12300);
  t.same(idx.lookup(109), { offset: 100, position: 0 });
  t.same(idx.lookup(110), { offset: 110, position: 4096 });
  t.same(idx.lookup(134), { offset: 120, position: 8200 });
  t.same(idx.lookup(10_000), { offset: 135, position: 12300 });
  const bytes = idx.toBytes();
  t.equal(bytes.length, 24);
  t.equal(bytes.readInt32BE(0), 10, 'relative offsets, big-endian');
  const back = OffsetIndex.fromBytes(100, 1024, bytes, 20_000)!;
  t.same(back.lookup(125), { offset: 120, position: 8200 });
  t.equal(OffsetIndex.fromBytes(100, 1024, bytes.subarray(0, 20), 20_000), null, 'torn entry');
  t.equal(OffsetIndex.fromBytes(100, 1024, bytes, 9000), null, 'position past the log');
  const unsorted = Buffer.from(bytes);
  unsorted.writeInt32BE(50, 8);
  t.equal(OffsetIndex.fromBytes(100, 1024, unsorted, 20_000), null, 'offsets must rise');
  idx.truncateTo(120);
  t.equal(idx.entries, 1);
  t.equal(idx.lastOffset(), 110);
  const full = new OffsetIndex(0, 16);
  full.append(1, 1);
  t.notOk(full.isFull());
  full.append(2, 2);
  t.ok(full.isFull());
});

t.test('time index: only rising timestamps are kept; lookups and truncation', async (t) => {
  const idx = new TimeIndex(0, 1024);
  t.same(idx.lookup(5), { timestamp: -1, offset: 0 });
  t.ok(idx.maybeAppend(1000, 9));
  t.notOk(idx.maybeAppend(1000, 12), 'equal timestamp is not an entry');
  t.ok(idx.maybeAppend(2000, 19));
  t.same(idx.lookup(1500), { timestamp: 1000, offset: 9 });
  t.same(idx.lastEntry(), { timestamp: 2000, offset: 19 });
  const back = TimeIndex.fromBytes(0, 1024, idx.toBytes())!;
  t.same(back.lastEntry(), { timestamp: 2000, offset: 19 });
  t.equal(TimeIndex.fromBytes(0, 1024, idx.toBytes().subarray(1)), null);
  idx.truncateTo(19);
  t.same(idx.lastEntry(), { timestamp: 1000, offset: 9 });
});

t.test('leader epoch cache: assign, endOffsetFor, truncation, checkpoint round trip', async (t) => {
  const dir = tmpDir(t);
  const cache = LeaderEpochCache.load(dir);
  t.equal(cache.latestEpoch(), -1);
  t.same(cache.endOffsetFor(0, 10), { epoch: -1, endOffset: -1 });
  t.ok(cache.assign(2, 0));
  t.notOk(cache.assign(2, 5), 'same epoch later is not news');
  t.ok(cache.assign(4, 10));
  t.ok(cache.assign(6, 20));
  t.notOk(cache.assign(-1, 30));
  t.same(cache.endOffsetFor(6, 33), { epoch: 6, endOffset: 33 }, 'latest epoch ends at the LEO');
  t.same(cache.endOffsetFor(4, 33), { epoch: 4, endOffset: 20 });
  t.same(cache.endOffsetFor(5, 33), { epoch: 4, endOffset: 20 }, 'unknown epoch between: the floor epoch');
  t.same(cache.endOffsetFor(1, 33), { epoch: 1, endOffset: 0 }, 'older than all epochs');
  t.same(cache.endOffsetFor(7, 33), { epoch: -1, endOffset: -1 }, 'newer than all epochs');
  t.same(cache.endOffsetFor(-1, 33), { epoch: -1, endOffset: -1 });
  await cache.flush();
  t.equal(fs.readFileSync(path.join(dir, LEADER_EPOCH_CHECKPOINT), 'utf8'), '0\n3\n2 0\n4 10\n6 20\n');
  t.same(LeaderEpochCache.load(dir).entries(), cache.entries(), 'round trip');
  t.ok(cache.truncateFromStart(15));
  t.same(cache.entries(), [{ epoch: 4, startOffset: 15 }, { epoch: 6, startOffset: 20 }]);
  t.notOk(cache.truncateFromStart(15));
  t.ok(cache.truncateFromEnd(20));
  t.same(cache.entries(), [{ epoch: 4, startOffset: 15 }]);
  t.ok(cache.assign(3, 12), 'an older epoch at a lower offset replaces conflicting entries');
  t.same(cache.entries(), [{ epoch: 3, startOffset: 12 }]);
  fs.writeFileSync(path.join(dir, LEADER_EPOCH_CHECKPOINT), '0\n2\n1 0\n');
  t.throws(() => LeaderEpochCache.load(dir), MalformedCheckpointError);
  fs.writeFileSync(path.join(dir, LEADER_EPOCH_CHECKPOINT), '0\n1\n1 x\n');
  t.throws(() => LeaderEpochCache.load(dir), MalformedCheckpointError);
});

t.test('checkpoint files: version check, coalesced writes, no temp file left', async (t) => {
  const dir = tmpDir(t);
  const file = new CheckpointFile(path.join(dir, 'cp'));
  t.same(file.read(), []);
  await Promise.all([file.write(['a 1']), file.write(['a 2']), file.write(['a 3', 'b 4'])]);
  t.equal(fs.readFileSync(path.join(dir, 'cp'), 'utf8'), '0\n2\na 3\nb 4\n');
  t.same(fs.readdirSync(dir), ['cp']);
  fs.writeFileSync(path.join(dir, 'cp'), '1\n0\n');
  t.throws(() => file.read(), MalformedCheckpointError);
  await t.rejects(new CheckpointFile(path.join(dir, 'missing', 'cp')).write([]), { code: 'ENOENT' });
});

t.test('file and directory names', async (t) => {
  t.equal(offsetFileName(42, '.log'), '00000000000000000042.log');
  t.equal(offsetFromFileName('00000000000000000042.log', '.log'), 42);
  t.equal(offsetFromFileName('42.log', '.log'), null);
  t.equal(offsetFromFileName('00000000000000000042.index', '.log'), null);
  t.same(parsePartitionDirName('my-topic-12'), { topic: 'my-topic', partition: 12 });
  t.equal(parsePartitionDirName('my-topic-12.abc-delete'), null);
  t.equal(parsePartitionDirName('topic'), null);
  t.equal(parsePartitionDirName('-3'), null);
});
