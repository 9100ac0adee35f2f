// A full disk takes only the affected log offline: a 1 MiB tmpfs holds one log dir, a normal
// directory the other. Needs root for mount(8), which the test machine and CI have.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { crc32c } from '../../bindings/index.js';
import { KafkaStorageError } from '../../src/storage/errors.js';
import { LogManager } from '../../src/storage/logManager.js';
import { logConfig } from '../../src/storage/logConfig.js';
import { buildBatch } from '../helpers/batch.js';

t.test('ENOSPC: that log goes offline, others keep working, nothing acknowledged is lost', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-enospc-'));
  const small = path.join(root, 'small');
  const big = path.join(root, 'big');
  fs.mkdirSync(small);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small]);
  t.teardown(() => {
    // Lazy: views of the offline log's files may still map them until garbage collection.
    execFileSync('umount', ['-l', small]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  const config = logConfig({ segmentBytes: 256 * 1024, fileDeleteDelayMs: 0 });
  const manager = await LogManager.open({ logDirs: [small, big], logRetentionCheckIntervalMs: 60_000 });
  const full = await manager.getOrCreateLog({ topic: 'full', partition: 0 }, config);
  const healthy = await manager.getOrCreateLog({ topic: 'healthy', partition: 0 }, config);
  t.equal(path.dirname(full.dir), small, 'first log in the first dir');
  t.equal(path.dirname(healthy.dir), big, 'second log in the emptier dir');

  const acked: { offset: number; crc: number }[] = [];
  let failure: unknown = null;
  for (let i = 0; i < 200 && failure === null; i++) {
    const batch = buildBatch({ records: 4, valueBytes: 8 * 1024, fill: i });
    try {
      acked.push({ offset: full.append(batch, { leaderEpoch: 0 }).firstOffset, crc: crc32c(batch) });
    } catch (err) {
      failure = err;
    }
    healthy.append(buildBatch({ records: 1 }), { leaderEpoch: 0 });
  }
  t.type(failure, KafkaStorageError, 'the write that did not fit fails with KafkaStorageError');
  t.match((failure as Error).cause, { code: /ENOSPC/, syscall: /./, path: /full-0/ });
  t.ok(full.isOffline);
  t.same(manager.offlinePartitions(), ['full-0']);
  t.throws(() => full.read(0, 100, { minOneMessage: true }), KafkaStorageError, 'every later call fails fast');
  await t.rejects(full.flush(), KafkaStorageError);
  const before = healthy.logEndOffset;
  healthy.append(buildBatch({ records: 1 }), { leaderEpoch: 0 });
  t.equal(healthy.logEndOffset, before + 1, 'the other log keeps working');
  await healthy.flush();
  await manager.close();
  t.notOk(fs.existsSync(path.join(small, '.kafka_cleanshutdown')), 'a dir with an offline log is not marked clean');
  t.ok(fs.existsSync(path.join(big, '.kafka_cleanshutdown')));

  const reopened = await LogManager.open({ logDirs: [small, big], logRetentionCheckIntervalMs: 60_000 });
  const log = reopened.getLog({ topic: 'full', partition: 0 })!;
  t.ok(acked.length > 10, `${acked.length} batches acknowledged before the disk filled`);
  let intact = 0;
  for (const ack of acked) {
    const bytes = Buffer.concat(log.read(ack.offset, 1, { minOneMessage: true }).records);
    if (crc32c(bytes) === ack.crc) intact++;
  }
  t.equal(intact, acked.length, 'every acknowledged batch is intact after recovery');
  await reopened.close();
});
