// The TypeScript face of bench/loadgen/loadgen.c: compiles it with cc when the source is newer
// than the binary, runs it, and validates the JSON lines it prints.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../test/helpers/broker.js';

const source = path.join(repoRoot, 'bench', 'loadgen', 'loadgen.c');
const binary = path.join(repoRoot, 'dist', 'bench', 'loadgen', 'loadgen');

const common = {
  phase: z.enum(['measure', 'fill']),
  target: z.enum(['runnel', 'mock']),
  topic: z.string(),
  partitions: z.number().int(),
  size: z.number().int(),
  loadgen_cpu_s: z.number(),
};

export const produceLine = z.object({
  mode: z.literal('produce'),
  ...common,
  acks: z.string(),
  compression: z.string(),
  records: z.number(),
  bytes: z.number(),
  failed: z.number(),
  first_error: z.string(),
  seconds: z.number(),
  records_per_s: z.number(),
  mb_per_s: z.number(),
});

export const consumeLine = z.object({
  mode: z.literal('consume'),
  ...common,
  records: z.number(),
  bytes: z.number(),
  expected: z.number(),
  rewinds: z.number(),
  error: z.string(),
  seconds: z.number(),
  records_per_s: z.number(),
  mb_per_s: z.number(),
});

export const latencyLine = z.object({
  mode: z.literal('latency'),
  ...common,
  offered_mb_per_s: z.number(),
  samples: z.number(),
  lost: z.number(),
  duplicates: z.number(),
  failed: z.number(),
  achieved_mb_per_s: z.number(),
  p50_ms: z.number(),
  p99_ms: z.number(),
  p999_ms: z.number(),
  max_ms: z.number(),
  max_send_lag_ms: z.number(),
});

const loadgenLine = z.discriminatedUnion('mode', [produceLine, consumeLine, latencyLine]);
export type LoadgenLine = z.infer<typeof loadgenLine>;

/** Compiles the load generator unless an up-to-date binary exists; returns its path. */
export function buildLoadgen(): string {
  if (existsSync(binary) && statSync(binary).mtimeMs >= statSync(source).mtimeMs) return binary;
  mkdirSync(path.dirname(binary), { recursive: true });
  const cc = spawnSync('cc', ['-O2', '-g', '-std=c11', '-Wall', '-Wextra', '-o', binary, source, '-lrdkafka', '-lpthread'], {
    encoding: 'utf8',
  });
  if (cc.status !== 0) throw new Error(`cc failed to build ${source}:\n${cc.stderr}`);
  return binary;
}

export interface LoadgenRun {
  lines: LoadgenLine[];
  /** Non-zero when the run failed or fell short (failed deliveries, lost records). */
  exitCode: number;
  /** stderr without librdkafka's routine notice that the mock cluster replaced bootstrap.servers. */
  stderr: string;
}

export function runLoadgen(args: string[]): Promise<LoadgenRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const lines = stdout
          .split('\n')
          .filter((l) => l.length > 0)
          .map((l) => loadgenLine.parse(JSON.parse(l)));
        const noise = /\|MOCK\|.*Mock cluster enabled/;
        resolve({ lines, exitCode: code ?? 1, stderr: stderr.split('\n').filter((l) => l && !noise.test(l)).join('\n') });
      } catch (err) {
        reject(new Error(`loadgen ${args.join(' ')} printed unexpected output: ${String(err)}\n${stdout}`));
      }
    });
  });
}
