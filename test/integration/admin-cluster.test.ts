// CreatePartitions, DescribeCluster, DescribeLogDirs and DeleteRecords against a real broker,
// driven by confluent-kafka (librdkafka), kafkajs and @platformatic/kafka (its admin client and,
// for requests no admin client sends, its protocol calls).
import path from 'node:path';
import t from 'tap';
import {
  createPartitionsV3,
  deleteRecordsV2,
  describeClusterV0,
  describeClusterV1,
  describeLogDirsV4,
} from '@platformatic/kafka';
import { withBroker } from '../helpers/broker.js';
import { adminClients, responseOf } from './admin-clients.js';
import { kafkajsProduce, pythonAdmin, pythonConsume } from '../helpers/clients.js';

t.test('partitions, cluster, log dirs and record deletion', async (t) => {
  const broker = await withBroker(t);
  const bootstrap = broker.bootstrap;
  const { kafkajs: kadmin, platformatic: padmin, connection: conn } = await adminClients(t, broker, 'admin-cluster');
  await kadmin.createTopics({
    topics: [
      { topic: 'grow', numPartitions: 3 },
      { topic: 'compacted', numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
    ],
  });
  const partitionCount = async (topic: string): Promise<number> => (await kadmin.fetchTopicMetadata({ topics: [topic] })).topics[0]?.partitions.length ?? -1;

  await t.test('CreatePartitions grows a topic, validates only on request, never shrinks', async (t) => {
    await pythonAdmin('confluent', bootstrap, 'create_partitions', { topic: 'grow', total: 6 });
    t.equal(await partitionCount('grow'), 6);
    const [report] = await kafkajsProduce(bootstrap, 'grow', [{ value: 'to a new partition', partition: 5 }]);
    t.same(report, { partition: 5, offset: 0, error: null }, 'a new partition takes records at once');

    await pythonAdmin('confluent', bootstrap, 'create_partitions', { topic: 'grow', total: 8, validate_only: true });
    t.equal(await partitionCount('grow'), 6, 'validate_only creates nothing');

    await t.rejects(pythonAdmin('confluent', bootstrap, 'create_partitions', { topic: 'grow', total: 4 }), /INVALID_PARTITIONS/);
    const same = await kadmin.createPartitions({ topicPartitions: [{ topic: 'grow', count: 6 }] }).then(() => null, (err: unknown) => err);
    t.equal((same as { type?: string } | null)?.type, 'INVALID_PARTITIONS', 'kafkajs: the count a topic already has');

    const res = await responseOf(
      createPartitionsV3.api.async(
        conn,
        [
          { name: 'grow', count: 4 },
          { name: 'missing', count: 2 },
          { name: 'compacted', count: 3, assignments: [{ brokerIds: [1] }] },
          { name: 'twice', count: 2 },
          { name: 'twice', count: 3 },
        ],
        5000,
        false,
      ),
    );
    t.same(
      res.results.map((r) => [r.name, r.errorCode, r.errorMessage]),
      [
        ['grow', 37, 'Topic currently has 6 partitions, which is higher than the requested 4.'],
        ['missing', 3, 'This server does not host this topic-partition.'],
        ['compacted', 39, 'Attempted to add 2 additional partition(s), but only 1 assignment(s) were specified.'],
        ['twice', 42, 'Duplicate topic name.'],
      ],
    );
    t.equal(await partitionCount('compacted'), 1);
  });

  await t.test('DescribeCluster: this broker, the cluster id, endpoint types', async (t) => {
    const metadata = await kadmin.describeCluster();
    const v1 = await describeClusterV1.api.async(conn, false, 1);
    t.same(v1.brokers, [{ brokerId: 1, host: '127.0.0.1', port: broker.port, rack: null }]);
    t.equal(v1.clusterId, metadata.clusterId, 'the same cluster id Metadata reports');
    t.equal(v1.controllerId, 1);
    t.equal(v1.endpointType, 1);
    t.equal(v1.clusterAuthorizedOperations, -2147483648);
    const v0 = await describeClusterV0.api.async(conn, true, 1);
    t.equal(v0.clusterId, metadata.clusterId);
    t.same(v0.brokers.map((b) => b.brokerId), [1]);

    const controllers = await responseOf(describeClusterV1.api.async(conn, false, 2));
    t.equal(controllers.errorCode, 114, 'MISMATCHED_ENDPOINT_TYPE');
    t.equal(controllers.errorMessage, 'The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER');
    t.same(controllers.brokers, []);
    const unknown = await responseOf(describeClusterV1.api.async(conn, false, 9));
    t.equal(unknown.errorCode, 115, 'UNSUPPORTED_ENDPOINT_TYPE');
  });

  await t.test('DescribeLogDirs: partition sizes and the volume', async (t) => {
    await kafkajsProduce(bootstrap, 'grow', Array.from({ length: 10 }, (_, i) => ({ value: `record ${i}`, partition: 0 })));
    const [described] = await padmin.describeLogDirs({ topics: [{ name: 'grow', partitions: [0, 1, 5] }, { name: 'missing', partitions: [0] }] });
    t.equal(described?.broker, 1);
    const dir = described?.results[0];
    t.equal(described?.results.length, 1);
    t.equal(dir?.logDir, path.join(broker.dataDir, 'logs'));
    t.same(dir?.topics.map((tp) => [tp.name, tp.partitions.map((p) => p.partitionIndex)]), [['grow', [0, 1, 5]]], 'only what was asked for, and only what exists');
    const sizes = new Map(dir?.topics[0]?.partitions.map((p) => [p.partitionIndex, p.partitionSize]));
    t.ok((sizes.get(0) ?? 0n) > 0n, 'partition 0 holds ten records');
    t.equal(sizes.get(1), 0n);
    t.ok((sizes.get(5) ?? 0n) > 0n);
    t.ok(dir?.topics[0]?.partitions.every((p) => p.offsetLag === 0n && !p.isFutureKey));
    t.ok((dir?.totalBytes ?? 0n) > 0n);
    t.ok((dir?.usableBytes ?? -1n) >= 0n && (dir?.usableBytes ?? 0n) <= (dir?.totalBytes ?? 0n));

    const raw = await describeLogDirsV4.api.async(conn, []);
    t.same(raw.results[0]?.topics, [], 'an empty topic list describes no partitions');
  });

  await t.test('DeleteRecords moves the low watermark; consumers start there', async (t) => {
    const [deleted] = await padmin.deleteRecords({ topics: [{ name: 'grow', partitions: [{ partition: 0, offset: 4n }] }] });
    t.same(deleted?.partitions, [{ partition: 0, lowWatermark: 4n }]);
    const offsets = await kadmin.fetchTopicOffsets('grow');
    t.equal(offsets.find((o) => o.partition === 0)?.low, '4');
    t.equal(offsets.find((o) => o.partition === 0)?.high, '10');
    const consumed = await pythonConsume('confluent', bootstrap, 'grow', { count: 6, partitions: [0], timeoutMs: 20_000 });
    t.same(consumed.map((r) => r.offset), [4, 5, 6, 7, 8, 9]);
    t.equal(consumed[0]?.value?.toString(), 'record 4');

    // -1 is the high watermark; kafkajs sends it through its own DeleteRecords.
    await kadmin.deleteTopicRecords({ topic: 'grow', partitions: [{ partition: 0, offset: '-1' }] });
    t.equal((await kadmin.fetchTopicOffsets('grow')).find((o) => o.partition === 0)?.low, '10');

    const res = await responseOf(
      deleteRecordsV2.api.async(
        conn,
        [
          { name: 'grow', partitions: [{ partitionIndex: 1, offset: 99n }, { partitionIndex: 2, offset: 0n }, { partitionIndex: 42, offset: 0n }, { partitionIndex: 3, offset: -7n }] },
          { name: 'compacted', partitions: [{ partitionIndex: 0, offset: 0n }] },
          { name: 'missing', partitions: [{ partitionIndex: 0, offset: 0n }] },
        ],
        5000,
      ),
    );
    t.same(
      res.topics.map((tp) => [tp.name, tp.partitions.map((p) => [p.partitionIndex, p.errorCode, p.lowWatermark])]),
      [
        ['grow', [[1, 1, -1n], [2, 0, 0n], [42, 3, -1n], [3, 1, -1n]]],
        ['compacted', [[0, 44, -1n]]],
        ['missing', [[0, 3, -1n]]],
      ],
      'beyond the high watermark or negative: OFFSET_OUT_OF_RANGE; compact-only: POLICY_VIOLATION; unknown: UNKNOWN_TOPIC_OR_PARTITION',
    );

    await broker.restart();
    const after = await pythonConsume('confluent', bootstrap, 'grow', { count: 1, partitions: [5], timeoutMs: 20_000 });
    t.equal(after[0]?.offset, 0);
    t.equal((await kadmin.fetchTopicOffsets('grow')).find((o) => o.partition === 0)?.low, '10', 'the low watermark survives a restart');
  });
});
