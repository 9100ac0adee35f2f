import t from 'tap';
import { loadBrokerConfig } from '../../src/config/brokerConfig.js';
import { ConfigSource } from '../../src/config/configDef.js';
import { AlterConfigOp, describeTopicConfigs, validateTopicAlteration } from '../../src/config/configRegistry.js';
import { effectiveTopicConfig, toLogConfig, validateTopicConfigs } from '../../src/config/topicConfig.js';

const broker = (overrides: string[] = []) => loadBrokerConfig('config/server.properties', overrides).config;

t.test('validateTopicConfigs', async (t) => {
  t.same(validateTopicConfigs({ 'cleanup.policy': 'compact,delete', 'retention.ms': '-1', 'segment.bytes': '14' }), []);
  const problems = validateTopicConfigs(
    new Map([
      ['cleanup.policy', 'shred'],
      ['segment.bytes', '13'],
      ['message.timestamp.type', 'createtime'],
      ['compression.type', 'brotli'],
      ['min.cleanable.dirty.ratio', '1.5'],
      ['retention.ms', '-2'],
      ['retention.msx', '1'],
    ]),
  );
  t.same(problems.map((p) => p.name), ['cleanup.policy', 'segment.bytes', 'message.timestamp.type', 'compression.type', 'min.cleanable.dirty.ratio', 'retention.ms', 'retention.msx']);
  t.ok(problems.every((p) => p.errorCode === 40));
  t.match(problems[1]!.message, /^Invalid value 13 for configuration segment\.bytes: expected an integer >= 14/);
  t.match(problems[6]!.message, /^Unknown topic config name: retention\.msx \(did you mean retention\.ms\?\)/);
});

t.test('effective values come from the topic, then the broker synonyms', async (t) => {
  const config = broker(['log.retention.minutes=10']);
  const byName = new Map(effectiveTopicConfig({ 'segment.bytes': '4096' }, config).map((e) => [e.name, e]));
  t.same(byName.get('segment.bytes'), {
    name: 'segment.bytes',
    value: '4096',
    source: ConfigSource.TOPIC_CONFIG,
    synonyms: [
      { name: 'segment.bytes', value: '4096', source: ConfigSource.TOPIC_CONFIG },
      { name: 'log.segment.bytes', value: '1073741824', source: ConfigSource.STATIC_BROKER_CONFIG },
      { name: 'log.segment.bytes', value: '1073741824', source: ConfigSource.DEFAULT_CONFIG },
    ],
  });
  const retention = byName.get('retention.ms')!;
  t.equal(retention.value, '600000', 'minutes converted to ms');
  t.equal(retention.source, ConfigSource.STATIC_BROKER_CONFIG);
  t.same(retention.synonyms.map((s) => s.name), ['log.retention.minutes', 'log.retention.hours', 'log.retention.hours']);
  t.equal(byName.get('max.message.bytes')!.value, '1048588');
  t.equal(byName.get('max.message.bytes')!.source, ConfigSource.DEFAULT_CONFIG);
});

t.test('toLogConfig gives storage its camelCase LogConfig', async (t) => {
  const lc = toLogConfig({ 'retention.ms': '1000', 'cleanup.policy': 'compact', 'flush.messages': '10' }, broker());
  t.equal(lc.retentionMs, -1, 'a compact-only topic is never trimmed by retention.ms');
  t.equal(lc.retentionBytes, -1, 'nor by retention.bytes');
  t.same(lc.cleanupPolicy, ['compact']);
  const both = toLogConfig({ 'retention.ms': '1000', 'retention.bytes': '5000', 'cleanup.policy': 'compact,delete' }, broker());
  t.same([both.retentionMs, both.retentionBytes], [1000, 5000], 'compact,delete keeps time and size retention');
  t.equal(lc.flushMessages, 10);
  t.equal(lc.flushMs, Infinity, 'Long.MAX_VALUE means never');
  t.equal(lc.segmentBytes, 1073741824);
  t.equal(lc.segmentMs, 168 * 3_600_000);
  t.equal(lc.segmentIndexBytes, 10485760);
  t.equal(lc.indexIntervalBytes, 4096);
  t.equal(lc.maxMessageBytes, 1048588);
  t.equal(lc.messageTimestampType, 'CreateTime');
  t.equal(lc.fileDeleteDelayMs, 60000);
  t.equal(lc.compressionType, 'producer');
  t.equal(lc.minInsyncReplicas, 1);
  t.equal(lc.retentionBytes, -1);
  t.throws(() => toLogConfig({ 'segment.bytes': 'x' }, broker()));
});

t.test('describe topic configs and validate alterations', async (t) => {
  const described = describeTopicConfigs({ 'retention.ms': '5' }, broker(), ['retention.ms']);
  t.equal(described.length, 1);
  t.equal(described[0]!.value, '5');
  t.equal(described[0]!.source, ConfigSource.TOPIC_CONFIG);
  const ok = validateTopicAlteration([{ name: 'cleanup.policy', op: AlterConfigOp.APPEND, value: 'compact' }], new Map([['cleanup.policy', 'delete']]));
  t.same(ok.problems, []);
  t.equal(ok.dynamic.get('cleanup.policy'), 'delete,compact');
  const bad = validateTopicAlteration([{ name: 'retention.ms', op: AlterConfigOp.APPEND, value: '1' }, { name: 'segment.bytes', op: AlterConfigOp.SET, value: '1' }], new Map());
  t.same(bad.problems.map((p) => [p.name, p.errorCode]), [['retention.ms', 42], ['segment.bytes', 40]]);
});
