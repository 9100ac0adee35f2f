// The micro-benchmarks of the storage, protocol and native issues (bench/micro/), run one after
// another in their own processes so that one's heap and JIT state do not colour the next.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../test/helpers/broker.js';

export interface MicroResult {
  name: string;
  exitCode: number;
  output: string;
}

interface Micro {
  name: string;
  args: (quick: boolean) => string[];
  env: (quick: boolean) => Record<string, string>;
}

const micros: Micro[] = [
  { name: 'native', args: () => [], env: () => ({}) },
  { name: 'protocol', args: () => [], env: (quick): Record<string, string> => (quick ? { BENCH_SECONDS: '0.3' } : {}) },
  { name: 'recordBatch', args: (quick) => (quick ? ['0.2'] : []), env: () => ({}) },
  { name: 'storage', args: (quick) => (quick ? ['64'] : []), env: () => ({}) },
  { name: 'dispatcher', args: (quick) => (quick ? ['0.3'] : []), env: () => ({}) },
];

function runOne(m: Micro, quick: boolean): Promise<MicroResult> {
  return new Promise((resolve, reject) => {
    const script = path.join(repoRoot, 'dist', 'bench', 'micro', `${m.name}.js`);
    const child = spawn(process.execPath, [script, ...m.args(quick)], {
      cwd: repoRoot,
      env: { ...process.env, ...m.env(quick) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (d: Buffer): void => {
      output += d.toString('utf8');
      process.stdout.write(d);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => resolve({ name: m.name, exitCode: code ?? 1, output }));
  });
}

export async function runMicroBenchmarks(quick: boolean): Promise<MicroResult[]> {
  const results: MicroResult[] = [];
  for (const m of micros) {
    process.stdout.write(`\n## micro: ${m.name}\n`);
    results.push(await runOne(m, quick));
  }
  return results;
}
