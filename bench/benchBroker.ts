// The broker under test: Runnel started from the shipped config/server.properties, with only
// the listeners, quorum voters and log.dirs moved to free ports and a fresh temp dir (and the
// gateway off: it is not measured, and its fixed port may be taken on a shared machine).
// Its CPU time and peak RSS come from /proc, so nothing in the broker has to cooperate.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { apiVersionsRoundTrip, freePort, repoRoot } from '../test/helpers/broker.js';
import { BROKER_HEAP_OPTIONS } from '../src/cli/brokerHeapOptions.js';

const runnelCli = path.join(repoRoot, 'dist', 'src', 'cli', 'runnel.js');
const defaultConfig = path.join(repoRoot, 'config', 'server.properties');
const READY_TIMEOUT_MS = 120_000;
const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

export interface BenchBrokerOptions {
  /** Holds logs/ (log.dirs) and broker.log; reused as is by restart(). */
  dataDir: string;
  /** Node flags for the broker process, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Properties set over the shipped file and the harness's own (e.g. gateway.listeners to turn the gateway on). */
  overrides?: Record<string, string>;
}

export interface BenchBroker {
  readonly pid: number;
  readonly bootstrap: string;
  readonly logDir: string;
  /** Wall time from spawn to the first answered ApiVersions request. */
  readonly readyMs: number;
  /** Everything the process wrote to stdout and stderr so far. */
  logs(): string;
  /** User plus system CPU seconds the process has used. */
  cpuSeconds(): number;
  /**
   * VmHWM: the largest resident set the process has had since it started. It counts file pages
   * the broker has mapped (mmap'd segments) as well as its own memory.
   */
  peakRssBytes(): number;
  /** The largest RssAnon (heap, buffers: memory the page cache cannot reclaim) seen by sampling every 100 ms. */
  peakAnonRssBytes(): number;
  /** SIGKILL: no shutdown code runs, as in a crash. */
  kill9(): Promise<void>;
  /** SIGTERM and wait: the broker's clean shutdown (a --cpu-prof profile is written then). */
  stop(): Promise<void>;
  /** A new process on the same ports and data dir; this one must have exited. */
  restart(): Promise<BenchBroker>;
}

interface Ports {
  client: number;
  controller: number;
}

async function freePorts(): Promise<Ports> {
  const client = await freePort();
  let controller = await freePort();
  while (controller === client) controller = await freePort();
  return { client, controller };
}

function overrides(ports: Ports, logDir: string, extra: Record<string, string>): string[] {
  const props: Record<string, string> = {
    listeners: `PLAINTEXT://127.0.0.1:${ports.client},CONTROLLER://127.0.0.1:${ports.controller}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${ports.client}`,
    'controller.quorum.voters': `1@127.0.0.1:${ports.controller}`,
    'log.dirs': logDir,
    'gateway.listeners': '',
    ...extra,
  };
  return Object.entries(props).flatMap(([k, v]) => ['--override', `${k}=${v}`]);
}

function procStatus(pid: number, field: string): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  if (line === undefined) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(line.split(/\s+/)[1]) * 1024;
}

function procCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after "(comm)" start at field 3 (state); utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

async function launch(opts: BenchBrokerOptions, ports: Ports): Promise<BenchBroker> {
  const logDir = path.join(opts.dataDir, 'logs');
  await mkdir(opts.dataDir, { recursive: true });
  const logFile = createWriteStream(path.join(opts.dataDir, 'broker.log'), { flags: 'a' });
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...BROKER_HEAP_OPTIONS, ...(opts.nodeArgs ?? []), runnelCli, 'server-start', defaultConfig, ...overrides(ports, logDir, opts.overrides ?? {})],
    { cwd: repoRoot, env: { ...process.env, RUNNEL_LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let captured = '';
  const capture = (chunk: Buffer): void => {
    captured += chunk.toString('utf8');
    logFile.write(chunk);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    logFile.end();
  });

  for (;;) {
    if (hasExited) throw new Error(`broker exited before it was ready; log:\n${captured}`);
    if (await apiVersionsRoundTrip(ports.client, 1_000)) break;
    if (performance.now() - started > READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`broker not ready after ${READY_TIMEOUT_MS} ms; log:\n${captured}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  const pid = child.pid!;
  let peakAnon = 0;
  const sampleAnon = (): void => {
    if (hasExited) return;
    try {
      peakAnon = Math.max(peakAnon, procStatus(pid, 'RssAnon'));
    } catch {
      // Dying: a zombie's status has no memory lines, and a reaped pid has no status at all.
    }
  };
  sampleAnon();
  const sampler = setInterval(sampleAnon, 100);
  sampler.unref();
  void exited.then(() => clearInterval(sampler));
  const signal = async (name: NodeJS.Signals): Promise<void> => {
    if (!hasExited) child.kill(name);
    await exited;
  };
  return {
    pid,
    bootstrap: `127.0.0.1:${ports.client}`,
    logDir,
    readyMs,
    logs: () => captured,
    cpuSeconds: () => procCpuSeconds(pid),
    peakRssBytes: () => procStatus(pid, 'VmHWM'),
    peakAnonRssBytes: () => {
      sampleAnon();
      return peakAnon;
    },
    kill9: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    restart: async () => {
      if (!hasExited) throw new Error('restart() needs the previous broker process to have exited');
      return launch(opts, ports);
    },
  };
}

export async function startBenchBroker(opts: BenchBrokerOptions): Promise<BenchBroker> {
  return launch(opts, await freePorts());
}

/** The broker's pino JSON log lines with the given message. */
export function logLines(logs: string, msg: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  // The last piece is a line still being written (or empty): only complete lines are parsed.
  for (const line of logs.split('\n').slice(0, -1)) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as Record<string, unknown>;
    if (entry['msg'] === msg) found.push(entry);
  }
  return found;
}
