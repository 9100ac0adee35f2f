import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t, { type Test } from 'tap';
import type { BatchSummary } from '../../bindings/index.js';
import { Log, type LogOptions } from '../../src/storage/log.js';
import { logConfig, type LogConfig } from '../../src/storage/logConfig.js';
import { CorruptRecordError, KafkaStorageError, OffsetOutOfRangeError, RecordListTooLargeError, RecordTooLargeError, UnexpectedAppendOffsetError } from '../../src/storage/errors.js';
import type { ProducerStateHooks } from '../../src/storage/producerStateHooks.js';
import { buildBatch, withBaseOffset } from '../helpers/batch.js';

const T0 = 1_700_000_000_000;

function tmpLogDir(t: Test): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-log-'));
  t.teardown(() => fs.rmSync(root, { recursive: true, force: true }));
  return path.join(root, 'topic-0');
}

function openLog(t: Test, config: Partial<LogConfig> = {}, opts: LogOptions = {}, dir = tmpLogDir(t)): Log {
  const log = Log.open(dir, logConfig({ fileDeleteDelayMs: 0, ...config }), opts);
  t.teardown(() => log.close());
  return log;
}

/** Appends `count` batches of `records` records each, batch i timestamped T0 + i * 1000. */
function fill(log: Log, count: number, records = 5, valueBytes = 100): number[] {
  const bases: number[] = [];
  for (let i = 0; i < count; i++) {
    bases.push(log.append(buildBatch({ records, valueBytes, firstTimestamp: T0 + i * 1000 }), { leaderEpoch: 0 }).firstOffset);
  }
  return bases;
}

function batchOffsets(records: Buffer[]): number[] {
  const all = Buffer.concat(records);
  const out: number[] = [];
  for (let pos = 0; pos < all.length; pos += 12 + all.readInt32BE(pos + 8)) out.push(Number(all.readBigInt64BE(pos)));
  return out;
}

t.test('append assigns offsets from the log end offset and read returns the bytes', async (t) => {
  const log = openLog(t);
  const a = log.append(buildBatch({ records: 3 }), { leaderEpoch: 4 });
  const b = log.append(buildBatch({ records: 2, firstTimestamp: T0 + 50 }), { leaderEpoch: 4 });
  t.same([a.firstOffset, a.lastOffset, b.firstOffset, b.lastOffset], [0, 2, 3, 4]);
  t.equal(b.maxTimestamp, T0 + 51);
  t.equal(b.logAppendTimeMs, -1);
  t.equal(log.logEndOffset, 5);
  t.equal(log.highWatermark, 5);
  const read = log.read(0, 1 << 20, { minOneMessage: false });
  t.same(batchOffsets(read.records), [0, 3]);
  t.equal(read.sizeInBytes, a.summaries[0]!.sizeInBytes + b.summaries[0]!.sizeInBytes);
  t.equal(Buffer.concat(read.records).readInt32BE(12), 4, 'leader epoch stamped');
  t.same(log.leaderEpochCache.entries(), [{ epoch: 4, startOffset: 0 }]);
});

t.test('reads start at the batch holding the offset, respect maxOffset and maxBytes', async (t) => {
  const log = openLog(t);
  fill(log, 4, 5); // batches at 0, 5, 10, 15
  t.equal(log.read(7, 1 << 20, { minOneMessage: false }).firstBatchOffset, 5, 'mid-batch start returns that batch');
  t.same(batchOffsets(log.read(7, 1 << 20, { maxOffset: 15, minOneMessage: false }).records), [5, 10]);
  t.same(batchOffsets(log.read(7, 1 << 20, { maxOffset: 14, minOneMessage: false }).records), [5], 'a batch straddling maxOffset is held back');
  const one = log.read(0, 1, { minOneMessage: true });
  t.same(batchOffsets(one.records), [0], 'minOneMessage returns a too-large first batch whole');
  t.same(log.read(0, 1, { minOneMessage: false }).records, []);
  const size = one.sizeInBytes;
  t.same(batchOffsets(log.read(0, size * 2 + 1, { minOneMessage: false }).records), [0, 5]);
  t.same(log.read(20, 100, { minOneMessage: true }), { records: [], sizeInBytes: 0, firstBatchOffset: -1 }, 'at LEO: empty');
  t.throws(() => log.read(21, 100, { minOneMessage: true }), OffsetOutOfRangeError);
  t.throws(() => log.read(-1, 100, { minOneMessage: true }), OffsetOutOfRangeError);
  log.highWatermark = 10;
  t.equal(log.highWatermark, 10);
  log.highWatermark = 99;
  t.equal(log.highWatermark, 20, 'clamped to the log end offset');
});

