// kill -9 right after acks=1 answers: every record the broker acknowledged is there after the
// restart, exactly once, at the offset it was acknowledged with, in order. Several rounds, so
// recovery also has to continue a log that an earlier crash left behind.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { kcatConsume, pythonConsume, pythonProduce, type DeliveryReport } from '../helpers/clients.js';
import { createTopics, RawKafkaClient } from '../helpers/rawKafka.js';
import { expectConsumed, offsetMismatches, type ExpectedRecord } from '../integration/broker-records.js';

const TOPIC = 'kill9';
const PARTITIONS = 3;
const ROUNDS = 3;
const PER_ROUND = 600;

t.test('acknowledged records survive kill -9', async (t) => {
  // Small segments (and batches below their size): the crash lands after several rolls.
  let broker = await withBroker(t, { overrides: { 'log.segment.bytes': '32768' } });
  const raw = await RawKafkaClient.connect(broker.port);
  t.same((await createTopics(raw, [{ name: TOPIC, numPartitions: PARTITIONS }])).map((c) => c.errorCode), [0], 'topic created');
  raw.close();

  const acknowledged: Array<ExpectedRecord & { offset: number }> = [];
  const base = Date.now() - 60_000;
  for (let round = 0; round < ROUNDS; round++) {
    const records: ExpectedRecord[] = Array.from({ length: PER_ROUND }, (_, i) => {
      const n = round * PER_ROUND + i;
      return { key: `r${round}-k${i}`, value: `round ${round} record ${i} `.repeat(1 + (i % 9)), headers: { round: String(round) }, partition: n % PARTITIONS, timestamp: base + n };
    });
    const reports: DeliveryReport[] = await pythonProduce('confluent', broker.bootstrap, TOPIC, records, {
      config: { acks: 1, 'enable.idempotence': false, 'linger.ms': 2, 'batch.size': 8192 },
    });
    await broker.kill('SIGKILL');
    const failed = reports.filter((r) => r.error !== null || r.offset === null);
    t.same(failed, [], `round ${round}: every record acknowledged before the kill`);
    for (const [i, r] of reports.entries()) {
      if (r.error === null && r.offset !== null) acknowledged.push({ ...records[i], offset: r.offset });
    }
    broker = await broker.restart();
  }

  const expected = [...acknowledged].sort((a, b) => a.partition - b.partition || a.offset - b.offset);
  for (const [who, consumed] of [
    ['kcat', await kcatConsume(broker.bootstrap, TOPIC, { count: acknowledged.length + 1, timeoutMs: 30_000 })],
    ['confluent', await pythonConsume('confluent', broker.bootstrap, TOPIC, { count: acknowledged.length, timeoutMs: 30_000 })],
  ] as const) {
    // expectConsumed checks order, bytes and count (so nothing appears twice); offsets are checked here.
    const got = expectConsumed(t, `${who} after ${ROUNDS} kills`, consumed, expected);
    t.same(offsetMismatches([...got.values()].flat(), acknowledged), [], `${who}: each record sits at its acknowledged offset`);
  }
});
