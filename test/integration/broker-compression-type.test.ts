// Topic-level compression.type against a real broker. Runnel stores batches as the producer sent
// them and does not recompress, so a topic that names a codec refuses batches in any other codec
// with UNSUPPORTED_COMPRESSION_TYPE (nothing appended); `producer` takes every codec. Topics are
// created by real admin clients (confluent-kafka, kafkajs) and written by kcat and kafkajs.
import t from 'tap';
import kafkajsModule from 'kafkajs';
import { withBroker } from '../helpers/broker.js';
import { kafkajsProduce, kcatConsume, kcatProduce, pythonAdmin, type Compression, type TestRecord } from '../helpers/clients.js';
import { createTopics, fetchPartition, RawKafkaClient } from '../helpers/rawKafka.js';
import { compressionName } from '../../src/protocol/compression/compressionType.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { comparable, type Asserter } from './broker-records.js';

const { Kafka, logLevel } = kafkajsModule;

const ZSTD_TOPIC = 'final-zstd';
const GZIP_TOPIC = 'final-gzip';
const PRODUCER_TOPIC = 'final-producer';
const ALL_CODECS: Compression[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** Records librdkafka will really compress: it sends a batch uncompressed when compressing does not shrink it. */
const recordsFor = (label: string): TestRecord[] =>
  Array.from({ length: 5 }, (_, i) => ({ key: `${label}-${i}`, value: `${label} #${i} ✓ ${'compressible '.repeat(20)}` }));

/** Why an async call failed, as text, or null when it succeeded. */
async function failureOf(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
    return null;
  } catch (err) {
    const e = err as Error & { type?: string; errors?: Array<{ type?: string; message?: string }> };
    return [e.message, e.type, ...(e.errors ?? []).flatMap((x) => [x.type, x.message])].filter((s) => s !== undefined).join(' | ');
  }
}

