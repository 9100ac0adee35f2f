// What reading from the closest replica (KIP-392) costs a consumer: three combined nodes in three
// racks with RackAwareReplicaSelector, a topic with replication factor 3 led by broker 1, and the
// librdkafka load generator (bench/loadgen, not Runnel's client) producing acks=all at a fixed
// rate while its consumer reads from the leader (client.rack rack-1) or from a follower (rack-3):
// end-to-end latency p50/p99 side by side, and consume throughput from each.
//
//   node dist/bench/replication/followerFetch.js [--rate 5000] [--duration 15] [--mb 256]
import { parseArgs } from 'node:util';
import kafkajs from 'kafkajs';
import { startCluster } from '../../test/helpers/cluster.js';
import { buildLoadgen, runLoadgen } from '../loadgen.js';
import { machineInfo } from '../machineInfo.js';
import { teardownHost } from '../teardownHost.js';
import { RACK_AWARE_REPLICA_SELECTOR } from '../../src/replication/replicaSelector.js';

const { Kafka, logLevel } = kafkajs;
const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '5000' },
    duration: { type: 'string', default: '15' },
    mb: { type: 'string', default: '256' },
  },
});
const SIZE = 1024;

buildLoadgen();
console.log(JSON.stringify(machineInfo()));
const host = teardownHost();
const cluster = await startCluster(host, {
  voters: 3,
  overrides: { 'replica.selector.class': RACK_AWARE_REPLICA_SELECTOR, 'auto.leader.rebalance.enable': 'false' },
  nodeOverrides: { 1: { 'broker.rack': 'rack-1' }, 2: { 'broker.rack': 'rack-2' }, 3: { 'broker.rack': 'rack-3' } },
});
try {
  const bootstrap = cluster.nodes.map((n) => n.bootstrap).join(',');
  const admin = new Kafka({ clientId: 'follower-fetch-bench', brokers: [cluster.nodes[0]!.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const topic = (name: string) => ({ topic: name, replicaAssignment: [{ partition: 0, replicas: [1, 2, 3] }], configEntries: [{ name: 'min.insync.replicas', value: '2' }] });
  const racks = ['rack-1', 'rack-3'];
  await admin.createTopics({ topics: [...racks.map((r) => topic(`lat-${r}`)), topic('bulk')], waitForLeaders: true });
  await admin.disconnect();
  await new Promise((r) => setTimeout(r, 2000));

  const count = Math.floor((Number(values.mb) * 1e6) / SIZE);
  const filled = await runLoadgen(['produce', '--bootstrap', bootstrap, '--topic', 'bulk', '--size', String(SIZE), '--acks', 'all', '--count', String(count)]);
  if (filled.exitCode !== 0) throw new Error(`fill failed: ${filled.stderr}`);
  for (const rack of racks) {
    const where = rack === 'rack-1' ? 'leader  ' : 'follower';
    const timed = await runLoadgen(['latency', '--bootstrap', bootstrap, '--topic', `lat-${rack}`, '--size', String(SIZE), '--rate', values.rate!, '--duration', values.duration!, '--acks', 'all', '--linger-ms', '1', '--client-rack', rack]);
    const l = timed.lines.find((x) => x.mode === 'latency');
    if (timed.exitCode !== 0 || !l || l.mode !== 'latency') throw new Error(`latency run failed: ${timed.stderr}`);
    const read = await runLoadgen(['consume', '--bootstrap', bootstrap, '--topic', 'bulk', '--count', String(count), '--client-rack', rack]);
    const c = read.lines.find((x) => x.mode === 'consume');
    if (read.exitCode !== 0 || !c || c.mode !== 'consume') throw new Error(`consume failed: ${read.stderr}`);
    console.log(
      `from the ${where} (client.rack ${rack}): at ${values.rate} records/s acks=all: p50 ${l.p50_ms.toFixed(2)} ms, p99 ${l.p99_ms.toFixed(2)} ms, max ${l.max_ms.toFixed(1)} ms (${l.lost} lost); ` +
        `consume ${c.records_per_s.toFixed(0)} records/s, ${c.mb_per_s.toFixed(1)} MB/s`,
    );
  }
} finally {
  await host.run();
}
