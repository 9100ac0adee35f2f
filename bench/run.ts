// `npm run bench`: Runnel driven by an independent librdkafka load generator, librdkafka's mock
// cluster as the reference column and the machine's ceilings, all in one run; then every
// micro-benchmark. Prints the table and writes it as JSON to bench/results/. See bench/README.md.
//
//   node dist/bench/run.js [--quick] [--only <text>] [--cpu-prof] [--perf] [--skip-micro] [--micro-only] [--keep]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { repoRoot } from '../test/helpers/broker.js';
import { startBenchBroker, type BenchBroker } from './benchBroker.js';
import { measureCeilings, type Ceilings } from './ceilings.js';
import { formatProfileSummary, summarizeCpuProfile } from './cpuProfile.js';
import { buildLoadgen, runLoadgen, type LoadgenLine, type LoadgenRun } from './loadgen.js';
import { machineInfo } from './machineInfo.js';
import { runMicroBenchmarks } from './microBenchmarks.js';
import { measureRecovery } from './recovery.js';
import {
  formatReport,
  judgeTargets,
  type BenchResults,
  type BrokerUsage,
  type ConsumeLine,
  type LatencyRow,
  type Outcome,
  type ProduceLine,
  type ThroughputRow,
} from './report.js';
import { workloadMatrix, workloadName, type ConsumeWorkload, type LatencyWorkload, type ProduceWorkload } from './workloads.js';

const flagsSchema = z.object({
  quick: z.boolean(),
  only: z.string().min(1).optional(),
  'cpu-prof': z.boolean(),
  perf: z.boolean(),
  'skip-micro': z.boolean(),
  'micro-only': z.boolean(),
  keep: z.boolean(),
});

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    perf: { type: 'boolean', default: false },
    'skip-micro': { type: 'boolean', default: false },
    'micro-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
});
const flags = flagsSchema.parse(values);

// The reference's client knobs that differ from Runnel's, because the mock cluster lacks a
// feature (see README): it holds an empty fetch for the whole fetch.wait.max.ms instead of waking
// on append, and it keeps only the last 5 MiB of each partition, so reads rewind over that window.
const RUNNEL_FETCH_WAIT_MS = '100';
const MOCK_FETCH_WAIT_MS = '1';
const LATENCY_LINGER_MS = '1';
/** Throughput runs per side, alternating Runnel and the mock; the best of each is reported. */
const REPEATS = flags.quick ? 1 : 2;

const resultsDir = path.join(repoRoot, 'bench', 'results');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const say = (line: string): void => void process.stdout.write(`${line}\n`);

function outcome<T extends LoadgenLine>(run: LoadgenRun, mode: T['mode']): Outcome<T> {
  const line = (run.lines.find((l) => l.mode === mode && l.phase === 'measure') as T | undefined) ?? null;
  const problem = run.exitCode !== 0 ? run.stderr || `loadgen exited with ${run.exitCode}` : null;
  return { line, error: line === null ? (problem ?? 'no measurement printed') : problem };
}

/** The fastest of repeated runs: on a shared machine the slower ones measured the neighbours. */
function bestOutcome(runs: LoadgenRun[], mode: 'produce' | 'consume'): { best: Outcome<ProduceLine | ConsumeLine>; mbPerSec: number[] } {
  const outcomes = runs.map((r) => outcome<ProduceLine | ConsumeLine>(r, mode));
  const lines = outcomes.flatMap((o) => (o.line === null ? [] : [o.line]));
  const line = lines.reduce<ProduceLine | ConsumeLine | null>((best, l) => (best === null || l.mb_per_s > best.mb_per_s ? l : best), null);
  const error = outcomes.find((o) => o.error !== null)?.error ?? null;
  return { best: { line, error }, mbPerSec: lines.map((l) => l.mb_per_s) };
}

/** Runs Runnel-side loads and charges the broker's CPU time and the bytes they moved to them. */
class BrokerMeter {
  private cpuSeconds = 0;
  private bytes = 0;
  constructor(private readonly broker: BenchBroker) {}

  async run(mode: string, args: string[], bytesOf: (run: LoadgenRun) => number = bytesMoved): Promise<LoadgenRun> {
    const cpu0 = this.broker.cpuSeconds();
    const run = await runLoadgen([mode, '--bootstrap', this.broker.bootstrap, ...args]);
    this.cpuSeconds += this.broker.cpuSeconds() - cpu0;
    this.bytes += bytesOf(run);
    return run;
  }

  usage(): BrokerUsage {
    const gb = this.bytes / 1e9;
    return {
      cpuSeconds: this.cpuSeconds,
      cpuSecondsPerGb: gb > 0 ? this.cpuSeconds / gb : 0,
      peakRssMb: this.broker.peakRssBytes() / 1e6,
      peakAnonRssMb: this.broker.peakAnonRssBytes() / 1e6,
    };
  }
}

