// Gateway fan-out benchmark (issue 9): N WebSockets subscribed (assign mode, binary payloads) to
// one single-partition topic while bench/loadgen (librdkafka, not Runnel's client) produces at a
// fixed rate, each value stamped with its intended send time. Reports fan-out deliveries per
// second (records x sockets) and the delivery latency from intended send to arrival in a client
// process, with the broker's and the clients' CPU, the broker's peak RSS and what else loaded the
// machine meanwhile. The load generator's own Kafka consumer (librdkafka, fetch.wait.max.ms 100)
// runs in the same schedule: its latency is the reference for the same records read over Kafka.
//
//   node dist/bench/gateway/fanout.js [--sockets 1000,10000] [--rate 100,1000] [--duration 20]
//        [--warmup 3] [--size 100] [--clients 2] [--cpu-prof] [--keep]
//
// Every combination of --sockets and --rate runs on the same broker, one after another, each on
// a topic of its own. See bench/README.md ("Gateway fan-out").
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { freePort, repoRoot } from '../../test/helpers/broker.js';
import { createTopics, deleteTopics, fetchPartition, RawKafkaClient } from '../../test/helpers/rawKafka.js';
import { startBenchBroker, type BenchBroker } from '../benchBroker.js';
import { formatProfileSummary, summarizeCpuProfile } from '../cpuProfile.js';
import { buildLoadgen, runLoadgen, type LoadgenLine } from '../loadgen.js';
import { machineInfo } from '../machineInfo.js';
import { LatencyHistogram } from './latencyHistogram.js';

const list = (text: string): number[] => text.split(',').map((v) => z.coerce.number().int().positive().parse(v));

