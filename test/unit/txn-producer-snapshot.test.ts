import t from 'tap';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32c } from '../../bindings/index.js';
import { ProducerStateEntry } from '../../src/txn/producerStateEntry.js';
import {
  CorruptSnapshotError,
  decodeProducerSnapshot,
  deleteSnapshotsAbove,
  deleteSnapshotsBefore,
  encodeProducerSnapshot,
  listProducerSnapshots,
  readProducerSnapshot,
  snapshotFileName,
  writeProducerSnapshot,
} from '../../src/txn/producerSnapshot.js';
import { MAX_SEQUENCE } from '../../src/txn/sequence.js';

function entry(producerId: number, epoch: number, batch?: { firstSeq: number; lastSeq: number; firstOffset: number; lastOffset: number }): ProducerStateEntry {
  const e = new ProducerStateEntry(producerId);
  e.producerEpoch = epoch;
  e.lastTimestamp = 1_700_000_000_000;
  if (batch !== undefined) e.addBatch({ ...batch, maxTimestamp: e.lastTimestamp });
  return e;
}

/** Recomputes the CRC so a test can reach the checks that come after it. */
function reseal(buf: Buffer): Buffer {
  buf.writeUInt32BE(crc32c(buf.subarray(6)) >>> 0, 2);
  return buf;
}

t.test('the file layout is Kafka producer snapshot version 1', async (t) => {
  const e = entry(0x0102030405, 7, { firstSeq: 10, lastSeq: 14, firstOffset: 100, lastOffset: 104 });
  e.coordinatorEpoch = 3;
  e.currentTxnFirstOffset = 90;
  const buf = encodeProducerSnapshot([e]);
  t.equal(buf.length, 2 + 4 + 4 + 46);
  t.equal(buf.readInt16BE(0), 1, 'version');
  t.equal(buf.readUInt32BE(2), crc32c(buf.subarray(6)) >>> 0, 'crc32c covers everything after the crc');
  t.equal(buf.readInt32BE(6), 1, 'entry count');
  t.equal(buf.readBigInt64BE(10), 0x0102030405n, 'producer id');
  t.equal(buf.readInt16BE(18), 7, 'epoch');
  t.equal(buf.readInt32BE(20), 14, 'last sequence');
  t.equal(buf.readBigInt64BE(24), 104n, 'last offset');
  t.equal(buf.readInt32BE(32), 4, 'offset delta');
  t.equal(buf.readBigInt64BE(36), 1_700_000_000_000n, 'timestamp');
  t.equal(buf.readInt32BE(44), 3, 'coordinator epoch');
  t.equal(buf.readBigInt64BE(48), 90n, 'current transaction first offset');
});

t.test('entries round-trip, keeping the last batch only', async (t) => {
  const busy = entry(1, 0, { firstSeq: 0, lastSeq: 1, firstOffset: 0, lastOffset: 1 });
  busy.addBatch({ firstSeq: 2, lastSeq: 4, firstOffset: 5, lastOffset: 7, maxTimestamp: 9 });
  const wrapped = entry(2, 1, { firstSeq: MAX_SEQUENCE - 1, lastSeq: 1, firstOffset: 20, lastOffset: 23 });
  const noBatches = entry(3, 4);
  const [a, b, c, ...rest] = decodeProducerSnapshot(encodeProducerSnapshot([busy, wrapped, noBatches]));
  t.equal(rest.length, 0);
  t.same(a!.batches, [{ firstSeq: 2, lastSeq: 4, firstOffset: 5, lastOffset: 7, maxTimestamp: busy.lastTimestamp }]);
  t.same(b!.batches, wrapped.batches, 'first sequence is rebuilt across the wrap');
  t.same(c!.batches, []);
  t.equal(c!.producerEpoch, 4);
  t.equal(c!.currentTxnFirstOffset, null);
  t.same(decodeProducerSnapshot(encodeProducerSnapshot([])), []);
});

t.test('damaged snapshots are rejected, never half-read', async (t) => {
  const good = encodeProducerSnapshot([entry(1, 0, { firstSeq: 0, lastSeq: 0, firstOffset: 0, lastOffset: 0 })]);
  const flipped = Buffer.from(good);
  flipped[30]! ^= 0x01;
  t.throws(() => decodeProducerSnapshot(flipped), CorruptSnapshotError);
  t.throws(() => decodeProducerSnapshot(flipped), { message: /CRC mismatch/ });

  const badCrc = Buffer.from(good);
  badCrc.writeUInt32BE((badCrc.readUInt32BE(2) + 1) >>> 0, 2);
  t.throws(() => decodeProducerSnapshot(badCrc), { message: /CRC mismatch/ });

  const version2 = Buffer.from(good);
  version2.writeInt16BE(2, 0);
  t.throws(() => decodeProducerSnapshot(version2), { message: /unknown version 2/ });

  t.throws(() => decodeProducerSnapshot(good.subarray(0, 7)), { message: /shorter than/ });
  t.throws(() => decodeProducerSnapshot(reseal(Buffer.from(good.subarray(0, good.length - 1)))), { message: /cannot hold 1 entries/ });
  const negative = Buffer.from(good);
  negative.writeInt32BE(-1, 6);
  t.throws(() => decodeProducerSnapshot(reseal(negative)), { message: /cannot hold -1 entries/ });
  const hugeId = Buffer.from(good);
  hugeId.writeBigInt64BE(2n ** 62n, 10);
  t.throws(() => decodeProducerSnapshot(reseal(hugeId)), { message: /producer id .* safe integer/ });
});

t.test('snapshot files: named by offset, written atomically, listed and deleted by range', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'runnel-txn-snap-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  t.equal(snapshotFileName(42), '00000000000000000042.snapshot');

  for (const offset of [300, 5, 120]) await writeProducerSnapshot(dir, offset, [entry(offset, 0)]);
  await writeFile(join(dir, '00000000000000000000.log'), '');
  await writeFile(join(dir, '00000000000000000999.snapshot.tmp'), 'half written');
  t.same(
    (await listProducerSnapshots(dir)).map((s) => s.offset),
    [5, 120, 300],
    'sorted, ignoring other files and unfinished temp files',
  );
  t.notOk((await readdir(dir)).some((n) => n.startsWith('00000000000000000300') && n.endsWith('.tmp')));
  t.equal((await readProducerSnapshot(join(dir, snapshotFileName(120))))[0]!.producerId, 120);

  await writeProducerSnapshot(dir, 120, [entry(121, 0), entry(122, 0)]);
  t.equal((await readProducerSnapshot(join(dir, snapshotFileName(120)))).length, 2, 'rewriting replaces the file');

  t.same(await deleteSnapshotsAbove(dir, 120), [300]);
  t.same(await deleteSnapshotsBefore(dir, 120), [5]);
  t.same((await listProducerSnapshots(dir)).map((s) => s.offset), [120]);

  await t.rejects(readProducerSnapshot(join(dir, snapshotFileName(1))), { code: 'ENOENT', syscall: 'open' });
  await t.rejects(writeProducerSnapshot(join(dir, 'nope'), 1, []), { code: 'ENOENT', errno: -2 });
});
