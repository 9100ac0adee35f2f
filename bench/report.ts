// The bench's results: their shape (also the JSON written to bench/results/), the printed table
// with ratios to the reference and to the ceiling, and the verdict on issue 8's targets.
import type { z } from 'zod';
import type { Ceilings } from './ceilings.js';
import type { ProfileSummary } from './cpuProfile.js';
import type { consumeLine, latencyLine, produceLine } from './loadgen.js';
import type { MachineInfo } from './machineInfo.js';
import type { MicroResult } from './microBenchmarks.js';
import type { ConsumeWorkload, LatencyWorkload, ProduceWorkload, RecoveryWorkload } from './workloads.js';

export type ProduceLine = z.infer<typeof produceLine>;
export type ConsumeLine = z.infer<typeof consumeLine>;
export type LatencyLine = z.infer<typeof latencyLine>;

/** One side of a row: the load generator's line, and what went wrong if anything did. */
export interface Outcome<T> {
  line: T | null;
  error: string | null;
}

/** The broker's own cost during one workload, from /proc. */
export interface BrokerUsage {
  cpuSeconds: number;
  cpuSecondsPerGb: number;
  /** VmHWM when the workload ended: the peak since the broker started, mapped file pages included. */
  peakRssMb: number;
  /** Sampled peak RssAnon since the broker started: its own memory, without mapped file pages. */
  peakAnonRssMb: number;
}

export interface ThroughputRow {
  name: string;
  workload: ProduceWorkload | ConsumeWorkload;
  runnel: Outcome<ProduceLine | ConsumeLine>;
  mock: Outcome<ProduceLine | ConsumeLine>;
  /** MB/s of every repeat; runnel and mock above are the best of these. */
  runsMbPerSec: { runnel: number[]; mock: number[] };
  broker: BrokerUsage | null;
  ceilingMbPerSec: number;
}

export interface LatencyRow {
  name: string;
  workload: LatencyWorkload;
  runnel: Outcome<LatencyLine>;
  mock: Outcome<LatencyLine>;
  broker: BrokerUsage | null;
}

export interface RecoveryRow {
  name: string;
  workload: RecoveryWorkload;
  /** Size of the partitions' .log files when the broker was killed. */
  bytesScanned: number;
  /** The "log dir loaded" figure the restarted broker logs: loading and recovering every log. */
  recoveryMs: number;
  gbPerSec: number;
  hadCleanShutdown: boolean;
  restartToReadyMs: number;
  recordsReadBack: number;
  peakRssMb: number;
  peakAnonRssMb: number;
  ceilingMbPerSec: number;
  error: string | null;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
}

