// Keyed records land in the partition Kafka's default partitioner picks, whoever produces them:
// kcat with librdkafka's murmur2_random, kafkajs's JavaCompatiblePartitioner and Runnel's own
// client partitioner agree on 1,000 keys, as read back from where the broker stored each record.
import t from 'tap';
import { Partitioners } from 'kafkajs';
import { withBroker } from '../helpers/broker.js';
import { kafkajsProduce, kcatConsume, kcatProduce, type TestRecord } from '../helpers/clients.js';
import { createTopics, RawKafkaClient } from '../helpers/rawKafka.js';
import { Partitioner } from '../../src/client/partitioner.js';

const KEYS = 1_000;
// Not a power of two, so a partitioner that masks bits instead of taking a modulo disagrees.
const PARTITIONS = 7;

// Text keys of varied length (0 to 40 bytes, multi-byte characters included) so murmur2's tail
// handling is exercised; kcat reads keys as text, so they hold no delimiter bytes.
const keys = Array.from({ length: KEYS }, (_, i) => `key-${i}-${'ü'.repeat(i % 7)}${'x'.repeat(i % 13)}`);

async function landedPartitions(bootstrap: string, topic: string): Promise<Map<string, number>> {
  const consumed = await kcatConsume(bootstrap, topic, { count: KEYS, timeoutMs: 30_000 });
  return new Map(consumed.map((r) => [r.key?.toString() ?? '', r.partition]));
}

t.test('kcat, kafkajs and the Runnel client put every key in the same partition', async (t) => {
  const broker = await withBroker(t);
  const raw = await RawKafkaClient.connect(broker.port);
  t.teardown(() => raw.close());
  const created = await createTopics(raw, [
    { name: 'parity-kcat', numPartitions: PARTITIONS },
    { name: 'parity-kafkajs', numPartitions: PARTITIONS },
  ]);
  t.same(created.map((c) => c.errorCode), [0, 0], 'topics created');

  const records: TestRecord[] = keys.map((key, i) => ({ key, value: `v${i}` }));
  await kcatProduce(broker.bootstrap, 'parity-kcat', records, { extra: ['-X', 'partitioner=murmur2_random'] });
  const reports = await kafkajsProduce(broker.bootstrap, 'parity-kafkajs', records, { createPartitioner: Partitioners.JavaCompatiblePartitioner });
  t.same(reports.filter((r) => r.error !== null), [], 'kafkajs: every record acknowledged');

  const byKcat = await landedPartitions(broker.bootstrap, 'parity-kcat');
  const byKafkajs = await landedPartitions(broker.bootstrap, 'parity-kafkajs');
  t.equal(byKcat.size, KEYS, 'every kcat record read back');
  t.equal(byKafkajs.size, KEYS, 'every kafkajs record read back');

  const disagreements: string[] = [];
  for (const [i, key] of keys.entries()) {
    const ours = Partitioner.forKey(Buffer.from(key), PARTITIONS);
    const kcat = byKcat.get(key);
    const kafkajs = byKafkajs.get(key);
    if (kcat !== ours || kafkajs !== ours) disagreements.push(`${key}: runnel ${ours}, kcat ${kcat}, kafkajs ${kafkajs}`);
    if (kafkajs !== reports[i]?.partition) disagreements.push(`${key}: kafkajs reported partition ${reports[i]?.partition}, stored in ${kafkajs}`);
  }
  t.same(disagreements, [], 'all three partitioners agree on every key');
  // Agreement on one partition for everything would prove nothing: the keys must spread.
  t.equal(new Set(byKcat.values()).size, PARTITIONS, 'keys spread over every partition');
});