t.test('segments roll on segment.bytes and every offset is found across boundaries', async (t) => {
  const log = openLog(t, { segmentBytes: 2000, indexIntervalBytes: 300 });
  const bases = fill(log, 40, 3, 120);
  t.ok(log.numberOfSegments > 5, `rolled into ${log.numberOfSegments} segments`);
  const segBases = log.segmentBaseOffsets();
  t.ok(segBases.every((b) => bases.includes(b)), 'segments start at batch boundaries');
  for (let offset = 0; offset < log.logEndOffset; offset++) {
    const expected = bases.filter((b) => b <= offset).at(-1)!;
    const r = log.read(offset, 1, { minOneMessage: true });
    if (r.firstBatchOffset !== expected) t.fail(`offset ${offset}: got batch ${r.firstBatchOffset}, want ${expected}`);
  }
  const all = log.read(0, 1 << 30, { minOneMessage: false });
  t.same(batchOffsets(all.records), bases, 'one read spans every segment');
  t.equal(all.sizeInBytes, log.size);
});

t.test('segments roll on segment.ms (by record time) and on a full index', async (t) => {
  const byTime = openLog(t, { segmentMs: 10_000 });
  byTime.append(buildBatch({ records: 1, firstTimestamp: T0 }), { leaderEpoch: 0 });
  byTime.append(buildBatch({ records: 1, firstTimestamp: T0 + 10_000 }), { leaderEpoch: 0 });
  t.equal(byTime.numberOfSegments, 1, 'not older than segment.ms yet');
  byTime.append(buildBatch({ records: 1, firstTimestamp: T0 + 10_001 }), { leaderEpoch: 0 });
  t.same(byTime.segmentBaseOffsets(), [0, 2]);

  const byIndex = openLog(t, { segmentIndexBytes: 24, indexIntervalBytes: 1 });
  fill(byIndex, 7, 1, 10);
  // Entries start at a segment's second batch; 24 bytes hold two 12-byte time index entries.
  t.same(byIndex.segmentBaseOffsets(), [0, 3, 6]);
});

t.test('offsetForTimestamp and maxTimestampOffset at segment boundaries', async (t) => {
  const log = openLog(t, { segmentBytes: 1500, indexIntervalBytes: 200 });
  const bases = fill(log, 20, 2, 100); // batch i: timestamps T0+i*1000, T0+i*1000+1
  t.ok(log.numberOfSegments > 3);
  for (let i = 0; i < 20; i++) {
    t.same(log.offsetForTimestamp(T0 + i * 1000), { offset: bases[i], timestamp: T0 + i * 1000 + 1 });
    t.same(log.offsetForTimestamp(T0 + i * 1000 + 1), { offset: bases[i], timestamp: T0 + i * 1000 + 1 });
    if (i < 19) t.same(log.offsetForTimestamp(T0 + i * 1000 + 2)?.offset, bases[i + 1]);
  }
  t.equal(log.offsetForTimestamp(0)?.offset, 0);
  t.equal(log.offsetForTimestamp(T0 + 19_002), null);
  t.same(log.maxTimestampOffset(), { timestamp: T0 + 19_001, offset: 39 });
});

