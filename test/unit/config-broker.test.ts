import t from 'tap';
import { writeFileSync } from 'node:fs';
import { loadBrokerConfig } from '../../src/config/brokerConfig.js';
import { ConfigSource, ConfigType } from '../../src/config/configDef.js';
import { AlterConfigOp, describeBrokerConfigs, validateBrokerAlteration } from '../../src/config/configRegistry.js';

const BASE = [
  'process.roles=broker,controller',
  'node.id=1',
  'controller.quorum.voters=1@localhost:9093',
  'listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093',
  'controller.listener.names=CONTROLLER',
];

function file(t: { testdir(): string }, lines: string[]): string {
  const dir = t.testdir();
  writeFileSync(`${dir}/server.properties`, `${lines.join('\n')}\n`);
  return `${dir}/server.properties`;
}

t.test('the bundled config/server.properties loads without warnings', async (t) => {
  const { config, warnings } = loadBrokerConfig('config/server.properties', []);
  t.same(warnings, []);
  t.equal(config.nodeId, 1);
  t.same(config.processRoles, ['broker', 'controller']);
  t.same(config.advertisedListeners, [{ name: 'PLAINTEXT', host: 'localhost', port: 9092, securityProtocol: 'PLAINTEXT' }]);
  t.equal(config.interBrokerListenerName, 'PLAINTEXT');
  t.same(config.logDirs, ['./data']);
  t.equal(config.metadataLogDir, './data');
  t.equal(config.autoFormat, true);
  t.equal(config.logRetentionMs, 168 * 3_600_000);
});

t.test('defaults and derived fields', async (t) => {
  const { config } = loadBrokerConfig(file(t, BASE), []);
  t.equal(config.numPartitions, 1);
  t.equal(config.logSegmentBytes, 1073741824);
  t.equal(config.messageMaxBytes, 1048588);
  t.same(config.logDirs, ['/tmp/kafka-logs'], 'log.dir default when log.dirs unset');
  t.equal(config.get('compression.type'), 'producer');
  t.equal(config.raw('log.retention.ms'), null);
  t.equal(config.listeners[1]!.securityProtocol, 'PLAINTEXT', 'controller listener mapped to PLAINTEXT by default');
  t.equal(config.logFlushIntervalMs, 2 ** 63, 'falls back to log.flush.scheduler.interval.ms');
  t.same(config.gatewayListeners, [{ host: '127.0.0.1', port: 8080 }]);
  t.throws(() => config.get('nope'));
});

t.test('retention: ms beats minutes beats hours; negative means forever', async (t) => {
  const f = file(t, [...BASE, 'log.retention.hours=1']);
  t.equal(loadBrokerConfig(f, []).config.logRetentionMs, 3_600_000);
  t.equal(loadBrokerConfig(f, ['log.retention.minutes=2']).config.logRetentionMs, 120_000);
  t.equal(loadBrokerConfig(f, ['log.retention.minutes=2', 'log.retention.ms=5']).config.logRetentionMs, 5);
  t.equal(loadBrokerConfig(f, ['log.retention.ms=-7']).config.logRetentionMs, -1);
  t.equal(loadBrokerConfig(f, ['log.roll.hours=2']).config.logRollMs, 7_200_000);
});

t.test('overrides beat the file', async (t) => {
  const { config } = loadBrokerConfig(file(t, [...BASE, 'num.partitions=3']), ['num.partitions=5', 'log.dirs=/a, /b']);
  t.equal(config.numPartitions, 5);
  t.same(config.logDirs, ['/a', '/b']);
  t.throws(() => loadBrokerConfig(file(t, BASE), ['novalue']), { name: 'ConfigError', message: /--override expects key=value/ });
});

t.test('invalid values: one line each with file:line', async (t) => {
  const f = file(t, [...BASE, 'log.segment.bytes=abc', 'num.partitions=0', 'auto.create.topics.enable=yes', 'compression.type=brotli', 'message.max.bytes=99999999999']);
  t.throws(() => loadBrokerConfig(f, []), {
    name: 'ConfigError',
    problems: [
      "num.partitions: expected an integer >= 1, got '0' (server.properties:7)",
      "log.segment.bytes: expected an integer >= 14, got 'abc' (server.properties:6)",
      "message.max.bytes: expected an integer >= 0, got '99999999999' (server.properties:10)",
      "compression.type: expected one of uncompressed, zstd, lz4, snappy, gzip, producer, got 'brotli' (server.properties:9)",
      "auto.create.topics.enable: expected true or false, got 'yes' (server.properties:8)",
    ],
  });
});

t.test('missing required keys and cross-key rules', async (t) => {
  t.throws(() => loadBrokerConfig(undefined, []), { name: 'ConfigError', problems: [/^node\.id: missing/, /^process\.roles: missing/] });
  t.throws(() => loadBrokerConfig(file(t, BASE), ['controller.quorum.voters=']), { message: /either controller\.quorum\.bootstrap\.servers/ });
  t.throws(() => loadBrokerConfig(file(t, BASE), ['controller.quorum.voters=2@h:9093']), { message: /node id 1 must be included/ });
  t.throws(() => loadBrokerConfig(file(t, BASE), ['process.roles=broker']), { message: /must not contain a value appearing in the 'listeners'/ });
  t.throws(() => loadBrokerConfig(file(t, BASE), ['listeners=PLAINTEXT://:9092,CONTROLLER://:9092']), { message: /different port/ });
  t.throws(() => loadBrokerConfig(file(t, BASE), ['advertised.listeners=PLAINTEXT://0.0.0.0:9092']), { message: /nonroutable meta-address/ });
  t.throws(() => loadBrokerConfig(file(t, BASE), ['listeners=FOO://:1,CONTROLLER://:2']), { message: /no security protocol defined for listener FOO/ });
  t.throws(() => loadBrokerConfig(file(t, BASE), ['listeners=PLAINTEXT:/9092']), { message: /is not NAME:\/\/host:port/ });
  t.throws(() => loadBrokerConfig(file(t, BASE), ['process.roles=broker,zookeeper']), { message: /process\.roles: expected a comma-separated list of broker, controller/ });
  t.throws(() => loadBrokerConfig('/nonexistent/server.properties', []), { message: /cannot read config file .*no such file/ });
});