t.test('topic compression.type', async (t) => {
  const broker = await withBroker(t);
  const raw = await RawKafkaClient.connect(broker.port);
  t.teardown(() => raw.close());
  const kafkajsAdmin = new Kafka({ clientId: 'compression-type-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 1 } }).admin();
  await kafkajsAdmin.connect();
  t.teardown(() => kafkajsAdmin.disconnect());

  /** The stored batches of partition 0: their codecs, record values and the high watermark. */
  const stored = async (t: Asserter, topic: string): Promise<{ highWatermark: bigint; codecs: string[] }> => {
    const fetched = await fetchPartition(raw, topic, 0);
    t.equal(fetched.errorCode, 0, `${topic}: fetch succeeds`);
    return { highWatermark: fetched.highWatermark, codecs: fetched.batches.map((b) => compressionName(b.compression)) };
  };

  await pythonAdmin('confluent', broker.bootstrap, 'create_topics', {
    topics: [
      { name: ZSTD_TOPIC, partitions: 1, config: { 'compression.type': 'zstd' } },
      { name: PRODUCER_TOPIC, partitions: 1, config: { 'compression.type': 'producer' } },
    ],
  });
  t.ok(await kafkajsAdmin.createTopics({ topics: [{ topic: GZIP_TOPIC, numPartitions: 1, configEntries: [{ name: 'compression.type', value: 'gzip' }] }] }), 'kafkajs admin created the gzip topic');
  const described = await pythonAdmin('confluent', broker.bootstrap, 'describe_configs', { resource_type: 'topic', name: ZSTD_TOPIC }) as Record<string, { value: string }>;
  t.equal(described['compression.type']?.value, 'zstd', 'confluent-kafka AdminClient created the zstd topic with compression.type=zstd');

  t.test('a zstd topic refuses gzip batches and takes zstd ones', async (t) => {
    const before = await stored(t, ZSTD_TOPIC);
    const gzipRefused = await failureOf(kcatProduce(broker.bootstrap, ZSTD_TOPIC, recordsFor('kcat-gzip'), { compression: 'gzip' }));
    t.match(gzipRefused, /Unsupported compression type/i, `kcat -z gzip: the delivery fails with UNSUPPORTED_COMPRESSION_TYPE (${gzipRefused?.split('\n').find((l) => /compression/i.test(l))?.trim()})`);
    const kafkajsRefused = await failureOf(kafkajsProduce(broker.bootstrap, ZSTD_TOPIC, recordsFor('kafkajs-gzip'), { compression: 'gzip' }));
    t.match(kafkajsRefused, /UNSUPPORTED_COMPRESSION_TYPE/, `kafkajs GZIP: the same error (${kafkajsRefused})`);
    t.same(await stored(t, ZSTD_TOPIC), before, 'nothing was appended: the high watermark is unchanged');

    const records = recordsFor('kcat-zstd');
    await kcatProduce(broker.bootstrap, ZSTD_TOPIC, records, { compression: 'zstd' });
    const after = await stored(t, ZSTD_TOPIC);
    t.equal(after.highWatermark, before.highWatermark + BigInt(records.length), 'kcat -z zstd: every record appended');
    t.same([...new Set(after.codecs)], ['zstd'], 'stored as the zstd batches kcat sent');
    const consumed = await kcatConsume(broker.bootstrap, ZSTD_TOPIC, { count: records.length });
    t.same(consumed.map(comparable), records.map(comparable), 'and consumed back byte-identical');
  });

  t.test('a gzip topic (created by kafkajs) takes kafkajs GZIP and refuses kcat zstd', async (t) => {
    const reports = await kafkajsProduce(broker.bootstrap, GZIP_TOPIC, recordsFor('kafkajs-gzip'), { compression: 'gzip' });
    t.same(reports.map((r) => r.error), reports.map(() => null), 'kafkajs GZIP: every record acknowledged');
    const before = await stored(t, GZIP_TOPIC);
    t.same([...new Set(before.codecs)], ['gzip'], 'stored gzip');
    t.match(await failureOf(kcatProduce(broker.bootstrap, GZIP_TOPIC, recordsFor('kcat-zstd'), { compression: 'zstd' })), /Unsupported compression type/i, 'kcat -z zstd is refused');
    t.match(await failureOf(kcatProduce(broker.bootstrap, GZIP_TOPIC, recordsFor('kcat-none'))), /Unsupported compression type/i, 'so are uncompressed batches');
    t.same(await stored(t, GZIP_TOPIC), before, 'nothing was appended');
  });

  t.test('compression.type=producer takes every codec as sent', async (t) => {
    const produced: TestRecord[] = [];
    for (const codec of ALL_CODECS) {
      const records = recordsFor(`kcat-${codec}`);
      await kcatProduce(broker.bootstrap, PRODUCER_TOPIC, records, { compression: codec });
      produced.push(...records);
    }
    const { highWatermark, codecs } = await stored(t, PRODUCER_TOPIC);
    t.equal(highWatermark, BigInt(produced.length), 'every record of every codec appended');
    t.same([...new Set(codecs)], ALL_CODECS, 'each batch stored in the codec it was sent with');
    const consumed = await kcatConsume(broker.bootstrap, PRODUCER_TOPIC, { count: produced.length });
    t.same(consumed.map(comparable), produced.map(comparable), 'and consumed back byte-identical');
  });

  t.test('an invalid compression.type at create is INVALID_CONFIG with a message', async (t) => {
    const [result] = await createTopics(raw, [{ name: 'bad-codec', numPartitions: 1, configs: { 'compression.type': 'brotli' } }]);
    t.equal(result.errorCode, ErrorCode.INVALID_CONFIG, 'CreateTopics answers INVALID_CONFIG (40)');
    t.match(result.errorMessage, /compression\.type/, `with a message naming the key: ${result.errorMessage}`);
    t.match(result.errorMessage, /brotli/, 'and the value');
    t.match(await failureOf(pythonAdmin('confluent', broker.bootstrap, 'create_topics', { topics: [{ name: 'bad-codec', partitions: 1, config: { 'compression.type': 'brotli' } }] })),
      /INVALID_CONFIG/, 'confluent-kafka AdminClient reports INVALID_CONFIG');
    t.match(await failureOf(kafkajsAdmin.createTopics({ topics: [{ topic: 'bad-codec', configEntries: [{ name: 'compression.type', value: 'Zstd' }] }] })),
      /INVALID_CONFIG/, 'kafkajs admin reports INVALID_CONFIG (values are case-sensitive, as in Kafka)');
    const listed = await kafkajsAdmin.listTopics();
    t.notOk(listed.includes('bad-codec'), 'and no topic was created');
  });
});
