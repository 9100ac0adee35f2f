// Records produced by five real clients in every codec each supports come back byte-identical
// (keys, values, headers, timestamps), in order within each partition, when other real clients
// read them by partition assignment (the broker has no consumer groups yet).
import t from 'tap';
import zlib from 'node:zlib';
import { withBroker } from '../helpers/broker.js';
import {
  kafkajsProduce, kcatConsume, kcatProduce, PYTHON, platformaticProduce, pythonConsume, pythonProduce, runProcess,
  type Compression, type ConsumedRecord, type DeliveryReport,
} from '../helpers/clients.js';
import { createTopics, fetchPartition, RawKafkaClient } from '../helpers/rawKafka.js';
import { compressionName } from '../../src/protocol/compression/compressionType.js';
import { expectConsumed, type ExpectedRecord } from './broker-records.js';

const PARTITIONS = 3;
const PER_PARTITION = 3;
const ALL_CODECS: Compression[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/**
 * kafka-python compresses through optional python modules. Debian's python3-kafka pulls in none
 * of them (python3-lz4, python3-zstandard, python3-snappy are separate packages), so on a fresh CI
 * machine only none and gzip load; whatever else is importable is tested too.
 */
async function kafkaPythonCodecs(): Promise<Compression[]> {
  const modules: Partial<Record<Compression, string>> = { snappy: 'snappy', lz4: 'lz4.frame', zstd: 'zstandard' };
  const codecs: Compression[] = ['none', 'gzip'];
  for (const [codec, module] of Object.entries(modules) as Array<[Compression, string]>) {
    if ((await runProcess(PYTHON, ['-c', `import ${module}`], '')).code === 0) codecs.push(codec);
  }
  return codecs;
}

// @platformatic/kafka compresses zstd with node:zlib, which has zstd only from Node 22.15; the
// library itself marks the codec unavailable below that.
const platformaticCodecs: Compression[] = typeof (zlib as { zstdCompressSync?: unknown }).zstdCompressSync === 'function'
  ? ALL_CODECS
  : ['none', 'gzip', 'snappy', 'lz4'];

type Producer = 'kcat' | 'confluent' | 'kafka-python' | 'kafkajs' | 'platformatic';

/**
 * Keyed records, PER_PARTITION to each partition, with text that compresses well (so no client
 * sends a batch uncompressed to save bytes) and headers. Values and headers are UTF-8 text with
 * multi-byte characters and a newline, since kcat prints what it reads as JSON strings.
 * kcat sets headers per run and ignores timestamps: its records share headers within a partition
 * and are stamped by the producer's clock.
 */
function recordsFor(producer: Producer, codec: Compression, clockStamped: boolean): ExpectedRecord[] {
  const records: ExpectedRecord[] = [];
  const base = Date.now() - 3_600_000;
  for (let partition = 0; partition < PARTITIONS; partition++) {
    for (let i = 0; i < PER_PARTITION; i++) {
      const key = `${producer}/${codec}/p${partition}/k${i}`;
      const headers: Record<string, string> = { producer, 'codec-ü': `${codec} ✓` };
      if (!clockStamped) headers.seq = `${i}`;
      records.push({
        key,
        value: `${key} grüße ✓ line one\nline two `.repeat(12),
        headers,
        partition,
        ...(clockStamped ? {} : { timestamp: base + partition * 100 + i }),
      });
    }
  }
  return records;
}

function deliveredEverything(reports: DeliveryReport[], count: number): string[] {
  const bad = reports.filter((r) => r.error !== null || r.offset === null || r.offset < 0).map((r) => JSON.stringify(r));
  if (reports.length !== count) bad.push(`${reports.length} delivery reports for ${count} records`);
  return bad;
}

t.test('records round-trip through real clients in every codec', async (t) => {
  const broker = await withBroker(t);
  const raw = await RawKafkaClient.connect(broker.port);
  t.teardown(() => raw.close());
  const pythonCodecs = await kafkaPythonCodecs();
  t.comment(`kafka-python codecs available here: ${pythonCodecs.join(', ')}; @platformatic/kafka: ${platformaticCodecs.join(', ')}`);

  const producers: Array<{ name: Producer; codecs: Compression[]; produce(topic: string, codec: Compression): Promise<ExpectedRecord[]> }> = [
    {
      name: 'kcat',
      codecs: ALL_CODECS,
      async produce(topic, codec) {
        const records = recordsFor('kcat', codec, true);
        const from = Date.now();
        await kcatProduce(broker.bootstrap, topic, records, { compression: codec, acks: 'all' });
        const window: [number, number] = [from, Date.now()];
        return records.map((r) => ({ ...r, timestampWindow: window }));
      },
    },
    {
      name: 'confluent',
      codecs: ALL_CODECS,
      async produce(topic, codec) {
        const records = recordsFor('confluent', codec, false);
        const config = { acks: 'all', 'enable.idempotence': true, 'compression.type': codec, 'linger.ms': 5 };
        t.same(deliveredEverything(await pythonProduce('confluent', broker.bootstrap, topic, records, { config }), records.length), [], `confluent ${codec}: every record acknowledged`);
        return records;
      },
    },
    {
      name: 'kafka-python',
      codecs: pythonCodecs,
      async produce(topic, codec) {
        const records = recordsFor('kafka-python', codec, false);
        const config = codec === 'none' ? {} : { compression_type: codec };
        t.same(deliveredEverything(await pythonProduce('kafka-python', broker.bootstrap, topic, records, { config }), records.length), [], `kafka-python ${codec}: every record acknowledged`);
        return records;
      },
    },
    {
      name: 'kafkajs',
      codecs: ['none', 'gzip'],
      async produce(topic, codec) {
        const records = recordsFor('kafkajs', codec, false);
        t.same(deliveredEverything(await kafkajsProduce(broker.bootstrap, topic, records, { compression: codec }), records.length), [], `kafkajs ${codec}: every record acknowledged`);
        return records;
      },
    },
    {
      name: 'platformatic',
      codecs: platformaticCodecs,
      async produce(topic, codec) {
        const records = recordsFor('platformatic', codec, false);
        t.same(deliveredEverything(await platformaticProduce(broker.bootstrap, topic, records, { compression: codec }), records.length), [], `@platformatic/kafka ${codec}: every record acknowledged`);
        return records;
      },
    },
  ];

  // One topic per codec, written by every client that has the codec, one client after another,
  // so each partition's expected order is the order of production.
  const topicOf = (codec: Compression): string => `roundtrip-${codec}`;
  const created = await createTopics(raw, ALL_CODECS.map((c) => ({ name: topicOf(c), numPartitions: PARTITIONS })));
  t.same(created.map((c) => [c.name, c.errorCode]), ALL_CODECS.map((c) => [topicOf(c), 0]), 'topics created');

  const expected = new Map<Compression, ExpectedRecord[]>(ALL_CODECS.map((c) => [c, []]));
  for (const codec of ALL_CODECS) {
    for (const p of producers.filter((x) => x.codecs.includes(codec))) {
      expected.get(codec)!.push(...(await p.produce(topicOf(codec), codec)));
    }
  }

  for (const codec of ALL_CODECS) {
    const topic = topicOf(codec);
    const want = expected.get(codec)!;
    // The log keeps each batch as the producer compressed it. librdkafka (kcat, confluent-kafka)
    // compresses only what the broker's ApiVersions enable: gzip and snappy need Produce v0 in the
    // advertised range (why Kafka 4 still advertises it, KAFKA-18659), lz4 needs FindCoordinator
    // advertised, zstd needs Produce v7 and Fetch v10. Otherwise it silently sends batches uncompressed.
    const otherCodec: string[] = [];
    for (let partition = 0; partition < PARTITIONS; partition++) {
      const fetched = await fetchPartition(raw, topic, partition);
      t.equal(fetched.errorCode, 0, `${topic}-${partition}: fetch succeeds`);
      for (const b of fetched.batches) {
        const name = compressionName(b.compression);
        if (name !== codec) otherCodec.push(`${name} batch at ${topic}-${partition}@${b.baseOffset}, first key ${b.records[0]?.key?.toString()}`);
      }
    }
    t.same(otherCodec, [], `${topic}: every stored batch is ${codec}-compressed`);

    const readers: Array<[string, () => Promise<ConsumedRecord[]>]> = [
      ['kcat -C', () => kcatConsume(broker.bootstrap, topic, { count: want.length })],
      ['confluent-kafka assign()', () => pythonConsume('confluent', broker.bootstrap, topic, { count: want.length })],
    ];
    if (pythonCodecs.includes(codec)) {
      readers.push(['kafka-python assign()', () => pythonConsume('kafka-python', broker.bootstrap, topic, { count: want.length })]);
    }
    for (const [who, read] of readers) expectConsumed(t, `${topic} via ${who}`, await read(), want);
  }
});