t.test('unknown keys warn with the closest known key', async (t) => {
  const { warnings } = loadBrokerConfig(file(t, [...BASE, 'log.segmnt.bytes=1', 'totally.unrelated.thing=1', 'cluster.id=x']), []);
  t.match(warnings[0], /unknown configuration 'log\.segmnt\.bytes' is ignored \(server\.properties:6\); did you mean 'log\.segment\.bytes'\?/);
  t.notMatch(warnings[1], /did you mean/);
  t.match(warnings[2], /cluster\.id is not a broker configuration/);
});

t.test('IPv6 listener hosts', async (t) => {
  const { config } = loadBrokerConfig(file(t, BASE), ['listeners=PLAINTEXT://[::1]:9092,CONTROLLER://:9093']);
  t.same(config.listeners[0], { name: 'PLAINTEXT', host: '::1', port: 9092, securityProtocol: 'PLAINTEXT' });
});

t.test('describe: sources and synonyms in Kafka order', async (t) => {
  const { config: base } = loadBrokerConfig(file(t, [...BASE, 'log.retention.hours=24']), []);
  const config = base.withDynamic(new Map([['log.retention.ms', '1000']]), new Map([['log.segment.bytes', '2048']]));
  const [retMs, retHours, seg, parts] = describeBrokerConfigs(config, ['log.retention.ms', 'log.retention.hours', 'log.segment.bytes', 'num.partitions']);
  t.equal(retMs!.value, '1000');
  t.equal(retMs!.source, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG);
  t.same(retMs!.synonyms, [
    { name: 'log.retention.ms', value: '1000', source: ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG },
    { name: 'log.retention.hours', value: '24', source: ConfigSource.STATIC_BROKER_CONFIG },
    { name: 'log.retention.hours', value: '168', source: ConfigSource.DEFAULT_CONFIG },
  ]);
  t.equal(retHours!.source, ConfigSource.STATIC_BROKER_CONFIG);
  t.equal(retHours!.synonyms[0]!.name, 'log.retention.hours');
  t.equal(seg!.source, ConfigSource.DYNAMIC_BROKER_CONFIG);
  t.equal(seg!.configType, ConfigType.INT);
  t.equal(parts!.source, ConfigSource.DEFAULT_CONFIG);
  t.equal(parts!.readOnly, true);
  t.equal(config.logRetentionMs, 1000);
  t.equal(config.logSegmentBytes, 2048);
});

t.test('alteration validation', async (t) => {
  const { config } = loadBrokerConfig(file(t, BASE), []);
  const ok = validateBrokerAlteration(config, [{ name: 'log.retention.ms', op: AlterConfigOp.SET, value: '5000' }], false, new Map());
  t.same(ok.problems, []);
  t.same([...ok.dynamic], [['log.retention.ms', '5000']]);
  const bad = validateBrokerAlteration(
    config,
    [
      { name: 'num.partitions', op: AlterConfigOp.SET, value: '3' },
      { name: 'log.segment.bytes', op: AlterConfigOp.SET, value: '1' },
      { name: 'no.such.key', op: AlterConfigOp.SET, value: '1' },
      { name: 'min.insync.replicas', op: AlterConfigOp.APPEND, value: '1' },
    ],
    true,
    new Map(),
  );
  t.same(bad.problems.map((p) => [p.name, p.errorCode]), [
    ['min.insync.replicas', 42],
    ['num.partitions', 40],
    ['log.segment.bytes', 40],
    ['no.such.key', 40],
  ]);
  t.match(bad.problems[1]!.message, /Cannot update these configs dynamically/);
  t.match(bad.problems[2]!.message, /Invalid value 1 for configuration log\.segment\.bytes: expected an integer >= 14/);
  const del = validateBrokerAlteration(config, [{ name: 'log.cleanup.policy', op: AlterConfigOp.APPEND, value: 'compact' }], false, new Map([['log.cleanup.policy', 'delete']]));
  t.same([...del.dynamic], [['log.cleanup.policy', 'delete,compact']]);
  const dup = validateBrokerAlteration(config, [{ name: 'log.retention.ms', op: AlterConfigOp.SET, value: '1' }, { name: 'log.retention.ms', op: AlterConfigOp.DELETE, value: null }], true, new Map());
  t.match(dup.problems[0]!.message, /duplicate config keys/);
});

t.test('replica.selector.class: unset, Kafka\'s rack-aware selector, or a clear refusal', async (t) => {
  t.equal(loadBrokerConfig(file(t, BASE), []).config.replicaSelectorClass, null);
  const rackAware = 'org.apache.kafka.common.replica.RackAwareReplicaSelector';
  t.equal(loadBrokerConfig(file(t, BASE), [`replica.selector.class=${rackAware}`]).config.replicaSelectorClass, rackAware);
  t.throws(() => loadBrokerConfig(file(t, BASE), ['replica.selector.class=com.example.MySelector']), {
    name: 'ConfigError',
    problems: [`replica.selector.class: expected one of ${rackAware}, got 'com.example.MySelector' (--override)`],
  });
});
