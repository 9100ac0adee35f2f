// The physical ceilings measured in the same run: loopback TCP (iperf3, one stream, as one
// client connection) and page-cache write and read bandwidth (dd in 1 MiB blocks, no fsync, as
// the broker's appends and reads). A broker cannot beat these; ratios to them stay meaningful on
// a noisy shared machine where absolute figures do not.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { freePort } from '../test/helpers/broker.js';

export interface Ceilings {
  loopbackTcpMbPerSec: number;
  pageCacheWriteMbPerSec: number;
  pageCacheReadMbPerSec: number;
}

const MB = 1e6;
const iperfReport = z.object({ end: z.object({ sum_received: z.object({ bits_per_second: z.number() }) }) });

async function loopbackTcp(seconds: number): Promise<number> {
  const port = await freePort();
  const server = spawn('iperf3', ['-s', '-1', '-B', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  try {
    for (let attempt = 0; ; attempt++) {
      const client = spawnSync('iperf3', ['-c', '127.0.0.1', '-p', String(port), '-t', String(seconds), '-J'], { encoding: 'utf8' });
      // iperf3 -J reports a refused connection as {"error": ...}, sometimes with exit status 0.
      const report = iperfReport.safeParse(client.status === 0 ? JSON.parse(client.stdout) : null);
      if (report.success) return report.data.end.sum_received.bits_per_second / 8 / MB;
      // The server may not listen yet right after spawn.
      if (attempt === 20) throw new Error(`iperf3 client failed: ${client.stdout}${client.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    server.kill();
  }
}

/** Runs dd and returns MB/s from our own clock (dd's summary format varies between versions). */
function ddRate(args: string[], bytes: number): number {
  const started = performance.now();
  const dd = spawnSync('dd', [...args, 'bs=1M', 'status=none'], { encoding: 'utf8' });
  if (dd.status !== 0) throw new Error(`dd ${args.join(' ')} failed: ${dd.stderr}`);
  return bytes / MB / ((performance.now() - started) / 1000);
}

/** Best of `repeats` runs of each: the ceiling is what the machine can do, not its noisiest moment. */
export async function measureCeilings(dir: string, opts: { tcpSeconds: number; fileMiB: number; repeats: number }): Promise<Ceilings> {
  const file = path.join(dir, 'ceiling.dd');
  const bytes = opts.fileMiB * 1024 * 1024;
  let write = 0;
  let read = 0;
  try {
    for (let i = 0; i < opts.repeats; i++) {
      rmSync(file, { force: true });
      write = Math.max(write, ddRate(['if=/dev/zero', `of=${file}`, `count=${opts.fileMiB}`], bytes));
      read = Math.max(read, ddRate([`if=${file}`, 'of=/dev/null'], bytes));
    }
  } finally {
    rmSync(file, { force: true });
  }
  let tcp = 0;
  for (let i = 0; i < opts.repeats; i++) tcp = Math.max(tcp, await loopbackTcp(opts.tcpSeconds));
  return { loopbackTcpMbPerSec: tcp, pageCacheWriteMbPerSec: write, pageCacheReadMbPerSec: read };
}
