// What replication costs a producer: the librdkafka load generator (bench/loadgen, not Runnel's
// client) against three combined nodes on this machine, writing acks=all to a topic with
// replication factor 3 and min.insync.replicas=2, and acks=1 to a topic with replication factor 1,
// with the same load: throughput (1 KiB values, as fast as it goes) and end-to-end latency at a
// fixed offered rate (p50/p99). All three brokers share the machine's cores with the generator.
//
//   node dist/bench/replication/acks.js [--mb 256] [--rate 5000] [--duration 15] [--partitions 6]
import { parseArgs } from 'node:util';
import kafkajs from 'kafkajs';
import { startCluster, type Cluster } from '../../test/helpers/cluster.js';
import { buildLoadgen, runLoadgen } from '../loadgen.js';
import { machineInfo } from '../machineInfo.js';
import { teardownHost } from '../teardownHost.js';

const { Kafka, logLevel } = kafkajs;
const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '256' },
    rate: { type: 'string', default: '5000' },
    duration: { type: 'string', default: '15' },
    partitions: { type: 'string', default: '6' },
  },
});
const SIZE = 1024;
const partitions = Number(values.partitions);

async function createTopic(cluster: Cluster, topic: string, replicationFactor: number, numPartitions: number): Promise<void> {
  const admin = new Kafka({ clientId: 'replication-bench', brokers: [cluster.nodes[0]!.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.createTopics({
    topics: [{ topic, numPartitions, replicationFactor, configEntries: [{ name: 'min.insync.replicas', value: String(Math.min(2, replicationFactor)) }] }],
    waitForLeaders: true,
  });
  await admin.disconnect();
  // Followers must have joined before the clock starts.
  await new Promise((r) => setTimeout(r, 2000));
}

async function run(cluster: Cluster, label: string, replicationFactor: number, acks: string): Promise<void> {
  const bootstrap = cluster.nodes.map((n) => n.bootstrap).join(',');
  const count = Math.floor((Number(values.mb) * 1e6) / SIZE);
  const throughputTopic = `tp-rf${replicationFactor}-acks${acks}`;
  await createTopic(cluster, throughputTopic, replicationFactor, partitions);
  const produced = await runLoadgen(['produce', '--bootstrap', bootstrap, '--topic', throughputTopic, '--partitions', String(partitions), '--size', String(SIZE), '--acks', acks, '--count', String(count)]);
  const p = produced.lines.find((l) => l.mode === 'produce' && l.phase === 'measure');
  if (produced.exitCode !== 0 || !p || p.mode !== 'produce') throw new Error(`produce failed: ${produced.stderr}`);

  const latencyTopic = `lat-rf${replicationFactor}-acks${acks}`;
  // The load generator's latency mode writes and reads one partition.
  await createTopic(cluster, latencyTopic, replicationFactor, 1);
  const timed = await runLoadgen(['latency', '--bootstrap', bootstrap, '--topic', latencyTopic, '--size', String(SIZE), '--rate', values.rate!, '--duration', values.duration!, '--acks', acks, '--linger-ms', '1']);
  const l = timed.lines.find((x) => x.mode === 'latency');
  if (timed.exitCode !== 0 || !l || l.mode !== 'latency') throw new Error(`latency run failed: ${timed.stderr}`);
  console.log(
    `${label}: ${p.records_per_s.toFixed(0)} records/s, ${p.mb_per_s.toFixed(1)} MB/s (${p.failed} failed); ` +
      `at ${values.rate} records/s: p50 ${l.p50_ms.toFixed(2)} ms, p99 ${l.p99_ms.toFixed(2)} ms, max ${l.max_ms.toFixed(1)} ms (${l.lost} lost)`,
  );
}

buildLoadgen();
console.log(JSON.stringify(machineInfo()));
const host = teardownHost();
const cluster = await startCluster(host, { voters: 3 });
try {
  await run(cluster, 'RF=1 acks=1  ', 1, '1');
  await run(cluster, 'RF=3 acks=all', 3, 'all');
} finally {
  await host.run();
}
