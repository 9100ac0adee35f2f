import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { CLEAN_SHUTDOWN_FILE, LogManager } from '../../src/storage/logManager.js';
import { logConfig } from '../../src/storage/logConfig.js';
import { buildBatch } from '../helpers/batch.js';

const T0 = 1_700_000_000_000;

function tmpDirs(t: { teardown(fn: () => void): void }, n: number): string[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-lm-'));
  t.teardown(() => fs.rmSync(root, { recursive: true, force: true }));
  return Array.from({ length: n }, (_, i) => path.join(root, `d${i}`));
}

t.test('loads logs, spreads new ones, marks clean shutdown, and removes the marker on start', async (t) => {
  const dirs = tmpDirs(t, 2);
  const settings = { logDirs: dirs, logRetentionCheckIntervalMs: 60_000 };
  const config = logConfig({ fileDeleteDelayMs: 0 });
  const m1 = await LogManager.open(settings);
  const a = await m1.getOrCreateLog({ topic: 'a', partition: 0 }, config, 'id-a');
  const b = await m1.getOrCreateLog({ topic: 'b', partition: 0 }, config);
  t.not(path.dirname(a.dir), path.dirname(b.dir), 'the second log goes to the emptier dir');
  t.equal(await m1.getOrCreateLog({ topic: 'a', partition: 0 }, config, 'id-a'), a, 'existing log returned');
  a.append(buildBatch({ records: 3 }), { leaderEpoch: 0 });
  b.append(buildBatch({ records: 2 }), { leaderEpoch: 0 });
  await m1.close();
  for (const dir of dirs) t.ok(fs.existsSync(path.join(dir, CLEAN_SHUTDOWN_FILE)));
  t.match(fs.readFileSync(path.join(dirs[0]!, 'recovery-point-offset-checkpoint'), 'utf8'), /^0\n1\na 0 3\n$/);

  fs.mkdirSync(path.join(dirs[0]!, 'old-0.0123abcd-delete'));
  const m2 = await LogManager.open(settings);
  t.teardown(() => m2.close());
  for (const dir of dirs) t.notOk(fs.existsSync(path.join(dir, CLEAN_SHUTDOWN_FILE)), 'marker removed once loaded');
  t.notOk(fs.existsSync(path.join(dirs[0]!, 'old-0.0123abcd-delete')), 'half-deleted logs are finished off');
  t.same(m2.allLogs().map((l) => `${l.topicPartition.topic}:${l.logEndOffset}`).sort(), ['a:3', 'b:2']);

  const recreated = await m2.getOrCreateLog({ topic: 'a', partition: 0 }, config, 'id-a2');
  t.equal(recreated.logEndOffset, 0, 'a different topic id replaces the stale log');
  await m2.deleteLog({ topic: 'b', partition: 0 });
  t.equal(m2.getLog({ topic: 'b', partition: 0 }), undefined);
  t.same(fs.readdirSync(dirs[1]!).filter((f) => f.startsWith('b-')), [], 'directory removed');
});

t.test('runRetention applies each log config and skips nothing but the active segment', async (t) => {
  const [dir] = tmpDirs(t, 1);
  const manager = await LogManager.open({ logDirs: [dir!], logRetentionCheckIntervalMs: 60_000 });
  t.teardown(() => manager.close());
  const log = await manager.getOrCreateLog({ topic: 'r', partition: 0 }, logConfig({ segmentBytes: 600, retentionMs: 1000, fileDeleteDelayMs: 0 }));
  for (let i = 0; i < 5; i++) log.append(buildBatch({ records: 2, valueBytes: 200, firstTimestamp: T0 + i }), { leaderEpoch: 0 });
  t.ok(log.numberOfSegments > 2);
  t.equal(await manager.runRetention(T0 + 500), 0);
  t.ok((await manager.runRetention(T0 + 10_000)) > 0);
  t.equal(log.numberOfSegments, 1);
  t.equal(log.logStartOffset, log.segmentBaseOffsets()[0]);
});