export interface BenchResults {
  startedAt: string;
  quick: boolean;
  /** Throughput runs per side; the table shows the best of them. */
  repeats: number;
  machine: MachineInfo;
  ceilings: Ceilings | null;
  throughput: ThroughputRow[];
  latency: LatencyRow[];
  recovery: RecoveryRow | null;
  /** The largest VmHWM and sampled RssAnon of the bench's brokers. */
  brokerPeakRssMb: number | null;
  brokerPeakAnonRssMb: number | null;
  targets: Target[];
  /** Workloads that could not be measured at all. */
  failures: { workload: string; error: string }[];
  cpuProfile: { file: string; summary: ProfileSummary } | null;
  perf: { file: string; report: string } | null;
  micro: MicroResult[];
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const recs = (n: number): string => (n >= 1e6 ? `${fmt(n / 1e6, 2)}M` : `${fmt(n / 1e3, 0)}k`);
const ratio = (a: number, b: number): string => (b > 0 ? `${fmt(a / b, 2)}x` : '-');

function throughputCell(o: Outcome<ProduceLine | ConsumeLine>): string {
  if (o.line === null) return `error`;
  return `${fmt(o.line.mb_per_s, 1)} MB/s ${recs(o.line.records_per_s)} rec/s${o.error === null ? '' : ' !'}`;
}

function latencyCell(o: Outcome<LatencyLine>): string {
  if (o.line === null) return 'error';
  const l = o.line;
  return `${fmt(l.p50_ms, 2)} / ${fmt(l.p99_ms, 2)} / ${fmt(l.p999_ms, 2)} / ${fmt(l.max_ms, 1)}${o.error === null ? '' : ' !'}`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Runnel bench ${r.startedAt}${r.quick ? ' (--quick)' : ''}: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.kernel}, Node ${m.node}, librdkafka ${m.librdkafka}, ${m.gitCommit.slice(0, 10)}${m.gitDirty ? ' (dirty)' : ''}`);
  if (r.ceilings !== null) {
    const c = r.ceilings;
    out.push(`Ceilings: loopback TCP ${fmt(c.loopbackTcpMbPerSec)} MB/s, page-cache write ${fmt(c.pageCacheWriteMbPerSec)} MB/s, read ${fmt(c.pageCacheReadMbPerSec)} MB/s`);
  }
  out.push('');
  if (r.throughput.length > 0) {
    out.push(`Throughput: best of ${r.repeats} run(s) per side; MB = 10^6 bytes of record values; x ceil = runnel / min(loopback TCP, page-cache write or read)`);
    out.push(
      table(
        ['workload', 'runnel', 'mock (reference)', 'x ref', 'ceiling MB/s', 'x ceil', 'broker CPU s/GB'],
        r.throughput.map((row) => {
          const mb = row.runnel.line?.mb_per_s ?? 0;
          return [
            row.name,
            throughputCell(row.runnel),
            throughputCell(row.mock),
            row.runnel.line !== null && row.mock.line !== null ? ratio(mb, row.mock.line.mb_per_s) : '-',
            fmt(row.ceilingMbPerSec),
            row.runnel.line !== null ? ratio(mb, row.ceilingMbPerSec) : '-',
            row.broker === null ? '-' : fmt(row.broker.cpuSecondsPerGb, 2),
          ];
        }),
      ),
    );
    out.push('');
  }
  if (r.latency.length > 0) {
    out.push(
      table(
        ['workload', 'runnel p50 / p99 / p99.9 / max ms', 'mock p50 / p99 / p99.9 / max ms', 'p99 x ref', 'runnel send lag max ms', 'broker CPU s/GB'],
        r.latency.map((row) => [
          row.name,
          latencyCell(row.runnel),
          latencyCell(row.mock),
          row.runnel.line !== null && row.mock.line !== null ? ratio(row.runnel.line.p99_ms, row.mock.line.p99_ms) : '-',
          row.runnel.line === null ? '-' : fmt(row.runnel.line.max_send_lag_ms, 2),
          row.broker === null ? '-' : fmt(row.broker.cpuSecondsPerGb, 2),
        ]),
      ),
    );
    out.push('');
  }
  if (r.recovery !== null) {
    const rec = r.recovery;
    out.push(
      `${rec.name}: scanned ${fmt(rec.bytesScanned / 1e6)} MB in ${fmt(rec.recoveryMs)} ms = ${fmt(rec.gbPerSec, 2)} GB/s ` +
        `(${ratio(rec.gbPerSec * 1000, rec.ceilingMbPerSec)} of page-cache read), hadCleanShutdown=${rec.hadCleanShutdown}, ` +
        `restart to ready ${fmt(rec.restartToReadyMs)} ms, ${fmt(rec.recordsReadBack)} of ${fmt(rec.workload.records)} records read back` +
        (rec.error === null ? '' : `; ERROR: ${rec.error}`),
    );
  }
  if (r.brokerPeakRssMb !== null) {
    out.push(`Broker peak RSS: VmHWM ${fmt(r.brokerPeakRssMb)} MB (mapped segment pages included), RssAnon ${fmt(r.brokerPeakAnonRssMb ?? 0)} MB (sampled every 100 ms)`);
  }
  const notes = [...r.throughput, ...r.latency].flatMap((row) =>
    [['runnel', row.runnel.error] as const, ['mock', row.mock.error] as const].filter(([, e]) => e !== null).map(([side, e]) => `  ${row.name} [${side}]: ${e}`),
  );
  if (notes.length > 0) out.push('', 'Problems (marked ! or error above):', ...notes);
  if (r.failures.length > 0) out.push('', 'Not measured:', ...r.failures.map((f) => `  ${f.workload}: ${f.error}`));
  if (r.targets.length > 0) {
    out.push('', 'Targets (issue 8):');
    for (const t of r.targets) out.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.name}: goal ${t.goal}, measured ${t.measured}`);
  }
  if (r.cpuProfile !== null) out.push('', `Broker CPU profile ${r.cpuProfile.file}`);
  if (r.perf !== null) out.push(`perf report of the broker: ${r.perf.file}`);
  return out.join('\n');
}

