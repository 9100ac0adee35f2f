// Idempotent produce on the wire: a retried batch (same producer id, epoch and sequence) is
// answered with its original offset and stored once; a sequence gap and a fenced epoch are refused
// with Kafka's error codes and leave the log as it was.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { createTopics, fetchPartition, initProducerId, produce, RawKafkaClient } from '../helpers/rawKafka.js';
import { encodeRecordBatch } from '../../src/protocol/recordBatch.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';

const TOPIC = 'idempotence';

function batch(producerId: bigint, producerEpoch: number, baseSequence: number, count: number, label: string): Buffer {
  return encodeRecordBatch({
    producerId,
    producerEpoch,
    baseSequence,
    records: Array.from({ length: count }, (_, i) => ({ key: Buffer.from(`${label}-${i}`), value: Buffer.from(`${label} value ${i}`) })),
  });
}

t.test('duplicates, sequence gaps and fenced epochs', async (t) => {
  const broker = await withBroker(t);
  const client = await RawKafkaClient.connect(broker.port);
  t.teardown(() => client.close());
  t.same((await createTopics(client, [{ name: TOPIC, numPartitions: 1 }])).map((c) => c.errorCode), [0], 'topic created');

  const pid = await initProducerId(client);
  t.equal(pid.errorCode, 0, 'InitProducerId succeeds');
  t.ok(pid.producerId >= 0n, `a producer id is granted (${pid.producerId})`);
  const { producerId, producerEpoch: epoch } = pid;

  const keysInLog = async (): Promise<string[]> => {
    const fetched = await fetchPartition(client, TOPIC, 0);
    t.equal(fetched.errorCode, 0, 'fetch succeeds');
    return fetched.batches.flatMap((b) => b.records.map((r) => r.key?.toString() ?? ''));
  };

  const first = batch(producerId, epoch, 0, 3, 'a');
  const original = await produce(client, TOPIC, 0, first);
  t.equal(original.errorCode, 0, 'first batch appended');
  t.equal(original.baseOffset, 0n, 'at offset 0');

  const retry = await produce(client, TOPIC, 0, first);
  t.equal(retry.errorCode, 0, 'the identical retry is accepted');
  t.equal(retry.baseOffset, original.baseOffset, 'and answered with the original base offset');
  t.same(await keysInLog(), ['a-0', 'a-1', 'a-2'], 'the log holds the records once');

  const second = await produce(client, TOPIC, 0, batch(producerId, epoch, 3, 2, 'b'));
  t.equal(second.errorCode, 0, 'the next sequence is appended');
  t.equal(second.baseOffset, 3n, 'after the first batch');

  // Kafka remembers the last five batches per producer, not only the latest one.
  const olderRetry = await produce(client, TOPIC, 0, first);
  t.equal(olderRetry.errorCode, 0, 'a retry of an older batch is still recognised');
  t.equal(olderRetry.baseOffset, 0n, 'with its own original offset');

  const gap = await produce(client, TOPIC, 0, batch(producerId, epoch, 7, 1, 'gap'));
  t.equal(gap.errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, 'a sequence gap gets OUT_OF_ORDER_SEQUENCE_NUMBER (45)');

  // An idempotent producer may bump its own epoch, restarting its sequence at 0; the old epoch is then fenced.
  const bumped = await produce(client, TOPIC, 0, batch(producerId, epoch + 1, 0, 1, 'c'));
  t.equal(bumped.errorCode, 0, 'a batch with the next epoch and sequence 0 is appended');
  t.equal(bumped.baseOffset, 5n, 'after the others');
  const fenced = await produce(client, TOPIC, 0, batch(producerId, epoch, 5, 1, 'old'));
  t.equal(fenced.errorCode, ErrorCode.INVALID_PRODUCER_EPOCH, 'the old epoch gets INVALID_PRODUCER_EPOCH (47)');

  t.same(await keysInLog(), ['a-0', 'a-1', 'a-2', 'b-0', 'b-1', 'c-0'], 'refused batches left nothing in the log');
  t.notOk(client.closed, 'the connection stayed open through every refusal');
});
