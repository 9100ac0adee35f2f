// Storage throughput through the Log API: append and read MB/s for 16 KiB and 1 MiB batches of
// 1 KiB records, and recovery-scan GB/s of an unclean log. Not a test: run it by hand,
//   node dist/bench/micro/storage.js [MiB per case, default 512]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Log } from '../../src/storage/log.js';
import { logConfig } from '../../src/storage/logConfig.js';
import { RECOVERY_POINT_CHECKPOINT } from '../../src/storage/logDirCheckpoints.js';
import { buildBatch } from '../../test/helpers/batch.js';

const MiB = 1024 * 1024;
const totalBytes = Number(process.argv[2] ?? 512) * MiB;
const config = logConfig({ maxMessageBytes: 2 * MiB, fileDeleteDelayMs: 0 });

function rate(bytes: number, ms: number): string {
  return `${((bytes / MiB) / (ms / 1000)).toFixed(0)} MiB/s`;
}

async function runCase(batchBytes: number): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-bench-'));
  const dir = path.join(root, 'bench-0');
  try {
    const records = Math.max(1, Math.floor(batchBytes / 1024));
    const batch = buildBatch({ records, valueBytes: 1024 - 10 });
    const count = Math.ceil(totalBytes / batch.length);
    const log = Log.open(dir, config);
    let t0 = performance.now();
    for (let i = 0; i < count; i++) {
      batch.fill(0, 0, 8); // a producer sends base offset 0; the append patched it in place
      log.append(batch, { leaderEpoch: 0 });
    }
    const appendMs = performance.now() - t0;
    const written = log.size;

    t0 = performance.now();
    let read = 0;
    for (let offset = 0; offset < log.logEndOffset; ) {
      const info = log.read(offset, 1 * MiB, { minOneMessage: true });
      read += info.sizeInBytes;
      const last = info.records.at(-1)!;
      let pos = 0;
      let lastBase = 0;
      let lastDelta = 0;
      while (pos < last.length) {
        lastBase = Number(last.readBigInt64BE(pos));
        lastDelta = last.readInt32BE(pos + 23);
        pos += 12 + last.readInt32BE(pos + 8);
      }
      offset = lastBase + lastDelta + 1;
    }
    const readMs = performance.now() - t0;
    await log.close();

    fs.rmSync(path.join(root, RECOVERY_POINT_CHECKPOINT));
    t0 = performance.now();
    const recovered = Log.open(dir, config);
    const recoverMs = performance.now() - t0;
    if (recovered.logEndOffset !== log.logEndOffset) throw new Error('recovery lost data');
    await recovered.close();

    console.log(
      `${(batchBytes / 1024).toFixed(0).padStart(5)} KiB batches, ${(written / MiB).toFixed(0)} MiB: ` +
        `append ${rate(written, appendMs)}, read ${rate(read, readMs)}, recovery scan ${rate(written, recoverMs)}`,
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

await runCase(16 * 1024);
await runCase(1024 * 1024);
