// Fetching from the closest replica (KIP-392) with real clients. Three nodes in three racks with
// replica.selector.class=RackAwareReplicaSelector: the leader points a consumer whose client.rack
// holds a follower at that follower (preferred_read_replica, no records), and the follower serves
// it up to its high watermark, new records included. Consumers in the leader's rack, in no rack or
// in a rack without a replica stay on the leader. A follower refuses a fetch without client
// metadata (before v11), a stale or future leader epoch, and an offset past its log; a killed
// broker is no longer chosen.
import { createRequire } from 'node:module';
import t from 'tap';
import kafkajs from 'kafkajs';
import { Connection, fetchV12 } from '@platformatic/kafka';
import { startCluster, waitFor, type Cluster } from '../helpers/cluster.js';
import { kafkajsProduce, kcatMetadata, KCAT, runProcess, runPythonClient } from '../helpers/clients.js';
import { FetchApi, RawKafkaClient } from '../helpers/rawKafka.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { RACK_AWARE_REPLICA_SELECTOR } from '../../src/replication/replicaSelector.js';

const { Kafka, logLevel } = kafkajs;
const TOPIC = 'near';
const RACKS: Record<number, string> = { 1: 'rack-a', 2: 'rack-b', 3: 'rack-c' };

interface KcatPartition {
  partition: number;
  leader: number;
  isrs: Array<{ id: number }>;
}

/** Waits until every running node reports the partition led by `leader` with an ISR of `isrSize`. */
async function settled(cluster: Cluster, leader: number, isrSize: number): Promise<void> {
  for (const node of cluster.running()) {
    await waitFor(`node ${node.id} to see ${TOPIC}-0 led by ${leader} with ${isrSize} in sync`, async () => {
      const m = (await kcatMetadata(node.bootstrap)) as { topics: Array<{ topic: string; partitions: KcatPartition[] }> };
      const p = m.topics.find((x) => x.topic === TOPIC)?.partitions[0];
      return p?.leader === leader && p.isrs.length === isrSize ? true : undefined;
    });
  }
}

type PlatformaticFetch = Awaited<ReturnType<typeof fetchV12.api.async>>;
type PlatformaticPartition = PlatformaticFetch['responses'][number]['partitions'][number];

/** One Fetch v12 with @platformatic/kafka; a partition error comes back as the partition, not a throw. */
async function platformaticFetch(port: number, rackId: string, opts: { fetchOffset?: bigint; currentLeaderEpoch?: number } = {}): Promise<PlatformaticPartition> {
  const conn = new Connection('follower-fetch-test');
  await conn.connect('127.0.0.1', port);
  try {
    const partitions = [{ partition: 0, currentLeaderEpoch: opts.currentLeaderEpoch ?? -1, fetchOffset: opts.fetchOffset ?? 0n, lastFetchedEpoch: -1, partitionMaxBytes: 1 << 20 }];
    let res: PlatformaticFetch;
    try {
      res = await fetchV12.api.async(conn, 0, 1, 1 << 20, 0, 0, -1, [{ topicId: TOPIC, partitions }], [], rackId);
    } catch (err) {
      const response = (err as { response?: PlatformaticFetch }).response;
      if (!response) throw err;
      res = response;
    }
    return res.responses[0]!.partitions[0]!;
  } finally {
    await conn.close();
  }
}

const recordCount = (p: PlatformaticPartition): number => (p.records ?? []).reduce((n, b) => n + b.records.length, 0);

