// Crash safety of the storage engine: SIGKILL an appending process at random moments and check
// that every acknowledged batch survives byte for byte and the recovered tail is clean; damage the
// tail and the index by hand and check recovery repairs them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { crc32c, scanBatches } from '../../bindings/index.js';
import { Log } from '../../src/storage/log.js';
import { logConfig } from '../../src/storage/logConfig.js';
import { buildBatch } from '../helpers/batch.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/storage-appender.js', import.meta.url));
const config = logConfig({ segmentBytes: 256 * 1024, indexIntervalBytes: 1024, fileDeleteDelayMs: 0 });

interface Ack {
  baseOffset: number;
  lastOffset: number;
  size: number;
  crc: number;
}

function tmpLogDir(t: { teardown(fn: () => void): void }): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runnel-crash-'));
  t.teardown(() => fs.rmSync(root, { recursive: true, force: true }));
  return path.join(root, 'crash-0');
}

/** Runs the appender, kills it `killAfterMs` after it is ready, and returns the acknowledged appends. */
function runAndKill(dir: string, killAfterMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FIXTURE, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acks: Ack[] = [];
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ready')) {
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
          continue;
        }
        const [baseOffset, lastOffset, size, crc] = line.split(' ').map(Number) as [number, number, number, number];
        acks.push({ baseOffset, lastOffset, size, crc });
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`appender exited with ${code ?? signal} before the kill`));
      else resolve(acks);
    });
  });
}

function wholeLogIsClean(log: Log): { ok: boolean; error: string | null } {
  const read = log.read(log.logStartOffset, 1 << 30, { minOneMessage: true });
  const all = Buffer.concat(read.records);
  const scan = scanBatches(all, true);
  return { ok: scan.error === null && scan.validBytes === all.length && all.length === log.size, error: scan.error };
}

t.test('SIGKILL at 20 random moments never loses an acknowledged batch', async (t) => {
  const dir = tmpLogDir(t);
  const acked: Ack[] = [];
  for (let run = 0; run < 20; run++) {
    const acks = await runAndKill(dir, 5 + Math.floor(Math.random() * 250));
    if (acked.length > 0 && acks.length > 0 && acks[0]!.baseOffset !== acked.at(-1)!.lastOffset + 1) {
      t.fail(`run ${run}: the appender resumed at ${acks[0]!.baseOffset}, expected ${acked.at(-1)!.lastOffset + 1}`);
    }
    acked.push(...acks);
    const log = Log.open(dir, config);
    let bad = 0;
    for (const ack of acked) {
      const read = log.read(ack.baseOffset, 1, { minOneMessage: true });
      const bytes = Buffer.concat(read.records);
      if (read.firstBatchOffset !== ack.baseOffset || bytes.length !== ack.size || crc32c(bytes) !== ack.crc) bad++;
    }
    t.equal(bad, 0, `run ${run}: all ${acked.length} acknowledged batches intact`);
    t.ok(log.logEndOffset >= (acked.at(-1)?.lastOffset ?? -1) + 1, `run ${run}: log end ${log.logEndOffset} covers the acknowledged ones`);
    t.ok(wholeLogIsClean(log).ok, `run ${run}: the recovered log is clean to its last byte`);
    // The appender's next run resumes after whatever made it to disk, acknowledged or not.
    const extra = log.logEndOffset - ((acked.at(-1)?.lastOffset ?? -1) + 1);
    if (extra > 0) {
      const tail = log.read(acked.at(-1)?.lastOffset === undefined ? 0 : acked.at(-1)!.lastOffset + 1, 1 << 30, { minOneMessage: true });
      const all = Buffer.concat(tail.records);
      for (let pos = 0; pos < all.length; ) {
        const size = 12 + all.readInt32BE(pos + 8);
        const batch = all.subarray(pos, pos + size);
        acked.push({ baseOffset: Number(batch.readBigInt64BE(0)), lastOffset: Number(batch.readBigInt64BE(0)) + batch.readInt32BE(23), size, crc: crc32c(batch) });
        pos += size;
      }
    }
    await log.close();
  }
  t.ok(acked.length > 100, `${acked.length} batches acknowledged over 20 runs`);
});

t.test('garbage or a cut-off batch at the tail is truncated to the last good batch', async (t) => {
  const dir = tmpLogDir(t);
  const log = Log.open(dir, config);
  for (let i = 0; i < 10; i++) log.append(buildBatch({ records: 3, valueBytes: 100 }), { leaderEpoch: 0 });
  const goodSize = log.size;
  await log.close();
  const segment = path.join(dir, '00000000000000000000.log');

  fs.appendFileSync(segment, Buffer.from('definitely not a record batch, just garbage bytes'));
  let reopened = Log.open(dir, config);
  t.equal(reopened.logEndOffset, 30);
  t.equal(fs.statSync(segment).size, goodSize, 'garbage cut');
  await reopened.close();

  const cut = buildBatch({ records: 3, valueBytes: 100, baseOffset: 30 });
  fs.appendFileSync(segment, cut.subarray(0, cut.length - 7));
  reopened = Log.open(dir, config);
  t.equal(reopened.logEndOffset, 30);
  t.equal(fs.statSync(segment).size, goodSize, 'torn batch cut');
  await reopened.close();

  const flipped = buildBatch({ records: 3, valueBytes: 100, baseOffset: 30 });
  flipped[flipped.length - 5]! ^= 0x40;
  fs.appendFileSync(segment, Buffer.concat([flipped, buildBatch({ records: 1, baseOffset: 33 })]));
  reopened = Log.open(dir, config);
  t.equal(reopened.logEndOffset, 30, 'a bad CRC ends the log even with a good batch after it');
  t.equal(reopened.append(buildBatch({ records: 1 }), { leaderEpoch: 0 }).firstOffset, 30);
  await reopened.close();
});

t.test('a missing or corrupt .index is rebuilt from the log', async (t) => {
  const dir = tmpLogDir(t);
  const small = logConfig({ segmentBytes: 4 * 1024, indexIntervalBytes: 512, fileDeleteDelayMs: 0 });
  const log = Log.open(dir, small);
  const bases: number[] = [];
  for (let i = 0; i < 60; i++) bases.push(log.append(buildBatch({ records: 2, valueBytes: 150 }), { leaderEpoch: 0 }).firstOffset);
  await log.close();
  t.ok(log.numberOfSegments > 3, `${log.numberOfSegments} segments`);
  const first = path.join(dir, '00000000000000000000.index');
  const second = fs.readdirSync(dir).filter((f) => f.endsWith('.index')).sort()[1]!;
  const original = fs.readFileSync(first);
  t.ok(original.length > 0);
  fs.rmSync(first);
  const secondBytes = fs.readFileSync(path.join(dir, second));
  secondBytes.writeInt32BE(0x7fffffff, secondBytes.length - 4); // a position far past the log
  fs.writeFileSync(path.join(dir, second), secondBytes);

  const reopened = Log.open(dir, small, { hadCleanShutdown: true });
  for (let offset = 0; offset < reopened.logEndOffset; offset++) {
    const expected = bases.filter((b) => b <= offset).at(-1)!;
    if (reopened.read(offset, 1, { minOneMessage: true }).firstBatchOffset !== expected) t.fail(`offset ${offset}`);
  }
  await reopened.close();
  t.same(fs.readFileSync(first), original, 'the rebuilt index equals the one written at roll');
  t.notSame(fs.readFileSync(path.join(dir, second)), secondBytes, 'the corrupt index was rewritten');
});