const { values } = parseArgs({
  options: {
    sockets: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '100' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    size: { type: 'string', default: '100' },
    clients: { type: 'string', default: '2' },
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
});
const flags = {
  sockets: list(values.sockets),
  rates: list(values.rate),
  durationS: z.coerce.number().positive().parse(values.duration),
  warmupS: z.coerce.number().min(0).parse(values.warmup),
  // The value carries the intended send time and a sequence number: 16 bytes at least.
  size: z.coerce.number().int().min(16).parse(values.size),
  clients: z.coerce.number().int().positive().parse(values.clients),
  cpuProf: values['cpu-prof'],
  keep: values.keep,
};
if (flags.warmupS >= flags.durationS) throw new Error('--warmup must be shorter than --duration');

const clientScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fanoutClients.js');
/** How long clients wait, after the load generator ends, for records still on their way. */
const DRAIN_MS = 15_000;
const READY_TIMEOUT_MS = 180_000;
const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

const clientReady = z.object({ event: z.literal('ready'), sockets: z.number(), openMs: z.number(), cpuSeconds: z.number() });
const clientResult = z.object({
  event: z.literal('result'),
  sockets: z.number(),
  deliveries: z.number(),
  timed: z.number(),
  firstTimedIntendedNs: z.number().nullable(),
  lastArrivalNs: z.number(),
  minPerSocket: z.number(),
  maxPerSocket: z.number(),
  incompleteSockets: z.number(),
  closedEarly: z.number(),
  errors: z.array(z.string()),
  cpuSeconds: z.number(),
  histogram: z.array(z.tuple([z.number(), z.number()])),
});
type ClientResult = z.infer<typeof clientResult>;

/** A client process and the JSON lines it prints, awaited one kind at a time. */
class ClientProcess {
  private readonly lines: unknown[] = [];
  private readonly waiting: Array<() => void> = [];
  private stderr = '';
  private exited = false;

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      this.lines.push(JSON.parse(line));
      this.waiting.splice(0).forEach((w) => w());
    });
    child.stderr.on('data', (c: Buffer) => (this.stderr = (this.stderr + c.toString()).slice(-4000)));
    child.once('exit', () => {
      this.exited = true;
      this.waiting.splice(0).forEach((w) => w());
    });
  }

  async next<T>(schema: z.ZodType<T>, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.shift();
      if (line !== undefined) return schema.parse(line);
      if (this.exited) throw new Error(`client ${this.child.pid} exited: ${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`client ${this.child.pid} printed nothing in ${timeoutMs} ms: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1_000);
        this.waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

/**
 * CPU seconds of the whole machine so far (all cores), from /proc/stat: busy in processes, in
 * interrupts (loopback networking runs there and is charged to no process), and in total.
 */
function machineCpu(): { processes: number; interrupts: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields as [number, number, number, number, number, number, number, number];
  const processes = user + nice + system + steal;
  return { processes: processes / CLOCK_TICKS_PER_SECOND, interrupts: (irq + softirq) / CLOCK_TICKS_PER_SECOND, total: (processes + irq + softirq + idle + iowait) / CLOCK_TICKS_PER_SECOND };
}

const ownCpuSeconds = (): number => {
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1e6;
};

interface FanoutRow {
  sockets: number;
  clients: number;
  rate: number;
  records: number;
  deliveries: number;
  /** Timed deliveries (after the warm-up) over the time from the first one's intended send to the last arrival. */
  deliveriesPerS: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
  incompleteSockets: number;
  closedEarly: number;
  clientErrors: string[];
  openMs: number;
  brokerCpuS: number;
  clientCpuS: number;
  windowS: number;
  kafkaConsumer: { p50Ms: number; p99Ms: number; lost: number } | null;
  maxSendLagMs: number | null;
  /** Cores busy on average over the run: all of them, in interrupts, and in processes other than the benchmark's. */
  machine: { busyCores: number; interruptCores: number; otherCores: number; loadavgBefore: number[]; loadavgAfter: number[] };
}

async function runOne(broker: BenchBroker, raw: RawKafkaClient, gateway: string, sockets: number, rate: number): Promise<FanoutRow> {
  const topic = `fanout-${sockets}-${rate}`;
  const [created] = await createTopics(raw, [{ name: topic, numPartitions: 1 }]);
  if (created!.errorCode !== 0) throw new Error(`CreateTopics ${topic}: error ${created!.errorCode}`);
  const warmupRecords = Math.floor(flags.warmupS * rate);
  const processes = Math.min(flags.clients, sockets);
  const clients = Array.from({ length: processes }, (_, i) => {
    const share = Math.floor(sockets / processes) + (i < sockets % processes ? 1 : 0);
    const opts = { gateway, topic, sockets: share, warmupRecords, drainMs: DRAIN_MS, clientIdPrefix: `fanout-${i}` };
    return new ClientProcess(spawn(process.execPath, [clientScript, JSON.stringify(opts)], { stdio: ['pipe', 'pipe', 'pipe'] }));
  });
  try {
    const ready = await Promise.all(clients.map((c) => c.next(clientReady, READY_TIMEOUT_MS)));
    const loadavgBefore = os.loadavg();
    const cpuBefore = machineCpu();
    const brokerBefore = broker.cpuSeconds();
    const ownBefore = ownCpuSeconds();
    const run = await runLoadgen(['latency', '--bootstrap', broker.bootstrap, '--topic', topic, '--size', String(flags.size), '--rate', String(rate), '--duration', String(flags.durationS), '--warmup', String(flags.warmupS), '--linger-ms', '1', '--label', `gateway-fanout-${sockets}`]);
    const records = Number((await fetchPartition(raw, topic, 0, 0n)).highWatermark);
    for (const c of clients) c.child.stdin.write(`${JSON.stringify({ expected: records })}\n`);
    const results: ClientResult[] = await Promise.all(clients.map((c) => c.next(clientResult, DRAIN_MS + 30_000)));
    const cpuAfter = machineCpu();
    const brokerCpuS = broker.cpuSeconds() - brokerBefore;
    const ownCpuS = ownCpuSeconds() - ownBefore;
    const loadavgAfter = os.loadavg();

    const histogram = new LatencyHistogram();
    for (const r of results) histogram.add(LatencyHistogram.fromSparse(r.histogram));
    const firstIntended = Math.min(...results.map((r) => r.firstTimedIntendedNs ?? Infinity));
    const lastArrival = Math.max(...results.map((r) => r.lastArrivalNs));
    const timed = results.reduce((n, r) => n + r.timed, 0);
    const windowS = (lastArrival - firstIntended) / 1e9;
    const kafka = run.lines.find((l): l is Extract<LoadgenLine, { mode: 'latency' }> => l.mode === 'latency');
    const clientCpuS = results.reduce((n, r) => n + r.cpuSeconds, 0) - ready.reduce((n, r) => n + r.cpuSeconds, 0);
    const inProcesses = cpuAfter.processes - cpuBefore.processes;
    const inInterrupts = cpuAfter.interrupts - cpuBefore.interrupts;
    const wall = (cpuAfter.total - cpuBefore.total) / os.availableParallelism();
    // The load generator reports the CPU of its measured phase only: its start-up counts as other load.
    const ours = brokerCpuS + clientCpuS + ownCpuS + (kafka?.loadgen_cpu_s ?? 0);
    if (run.exitCode !== 0) process.stderr.write(`loadgen exited ${run.exitCode}: ${run.stderr}\n`);
    return {
      sockets,
      clients: processes,
      rate,
      records,
      deliveries: results.reduce((n, r) => n + r.deliveries, 0),
      deliveriesPerS: windowS > 0 ? timed / windowS : 0,
      p50Ms: histogram.quantileMs(0.5),
      p99Ms: histogram.quantileMs(0.99),
      p999Ms: histogram.quantileMs(0.999),
      maxMs: histogram.maxMs(),
      incompleteSockets: results.reduce((n, r) => n + r.incompleteSockets, 0),
      closedEarly: results.reduce((n, r) => n + r.closedEarly, 0),
      clientErrors: results.flatMap((r) => r.errors),
      openMs: Math.max(...ready.map((r) => r.openMs)),
      brokerCpuS,
      clientCpuS,
      windowS,
      kafkaConsumer: kafka ? { p50Ms: kafka.p50_ms, p99Ms: kafka.p99_ms, lost: kafka.lost } : null,
      maxSendLagMs: kafka?.max_send_lag_ms ?? null,
      machine: {
        busyCores: wall > 0 ? (inProcesses + inInterrupts) / wall : 0,
        interruptCores: wall > 0 ? inInterrupts / wall : 0,
        otherCores: wall > 0 ? Math.max(0, inProcesses - ours) / wall : 0,
        loadavgBefore,
        loadavgAfter,
      },
    };
  } finally {
    for (const c of clients) c.child.kill('SIGKILL');
    await deleteTopics(raw, [topic]);
  }
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

function formatRows(rows: readonly FanoutRow[]): string {
  const header = ['sockets', 'clients', 'rate/s', 'records', 'deliveries/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'incomplete', 'broker CPU', 'client CPU', 'kafka p50/p99 ms', 'send lag ms', 'busy/irq/other cores', 'loadavg'];
  const body = rows.map((r) => [
    String(r.sockets), String(r.clients), String(r.rate), String(r.records), fmt(r.deliveriesPerS, 0),
    fmt(r.p50Ms, 2), fmt(r.p99Ms, 2), fmt(r.p999Ms, 2), fmt(r.maxMs, 1), String(r.incompleteSockets),
    `${fmt(r.brokerCpuS / r.windowS, 2)} cores`, `${fmt(r.clientCpuS / r.windowS, 2)} cores`,
    r.kafkaConsumer ? `${fmt(r.kafkaConsumer.p50Ms, 2)}/${fmt(r.kafkaConsumer.p99Ms, 2)}` : '-',
    r.maxSendLagMs === null ? '-' : fmt(r.maxSendLagMs, 1),
    `${fmt(r.machine.busyCores, 2)}/${fmt(r.machine.interruptCores, 2)}/${fmt(r.machine.otherCores, 2)}`,
    `${fmt(r.machine.loadavgBefore[0]!, 2)}->${fmt(r.machine.loadavgAfter[0]!, 2)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  return [header, ...body].map((cells) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ')).join('\n');
}

buildLoadgen();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'runnel-bench-fanout-'));
const startedAt = new Date().toISOString();
const resultsDir = path.join(repoRoot, 'bench', 'results');
const stamp = `${startedAt.replace(/[:.]/g, '-')}-gateway-fanout`;
const profileDir = path.join(resultsDir, `${stamp}-cpu-prof`);
const gatewayPort = await freePort();
const gateway = `http://127.0.0.1:${gatewayPort}`;
const broker = await startBenchBroker({ dataDir, overrides: { 'gateway.listeners': gateway }, nodeArgs: flags.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] });
const raw = await RawKafkaClient.connect(Number(broker.bootstrap.split(':')[1]));
const rows: FanoutRow[] = [];
let peaks = { peakRssBytes: 0, peakAnonRssBytes: 0 };
try {
  for (const sockets of flags.sockets) {
    for (const rate of flags.rates) {
      process.stderr.write(`fan-out: ${sockets} sockets, ${rate} records/s for ${flags.durationS} s ...\n`);
      rows.push(await runOne(broker, raw, gateway, sockets, rate));
      process.stderr.write(`${formatRows(rows.slice(-1))}\n`);
    }
  }
  peaks = { peakRssBytes: broker.peakRssBytes(), peakAnonRssBytes: broker.peakAnonRssBytes() };
} finally {
  raw.close();
  await broker.stop();
  if (!flags.keep) rmSync(dataDir, { recursive: true, force: true });
}

const results = {
  kind: 'gateway-fanout',
  startedAt,
  machine: machineInfo(),
  settings: { durationS: flags.durationS, warmupS: flags.warmupS, valueBytes: flags.size, encoding: 'binary', partitions: 1, gatewayConfig: 'shipped defaults' },
  broker: peaks,
  rows,
};
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${stamp}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
if (flags.cpuProf) {
  for (const profile of readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))) {
    process.stdout.write(`broker CPU profile ${path.join(profileDir, profile)}:\n${formatProfileSummary(summarizeCpuProfile(path.join(profileDir, profile), 25))}\n`);
  }
}
process.stdout.write(`${formatRows(rows)}\nbroker peak RSS ${fmt(results.broker.peakRssBytes / 2 ** 20)} MiB (anon ${fmt(results.broker.peakAnonRssBytes / 2 ** 20)} MiB); ${file}\n`);