t.test('retention by time and size deletes whole old segments, never the active one', async (t) => {
  const log = openLog(t, { segmentBytes: 1000, retentionMs: 5_000 });
  fill(log, 12, 2, 200); // roughly one batch per segment
  const before = log.segmentBaseOffsets();
  t.ok(before.length >= 6);
  t.equal(await log.deleteOldSegments(T0), 0, 'nothing is older than retention.ms');
  const deleted = await log.deleteOldSegments(T0 + 8_500);
  t.ok(deleted > 0);
  t.ok(log.offsetForTimestamp(0)!.timestamp >= T0 + 3_000, 'segments newer than the cutoff stay');
  t.equal(log.logStartOffset, log.segmentBaseOffsets()[0]);
  t.throws(() => log.read(0, 100, { minOneMessage: true }), OffsetOutOfRangeError);
  await log.deleteOldSegments(T0 + 1e9);
  t.equal(log.numberOfSegments, 1, 'the active segment survives any age');
  t.ok(log.size > 0);

  const bySize = openLog(t, { segmentBytes: 1000, retentionMs: -1, retentionBytes: 1500 });
  fill(bySize, 12, 2, 200);
  await bySize.deleteOldSegments(T0);
  t.ok(bySize.size <= 1500 + 1000, `size ${bySize.size} trimmed to about retention.bytes`);
  t.ok(bySize.size > 1500 - 1000);
  const files = fs.readdirSync(bySize.dir).filter((f) => f.endsWith('.log'));
  t.equal(files.length, bySize.numberOfSegments, 'deleted segment files are gone from disk');
});

t.test('truncateTo removes later batches and segments; appends continue from there', async (t) => {
  const log = openLog(t, { segmentBytes: 1000 });
  log.append(buildBatch({ records: 2, valueBytes: 200 }), { leaderEpoch: 1 });
  log.append(buildBatch({ records: 2, valueBytes: 200 }), { leaderEpoch: 1 });
  log.append(buildBatch({ records: 2, valueBytes: 200 }), { leaderEpoch: 2 });
  log.append(buildBatch({ records: 2, valueBytes: 200 }), { leaderEpoch: 3 });
  t.same(log.leaderEpochCache.entries().map((e) => e.epoch), [1, 2, 3]);
  t.equal(log.truncateTo(100), false, 'beyond LEO: nothing to do');
  t.equal(log.truncateTo(4), true);
  t.equal(log.logEndOffset, 4);
  t.same(log.leaderEpochCache.entries(), [{ epoch: 1, startOffset: 0 }]);
  t.same(batchOffsets(log.read(0, 1 << 20, { minOneMessage: false }).records), [0, 2]);
  t.equal(log.append(buildBatch({ records: 1 }), { leaderEpoch: 5 }).firstOffset, 4);
  t.equal(log.truncateTo(3), true, 'a batch straddling the target goes whole');
  t.equal(log.logEndOffset, 2);
  t.throws(() => log.truncateTo(-1), OffsetOutOfRangeError);
});

t.test('deleteRecordsBefore raises the log start offset durably', async (t) => {
  const dir = tmpLogDir(t);
  const log = Log.open(dir, logConfig({ segmentBytes: 1000, fileDeleteDelayMs: 0 }));
  fill(log, 10, 2, 200);
  const segmentsBefore = log.numberOfSegments;
  await t.rejects(log.deleteRecordsBefore(21), OffsetOutOfRangeError, 'not past the high watermark');
  t.equal(await log.deleteRecordsBefore(7), 7);
  t.equal(log.logStartOffset, 7);
  t.ok(log.numberOfSegments < segmentsBefore, 'segments wholly below the start are gone');
  t.throws(() => log.read(6, 100, { minOneMessage: true }), OffsetOutOfRangeError);
  t.equal(log.read(7, 100, { minOneMessage: true }).firstBatchOffset, 6, 'the batch holding the start offset is returned');
  const checkpoint = fs.readFileSync(path.join(path.dirname(dir), 'log-start-offset-checkpoint'), 'utf8');
  t.equal(checkpoint, '0\n1\ntopic 0 7\n');
  await log.close();
  const reopened = openLog(t, { segmentBytes: 1000 }, {}, dir);
  t.equal(reopened.logStartOffset, 7);
  t.equal(reopened.logEndOffset, 20);
});

