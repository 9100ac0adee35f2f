// Topic administration through two real admin clients, confluent-kafka's AdminClient (librdkafka)
// and kafkajs's admin: create with configs, describe, describe and alter configs, add partitions,
// delete; each step checked through the other client's view where it has one.
import t from 'tap';
import kafkajs from 'kafkajs';
import { withBroker } from '../helpers/broker.js';
import { pythonAdmin } from '../helpers/clients.js';

interface ListedTopics {
  topics: Record<string, { error: string | null; partitions: Record<string, { leader: number; replicas: number[]; isrs: number[] }> }>;
}

interface DescribedConfig {
  value: string | null;
  is_default: boolean;
  is_read_only: boolean;
}

// kafkajs is CommonJS: its enums are only reachable through the default export.
const { ConfigResourceTypes, Kafka, logLevel } = kafkajs;

// librdkafka's ConfigResource type for topics (RD_KAFKA_RESOURCE_TOPIC).
const TOPIC_RESOURCE = 2;

t.test('confluent-kafka AdminClient', async (t) => {
  const broker = await withBroker(t);
  const admin = (action: string, args: Record<string, unknown> = {}): Promise<unknown> => pythonAdmin('confluent', broker.bootstrap, action, args);
  const partitionsOf = async (topic: string): Promise<number | undefined> => {
    const listed = (await admin('list_topics')) as ListedTopics;
    const found = listed.topics[topic];
    return found === undefined ? undefined : Object.keys(found.partitions).length;
  };
  const configs = async (topic: string): Promise<Record<string, DescribedConfig>> =>
    (await admin('describe_configs', { resource_type: TOPIC_RESOURCE, name: topic })) as Record<string, DescribedConfig>;

  await admin('create_topics', { topics: [{ name: 'ck-admin', partitions: 3, config: { 'retention.ms': '3600000', 'cleanup.policy': 'compact' } }] });
  t.equal(await partitionsOf('ck-admin'), 3, 'created with 3 partitions');
  const listed = (await admin('list_topics')) as ListedTopics;
  t.same(Object.values(listed.topics['ck-admin']?.partitions ?? {}).map((p) => [p.leader, p.replicas, p.isrs]), [[1, [1], [1]], [1, [1], [1]], [1, [1], [1]]], 'every partition led by broker 1, in sync');

  await t.rejects(admin('create_topics', { topics: [{ name: 'ck-admin', partitions: 1 }] }), /TOPIC_ALREADY_EXISTS|already exists/, 'creating it again is refused');
  await t.rejects(admin('create_topics', { topics: [{ name: 'ck-bad-config', partitions: 1, config: { 'retention.ms': 'soon' } }] }), /INVALID_CONFIG|Invalid/i, 'a config value of the wrong type is refused');
  t.equal(await partitionsOf('ck-bad-config'), undefined, 'and that topic was not created');

  const described = await configs('ck-admin');
  t.same(described['retention.ms'] && [described['retention.ms'].value, described['retention.ms'].is_default], ['3600000', false], 'describe configs: retention.ms as created');
  t.same(described['cleanup.policy'] && [described['cleanup.policy'].value, described['cleanup.policy'].is_default], ['compact', false], 'describe configs: cleanup.policy as created');
  t.same(described['max.message.bytes'] && described['max.message.bytes'].is_default, true, 'describe configs: untouched keys are reported as defaults');

  // The legacy AlterConfigs replaces the topic's whole set of overrides.
  await admin('alter_configs', { resource_type: TOPIC_RESOURCE, name: 'ck-admin', configs: { 'retention.ms': '7200000' } });
  const altered = await configs('ck-admin');
  t.equal(altered['retention.ms']?.value, '7200000', 'alter configs: the new value is described');
  t.same(altered['cleanup.policy'] && [altered['cleanup.policy'].value, altered['cleanup.policy'].is_default], ['delete', true], 'alter configs: overrides left out return to their defaults');

  await admin('create_partitions', { topic: 'ck-admin', total: 5 });
  t.equal(await partitionsOf('ck-admin'), 5, 'add partitions: 3 -> 5');
  await t.rejects(admin('create_partitions', { topic: 'ck-admin', total: 4 }), /INVALID_PARTITIONS|partitions/i, 'shrinking is refused');

  await admin('delete_topics', { topics: ['ck-admin'] });
  t.equal(await partitionsOf('ck-admin'), undefined, 'deleted');
  await t.rejects(admin('delete_topics', { topics: ['ck-admin'] }), /UNKNOWN_TOPIC|does not exist|Unknown topic/i, 'deleting it again is refused');
});

t.test('kafkajs admin', async (t) => {
  const broker = await withBroker(t);
  const admin = new Kafka({ clientId: 'runnel-test-kafkajs-admin', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());

  const topicConfig = async (topic: string): Promise<Map<string, { value: string; isDefault: boolean }>> => {
    const described = await admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }], includeSynonyms: false });
    const resource = described.resources[0];
    t.equal(resource?.errorCode, 0, `describe configs of ${topic} succeeds`);
    return new Map((resource?.configEntries ?? []).map((e) => [e.configName, { value: e.configValue, isDefault: e.isDefault }]));
  };

  t.equal(await admin.createTopics({
    topics: [{ topic: 'kjs-admin', numPartitions: 2, configEntries: [{ name: 'retention.bytes', value: '1048576' }] }],
    waitForLeaders: true,
  }), true, 'created');
  t.equal(await admin.createTopics({ topics: [{ topic: 'kjs-admin', numPartitions: 2 }] }), false, 'a second create of the same topic creates nothing');
  t.ok((await admin.listTopics()).includes('kjs-admin'), 'listed');

  const metadata = await admin.fetchTopicMetadata({ topics: ['kjs-admin'] });
  t.same(metadata.topics.map((x) => [x.name, x.partitions.map((p) => p.partitionId).sort()]), [['kjs-admin', [0, 1]]], 'described with 2 partitions');

  const created = await topicConfig('kjs-admin');
  t.same(created.get('retention.bytes'), { value: '1048576', isDefault: false }, 'retention.bytes as created');

  await admin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: 'kjs-admin', configEntries: [{ name: 'retention.bytes', value: '2097152' }] }] });
  t.same((await topicConfig('kjs-admin')).get('retention.bytes'), { value: '2097152', isDefault: false }, 'alter configs takes effect');

  await admin.createPartitions({ topicPartitions: [{ topic: 'kjs-admin', count: 4 }] });
  const grown = await admin.fetchTopicMetadata({ topics: ['kjs-admin'] });
  t.equal(grown.topics[0]?.partitions.length, 4, 'add partitions: 2 -> 4');

  await admin.deleteTopics({ topics: ['kjs-admin'] });
  t.notOk((await admin.listTopics()).includes('kjs-admin'), 'deleted');
});
