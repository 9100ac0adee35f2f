// KRaft controller figures with real processes and an independent client (kafkajs's admin, not
// Runnel's, with waitForLeaders off: its leader polling sleeps 100 ms first): CreateTopics latency and throughput through a one-node and a three-node quorum (each
// create is one Raft commit, replicated to a majority before it is answered), and how long the
// cluster is without an active controller after kill -9 of the leader, with the test timings and
// with Kafka's defaults.
//
//   node dist/bench/kraft/controller.js [--creates 200] [--kills 5]
import { parseArgs } from 'node:util';
import kafkajs from 'kafkajs';
import { FAST_QUORUM, describeQuorum, startCluster, waitFor, type Cluster } from '../../test/helpers/cluster.js';
import { machineInfo } from '../machineInfo.js';
import { teardownHost } from '../teardownHost.js';

const { Kafka, logLevel } = kafkajs;
const { values } = parseArgs({ options: { creates: { type: 'string', default: '200' }, kills: { type: 'string', default: '5' } } });
const creates = Number(values.creates);
const kills = Number(values.kills);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function createTopicsBench(cluster: Cluster, label: string): Promise<void> {
  const prefix = label.replace(/[^a-zA-Z0-9]+/g, '-');
  const admin = new Kafka({ clientId: 'kraft-bench', brokers: [cluster.nodes[0]!.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < creates; i++) {
    const t0 = performance.now();
    await admin.createTopics({ topics: [{ topic: `${prefix}-seq-${i}`, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: false });
    latencies.push(performance.now() - t0);
  }
  const seqS = (performance.now() - started) / 1000;
  const parallel = 8;
  const admins = await Promise.all(
    Array.from({ length: parallel }, async () => {
      const a = new Kafka({ clientId: 'kraft-bench', brokers: cluster.nodes.map((n) => n.bootstrap), logLevel: logLevel.NOTHING }).admin();
      await a.connect();
      return a;
    }),
  );
  const perAdmin = Math.ceil(creates / parallel);
  const pStarted = performance.now();
  await Promise.all(
    admins.map(async (a, j) => {
      for (let i = 0; i < perAdmin; i++) await a.createTopics({ topics: [{ topic: `${prefix}-par-${j}-${i}`, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: false });
    }),
  );
  const parS = (performance.now() - pStarted) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${label}: CreateTopics sequential ${(creates / seqS).toFixed(0)} topics/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; ` +
      `${parallel} admins in parallel ${((perAdmin * parallel) / parS).toFixed(0)} topics/s`,
  );
  for (const a of [admin, ...admins]) await a.disconnect();
}

async function failoverBench(overrides: Record<string, string>, label: string): Promise<void> {
  const host = teardownHost();
  const cluster = await startCluster(host, { voters: 3, overrides });
  const gaps: number[] = [];
  for (let k = 0; k < kills; k++) {
    const before = await waitFor('a leader', async () => {
      for (const n of cluster.running()) {
        const p = (await describeQuorum(n.port).catch(() => null))?.topics[0]?.partitions[0];
        if (p && p.errorCode === 0 && p.leaderId > 0) return p;
      }
      return undefined;
    }, 60_000);
    const victim = cluster.node(before.leaderId);
    const witness = cluster.running().find((n) => n !== victim)!;
    await victim.kill();
    const t0 = performance.now();
    await waitFor('a new leader', async () => {
      const p = (await describeQuorum(witness.port)).topics[0]?.partitions[0];
      return p && p.errorCode === 0 && p.leaderId > 0 && p.leaderId !== victim.id ? p : undefined;
    }, 60_000);
    gaps.push(performance.now() - t0);
    await victim.restart();
  }
  gaps.sort((a, b) => a - b);
  console.log(`${label}: kill -9 of the leader -> new leader in min ${gaps[0]!.toFixed(0)} / median ${percentile(gaps, 50).toFixed(0)} / max ${gaps.at(-1)!.toFixed(0)} ms over ${kills} kills`);
  await host.run();
}

console.log(JSON.stringify(machineInfo()));
for (const voters of [1, 3]) {
  const host = teardownHost();
  const cluster = await startCluster(host, { voters });
  await createTopicsBench(cluster, `${voters}-voter quorum`);
  await host.run();
}
await failoverBench(FAST_QUORUM, `test timings (fetch ${FAST_QUORUM['controller.quorum.fetch.timeout.ms']} ms, election ${FAST_QUORUM['controller.quorum.election.timeout.ms']} ms)`);
await failoverBench({}, 'Kafka defaults (fetch 2000 ms, election 1000 ms)');