function bytesMoved(run: LoadgenRun): number {
  const line = run.lines.find((l) => l.phase === 'measure');
  return line !== undefined && line.mode !== 'latency' ? line.bytes : 0;
}

/** Alternates Runnel and mock runs REPEATS times and keeps the best of each side. */
async function throughputRow(
  broker: BenchBroker,
  w: ProduceWorkload | ConsumeWorkload,
  runnelArgs: string[],
  mockArgs: string[],
  ceilingMbPerSec: number,
): Promise<ThroughputRow> {
  const meter = new BrokerMeter(broker);
  const runnel: LoadgenRun[] = [];
  const mock: LoadgenRun[] = [];
  for (let i = 0; i < REPEATS; i++) {
    runnel.push(await meter.run(w.kind, runnelArgs));
    mock.push(await runLoadgen([w.kind, '--mock', ...mockArgs]));
  }
  const r = bestOutcome(runnel, w.kind);
  const m = bestOutcome(mock, w.kind);
  return { name: workloadName(w), workload: w, runnel: r.best, mock: m.best, runsMbPerSec: { runnel: r.mbPerSec, mock: m.mbPerSec }, broker: meter.usage(), ceilingMbPerSec };
}

function produceRow(broker: BenchBroker, w: ProduceWorkload, topic: string, ceilings: Ceilings): Promise<ThroughputRow> {
  const args = ['--topic', topic, '--partitions', String(w.partitions), '--size', String(w.size), '--acks', w.acks, '--compression', w.compression, '--count', String(w.records)];
  return throughputRow(broker, w, args, args, Math.min(ceilings.loopbackTcpMbPerSec, ceilings.pageCacheWriteMbPerSec));
}

async function consumeRow(broker: BenchBroker, w: ConsumeWorkload, topic: string, ceilings: Ceilings): Promise<ThroughputRow> {
  const args = ['--topic', topic, '--partitions', String(w.partitions), '--size', String(w.size), '--count', String(w.records)];
  const fill = await runLoadgen(['produce', '--bootstrap', broker.bootstrap, ...args]);
  if (fill.exitCode !== 0) throw new Error(`filling ${topic} failed: ${fill.stderr}`);
  return throughputRow(
    broker,
    w,
    ['--fetch-wait-ms', RUNNEL_FETCH_WAIT_MS, ...args],
    ['--rewind', '--fill', String(w.records), '--fetch-wait-ms', MOCK_FETCH_WAIT_MS, ...args],
    Math.min(ceilings.loopbackTcpMbPerSec, ceilings.pageCacheReadMbPerSec),
  );
}

async function latencyRow(broker: BenchBroker, w: LatencyWorkload, topic: string): Promise<LatencyRow> {
  const rate = Math.round((w.mbPerSec * 1e6) / w.size);
  const args = ['--topic', topic, '--size', String(w.size), '--rate', String(rate), '--duration', String(w.seconds), '--warmup', String(w.warmupSeconds), '--linger-ms', LATENCY_LINGER_MS];
  const meter = new BrokerMeter(broker);
  const runnel = await meter.run('latency', ['--fetch-wait-ms', RUNNEL_FETCH_WAIT_MS, ...args], () => rate * w.size * w.seconds);
  const mock = await runLoadgen(['latency', '--mock', '--fetch-wait-ms', MOCK_FETCH_WAIT_MS, ...args]);
  return { name: workloadName(w), workload: w, runnel: outcome(runnel, 'latency'), mock: outcome(mock, 'latency'), broker: meter.usage() };
}

/** perf record on the broker while the workloads run; JS frames are named through --perf-basic-prof. */
function startPerf(pid: number, file: string): ChildProcess | null {
  if (spawnSync('perf', ['--version']).status !== 0) {
    say('perf is not available (Debian: apt-get install linux-perf); --perf ignored');
    return null;
  }
  return spawn('perf', ['record', '-F', '499', '-g', '-p', String(pid), '-o', file], { stdio: 'ignore' });
}

