// Native data plane throughput: `npm run build && node dist/bench/micro/native.js`.
// Prints one table; figures are for this machine only and are never asserted by tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import {
  SegmentFile,
  crc32cHardware,
  crc32cSoftware,
  hasHardwareCrc32c,
  murmur2Partitions,
  scanBatches,
} from '../../bindings/index.js';
import { buildBatch } from '../../test/unit/native-batch-builder.js';

const require = createRequire(import.meta.url);
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2.js') as (key: Buffer) => number;

const MiB = 1 << 20;
const rows: [string, string][] = [];
const report = (name: string, value: string): void => {
  rows.push([name, value]);
  console.log(`${name.padEnd(52)} ${value}`);
};

/** Runs fn until ~minMs have passed; returns calls per second. */
function rate(fn: () => void, minMs = 300): number {
  fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    calls++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (calls * 1000) / elapsed;
}
const gbps = (bytesPerCall: number, callsPerSec: number): string => `${((bytesPerCall * callsPerSec) / 1e9).toFixed(2)} GB/s`;
const mbps = (bytesPerSec: number): string => `${(bytesPerSec / 1e6).toFixed(0)} MB/s`;

// The JS reference: a plain one-table CRC32C, as a pure-JS npm package would do it.
const JS_TABLE = new Int32Array(256).map((_, i) => {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  return c;
});
function crc32cJs(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = JS_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function benchCrc(): void {
  const data = randomBytes(MiB);
  if (hasHardwareCrc32c) report('crc32c hardware, 1 MiB', gbps(MiB, rate(() => crc32cHardware(data))));
  report('crc32c hardware, 1 KiB', hasHardwareCrc32c ? gbps(1024, rate(() => crc32cHardware(data.subarray(0, 1024)))) : 'n/a');
  report('crc32c software (slicing-by-8), 1 MiB', gbps(MiB, rate(() => crc32cSoftware(data))));
  report('crc32c pure JS (table), 1 MiB', gbps(MiB, rate(() => crc32cJs(data))));
}

function benchMurmur2(): void {
  const keys = Array.from({ length: 100_000 }, (_, i) => Buffer.from(`order-${i}-${i * 7919}`));
  const native = rate(() => murmur2Partitions(keys, 12));
  const js = rate(() => {
    for (const key of keys) (kafkajsMurmur2(key) & 0x7fffffff) % 12;
  });
  report('murmur2 partition, native batch of 100k keys', `${((native * keys.length) / 1e6).toFixed(1)} M keys/s`);
  report('murmur2 partition, kafkajs JS', `${((js * keys.length) / 1e6).toFixed(1)} M keys/s`);
}

function benchFile(dir: string): void {
  for (const size of [16 * 1024, MiB]) {
    const label = size === MiB ? '1 MiB' : '16 KiB';
    const total = 256 * MiB;
    const chunk = randomBytes(size);
    const file = SegmentFile.open(join(dir, `append-${size}.log`), { create: true });
    const start = process.hrtime.bigint();
    for (let written = 0; written < total; written += size) file.append([chunk]);
    const appendSec = Number(process.hrtime.bigint() - start) / 1e9;
    report(`append ${label} batches (page cache)`, mbps(total / appendSec));

    const pooled = Buffer.allocUnsafe(size);
    const readAll = (read: (position: number) => void): number => {
      const t0 = process.hrtime.bigint();
      for (let position = 0; position < total; position += size) read(position);
      return total / (Number(process.hrtime.bigint() - t0) / 1e9);
    };
    report(`pread ${label} into a pooled buffer`, mbps(readAll((p) => file.pread(pooled, p))));
    let sink = 0;
    report(`readView ${label} (mmap view, bytes not touched)`, mbps(readAll((p) => (sink += file.readView(p, size).length))));
    report(
      `readView ${label} + Buffer.copy out (bytes touched)`,
      mbps(readAll((p) => (sink += file.readView(p, size).copy(pooled)))),
    );
    file.close();
  }
}

/** A child process that drains a loopback socket, so the sink does not share our event loop. */
async function startSink(): Promise<{ port: number; received: () => Promise<number> }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const s=require('net').createServer(c=>{let n=0;c.on('data',d=>n+=d.length);c.on('end',()=>{console.log(n);s.close()})});
       s.listen(0,'127.0.0.1',()=>console.log(s.address().port));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines: string[] = [];
  let waiting: (() => void) | null = null;
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    lines.push(...d.split('\n').filter(Boolean));
    waiting?.();
  });
  const nextLine = async (): Promise<string> => {
    while (lines.length === 0) await new Promise<void>((r) => (waiting = r));
    return lines.shift()!;
  };
  const port = Number(await nextLine());
  return { port, received: async () => Number(await nextLine()) };
}

async function benchToSocket(dir: string): Promise<void> {
  const total = 512 * MiB;
  const file = SegmentFile.open(join(dir, 'fetch.log'), { create: true });
  const chunk = randomBytes(MiB);
  for (let n = 0; n < total; n += MiB) file.append([chunk]);

  const run = async (label: string, size: number, send: (socket: Socket, position: number) => Promise<void>) => {
    const sink = await startSink();
    const socket = connect(sink.port, '127.0.0.1');
    await once(socket, 'connect');
    const t0 = process.hrtime.bigint();
    for (let position = 0; position < total; position += size) await send(socket, position);
    socket.end();
    const got = await sink.received();
    const sec = Number(process.hrtime.bigint() - t0) / 1e9;
    report(`to loopback socket, ${label}`, got === total ? mbps(total / sec) : `short: ${got} bytes`);
  };
  const write = async (socket: Socket, buf: Buffer) => {
    if (!socket.write(buf)) await once(socket, 'drain');
  };
  for (const size of [16 * 1024, MiB]) {
    const label = size === MiB ? '1 MiB' : '16 KiB';
    await run(`pread (fresh buffer) + write, ${label}`, size, async (socket, position) => {
      const buf = Buffer.allocUnsafe(size);
      file.pread(buf, position);
      await write(socket, buf);
    });
    await run(`readView + write, ${label}`, size, (socket, position) => write(socket, file.readView(position, size)));
    await run(`sendfile (poll on EAGAIN), ${label}`, size, async (socket, position) => {
      const fd = (socket as unknown as { _handle: { fd: number } })._handle.fd;
      let sent = 0;
      while (sent < size) {
        const n = file.sendfile(fd, position + sent, size - sent);
        sent += n;
        // libuv owns the fd and offers no writability callback for it: all we can do is poll.
        if (n === 0) await new Promise((r) => setImmediate(r));
      }
    });
  }
  file.close();
}

function benchScan(): void {
  const batch = buildBatch({ recordsBytes: 16 * 1024 - 61, recordCount: 100 });
  const log = Buffer.concat(Array.from({ length: (64 * MiB) / batch.length }, () => batch));
  report('scanBatches 64 MiB of 16 KiB batches, CRC verified', gbps(log.length, rate(() => scanBatches(log, true))));
  report('scanBatches 64 MiB of 16 KiB batches, headers only', gbps(log.length, rate(() => scanBatches(log, false))));
}

function benchMemcpy(): void {
  const from = randomBytes(64 * MiB);
  const to = Buffer.allocUnsafe(64 * MiB);
  report('memcpy (Buffer.copy 64 MiB), for scale', gbps(64 * MiB, rate(() => from.copy(to))));
}

const dir = mkdtempSync(join(tmpdir(), 'runnel-bench-'));
try {
  benchCrc();
  benchMurmur2();
  benchFile(dir);
  await benchToSocket(dir);
  benchScan();
  benchMemcpy();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