/** A throughput target: an absolute floor and, when given, a floor on the ratio to the mock. */
function throughputTargets(
  r: BenchResults,
  rowName: string,
  label: string,
  metric: { key: 'records_per_s' | 'mb_per_s'; floor: number; show: (v: number) => string },
  minRatioToMock: number | null,
): Target[] {
  const row = r.throughput.find((t) => t.name === rowName);
  if (!row?.runnel.line) return [];
  const value = row.runnel.line[metric.key];
  const targets = [{ name: label, goal: `>= ${metric.show(metric.floor)}`, measured: metric.show(value), met: value >= metric.floor }];
  if (minRatioToMock !== null && row.mock.line) {
    const x = value / row.mock.line[metric.key];
    targets.push({ name: `${label} vs mock`, goal: `>= ${minRatioToMock}x`, measured: `${fmt(x, 2)}x`, met: x >= minRatioToMock });
  }
  return targets;
}

/** Issue 8's targets, judged on the rows that define them; a target whose row did not run is left out. */
export function judgeTargets(r: BenchResults): Target[] {
  const recordsPerSec = (floor: number) => ({ key: 'records_per_s' as const, floor, show: (v: number) => `${recs(v)} rec/s` });
  const mbPerSec = (floor: number) => ({ key: 'mb_per_s' as const, floor, show: (v: number) => `${fmt(v, 1)} MB/s` });
  const targets: Target[] = [
    ...throughputTargets(r, 'produce 100B p1 acks=1 none', 'produce 100 B', recordsPerSec(2e6), 1.2),
    ...throughputTargets(r, 'produce 1KiB p1 acks=1 none', 'produce 1 KiB', mbPerSec(600), 2),
    ...throughputTargets(r, 'consume 1KiB p1', 'consume 1 KiB from page cache', mbPerSec(1000), null),
  ];
  const l50 = r.latency.find((row) => row.workload.mbPerSec === 50)?.runnel.line;
  if (l50) {
    targets.push({ name: 'e2e p99 at 50 MB/s', goal: '<= 5 ms', measured: `${fmt(l50.p99_ms, 2)} ms`, met: l50.p99_ms <= 5 && l50.lost === 0 });
    targets.push({ name: 'e2e p99.9 at 50 MB/s', goal: '<= 10 ms', measured: `${fmt(l50.p999_ms, 2)} ms`, met: l50.p999_ms <= 10 && l50.lost === 0 });
  }
  if (r.brokerPeakRssMb !== null) {
    targets.push({ name: 'broker peak RSS (VmHWM)', goal: '<= 400 MB', measured: `${fmt(r.brokerPeakRssMb)} MB`, met: r.brokerPeakRssMb <= 400 });
  }
  if (r.recovery !== null && r.recovery.error === null) {
    const g = r.recovery.gbPerSec;
    targets.push({ name: 'unclean-log recovery', goal: '>= 1 GB/s', measured: `${fmt(g, 2)} GB/s`, met: g >= 1 });
  }
  return targets;
}
