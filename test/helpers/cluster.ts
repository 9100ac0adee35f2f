// A KRaft cluster of real Runnel processes on loopback for integration tests: combined
// (broker,controller) voters plus optional broker-only observers, every node formatted with one
// cluster id, started together (a voter cannot finish starting alone), and killed at teardown.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUuid } from '../../src/config/metaProperties.js';
import { DescribeQuorum } from '../../src/client/clientApis.js';
import { KafkaConnection } from '../../src/client/kafkaConnection.js';
import type { DescribeQuorumResponse } from '../../src/protocol/generated/messages/DescribeQuorumResponse.js';
import { freePort, launchBroker, type BrokerProcess, type TeardownHost } from './broker.js';
import { TcpProxy } from './tcpProxy.js';

export interface ClusterNode {
  readonly id: number;
  readonly voter: boolean;
  readonly port: number;
  readonly controllerPort: number;
  readonly bootstrap: string;
  /** The running process; replaced by restart(). */
  process: BrokerProcess | null;
  kill(): Promise<void>;
  restart(): Promise<void>;
}

export interface Cluster {
  readonly clusterId: string;
  /** Cuts node `id` off from every other node, both ways (needs `proxied`). */
  isolate(id: number): void;
  heal(): void;
  readonly nodes: readonly ClusterNode[];
  node(id: number): ClusterNode;
  running(): ClusterNode[];
  bootstrap(): string;
}

export interface StartClusterOptions {
  voters?: number;
  brokers?: number;
  overrides?: Record<string, string>;
  /** Settings of one node (by id) on top of `overrides`, e.g. its broker.rack. */
  nodeOverrides?: Record<number, Record<string, string>>;
  /** Route every node-to-controller connection through a TcpProxy per (from, to) pair. */
  proxied?: boolean;
  /** Voters run the controller role only (no client listener); brokers are separate nodes. */
  dedicatedControllers?: boolean;
}

/** Fast quorum timings for tests; Kafka's defaults are 1 s / 2 s / 2 s / 9 s. */
export const FAST_QUORUM = {
  'controller.quorum.election.timeout.ms': '500',
  'controller.quorum.fetch.timeout.ms': '1000',
  'controller.quorum.request.timeout.ms': '1000',
  'broker.heartbeat.interval.ms': '300',
  'broker.session.timeout.ms': '2000',
};

export async function startCluster(t: TeardownHost, opts: StartClusterOptions = {}): Promise<Cluster> {
  const voterCount = opts.voters ?? 3;
  const total = voterCount + (opts.brokers ?? 0);
  const root = await mkdtemp(path.join(os.tmpdir(), 'runnel-cluster-'));
  const clusterId = randomUuid();
  const ports: Array<{ port: number; controllerPort: number }> = [];
  const used = new Set<number>();
  const fresh = async (): Promise<number> => {
    let p = await freePort();
    while (used.has(p)) p = await freePort();
    used.add(p);
    return p;
  };
  for (let i = 0; i < total; i++) ports.push({ port: await fresh(), controllerPort: await fresh() });
  // proxies.get(`${from}->${to}`): how node `from` reaches controller `to`.
  const proxies = new Map<string, TcpProxy>();
  if (opts.proxied) {
    for (let from = 1; from <= total; from++) {
      for (let to = 1; to <= voterCount; to++) if (from !== to) proxies.set(`${from}->${to}`, await TcpProxy.start(ports[to - 1]!.controllerPort));
    }
  }
  const votersFor = (from: number): string =>
    ports
      .slice(0, voterCount)
      .map((p, i) => `${i + 1}@127.0.0.1:${proxies.get(`${from}->${i + 1}`)?.port ?? p.controllerPort}`)
      .join(',');

  const nodes: ClusterNode[] = ports.map(({ port, controllerPort }, i) => {
    const id = i + 1;
    const voter = id <= voterCount;
    const overrides: Record<string, string> = {
      ...FAST_QUORUM,
      'node.id': String(id),
      'controller.quorum.voters': votersFor(id),
      ...(!voter
        ? { 'process.roles': 'broker', listeners: `PLAINTEXT://127.0.0.1:${port}` }
        : opts.dedicatedControllers
          ? { 'process.roles': 'controller', listeners: `CONTROLLER://127.0.0.1:${controllerPort}`, 'advertised.listeners': '' }
          : {}),
      ...opts.overrides,
      ...opts.nodeOverrides?.[id],
    };
    const dataDir = path.join(root, `node${id}`);
    const node: ClusterNode = {
      id,
      voter,
      port,
      controllerPort,
      bootstrap: `127.0.0.1:${port}`,
      process: null,
      async kill() {
        await node.process?.kill('SIGKILL');
        node.process = null;
      },
      async restart() {
        await node.process?.kill('SIGTERM');
        // A controller-only node has no client listener: it is ready when its controller listener answers.
        const readyPort = voter && opts.dedicatedControllers ? controllerPort : port;
        node.process = await launchBroker(readyPort, controllerPort, dataDir, overrides, clusterId);
      },
    };
    return node;
  });
  t.teardown(async () => {
    await Promise.all(nodes.map((n) => n.kill()));
    await Promise.all([...proxies.values()].map((p) => p.close()));
    await rm(root, { recursive: true, force: true });
  });
  await Promise.all(nodes.map((n) => n.restart()));
  return {
    clusterId,
    isolate(id) {
      for (const [pair, proxy] of proxies) {
        const [from, to] = pair.split('->').map(Number);
        if (from === id || to === id) proxy.partition();
      }
    },
    heal() {
      for (const proxy of proxies.values()) proxy.heal();
    },
    nodes,
    node: (id) => nodes[id - 1]!,
    running: () => nodes.filter((n) => n.process !== null),
    bootstrap: () => nodes.filter((n) => n.process !== null).map((n) => n.bootstrap).join(','),
  };
}

/** DescribeQuorum against one node's listener (client or controller). */
export async function describeQuorum(port: number): Promise<DescribeQuorumResponse> {
  const conn = await KafkaConnection.open({ host: '127.0.0.1', port, clientId: 'cluster-test', requestTimeoutMs: 10_000, connectTimeoutMs: 2_000 });
  try {
    return await conn.send(DescribeQuorum, { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] });
  } finally {
    conn.close();
  }
}

/** Polls `probe` until it returns a value other than undefined. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The node ids `runnel metadata-quorum describe --status` lists after `label` (CurrentVoters, CurrentObservers). */
export function quorumMemberIds(statusOutput: string, label: 'CurrentVoters' | 'CurrentObservers'): number[] {
  const line = new RegExp(`^${label}:\\s+(\\[.*\\])$`, 'm').exec(statusOutput)?.[1];
  if (line === undefined) throw new Error(`no ${label} line in:\n${statusOutput}`);
  return (JSON.parse(line) as Array<{ id: number }>).map((m) => m.id).sort((a, b) => a - b);
}

/** A partition's bytes as a node's replica holds them: its segment files in offset order. */
export async function replicaLogBytes(dataDir: string, topic: string, partition: number): Promise<Buffer> {
  const dir = path.join(dataDir, 'logs', `${topic}-${partition}`);
  const segments = (await readdir(dir)).filter((n) => /^\d{20}\.log$/.test(n)).sort();
  return Buffer.concat(await Promise.all(segments.map((s) => readFile(path.join(dir, s)))));
}