t.test('an unclean start recovers; a bad partition directory does not stop the others', async (t) => {
  const [dir] = tmpDirs(t, 1);
  const settings = { logDirs: [dir!], logRetentionCheckIntervalMs: 60_000 };
  const m1 = await LogManager.open(settings);
  const log = await m1.getOrCreateLog({ topic: 'u', partition: 0 }, logConfig());
  log.append(buildBatch({ records: 3 }), { leaderEpoch: 0 });
  await m1.close();
  fs.rmSync(path.join(dir!, CLEAN_SHUTDOWN_FILE));
  fs.appendFileSync(path.join(dir!, 'u-0', '00000000000000000000.log'), Buffer.alloc(30, 1));
  fs.mkdirSync(path.join(dir!, 'broken-0'));
  fs.mkdirSync(path.join(dir!, 'broken-0', '00000000000000000000.log')); // opening it as a segment fails: EISDIR
  const m2 = await LogManager.open(settings);
  t.teardown(() => m2.close());
  t.equal(m2.getLog({ topic: 'u', partition: 0 })!.logEndOffset, 3);
  t.equal(m2.getLog({ topic: 'u', partition: 0 })!.size, buildBatch({ records: 3 }).length, 'torn tail cut');
  t.same(m2.offlinePartitions(), ['broken-0']);
});

t.test('replication-offset-checkpoint keeps each log\'s high watermark across a restart, clamped to the log', async (t) => {
  const [dir] = tmpDirs(t, 1);
  const settings = { logDirs: [dir!], logRetentionCheckIntervalMs: 60_000, replicaHighWatermarkCheckpointIntervalMs: 60_000 };
  const m1 = await LogManager.open(settings);
  const tracked = await m1.getOrCreateLog({ topic: 'hw', partition: 0 }, logConfig());
  tracked.append(buildBatch({ records: 10 }), { leaderEpoch: 0 });
  tracked.highWatermark = 4;
  const single = await m1.getOrCreateLog({ topic: 'hw', partition: 1 }, logConfig());
  single.append(buildBatch({ records: 3 }), { leaderEpoch: 0 });
  await m1.checkpointHighWatermarks();
  const lines = fs.readFileSync(path.join(dir!, 'replication-offset-checkpoint'), 'utf8').trim().split('\n');
  t.same(lines.slice(2).sort(), ['hw 0 4', 'hw 1 3'], 'one line per partition: a replicated log\'s high watermark, a single replica\'s log end');
  fs.rmSync(path.join(dir!, 'replication-offset-checkpoint'));
  await m1.checkpointHighWatermarks();
  t.notOk(fs.existsSync(path.join(dir!, 'replication-offset-checkpoint')), 'no high watermark moved: nothing is written');
  tracked.highWatermark = 7;
  await m1.close();

  const m2 = await LogManager.open(settings);
  t.teardown(() => m2.close());
  t.equal(m2.getLog({ topic: 'hw', partition: 0 })!.checkpointedHighWatermark, 7, 'close writes the newest high watermark');
  t.equal(m2.getLog({ topic: 'hw', partition: 1 })!.checkpointedHighWatermark, 3);
  await m2.deleteLog({ topic: 'hw', partition: 1 });
  const after = fs.readFileSync(path.join(dir!, 'replication-offset-checkpoint'), 'utf8').trim().split('\n');
  t.same(after.slice(2), ['hw 0 7'], 'a deleted partition leaves the checkpoint');

  await m2.close();
  fs.writeFileSync(path.join(dir!, 'replication-offset-checkpoint'), '0\n1\nhw 0 99\n');
  const m3 = await LogManager.open(settings);
  t.teardown(() => m3.close());
  t.equal(m3.getLog({ topic: 'hw', partition: 0 })!.checkpointedHighWatermark, 10, 'a checkpoint past the log end is clamped to it');
});
