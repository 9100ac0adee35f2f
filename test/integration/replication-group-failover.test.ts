// A consumer group through the loss of its coordinator, with __consumer_offsets replicated three
// ways: kafkajs consumes and commits, the broker leading the group's offsets partition is killed
// (kill -9), another replica takes the partition and loads the group from its copy, the committed
// offsets and the group's state read back unchanged (kafkajs admin), and confluent-kafka joining
// the same group resumes exactly after them.
import t from 'tap';
import kafkajs from 'kafkajs';
import { coordinatorPartitionFor } from '../../src/group/coordinatorPartition.js';
import { startCluster, waitFor, type Cluster } from '../helpers/cluster.js';
import { kafkajsConsume, kcatMetadata, runPythonClient } from '../helpers/clients.js';

const { Kafka, logLevel } = kafkajs;
const OFFSETS_PARTITIONS = 3;
const GROUP = 'failover-group';

interface KcatTopic {
  topic: string;
  partitions: Array<{ partition: number; leader: number; isrs: Array<{ id: number }> }>;
}

async function leaderOf(cluster: Cluster, topic: string, partition: number, from = cluster.running()): Promise<number | undefined> {
  for (const node of from) {
    const m = (await kcatMetadata(node.bootstrap).catch(() => null)) as { topics: KcatTopic[] } | null;
    const p = m?.topics.find((x) => x.topic === topic)?.partitions.find((x) => x.partition === partition);
    if (p && p.leader > 0) return p.leader;
  }
  return undefined;
}

t.test('committed offsets survive kill -9 of the group coordinator', async (t) => {
  const cluster = await startCluster(t, {
    voters: 3,
    overrides: {
      'offsets.topic.replication.factor': '3',
      'offsets.topic.num.partitions': String(OFFSETS_PARTITIONS),
      'replica.lag.time.max.ms': '2000',
      'replica.fetch.backoff.ms': '200',
      'replica.fetch.wait.max.ms': '200',
      'auto.leader.rebalance.enable': 'false',
    },
  });
  const kafka = new Kafka({ clientId: 'group-failover', brokers: cluster.nodes.map((n) => n.bootstrap), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  await admin.createTopics({ topics: [{ topic: 'work', numPartitions: 2, replicationFactor: 3 }] });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  t.teardown(() => producer.disconnect());
  await producer.send({ topic: 'work', acks: -1, messages: Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `early-${i}` })) });

  const consumed = await kafkajsConsume(cluster.node(1).bootstrap, 'work', { count: 40, groupId: GROUP, timeoutMs: 60_000 });
  t.equal(consumed.length, 40, 'kafkajs consumed the first 40 records in the group');
  const committed = await waitFor('the group to have committed everything', async () => {
    const offsets = await admin.fetchOffsets({ groupId: GROUP, topics: ['work'] });
    const sum = offsets[0]!.partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
    return sum === 40 ? offsets[0]!.partitions.sort((a, b) => a.partition - b.partition) : undefined;
  });

  const before = (await admin.describeGroups([GROUP])).groups[0]!;
  t.match(before, { state: 'Empty', members: [] }, 'kafkajs left the group');
  const offsetsPartition = coordinatorPartitionFor(GROUP, OFFSETS_PARTITIONS);
  const coordinator = (await leaderOf(cluster, '__consumer_offsets', offsetsPartition))!;
  t.ok(coordinator > 0, `broker ${coordinator} coordinates the group (__consumer_offsets-${offsetsPartition})`);
  await cluster.node(coordinator).kill();
  const survivors = cluster.running();
  const successor = await waitFor('another replica to lead the offsets partition', async () => {
    const l = await leaderOf(cluster, '__consumer_offsets', offsetsPartition, survivors);
    return l !== undefined && l !== coordinator ? l : undefined;
  });
  t.not(successor, coordinator, `broker ${successor} took over the offsets partition`);

  const after = await waitFor('the new coordinator to answer OffsetFetch', async () => {
    const offsets = await admin.fetchOffsets({ groupId: GROUP, topics: ['work'] }).catch(() => null);
    return offsets ? offsets[0]!.partitions.sort((a, b) => a.partition - b.partition) : undefined;
  }, 30_000);
  t.same(after, committed, 'the committed offsets are intact after the failover (kafkajs admin)');
  t.match((await admin.describeGroups([GROUP])).groups[0], { state: 'Empty', members: [] }, 'the new coordinator loaded the group as the old one left it');

  await producer.send({ topic: 'work', acks: -1, messages: Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `late-${i}` })) });
  const resumed = (await runPythonClient('confluent', {
    op: 'consume',
    bootstrap: survivors.map((n) => n.bootstrap).join(','),
    topic: 'work',
    count: 20,
    group_subscribe: true,
    config: { 'group.id': GROUP, 'auto.offset.reset': 'earliest' },
    timeout_s: 40,
  }, 60_000)) as Array<{ value: string }>;
  const values = resumed.map((r) => Buffer.from(r.value, 'base64').toString()).sort();
  t.same(values, Array.from({ length: 20 }, (_, i) => `late-${i}`).sort(), 'confluent-kafka resumes the group exactly after the committed offsets');
});
