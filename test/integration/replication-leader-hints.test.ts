// Current-leader hints (KIP-951): a Produce (v10+) answered NOT_LEADER_OR_FOLLOWER and a Fetch
// (v12+, endpoints from v16) answered NOT_LEADER_OR_FOLLOWER or FENCED_LEADER_EPOCH name the new
// leader and its endpoint, so a client re-routes without waiting for a metadata refresh.
// librdkafka 2.12 (node-rdkafka) is the client here that acts on them; its metadata debug log
// says when a response's leader was applied. Older versions get no hint (the raw client checks).
import { createRequire } from 'node:module';
import t from 'tap';
import kafkajs from 'kafkajs';
import { startCluster, waitFor, type Cluster } from '../helpers/cluster.js';
import { kcatMetadata } from '../helpers/clients.js';
import { ProduceApi, RawKafkaClient } from '../helpers/rawKafka.js';
import { buildBatch } from '../helpers/batch.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';

const require = createRequire(import.meta.url);
const Rdkafka = require('node-rdkafka') as typeof import('node-rdkafka');
const { Kafka, logLevel } = kafkajs;
const TOPIC = 'hint';

async function ledBy(cluster: Cluster, leader: number): Promise<void> {
  for (const node of cluster.running()) {
    await waitFor(`node ${node.id} to see ${TOPIC}-0 led by ${leader}`, async () => {
      const m = (await kcatMetadata(node.bootstrap)) as { topics: Array<{ topic: string; partitions: Array<{ leader: number; isrs: unknown[] }> }> };
      const p = m.topics.find((x) => x.topic === TOPIC)?.partitions[0];
      return p?.leader === leader && p.isrs.length === 3 ? true : undefined;
    });
  }
}

/**
 * librdkafka options that keep it from refreshing metadata on its own while the test runs. The
 * cache lifetime stays under 2^31 microseconds: librdkafka multiplies metadata.max.age.ms by 1000
 * in an int, and a larger value expires every cache entry at once.
 */
const QUIET_METADATA = { 'topic.metadata.refresh.interval.ms': 1_800_000, 'metadata.max.age.ms': 2_000_000, debug: 'metadata,topic,fetch', log_level: 7 };

t.test('librdkafka follows the leader named in Produce and Fetch errors', async (t) => {
  const cluster = await startCluster(t, {
    voters: 3,
    overrides: { 'leader.imbalance.check.interval.seconds': '1', 'leader.imbalance.per.broker.percentage': '0', 'replica.lag.time.max.ms': '5000' },
  });
  const admin = new Kafka({ clientId: 'leader-hints', brokers: [cluster.node(1).bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  await admin.createTopics({ topics: [{ topic: TOPIC, replicaAssignment: [{ partition: 0, replicas: [1, 2, 3] }] }] });
  await ledBy(cluster, 1);

  const producerLogs: string[] = [];
  const producer = new Rdkafka.Producer({ 'bootstrap.servers': cluster.node(1).bootstrap, dr_msg_cb: true, ...QUIET_METADATA });
  producer.on('event.log', (e: { message: string }) => producerLogs.push(e.message));
  const delivered: Array<{ value: string; error: string | null }> = [];
  producer.on('delivery-report', (err, report) => delivered.push({ value: String(report.value), error: err ? String(err) : null }));
  await new Promise<void>((resolve, reject) => producer.connect({}, (err) => (err ? reject(err) : resolve())));
  producer.setPollInterval(50);
  t.teardown(() => new Promise<void>((resolve) => producer.disconnect(() => resolve())));
  const produce = async (value: string): Promise<void> => {
    producer.produce(TOPIC, 0, Buffer.from(value));
    await waitFor(`delivery of ${value}`, () => (delivered.some((d) => d.value === value) ? true : undefined), 30_000);
  };

  const consumerLogs: string[] = [];
  const consumed: string[] = [];
  const consumer = new Rdkafka.KafkaConsumer({ 'bootstrap.servers': cluster.node(1).bootstrap, 'group.id': 'leader-hints', 'enable.auto.commit': false, ...QUIET_METADATA }, { 'auto.offset.reset': 'earliest' });
  consumer.on('event.log', (e: { message: string }) => consumerLogs.push(e.message));
  consumer.on('data', (m) => consumed.push(m.value!.toString()));
  await new Promise<void>((resolve, reject) => consumer.connect({}, (err) => (err ? reject(err) : resolve())));
  t.teardown(() => new Promise<void>((resolve) => consumer.disconnect(() => resolve())));
  consumer.assign([{ topic: TOPIC, partition: 0, offset: 0 }]);
  consumer.consume();

  await produce('before');
  await waitFor('the consumer to read the first record', () => (consumed.includes('before') ? true : undefined), 30_000);

  // Make broker 2 the preferred replica: the imbalance check moves leadership to it.
  await admin.alterPartitionReassignments({ topics: [{ topic: TOPIC, partitionAssignment: [{ partition: 0, replicas: [2, 3, 1] }] }] });
  await ledBy(cluster, 2);

  await produce('after');
  const report = delivered.find((d) => d.value === 'after');
  t.equal(report?.error, null, 'the record produced after the move is delivered');
  t.match(producerLogs.join('\n'), /Partition hint\([^)]*\)\[0\]: updated with leader 2 and epoch \d+/, 'the producer took leader 2 from the Produce response');
  await waitFor('the consumer to read the record written after the move', () => (consumed.includes('after') ? true : undefined), 30_000);
  t.same(consumed, ['before', 'after'], 'the consumer reads both records once, in order');
  t.match(consumerLogs.join('\n'), /Partition hint\([^)]*\)\[0\]: updated with leader 2 and epoch \d+/, 'the consumer took leader 2 from the Fetch response');
  if (t.passing() === false) t.comment(`producer log:\n${producerLogs.slice(-60).join('\n')}\nconsumer log:\n${consumerLogs.slice(-60).join('\n')}`);

  // The hint as the wire carries it: Produce v10+ names the leader and lists its endpoint; v9 cannot.
  const raw = await RawKafkaClient.connect(cluster.node(1).port);
  t.teardown(() => raw.close());
  const send = (version: number) =>
    raw.request(ProduceApi, version, { transactionalId: null, acks: -1, timeoutMs: 5000, topicData: [{ name: TOPIC, partitionData: [{ index: 0, records: buildBatch({ records: 1 }) }] }] });
  const v11 = await send(11);
  const p11 = v11.responses[0]!.partitionResponses[0]!;
  t.equal(p11.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  t.equal(p11.currentLeader?.leaderId, 2, 'Produce v11 names leader 2');
  t.same(v11.nodeEndpoints?.map((e) => [e.nodeId, e.host, e.port]), [[2, '127.0.0.1', cluster.node(2).port]], 'and lists its endpoint');
  const v9 = await send(9);
  t.equal(v9.responses[0]!.partitionResponses[0]!.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER, 'Produce v9 gets the error alone');
  t.equal(v9.responses[0]!.partitionResponses[0]!.currentLeader?.leaderId ?? -1, -1, 'with no leader named');
});
