// A clean stop (SIGTERM) between producing and consuming loses nothing: records, offsets, topics
// and the next offset to assign all survive the restart.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { kcatConsume, kcatMetadata, pythonConsume, pythonProduce } from '../helpers/clients.js';
import { createTopics, produce, RawKafkaClient } from '../helpers/rawKafka.js';
import { encodeRecordBatch } from '../../src/protocol/recordBatch.js';
import { expectConsumed, offsetMismatches, type ExpectedRecord } from './broker-records.js';

const TOPIC = 'restart';
const PARTITIONS = 2;
const RECORDS = 400;

t.test('records produced before a clean restart are all there after it', async (t) => {
  // Small segments, so the restart also has to reopen rolled segments and their indexes (the
  // producer's batches stay below the segment size, or the broker rightly refuses them).
  let broker = await withBroker(t, { overrides: { 'log.segment.bytes': '32768' } });
  let raw = await RawKafkaClient.connect(broker.port);
  t.same((await createTopics(raw, [{ name: TOPIC, numPartitions: PARTITIONS }])).map((c) => c.errorCode), [0], 'topic created');
  raw.close();

  const base = Date.now() - 60_000;
  const expected: ExpectedRecord[] = Array.from({ length: RECORDS }, (_, i) => ({
    key: `k${i}`,
    value: `value ${i} `.repeat(1 + (i % 20)),
    headers: { n: String(i) },
    partition: i % PARTITIONS,
    timestamp: base + i,
  }));
  const reports = await pythonProduce('confluent', broker.bootstrap, TOPIC, expected, { config: { acks: 'all', 'enable.idempotence': true, 'linger.ms': 5, 'batch.size': 8192 } });
  t.same(reports.filter((r) => r.error !== null), [], 'every record acknowledged');

  t.equal(await broker.stop(), 0, 'SIGTERM stops the broker with exit code 0');
  broker = await broker.restart();

  const metadata = (await kcatMetadata(broker.bootstrap)) as { topics: Array<{ topic: string; partitions: unknown[] }> };
  t.same(metadata.topics.filter((x) => x.topic === TOPIC).map((x) => x.partitions.length), [PARTITIONS], 'the topic and its partitions survive');

  const byKcat = expectConsumed(t, 'kcat after restart', await kcatConsume(broker.bootstrap, TOPIC, { count: RECORDS }), expected);
  expectConsumed(t, 'confluent after restart', await pythonConsume('confluent', broker.bootstrap, TOPIC, { count: RECORDS }), expected);
  const acknowledged = reports.map((r, i) => ({ partition: r.partition ?? -1, offset: r.offset ?? -1, key: expected[i].key }));
  t.same(offsetMismatches([...byKcat.values()].flat(), acknowledged), [], 'each record is at the offset its acknowledgement named');

  // The log end offset survived too: the next append continues where the old one stopped.
  raw = await RawKafkaClient.connect(broker.port);
  t.teardown(() => raw.close());
  const next = await produce(raw, TOPIC, 0, encodeRecordBatch({ records: [{ key: Buffer.from('after'), value: Buffer.from('restart') }] }));
  t.equal(next.errorCode, 0, 'produce after restart succeeds');
  t.equal(Number(next.baseOffset), RECORDS / PARTITIONS, 'and is assigned the next offset');
});
