// The TypeScript record-batch codec against librdkafka, in both directions and in every codec:
// batches that kcat and confluent-kafka write are decoded by Runnel's client (src/client, which
// decodes with src/protocol/recordBatch.ts), and batches Runnel's client writes are read back by
// kcat and confluent-kafka byte for byte.
import t, { type Test } from 'tap';
import { KafkaClient } from '../../src/client/kafkaClient.js';
import type { ConsumerRecord } from '../../src/client/consumerRecord.js';
import { withBroker } from '../helpers/broker.js';
import { kcatConsume, kcatProduce, pythonConsume, pythonProduce, type Compression, type TestRecord } from '../helpers/clients.js';

const CODECS: Compression[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
const COUNT = 6;

/** Repetitive values so that every codec really shrinks the batch (librdkafka may otherwise skip it). */
function records(tag: string): TestRecord[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    key: `${tag}-key-${i}`,
    value: `${tag}-value-${i}-`.repeat(40),
    headers: { origin: tag, seq: String(i) },
    partition: 0,
  }));
}

async function consumeWithRunnel(client: KafkaClient, topic: string): Promise<ConsumerRecord[]> {
  const out: ConsumerRecord[] = [];
  for await (const r of client.consume(topic, { from: 'earliest', partitions: [0], maxRecords: COUNT, idleTimeoutMs: 5000 })) out.push(r);
  return out;
}

function expectSame(t: Test, got: Array<{ key: Buffer | null; value: Buffer | null; headers: Array<[string, Buffer]> }>, want: TestRecord[]): void {
  t.equal(got.length, want.length, 'record count');
  got.forEach((g, i) => {
    t.equal(g.key?.toString(), String(want[i].key), `key ${i}`);
    t.equal(g.value?.toString(), String(want[i].value), `value ${i}`);
    t.same(
      g.headers.map(([k, v]) => [k, v.toString()]),
      Object.entries(want[i].headers ?? {}).map(([k, v]) => [k, v.toString()]),
      `headers ${i}`,
    );
  });
}

t.test('record batches interoperate with librdkafka in every codec', async (t) => {
  const broker = await withBroker(t);
  const client = new KafkaClient({ bootstrap: broker.bootstrap, clientId: 'runnel-batch-test' });
  t.teardown(() => client.close());

  for (const codec of CODECS) {
    t.test(`kcat writes ${codec}, Runnel's codec reads`, async (t) => {
      const topic = `kcat-${codec}`;
      const want = records(`kcat-${codec}`);
      await kcatProduce(broker.bootstrap, topic, want, { compression: codec });
      const got = await consumeWithRunnel(client, topic);
      expectSame(t, got.map((r) => ({ key: r.key, value: r.value, headers: r.headers.map((h) => [h.key, h.value ?? Buffer.alloc(0)] as [string, Buffer]) })), want);
    });

    t.test(`confluent-kafka writes ${codec}, Runnel's codec reads`, async (t) => {
      const topic = `confluent-${codec}`;
      const want = records(`confluent-${codec}`);
      await pythonProduce('confluent', broker.bootstrap, topic, want, { config: { 'compression.type': codec, 'linger.ms': 50 } });
      const got = await consumeWithRunnel(client, topic);
      expectSame(t, got.map((r) => ({ key: r.key, value: r.value, headers: r.headers.map((h) => [h.key, h.value ?? Buffer.alloc(0)] as [string, Buffer]) })), want);
    });

    t.test(`Runnel's codec writes ${codec}, kcat and confluent-kafka read`, async (t) => {
      const topic = `runnel-${codec}`;
      const want = records(`runnel-${codec}`);
      await client.createTopics([{ name: topic, numPartitions: 1, replicationFactor: 1 }]);
      await client.produce(
        topic,
        want.map((r) => ({ key: String(r.key), value: String(r.value), partition: 0, headers: Object.entries(r.headers ?? {}).map(([key, v]) => ({ key, value: Buffer.from(v) })) })),
        { acks: -1, compression: codec },
      );
      expectSame(t, await kcatConsume(broker.bootstrap, topic, { count: COUNT, partition: 0 }), want);
      expectSame(t, await pythonConsume('confluent', broker.bootstrap, topic, { count: COUNT, partitions: [0] }), want);
    });
  }
});
