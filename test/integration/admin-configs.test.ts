// DescribeConfigs, AlterConfigs and IncrementalAlterConfigs against a real broker, driven by
// confluent-kafka (librdkafka), kafkajs and @platformatic/kafka: sources and synonyms, legacy
// replace-all semantics, incremental operations, validate-only, Kafka's errors, dynamic broker
// configs reaching topic defaults and the log, and persistence across a restart.
import t from 'tap';
import { describeConfigsV4, incrementalAlterConfigsV1 } from '@platformatic/kafka';
import kafkajsModule from 'kafkajs';
import { withBroker } from '../helpers/broker.js';
import { adminClients, responseOf } from './admin-clients.js';
import { kafkajsProduce, pythonAdmin } from '../helpers/clients.js';

const { ConfigResourceTypes } = kafkajsModule;

const TOPIC = 2;
const BROKER = 4;
const SET = 0;
const DELETE = 1;
const APPEND = 2;

interface ConfluentEntry {
  value: string | null;
  is_default: boolean;
  is_read_only: boolean;
  is_sensitive: boolean;
  source: string;
  synonyms: Array<[string, string | null, string]>;
}

const confluentDescribe = async (bootstrap: string, resourceType: 'topic' | 'broker', name: string): Promise<Record<string, ConfluentEntry>> =>
  (await pythonAdmin('confluent', bootstrap, 'describe_configs', { resource_type: resourceType, name })) as Record<string, ConfluentEntry>;

async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (err) {
    return err;
  }
  throw new Error('expected the request to fail');
}