t.test('reopen after a clean close trusts the files; without it the tail is scanned', async (t) => {
  const dir = tmpLogDir(t);
  const config = logConfig({ segmentBytes: 3000, indexIntervalBytes: 256, fileDeleteDelayMs: 0 });
  const log = Log.open(dir, config);
  const bases = fill(log, 20, 3, 100);
  await log.close();
  t.ok(fs.existsSync(path.join(dir, '00000000000000000000.index')));
  const active = fs.readdirSync(dir).filter((f) => f.endsWith('.log')).sort().at(-1)!;
  fs.appendFileSync(path.join(dir, active), Buffer.alloc(40, 0xab));
  const size = fs.statSync(path.join(dir, active)).size;

  const clean = Log.open(dir, config, { hadCleanShutdown: true });
  t.equal(clean.logEndOffset, 60);
  t.same(batchOffsets(clean.read(0, 1 << 20, { minOneMessage: false }).records), bases);
  t.equal(fs.statSync(path.join(dir, active)).size, size, 'no scan: the garbage was not even noticed');
  await clean.close();

  const unclean = Log.open(dir, config);
  t.equal(unclean.logEndOffset, 60);
  t.equal(fs.statSync(path.join(dir, active)).size, size - 40, 'recovery cut the garbage');
  t.equal(unclean.append(buildBatch({ records: 1 }), { leaderEpoch: 0 }).firstOffset, 60);
  await unclean.close();
});

t.test('bad batches append nothing and raise typed errors', async (t) => {
  const log = openLog(t, { maxMessageBytes: 500, segmentBytes: 5000 });
  log.append(buildBatch({ records: 1 }), { leaderEpoch: 0 });
  const corrupt = buildBatch({ records: 2 });
  corrupt[corrupt.length - 1]! ^= 0xff;
  const e1 = t.throws(() => log.append(Buffer.concat([buildBatch({ records: 1 }), corrupt]), { leaderEpoch: 0 })) as CorruptRecordError;
  t.type(e1, CorruptRecordError);
  t.equal(e1.kafkaError, 'CORRUPT_MESSAGE');
  t.equal(e1.batchIndex, 1);
  t.throws(() => log.append(buildBatch({ records: 1, valueBytes: 600 }), { leaderEpoch: 0 }), RecordTooLargeError);
  t.throws(() => log.append(Buffer.concat(Array.from({ length: 12 }, () => buildBatch({ records: 1, valueBytes: 400 }))), { leaderEpoch: 0 }), RecordListTooLargeError);
  t.throws(() => log.append(buildBatch({ records: 1 }).subarray(0, 40), { leaderEpoch: 0 }), CorruptRecordError, 'a cut-off batch');
  t.equal(log.logEndOffset, 1);
  t.equal(log.size, buildBatch({ records: 1 }).length);
  t.throws(() => log.append(Buffer.alloc(0), { leaderEpoch: 0 }), CorruptRecordError, 'a produce with no batch');
  t.equal(log.appendAsFollower(Buffer.alloc(0)).firstOffset, -1, 'an empty follower fetch is a no-op');
});

t.test('appendAsFollower keeps the leader offsets and refuses going backwards or bad CRCs', async (t) => {
  const log = openLog(t);
  const info = log.appendAsFollower(Buffer.concat([withBaseOffset(buildBatch({ records: 2, partitionLeaderEpoch: 3 }), 0), withBaseOffset(buildBatch({ records: 2, partitionLeaderEpoch: 4 }), 5)]));
  t.same([info.firstOffset, info.lastOffset], [0, 6]);
  t.equal(log.logEndOffset, 7);
  t.same(log.leaderEpochCache.entries(), [{ epoch: 3, startOffset: 0 }, { epoch: 4, startOffset: 5 }]);
  t.same(log.endOffsetForEpoch(3), { epoch: 3, endOffset: 5 });
  t.equal(log.read(3, 100, { minOneMessage: true }).firstBatchOffset, 5, 'an offset in a gap reads the next batch');
  t.throws(() => log.appendAsFollower(withBaseOffset(buildBatch({ records: 1 }), 6)), UnexpectedAppendOffsetError);
  const bad = withBaseOffset(buildBatch({ records: 1 }), 7);
  bad[bad.length - 1]! ^= 1;
  t.throws(() => log.appendAsFollower(bad), CorruptRecordError);
  t.equal(log.logEndOffset, 7);
});

