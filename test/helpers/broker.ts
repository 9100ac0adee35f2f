// Starts a real Runnel broker process for integration tests: free loopback ports, a fresh data
// dir, a generated server.properties, and readiness proven by an ApiVersions round trip.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROKER_HEAP_OPTIONS } from '../../src/cli/brokerHeapOptions.js';

// dist/test/helpers/broker.js -> repo root is three levels up (also right for test/helpers/broker.ts).
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const runnelCli = path.join(repoRoot, 'dist', 'src', 'cli', 'runnel.js');

const READY_TIMEOUT_MS = 30_000;

export interface StartBrokerOptions {
  overrides?: Record<string, string>;
  dataDir?: string;
}

export interface BrokerProcess {
  port: number;
  controllerPort: number;
  bootstrap: string;
  dataDir: string;
  pid: number;
  logs(): string;
  /** Sends the signal and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGTERM, waits for exit, returns the exit code (128 + signal number if killed by a signal). */
  stop(): Promise<number>;
  /** Stops this process if still running, then starts a new one on the same dir and ports. */
  restart(): Promise<BrokerProcess>;
}

/** Reserves a free loopback port by binding port 0 and releasing it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the bound port'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

function serverProperties(port: number, controllerPort: number, dataDir: string, overrides: Record<string, string>): string {
  const props: Record<string, string> = {
    'node.id': '1',
    'process.roles': 'broker,controller',
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    'log.dirs': path.join(dataDir, 'logs'),
    'runnel.auto.format': 'true',
    'gateway.listeners': '',
    // As Kafka's sample config for one node: a replicated offsets topic cannot exist here, and
    // tests should not wait 3 s for each new group's first rebalance.
    'offsets.topic.replication.factor': '1',
    'group.initial.rebalance.delay.ms': '0',
    ...overrides,
  };
  return Object.entries(props).map(([k, v]) => `${k}=${v}`).join('\n') + '\n';
}

/** An ApiVersions v0 request: size, apiKey 18, version 0, correlation id, client id. */
function apiVersionsV0Request(correlationId: number): Buffer {
  const clientId = Buffer.from('runnel-test-harness');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length);
  body.writeInt16BE(18, 0);
  body.writeInt16BE(0, 2);
  body.writeInt32BE(correlationId, 4);
  body.writeInt16BE(clientId.length, 8);
  clientId.copy(body, 10);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

/** Resolves true when the broker answers one ApiVersions request with a complete frame. */
export function apiVersionsRoundTrip(port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let received = Buffer.alloc(0);
    const finish = (ok: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('connect', () => socket.write(apiVersionsV0Request(1)));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) finish(true);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function exitCodeOf(child: ChildProcess): number {
  if (child.exitCode !== null) return child.exitCode;
  const signal = child.signalCode;
  return signal === null ? -1 : 128 + (os.constants.signals[signal] ?? 0);
}

function waitForExit(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(exitCodeOf(child));
  return new Promise((resolve) => child.once('exit', () => resolve(exitCodeOf(child))));
}

/**
 * Writes the node's server.properties into `dataDir`, formats its storage with `clusterId` when
 * given (as an operator runs `runnel storage format` for each node of a cluster, with `formatFlags`
 * such as --standalone; otherwise the node formats itself), starts it and waits until its client
 * listener answers.
 */
export async function launchBroker(
  port: number,
  controllerPort: number,
  dataDir: string,
  overrides: Record<string, string>,
  clusterId?: string,
  formatFlags: readonly string[] = [],
): Promise<BrokerProcess> {
  await mkdir(dataDir, { recursive: true });
  const propsFile = path.join(dataDir, 'server.properties');
  await writeFile(propsFile, serverProperties(port, controllerPort, dataDir, clusterId === undefined ? overrides : { ...overrides, 'runnel.auto.format': 'false' }));
  if (clusterId !== undefined) {
    const format = spawnSync(process.execPath, [runnelCli, 'storage', 'format', '-t', clusterId, '-c', propsFile, '--ignore-formatted', ...formatFlags], { cwd: repoRoot, encoding: 'utf8' });
    if (format.status !== 0) throw new Error(`runnel storage format failed (${format.status}): ${format.stderr}${format.stdout}`);
  }

  const logFile = createWriteStream(path.join(dataDir, 'broker.log'), { flags: 'a' });
  let captured = '';
  const child = spawn(process.execPath, [...BROKER_HEAP_OPTIONS, runnelCli, 'server-start', propsFile], {
    cwd: repoRoot,
    env: { ...process.env, RUNNEL_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const capture = (chunk: Buffer): void => {
    captured += chunk.toString('utf8');
    logFile.write(chunk);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  child.once('exit', () => logFile.end());

  const exited = waitForExit(child);
  let hasExited = false;
  void exited.then(() => { hasExited = true; });

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (hasExited) {
      throw new Error(`broker exited with code ${exitCodeOf(child)} before it was ready; log:\n${captured}`);
    }
    if (await apiVersionsRoundTrip(port, 1_000)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`broker not ready after ${READY_TIMEOUT_MS} ms; log:\n${captured}`);
    }
    await sleep(100);
  }

  const kill = async (signal: NodeJS.Signals = 'SIGKILL'): Promise<void> => {
    if (!hasExited) child.kill(signal);
    await exited;
  };
  return {
    port,
    controllerPort,
    bootstrap: `127.0.0.1:${port}`,
    dataDir,
    pid: child.pid ?? -1,
    logs: () => captured,
    kill,
    stop: async () => {
      if (!hasExited) child.kill('SIGTERM');
      return exited;
    },
    restart: async () => {
      await kill('SIGTERM');
      return launchBroker(port, controllerPort, dataDir, overrides, clusterId, formatFlags);
    },
  };
}

export async function startBroker(opts: StartBrokerOptions = {}): Promise<BrokerProcess> {
  const dataDir = opts.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'runnel-test-')));
  const port = await freePort();
  let controllerPort = await freePort();
  while (controllerPort === port) controllerPort = await freePort();
  return launchBroker(port, controllerPort, dataDir, opts.overrides ?? {});
}

/** The part of tap's Test that the harness needs, so helpers stay usable from any tap version. */
export interface TeardownHost {
  teardown(fn: () => unknown): void;
}

/**
 * Starts a broker whose process (and every restarted successor) is killed and whose temp data
 * dir is removed when the test ends. A caller-supplied dataDir is left in place.
 */
export async function withBroker(t: TeardownHost, opts: StartBrokerOptions = {}): Promise<BrokerProcess> {
  const ownsDir = opts.dataDir === undefined;
  const live: BrokerProcess[] = [];
  const track = (b: BrokerProcess): BrokerProcess => {
    live.push(b);
    const restart = b.restart;
    b.restart = async () => track(await restart());
    return b;
  };
  const broker = track(await startBroker(opts));
  t.teardown(async () => {
    for (const b of live) await b.kill('SIGKILL');
    if (ownsDir) await rm(broker.dataDir, { recursive: true, force: true });
  });
  return broker;
}