t.test('topic and broker configs through three admin clients', async (t) => {
  const broker = await withBroker(t, { overrides: { 'log.retention.hours': '100' } });
  const bootstrap = broker.bootstrap;
  // Admin clients route a broker resource to that broker; requests naming other brokers go raw over `conn`.
  const { kafkajs: kadmin, platformatic: padmin, connection: conn } = await adminClients(t, broker, 'admin-configs');
  await kadmin.createTopics({
    topics: [
      { topic: 'cfg', numPartitions: 1, configEntries: [{ name: 'retention.ms', value: '3600000' }] },
      { topic: 'plain', numPartitions: 1 },
    ],
  });

  await t.test('describe a topic: overrides, broker synonyms by layer, defaults', async (t) => {
    const cfg = await confluentDescribe(bootstrap, 'topic', 'cfg');
    t.equal(cfg['retention.ms']?.value, '3600000');
    t.equal(cfg['retention.ms']?.source, 'DYNAMIC_TOPIC_CONFIG');
    // confluent-kafka keys synonyms by name, so it keeps one entry per broker key.
    t.same(cfg['retention.ms']?.synonyms.map((s) => s[0]), ['retention.ms', 'log.retention.hours']);
    t.equal(cfg['segment.bytes']?.source, 'DEFAULT_CONFIG');
    t.equal(cfg['segment.bytes']?.value, '1073741824');
    t.equal(cfg['cleanup.policy']?.is_read_only, false);

    // Without an override the topic takes the static broker value, in the topic's unit.
    const plain = await confluentDescribe(bootstrap, 'topic', 'plain');
    t.equal(plain['retention.ms']?.value, String(100 * 3_600_000));
    t.equal(plain['retention.ms']?.source, 'STATIC_BROKER_CONFIG');

    // kafka-python speaks DescribeConfigs v2, librdkafka v1, kafkajs and @platformatic/kafka newer ones.
    const v0 = (await pythonAdmin('kafka-python', bootstrap, 'describe_configs', { resource_type: 'topic', name: 'cfg' })) as Record<string, { value: string | null; is_read_only: boolean }>;
    t.same(v0['retention.ms'], { value: '3600000', is_read_only: false });
    t.equal(Object.keys(v0).length, Object.keys(cfg).length, 'every topic key');

    const [described] = (
      await kadmin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 'cfg', configNames: ['retention.ms', 'segment.bytes'] }], includeSynonyms: false })
    ).resources;
    t.equal(described?.errorCode, 0);
    t.same(described?.configEntries.map((e) => [e.configName, e.configValue, e.isDefault]).sort(), [
      ['retention.ms', '3600000', false],
      ['segment.bytes', '1073741824', true],
    ]);
    t.same(described?.configEntries.flatMap((e) => e.configSynonyms), [], 'no synonyms unless asked for');

    const [withSynonyms] = (await kadmin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 'cfg', configNames: ['retention.ms'] }], includeSynonyms: true })).resources;
    t.same(
      withSynonyms?.configEntries[0]?.configSynonyms.map((s) => [s.configName, s.configValue, s.configSource]),
      [
        ['retention.ms', '3600000', 1],
        ['log.retention.hours', '100', 4],
        ['log.retention.hours', '168', 5],
      ],
      'the topic override, then each broker key by layer',
    );
  });

  await t.test('describe the broker: static, default and read-only keys; documentation on request', async (t) => {
    const b = await confluentDescribe(bootstrap, 'broker', '1');
    t.equal(b['log.retention.hours']?.value, '100');
    t.equal(b['log.retention.hours']?.source, 'STATIC_BROKER_CONFIG');
    t.equal(b['log.retention.hours']?.is_read_only, true);
    t.equal(b['node.id']?.value, '1');
    t.equal(b['log.retention.ms']?.value, null, 'a key with no default and no value');
    t.equal(b['log.retention.ms']?.is_read_only, false);
    t.equal(b['message.max.bytes']?.source, 'DEFAULT_CONFIG');

    const [withDocs] = await padmin.describeConfigs({
      resources: [{ resourceType: BROKER, resourceName: '1', configurationKeys: ['message.max.bytes'] }],
      includeDocumentation: true,
    });
    t.equal(withDocs?.configs.length, 1);
    t.match(withDocs?.configs[0]?.documentation, /record batch/);
    t.equal(withDocs?.configs[0]?.configType, 3, 'INT');
  });

  await t.test('describe errors: unknown topic, another broker id, a non-numeric broker name', async (t) => {
    const res = await responseOf(
      describeConfigsV4.api.async(
        conn,
        [
          { resourceType: TOPIC, resourceName: 'missing' },
          { resourceType: TOPIC, resourceName: 'bad name' },
          { resourceType: BROKER, resourceName: '7' },
          { resourceType: BROKER, resourceName: 'one' },
        ],
        false,
        false,
      ),
    );
    t.same(
      res.results.map((r) => [r.resourceName, r.errorCode, r.errorMessage, r.configs.length]),
      [
        ['missing', 3, null, 0],
        ['bad name', 17, 'Topic name "bad name" is illegal, it contains a character other than ASCII alphanumerics, \'.\', \'_\' and \'-\'', 0],
        ['7', 42, 'Unexpected broker id, expected 1 or empty string, but received 7', 0],
        ['one', 42, 'Broker id must be an integer, but it is: one', 0],
      ],
    );
  });

  await t.test('legacy AlterConfigs replaces the whole set', async (t) => {
    await kadmin.alterConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 'cfg', configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }], validateOnly: false });
    const cfg = await confluentDescribe(bootstrap, 'topic', 'cfg');
    t.equal(cfg['cleanup.policy']?.value, 'compact');
    t.equal(cfg['cleanup.policy']?.source, 'DYNAMIC_TOPIC_CONFIG');
    t.equal(cfg['retention.ms']?.source, 'STATIC_BROKER_CONFIG', 'the override left out was deleted');

    // confluent-kafka's alter_configs is the same legacy API.
    await pythonAdmin('confluent', bootstrap, 'alter_configs', { resource_type: 'topic', name: 'cfg', configs: { 'retention.ms': '60000', 'cleanup.policy': 'delete' } });
    const after = await confluentDescribe(bootstrap, 'topic', 'cfg');
    t.equal(after['retention.ms']?.value, '60000');
    t.equal(after['cleanup.policy']?.value, 'delete');
  });

  await t.test('validate-only changes nothing', async (t) => {
    await pythonAdmin('confluent', bootstrap, 'alter_configs', { resource_type: 'topic', name: 'cfg', configs: { 'segment.bytes': '1048576' }, validate_only: true });
    await padmin.incrementalAlterConfigs({ resources: [{ resourceType: TOPIC, resourceName: 'cfg', configs: [{ name: 'retention.ms', configOperation: SET, value: '1' }] }], validateOnly: true });
    const cfg = await confluentDescribe(bootstrap, 'topic', 'cfg');
    t.equal(cfg['segment.bytes']?.source, 'DEFAULT_CONFIG');
    t.equal(cfg['retention.ms']?.value, '60000');
    // An invalid change is still refused in validate-only mode.
    await t.rejects(
      pythonAdmin('confluent', bootstrap, 'alter_configs', { resource_type: 'topic', name: 'cfg', configs: { 'segment.bytes': 'lots' }, validate_only: true }),
      /INVALID_CONFIG/,
    );
  });

  await t.test('incremental SET, APPEND and DELETE', async (t) => {
    await padmin.incrementalAlterConfigs({
      resources: [
        {
          resourceType: TOPIC,
          resourceName: 'cfg',
          configs: [
            { name: 'cleanup.policy', configOperation: APPEND, value: 'compact' },
            { name: 'max.message.bytes', configOperation: SET, value: '2048' },
            { name: 'retention.ms', configOperation: DELETE },
          ],
        },
      ],
    });
    const cfg = await confluentDescribe(bootstrap, 'topic', 'cfg');
    t.equal(cfg['cleanup.policy']?.value, 'delete,compact');
    t.equal(cfg['max.message.bytes']?.value, '2048');
    t.equal(cfg['retention.ms']?.source, 'STATIC_BROKER_CONFIG');
  });

  await t.test('invalid alterations answer per resource with Kafka errors', async (t) => {
    const res = await responseOf(
      incrementalAlterConfigsV1.api.async(
        conn,
        [
          { resourceType: TOPIC, resourceName: 'cfg', configs: [{ name: 'retention.ms', configOperation: SET, value: 'soon' }] },
          { resourceType: TOPIC, resourceName: 'plain', configs: [{ name: 'retention.mss', configOperation: SET, value: '1' }] },
          { resourceType: TOPIC, resourceName: 'missing', configs: [{ name: 'retention.ms', configOperation: SET, value: '1' }] },
          { resourceType: BROKER, resourceName: '2', configs: [{ name: 'log.retention.ms', configOperation: SET, value: '1' }] },
          { resourceType: BROKER, resourceName: '1', configs: [{ name: 'node.id', configOperation: SET, value: '5' }] },
          { resourceType: BROKER, resourceName: '', configs: [{ name: 'message.max.bytes', configOperation: SET, value: null as unknown as string }] },
          { resourceType: TOPIC, resourceName: 'twice', configs: [{ name: 'segment.bytes', configOperation: SET, value: '1048576' }, { name: 'segment.bytes', configOperation: DELETE }] },
        ],
        false,
      ),
    );
    const errors = res.responses.map((r) => ({ code: r.errorCode, message: r.errorMessage }));
    t.same(errors.map((e) => e.code), [40, 40, 3, 42, 40, 42, 42]);
    t.match(errors[0]?.message, /^Invalid value soon for configuration retention.ms/);
    t.equal(errors[1]?.message, 'Unknown topic config name: retention.mss (did you mean retention.ms?)');
    t.equal(errors[2]?.message, "The topic 'missing' does not exist.");
    t.equal(errors[3]?.message, 'Unexpected broker id, expected 1, but received 2');
    t.equal(errors[4]?.message, 'Cannot update these configs dynamically: Set(node.id)');
    t.equal(errors[5]?.message, 'Null value not supported for : message.max.bytes');
    t.equal(errors[6]?.message, 'Error due to duplicate config keys');

    const refused = await rejection(
      kadmin.alterConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 'cfg', configEntries: [{ name: 'min.insync.replicas', value: '0' }] }], validateOnly: false }),
    );
    t.equal((refused as { type?: string }).type, 'INVALID_CONFIG');
    const cfg = await confluentDescribe(bootstrap, 'topic', 'cfg');
    t.equal(cfg['min.insync.replicas']?.source, 'DEFAULT_CONFIG', 'a refused change is not applied');
    t.equal(cfg['max.message.bytes']?.value, '2048', 'nor does a refused legacy alter delete the other keys');
  });

  await t.test('dynamic broker configs: cluster default, per broker, effect on topics and the log', async (t) => {
    const set = await incrementalAlterConfigsV1.api.async(
      conn,
      [{ resourceType: BROKER, resourceName: '', configs: [{ name: 'log.retention.ms', configOperation: SET, value: '7200000' }, { name: 'message.max.bytes', configOperation: SET, value: '1500' }] }],
      false,
    );
    t.same(set.responses.map((r) => r.errorCode), [0]);
    let plain = await confluentDescribe(bootstrap, 'topic', 'plain');
    t.equal(plain['retention.ms']?.value, '7200000');
    t.equal(plain['retention.ms']?.source, 'DYNAMIC_DEFAULT_BROKER_CONFIG');
    t.equal(plain['max.message.bytes']?.value, '1500');

    // confluent-kafka 1.7 refuses an empty resource name, so the cluster default is described raw.
    const [clusterDefault] = (await describeConfigsV4.api.async(conn, [{ resourceType: BROKER, resourceName: '' }], true, false)).results;
    t.same(
      clusterDefault?.configs.map((c) => [c.name, c.value, c.configSource, c.synonyms.map((s) => s.source)]).sort(),
      [
        ['log.retention.ms', '7200000', 3, [3]],
        ['message.max.bytes', '1500', 3, [3]],
      ],
      'the default resource lists only what is set for the cluster, with only that layer as synonyms',
    );

    await pythonAdmin('confluent', bootstrap, 'alter_configs', { resource_type: 'broker', name: '1', configs: { 'log.retention.ms': '5000' } });
    const b = await confluentDescribe(bootstrap, 'broker', '1');
    t.equal(b['log.retention.ms']?.value, '5000');
    t.equal(b['log.retention.ms']?.source, 'DYNAMIC_BROKER_CONFIG');
    const [raw] = (await describeConfigsV4.api.async(conn, [{ resourceType: BROKER, resourceName: '1', configurationKeys: ['log.retention.ms'] }], true, false)).results;
    t.same(
      raw?.configs[0]?.synonyms.map((s) => [s.name, s.value, s.source]),
      [
        ['log.retention.ms', '5000', 2],
        ['log.retention.ms', '7200000', 3],
        ['log.retention.hours', '100', 4],
        ['log.retention.hours', '168', 5],
      ],
      'per-broker, cluster default, static and default layers',
    );
    plain = await confluentDescribe(bootstrap, 'topic', 'plain');
    t.equal(plain['retention.ms']?.value, '5000');

    // The log enforces the dynamic cluster-wide message.max.bytes at once.
    const big = await kafkajsProduce(bootstrap, 'plain', [{ value: Buffer.alloc(4000, 1) }]).catch((e: unknown) => e);
    t.match(String(big), /too large|MESSAGE_TOO_LARGE|larger than/i);
    const small = await kafkajsProduce(bootstrap, 'plain', [{ value: 'fits' }]);
    t.equal(small[0]?.error, null);
  });

  await t.test('configs survive a restart', async (t) => {
    await broker.restart();
    const cfg = await confluentDescribe(bootstrap, 'topic', 'cfg');
    t.equal(cfg['cleanup.policy']?.value, 'delete,compact');
    t.equal(cfg['max.message.bytes']?.value, '2048');
    const b = await confluentDescribe(bootstrap, 'broker', '1');
    t.equal(b['log.retention.ms']?.value, '5000');
    t.equal(b['message.max.bytes']?.value, '1500');
  });
});
