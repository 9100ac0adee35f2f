// Recovery of an unclean log: write the workload's records with acks=1 (nothing is fsynced: the
// default flush policy never flushes, and each partition stays inside its first segment, so no
// roll flushes it either), kill -9 the broker, and restart it on the same dir. With no
// clean-shutdown marker every log is scanned batch by batch with CRC checks; the broker logs
// how long loading its log dir took ("log dir loaded", ms), which is the figure measured.
// Every record is then read back, so a fast but lossy recovery cannot pass.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { logLines, startBenchBroker, type BenchBroker } from './benchBroker.js';
import { runLoadgen } from './loadgen.js';
import type { RecoveryRow } from './report.js';
import { workloadName, type RecoveryWorkload } from './workloads.js';

const TOPIC = 'bench-recovery';

function segmentBytes(logDir: string): number {
  let bytes = 0;
  for (const dir of readdirSync(logDir)) {
    if (!dir.startsWith(`${TOPIC}-`)) continue;
    for (const file of readdirSync(path.join(logDir, dir))) {
      if (file.endsWith('.log')) bytes += statSync(path.join(logDir, dir, file)).size;
    }
  }
  return bytes;
}

async function awaitLogLine(broker: BenchBroker, msg: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [line] = logLines(broker.logs(), msg);
    if (line !== undefined) return line;
    if (Date.now() > deadline) throw new Error(`the restarted broker never logged "${msg}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function measureRecovery(w: RecoveryWorkload, dataDir: string, ceilingMbPerSec: number): Promise<RecoveryRow> {
  const row: RecoveryRow = {
    name: workloadName(w),
    workload: w,
    bytesScanned: 0,
    recoveryMs: 0,
    gbPerSec: 0,
    hadCleanShutdown: false,
    restartToReadyMs: 0,
    recordsReadBack: 0,
    peakRssMb: 0,
    peakAnonRssMb: 0,
    ceilingMbPerSec,
    error: null,
  };
  let broker = await startBenchBroker({ dataDir });
  try {
    const common = ['--bootstrap', broker.bootstrap, '--topic', TOPIC, '--partitions', String(w.partitions), '--size', String(w.size)];
    const write = await runLoadgen(['produce', ...common, '--count', String(w.records), '--acks', '1']);
    if (write.exitCode !== 0) throw new Error(`writing the log failed: ${write.stderr}`);
    row.bytesScanned = segmentBytes(broker.logDir);
    row.peakRssMb = broker.peakRssBytes() / 1e6;
    row.peakAnonRssMb = broker.peakAnonRssBytes() / 1e6;
    await broker.kill9();

    broker = await broker.restart();
    row.restartToReadyMs = broker.readyMs;
    const loaded = await awaitLogLine(broker, 'log dir loaded');
    row.recoveryMs = Number(loaded['ms']);
    row.hadCleanShutdown = loaded['hadCleanShutdown'] === true;
    row.gbPerSec = row.bytesScanned / 1e9 / (Math.max(row.recoveryMs, 1) / 1000);

    const read = await runLoadgen(['consume', ...common, '--count', String(w.records)]);
    row.recordsReadBack = read.lines.find((l) => l.mode === 'consume')?.records ?? 0;
    row.peakRssMb = Math.max(row.peakRssMb, broker.peakRssBytes() / 1e6);
    row.peakAnonRssMb = Math.max(row.peakAnonRssMb, broker.peakAnonRssBytes() / 1e6);
    if (row.hadCleanShutdown) row.error = 'the restart found a clean-shutdown marker: nothing was recovered';
    else if (row.recordsReadBack !== w.records) row.error = `read back ${row.recordsReadBack} of ${w.records} records: ${read.stderr}`;
  } catch (err) {
    row.error = err instanceof Error ? err.message : String(err);
  } finally {
    await broker.stop();
  }
  return row;
}