t.test('consumers read from a follower in their rack; others stay on the leader', async (t) => {
  const cluster = await startCluster(t, {
    voters: 3,
    overrides: { 'replica.selector.class': RACK_AWARE_REPLICA_SELECTOR, 'replica.lag.time.max.ms': '2000', 'replica.fetch.wait.max.ms': '200', 'auto.leader.rebalance.enable': 'false' },
    nodeOverrides: Object.fromEntries(Object.entries(RACKS).map(([id, rack]) => [Number(id), { 'broker.rack': rack }])),
  });
  const admin = new Kafka({ clientId: 'follower-fetch', brokers: [cluster.node(1).bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  await admin.createTopics({ topics: [{ topic: TOPIC, replicaAssignment: [{ partition: 0, replicas: [1, 2, 3] }] }] });
  await settled(cluster, 1, 3);
  const first = Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `near-${i}` }));
  t.ok((await kafkajsProduce(cluster.node(1).bootstrap, TOPIC, first)).every((r) => r.error === null), 'kafkajs acks=all');
  await waitFor('the followers to learn the high watermark', async () => {
    const at3 = await platformaticFetch(cluster.node(3).port, 'rack-c');
    const at2 = await platformaticFetch(cluster.node(2).port, 'rack-b');
    return at3.highWatermark === 40n && at2.highWatermark === 40n ? true : undefined;
  });

  // What the leader answers, as @platformatic/kafka's raw Fetch v12 sees it.
  const toFollower = await platformaticFetch(cluster.node(1).port, 'rack-c');
  t.equal(toFollower.errorCode, ErrorCode.NONE);
  t.equal(toFollower.preferredReadReplica, 3, 'a rack-c consumer is pointed at broker 3');
  t.equal(recordCount(toFollower), 0, 'with no records');
  t.equal(toFollower.highWatermark, 40n, 'and the leader\'s high watermark');
  for (const rack of ['rack-a', '', 'rack-z']) {
    const atLeader = await platformaticFetch(cluster.node(1).port, rack);
    t.equal(atLeader.preferredReadReplica, -1, `client.rack '${rack}' stays on the leader`);
    t.equal(recordCount(atLeader), 40, `and reads there (client.rack '${rack}')`);
  }
  const atFollower = await platformaticFetch(cluster.node(3).port, 'rack-c');
  t.equal(atFollower.errorCode, ErrorCode.NONE);
  t.equal(recordCount(atFollower), 40, 'the follower serves the records up to its high watermark');
  t.equal(atFollower.preferredReadReplica, -1, 'a follower never redirects');

  // Bad fetches at a follower. The topic is new, so its leader epoch is 0.
  const raw = await RawKafkaClient.connect(cluster.node(3).port);
  try {
    const v10 = await raw.request(FetchApi, 10, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, rackId: '', forgottenTopicsData: [],
      topics: [{ topic: TOPIC, topicId: '', partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
    });
    t.equal(v10.responses[0]!.partitions[0]!.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER, 'Fetch v10 (no client metadata) at a follower: NOT_LEADER_OR_FOLLOWER');
  } finally {
    raw.close();
  }
  t.equal(recordCount(await platformaticFetch(cluster.node(3).port, 'rack-c', { currentLeaderEpoch: 0 })), 40, 'the current epoch is accepted at the follower');
  t.equal((await platformaticFetch(cluster.node(3).port, 'rack-c', { currentLeaderEpoch: 1 })).errorCode, ErrorCode.UNKNOWN_LEADER_EPOCH, 'a newer epoch than the follower knows: UNKNOWN_LEADER_EPOCH');
  t.equal((await platformaticFetch(cluster.node(3).port, 'rack-c', { fetchOffset: 1000n })).errorCode, ErrorCode.OFFSET_OUT_OF_RANGE, 'an offset past the follower\'s log: OFFSET_OUT_OF_RANGE');

  // kcat (librdkafka 2.0.2) in rack-c: librdkafka's own debug log says it moved to broker 3.
  const kcat = await runProcess(KCAT, ['-C', '-b', cluster.node(1).bootstrap, '-t', TOPIC, '-p', '0', '-o', 'beginning', '-c', '40', '-e', '-q', '-f', '%s\\n', '-X', 'client.rack=rack-c', '-d', 'topic,fetch'], '', 30_000);
  t.equal(kcat.code, 0, kcat.stderr.slice(-2000));
  t.same(kcat.stdout.trim().split('\n'), first.map((r) => r.value), 'kcat reads every record, in order');
  t.match(kcat.stderr, /migrating from broker 1 to 3 \(leader is 1\): preferred replica updated/, 'kcat followed the preferred replica to broker 3');

  // confluent-kafka-python in rack-b: librdkafka's statistics name the broker it fetched from.
  const confluent = (await runPythonClient('confluent', {
    op: 'consume_reporting_brokers', bootstrap: cluster.node(1).bootstrap, topic: TOPIC, count: 40, offset: 'beginning', partitions: [0], config: { 'client.rack': 'rack-b' }, timeout_s: 25,
  }, 40_000)) as { records: Array<{ value: string }>; brokers: Record<string, number[]> };
  t.same(confluent.records.map((r) => Buffer.from(r.value, 'base64').toString()), first.map((r) => r.value), 'confluent-kafka reads every record, in order');
  t.ok(confluent.brokers['0']?.includes(2), `confluent-kafka fetched partition 0 from broker 2 (statistics: ${JSON.stringify(confluent.brokers)})`);
  const confluentAtLeader = (await runPythonClient('confluent', {
    op: 'consume_reporting_brokers', bootstrap: cluster.node(1).bootstrap, topic: TOPIC, count: 40, offset: 'beginning', partitions: [0], config: { 'client.rack': 'rack-a' }, timeout_s: 25,
  }, 40_000)) as { records: unknown[]; brokers: Record<string, number[]> };
  t.same(confluentAtLeader.brokers['0'], [1], 'a consumer in the leader\'s rack fetches only from the leader');

  // kafkajs in rack-c, as a group member: it logs the preferred replica it was given and then
  // reads new records through the follower.
  const logs: string[] = [];
  const consumerKafka = new Kafka({
    clientId: 'follower-fetch-kafkajs',
    brokers: [cluster.node(1).bootstrap],
    logLevel: logLevel.DEBUG,
    logCreator: () => ({ log }) => {
      logs.push(String(log.message));
    },
  });
  const consumer = consumerKafka.consumer({ groupId: 'near-group', rackId: 'rack-c' });
  await consumer.connect();
  t.teardown(() => consumer.disconnect());
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
  const seen: string[] = [];
  await consumer.run({ eachMessage: async ({ message }) => void seen.push(message.value!.toString()) });
  await waitFor('kafkajs to read the first records', () => (seen.length >= 40 ? true : undefined), 30_000);
  const second = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `later-${i}` }));
  t.ok((await kafkajsProduce(cluster.node(1).bootstrap, TOPIC, second)).every((r) => r.error === null));
  await waitFor('kafkajs to read the new records through the follower', () => (seen.length >= 60 ? true : undefined), 30_000);
  t.same(seen, [...first, ...second].map((r) => r.value), 'kafkajs reads every record once, in order');
  t.ok(logs.some((l) => l === 'Preferred read replica is now 3'), 'kafkajs logged that broker 3 is its preferred read replica');
  await consumer.disconnect();

  // A dead broker is no longer chosen: the rack-c consumer is served by the leader again.
  await cluster.node(3).kill();
  await settled(cluster, 1, 2);
  const afterKill = await waitFor('the leader to stop pointing at the dead broker', async () => {
    const p = await platformaticFetch(cluster.node(1).port, 'rack-c');
    return p.preferredReadReplica === -1 ? p : undefined;
  });
  t.equal(recordCount(afterKill), 60, 'the leader serves the rack-c consumer itself');
  const rackB = await platformaticFetch(cluster.node(1).port, 'rack-b');
  t.equal(rackB.preferredReadReplica, 2, 'the live follower in rack-b is still chosen');
});