t.test('LogAppendTime stamps the append time', async (t) => {
  const log = openLog(t, { messageTimestampType: 'LogAppendTime' });
  const info = log.append(buildBatch({ records: 2 }), { leaderEpoch: 0, logAppendTimeMs: 42_000 });
  t.equal(info.logAppendTimeMs, 42_000);
  t.equal(info.maxTimestamp, 42_000);
  t.same(log.offsetForTimestamp(42_000), { offset: 0, timestamp: 42_000 });
});

t.test('producer-state hooks see every batch, snapshot on roll and close, reload on open', async (t) => {
  const events: string[] = [];
  const seen: BatchSummary[] = [];
  const hooks: ProducerStateHooks = {
    onBatches: (b) => {
      seen.push(...b);
      events.push(`batches ${b.map((x) => x.baseOffset).join(',')}`);
    },
    writeSnapshot: (file, offset) => {
      fs.writeFileSync(file, String(offset));
      events.push(`snapshot ${offset}`);
    },
    loadSnapshot: (file, offset) => events.push(`load ${file === null ? 'none' : path.basename(file)} ${offset}`),
    onLogStartOffsetIncremented: (offset) => events.push(`start ${offset}`),
  };
  const dir = tmpLogDir(t);
  const config = logConfig({ segmentBytes: 700, fileDeleteDelayMs: 0 });
  const log = Log.open(dir, config, { producerState: hooks });
  t.same(events, ['load none 0']);
  for (let i = 0; i < 3; i++) log.append(buildBatch({ records: 2, valueBytes: 200, producerId: 9, producerEpoch: 0, baseSequence: i * 2 }), { leaderEpoch: 0 });
  t.same(seen.map((b) => [b.baseOffset, b.producerId, b.baseSequence]), [[0, 9, 0], [2, 9, 2], [4, 9, 4]]);
  t.ok(events.includes('snapshot 2') && events.includes('snapshot 4'), events.join('; '));
  t.ok(fs.existsSync(path.join(dir, '00000000000000000004.snapshot')));
  await log.close();
  t.equal(events.at(-1), 'snapshot 6');
  events.length = 0;
  const reopened = Log.open(dir, config, { producerState: hooks, hadCleanShutdown: true });
  t.same(events, ['load 00000000000000000006.snapshot 6'], 'nothing to replay after the newest snapshot');
  t.same(reopened.producerBatches().map((b) => b.baseOffset), [0, 2, 4]);
  fs.rmSync(path.join(dir, '00000000000000000004.snapshot'));
  events.length = 0;
  reopened.truncateTo(5); // the batch 4..5 straddles 5 and goes whole: the end is 4
  t.same(events, ['load 00000000000000000002.snapshot 2', 'batches 2'], 'reload the newest snapshot at or below the end, replay the rest');
  t.notOk(fs.existsSync(path.join(dir, '00000000000000000006.snapshot')), 'snapshots past the end are removed');
  await reopened.close();
});

t.test('a partition directory must be named <topic>-<partition>', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-log-'));
  t.teardown(() => fs.rmSync(root, { recursive: true, force: true }));
  t.throws(() => Log.open(path.join(root, 'nopartition'), logConfig()), /named <topic>-<partition>/);
});

t.test('closed logs refuse work', async (t) => {
  const log = openLog(t);
  await log.close();
  t.throws(() => log.append(buildBatch({ records: 1 }), { leaderEpoch: 0 }), KafkaStorageError);
});
