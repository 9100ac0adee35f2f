// Segment recovery scans a window at a time: batches cut by a window edge, a batch larger than the
// window, a torn tail and a corrupt batch give the same result as one scan of the whole file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t, { type Test } from 'tap';
import { pino } from 'pino';
import { LogSegment } from '../../src/storage/logSegment.js';
import { logConfig } from '../../src/storage/logConfig.js';
import { buildBatch } from '../helpers/batch.js';

const logger = pino({ level: 'silent' });
const config = logConfig({ segmentBytes: 1 << 30 });

/** Writes batches of the given record counts and value sizes as segment 0; returns batch sizes. */
function writeSegment(t: Test, batches: { records: number; valueBytes: number }[], tail: Buffer = Buffer.alloc(0)): { dir: string; sizes: number[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-recovery-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  let offset = 0;
  const bufs = batches.map((b) => {
    const buf = buildBatch({ records: b.records, valueBytes: b.valueBytes, baseOffset: offset });
    offset += b.records;
    return buf;
  });
  fs.writeFileSync(path.join(dir, '00000000000000000000.log'), Buffer.concat([...bufs, tail]));
  return { dir, sizes: bufs.map((b) => b.length) };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

t.test('windows smaller than the batches, and cutting them, recover every batch', async (t) => {
  const layout = [
    { records: 3, valueBytes: 100 },
    { records: 1, valueBytes: 5_000 },
    { records: 10, valueBytes: 50 },
    { records: 2, valueBytes: 900 },
  ];
  for (const window of [64, 700, 1_000, 1 << 20]) {
    const { dir, sizes } = writeSegment(t, layout);
    const segment = LogSegment.open(dir, 0, config, logger);
    const result = segment.recover(true, window);
    t.same(result, { truncatedBytes: 0, error: null }, `window ${window}`);
    t.equal(segment.size, sum(sizes));
    t.equal(segment.nextOffset(), 16);
    t.equal(segment.offsetIndex().lookup(14).position <= sum(sizes.slice(0, 3)), true);
  }
});

t.test('a torn tail and a corrupt batch are cut at the same place whatever the window', async (t) => {
  const layout = [
    { records: 2, valueBytes: 300 },
    { records: 2, valueBytes: 300 },
  ];
  for (const window of [100, 1 << 20]) {
    const torn = buildBatch({ records: 1, valueBytes: 400, baseOffset: 4 }).subarray(0, 200);
    const { dir, sizes } = writeSegment(t, layout, torn);
    const result = LogSegment.open(dir, 0, config, logger).recover(true, window);
    t.equal(result.truncatedBytes, 200, `torn tail cut, window ${window}`);
    t.equal(fs.statSync(path.join(dir, '00000000000000000000.log')).size, sum(sizes));

    const bad = Buffer.from(buildBatch({ records: 1, valueBytes: 400, baseOffset: 4 }));
    bad[bad.length - 1] ^= 0xff;
    const corrupt = writeSegment(t, [...layout, { records: 1, valueBytes: 10 }].slice(0, 2), Buffer.concat([bad, buildBatch({ records: 1, valueBytes: 10, baseOffset: 5 })]));
    const cut = LogSegment.open(corrupt.dir, 0, config, logger).recover(true, window);
    t.ok(cut.error !== null && /crc/i.test(cut.error), `a CRC mismatch is reported, window ${window}: ${cut.error}`);
    t.equal(fs.statSync(path.join(corrupt.dir, '00000000000000000000.log')).size, sum(corrupt.sizes));
  }
});