async function stopPerf(perf: ChildProcess, file: string): Promise<{ file: string; report: string }> {
  const exited = new Promise((r) => perf.once('exit', r));
  perf.kill('SIGINT');
  await exited;
  const report = spawnSync('perf', ['report', '-i', file, '--stdio', '--no-children', '-g', 'none', '--sort', 'dso,symbol', '--percent-limit', '0.5'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).stdout;
  writeFileSync(`${file}.txt`, report);
  const top = report.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return { file, report: top.slice(0, 40).map((l) => l.replace(/\s+-\s+-\s*$/, '').trimEnd()).join('\n') };
}

async function main(): Promise<number> {
  mkdirSync(resultsDir, { recursive: true });
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    quick: flags.quick,
    repeats: REPEATS,
    machine: machineInfo(),
    ceilings: null,
    throughput: [],
    latency: [],
    recovery: null,
    brokerPeakRssMb: null,
    brokerPeakAnonRssMb: null,
    failures: [],
    targets: [],
    cpuProfile: null,
    perf: null,
    micro: [],
  };

  if (!flags['micro-only']) {
    const deps = spawnSync('bash', [path.join(repoRoot, 'bench', 'install-bench-deps.sh')], { stdio: 'inherit' });
    if (deps.status !== 0) throw new Error('installing the bench dependencies failed');
    buildLoadgen();
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'runnel-bench-'));
    try {
      say('measuring ceilings (iperf3 loopback, dd page cache)...');
      const ceilings = await measureCeilings(tmp, flags.quick ? { tcpSeconds: 2, fileMiB: 256, repeats: 3 } : { tcpSeconds: 5, fileMiB: 1024, repeats: 3 });
      results.ceilings = ceilings;
      const workloads = workloadMatrix(flags.quick).filter((w) => flags.only === undefined || workloadName(w).includes(flags.only));

      const profileDir = path.join(resultsDir, `${stamp}-cpu-prof`);
      const nodeArgs = [...(flags['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(flags.perf ? ['--perf-basic-prof'] : [])];
      const broker = await startBenchBroker({ dataDir: path.join(tmp, 'broker'), nodeArgs });
      say(`broker pid ${broker.pid} on ${broker.bootstrap}, ready in ${broker.readyMs.toFixed(0)} ms`);
      const perfFile = path.join(resultsDir, `${stamp}.perf.data`);
      const perf = flags.perf ? startPerf(broker.pid, perfFile) : null;
      try {
        // Warm the broker's JIT first, so the first workload measured is not also its warm-up.
        await runLoadgen(['produce', '--bootstrap', broker.bootstrap, '--topic', 'bench-warmup', '--size', '1024', '--count', '100000']);
        await runLoadgen(['delete', '--bootstrap', broker.bootstrap, '--topic', 'bench-warmup']);
        let index = 0;
        for (const w of workloads) {
          if (w.kind === 'recovery') continue;
          const topic = `bench-${index++}`;
          say(`- ${workloadName(w)}`);
          try {
            if (w.kind === 'produce') results.throughput.push(await produceRow(broker, w, topic, ceilings));
            else if (w.kind === 'consume') results.throughput.push(await consumeRow(broker, w, topic, ceilings));
            else results.latency.push(await latencyRow(broker, w, topic));
          } catch (err) {
            // One broken workload is reported, and the others still run.
            results.failures.push({ workload: workloadName(w), error: err instanceof Error ? err.message : String(err) });
          }
          // Free the disk and page cache for the next workload.
          await runLoadgen(['delete', '--bootstrap', broker.bootstrap, '--topic', topic]);
        }
        results.brokerPeakRssMb = broker.peakRssBytes() / 1e6;
        results.brokerPeakAnonRssMb = broker.peakAnonRssBytes() / 1e6;
      } finally {
        if (perf !== null) {
          results.perf = await stopPerf(perf, perfFile);
          say(`perf, broker samples by symbol:\n${results.perf.report.split('\n').slice(0, 15).join('\n')}`);
        }
        await broker.stop();
      }
      if (flags['cpu-prof']) {
        const [file] = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
        if (file !== undefined) {
          const summary = summarizeCpuProfile(path.join(profileDir, file));
          results.cpuProfile = { file: path.join(profileDir, file), summary };
          say(formatProfileSummary(summary));
        }
      }

      const recovery = workloads.find((w) => w.kind === 'recovery');
      if (recovery !== undefined) {
        say(`- ${workloadName(recovery)}`);
        results.recovery = await measureRecovery(recovery, path.join(tmp, 'recovery'), ceilings.pageCacheReadMbPerSec);
        results.brokerPeakRssMb = Math.max(results.brokerPeakRssMb ?? 0, results.recovery.peakRssMb);
        results.brokerPeakAnonRssMb = Math.max(results.brokerPeakAnonRssMb ?? 0, results.recovery.peakAnonRssMb);
      }
    } finally {
      if (flags.keep) say(`kept ${tmp}`);
      else rmSync(tmp, { recursive: true, force: true });
    }
  }

  if (!flags['skip-micro'] && flags.only === undefined) results.micro = await runMicroBenchmarks(flags.quick);

  results.targets = judgeTargets(results);
  const file = path.join(resultsDir, `${stamp}${flags.quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  say(`\n${formatReport(results)}\n\nwritten to ${path.relative(repoRoot, file)}`);
  const failures = results.failures.length + results.micro.filter((m) => m.exitCode !== 0).length + (results.recovery?.error ? 1 : 0);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
