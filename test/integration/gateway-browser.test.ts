// A real browser talks to Runnel with no other server: chromium loads the gateway's page, which
// imports /client.js. The page reads in group mode, in order, what kcat produced; it produces text
// and bytes that confluent-kafka reads back exactly; it shares a group's partitions with a kafkajs
// consumer; and bad input surfaces as typed RunnelErrors while the connection lives on.
import t from 'tap';
import { Kafka, logLevel } from 'kafkajs';
import type { Header, PartitionOffset, RunnelRecord, Subscription, TopicPartition } from '../../src/browser/client.js';
import { freePort, withBroker } from '../helpers/broker.js';
import { openGatewayPage, withBrowser, type RunnelPageGlobals } from '../helpers/browser.js';
import { kcatProduce, pythonConsume, type TestRecord } from '../helpers/clients.js';
import { createTopic } from '../helpers/groupClients.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** State a page test keeps on globalThis between evaluate calls. */
interface PageReader {
  records: RunnelRecord<string>[];
  assignment: TopicPartition[];
  errors: string[];
  subscription: Subscription<string>;
}
type PageGlobals = RunnelPageGlobals & { readers: Record<string, PageReader> };

t.test('a browser page talks to Runnel through the gateway', async (t) => {
  const gatewayPort = await freePort();
  const broker = await withBroker(t, { overrides: { 'gateway.listeners': `http://127.0.0.1:${gatewayPort}` } });
  const gateway = `http://127.0.0.1:${gatewayPort}`;
  const browser = await withBrowser(t);
  const { page, errors } = await openGatewayPage(browser, `${gateway}/`);

  /** Connects a client in the page and starts a group-mode reader kept under `name`. */
  const startGroupReader = (name: string, topic: string, group: string): Promise<PartitionOffset[]> =>
    page.evaluate(async ({ gateway, name, topic, group }) => {
      const g = globalThis as unknown as PageGlobals;
      const client = await g.Runnel.RunnelClient.connect(gateway, { clientId: `browser-${name}` });
      const subscription = client.subscribe({ topics: [topic], group, autoOffsetReset: 'earliest', autoCommitIntervalMs: 500 });
      const reader: PageReader = { records: [], assignment: [], errors: [], subscription };
      (g.readers ??= {})[name] = reader;
      subscription.on('revoked', (ps) => (reader.assignment = reader.assignment.filter((a) => !ps.some((p) => p.topic === a.topic && p.partition === a.partition))));
      subscription.on('error', (err) => reader.errors.push(`${err.code}: ${err.message}`));
      const firstAssignment = new Promise<PartitionOffset[]>((resolve) => subscription.on('assigned', (ps) => {
        reader.assignment.push(...ps.map((p) => ({ topic: p.topic, partition: p.partition })));
        resolve(ps);
      }));
      void (async () => {
        for await (const record of subscription) reader.records.push(record);
      })().catch((err: Error) => reader.errors.push(`iterator: ${err.message}`));
      return firstAssignment;
    }, { gateway, name, topic, group });

  const readerRecords = (name: string): Promise<RunnelRecord<string>[]> =>
    page.evaluate((name) => (globalThis as unknown as PageGlobals).readers[name]!.records, name);

  const waitForRecords = async (name: string, count: number): Promise<RunnelRecord<string>[]> => {
    await page.waitForFunction(({ name, count }) => (globalThis as unknown as PageGlobals).readers[name]!.records.length >= count, { name, count }, { timeout: 30_000, polling: 50 });
    return readerRecords(name);
  };

  await t.test('the live view lists the records of a topic', async (t) => {
    await createTopic(broker, 'live', 1);
    await kcatProduce(broker.bootstrap, 'live', [{ key: 'a', value: 'first' }, { key: 'b', value: 'second' }]);
    await page.fill('#topic', 'live');
    await page.click('button');
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('#records li').length >= 2, undefined, { timeout: 15_000 });
    const items = await page.locator('#records li').allTextContents();
    t.same(items, ['live/0@1  b: second', 'live/0@0  a: first'], 'newest first, with partition, offset, key and value');
  });

  await t.test('group mode receives, in order, the records kcat produced', async (t) => {
    const topic = 'from-kcat';
    const partitions = 3;
    await createTopic(broker, topic, partitions);
    const assigned = await startGroupReader('kcat', topic, 'browser-kcat');
    t.same(assigned.map((p) => p.partition).sort(), [0, 1, 2], 'the only member gets every partition');
    const produced: TestRecord[] = [];
    for (let partition = 0; partition < partitions; partition++) {
      for (let i = 0; i < 10; i++) {
        produced.push({ partition, key: `key-${partition}-${i}`, value: `grüße ✓ ${partition}/${i}`, headers: { source: 'kcat', part: `p${partition}` } });
      }
    }
    await kcatProduce(broker.bootstrap, topic, produced, { acks: 'all' });
    const received = await waitForRecords('kcat', produced.length);
    t.equal(received.length, produced.length, 'no record twice');
    for (let partition = 0; partition < partitions; partition++) {
      const got = received.filter((r) => r.partition === partition);
      t.same(got.map((r) => r.offset), Array.from({ length: 10 }, (_, i) => i), `partition ${partition}: offsets in order`);
      t.same(
        got.map((r) => ({ key: r.key, value: r.value, headers: r.headers })),
        produced.filter((p) => p.partition === partition).map((p): { key: unknown; value: unknown; headers: Header[] } => ({
          key: p.key, value: p.value, headers: Object.entries(p.headers ?? {}).map(([key, value]) => ({ key, value: String(value) })),
        })),
        `partition ${partition}: keys, values and headers as kcat sent them`,
      );
    }
  });

  await t.test('records the page produces, text and bytes, are what confluent-kafka reads', async (t) => {
    const topic = 'from-browser';
    await createTopic(broker, topic, 2);
    const acks = await page.evaluate(async ({ gateway, topic }) => {
      const g = globalThis as unknown as PageGlobals;
      const client = await g.Runnel.RunnelClient.connect(gateway, { clientId: 'browser-producer' });
      const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);
      const results = [
        await client.produce(topic, { key: 'text-ü', value: 'text value ✓ grüße', headers: { h1: 'v1', h2: 'v2' }, partition: 0, timestamp: 1_700_000_000_123 }),
        await client.produce(topic, { key: new Uint8Array([0, 1, 2, 255]), value: allBytes, headers: { kind: 'binary' }, partition: 1 }),
        await client.produce(topic, { key: 'text key', value: allBytes.slice(200) }, { acks: 'all' }),
        await client.produce(topic, { key: 'raw header', value: 'v', headers: [{ key: 'raw', value: new Uint8Array([0, 200]) }, { key: 'raw', value: 'again' }], partition: 1 }),
        await client.produce(topic, { key: 'gone', value: null, partition: 0 }),
      ];
      await client.close();
      return results;
    }, { gateway, topic });
    t.equal(acks.length, 5);
    t.ok(acks.every((a) => a.topic === topic && a.offset >= 0), 'every record acknowledged with an offset');
    t.equal(acks[0]!.timestamp, 1_700_000_000_123, 'the given timestamp is kept');

    const consumed = await pythonConsume('confluent', broker.bootstrap, topic, { count: 5, timeoutMs: 20_000 });
    const at = (i: number) => consumed.find((c) => c.partition === acks[i]!.partition && c.offset === acks[i]!.offset);
    const bytes = (b: Buffer | null | undefined): number[] | null => (b == null ? null : [...b]);
    const allBytes = Array.from({ length: 256 }, (_, i) => i);
    t.same(bytes(at(0)?.key), [...Buffer.from('text-ü')]);
    t.same(bytes(at(0)?.value), [...Buffer.from('text value ✓ grüße')]);
    t.same(at(0)?.headers.map(([k, v]) => [k, v.toString()]), [['h1', 'v1'], ['h2', 'v2']]);
    t.equal(at(0)?.timestamp, 1_700_000_000_123);
    t.same(bytes(at(1)?.key), [0, 1, 2, 255], 'binary key, exact bytes');
    t.same(bytes(at(1)?.value), allBytes, 'binary value: all 256 byte values');
    t.same(at(1)?.headers.map(([k, v]) => [k, v.toString()]), [['kind', 'binary']]);
    t.same(bytes(at(2)?.value), allBytes.slice(200));
    t.same(at(3)?.headers.map(([k, v]) => [k, bytes(v)]), [['raw', [0, 200]], ['raw', [...Buffer.from('again')]]], 'byte header values, repeated key');
    t.equal(at(4)?.value, null, 'a tombstone');
  });

  await t.test('a browser session and a kafkajs consumer in one group share the partitions of a topic', async (t) => {
    const topic = 'shared';
    const partitions = 4;
    const group = 'browser-and-kafkajs';
    await createTopic(broker, topic, partitions);
    await startGroupReader('shared', topic, group);

    const kafka = new Kafka({ clientId: 'kafkajs-member', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: group, heartbeatInterval: 500, sessionTimeout: 10_000 });
    t.teardown(() => consumer.disconnect());
    let kafkajsAssignment: number[] = [];
    const kafkajsRecords: Array<{ partition: number; value: string }> = [];
    consumer.on(consumer.events.GROUP_JOIN, (e) => (kafkajsAssignment = [...(e.payload.memberAssignment[topic] ?? [])].sort()));
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ partition, message }) => void kafkajsRecords.push({ partition, value: message.value?.toString() ?? '' }) });

    const pageAssignment = async (): Promise<number[]> =>
      page.evaluate(() => (globalThis as unknown as PageGlobals).readers.shared!.assignment.map((a) => a.partition).sort());
    let split: { browser: number[]; kafkajs: number[] } | null = null;
    const deadline = Date.now() + 30_000;
    while (split === null && Date.now() < deadline) {
      const browserSide = await pageAssignment();
      const union = [...browserSide, ...kafkajsAssignment].sort();
      if (browserSide.length > 0 && kafkajsAssignment.length > 0 && JSON.stringify(union) === JSON.stringify([0, 1, 2, 3])) split = { browser: browserSide, kafkajs: kafkajsAssignment };
      else await sleep(100);
    }
    t.ok(split, `the two members split the partitions (browser ${JSON.stringify(await pageAssignment())}, kafkajs ${JSON.stringify(kafkajsAssignment)})`);
    if (split === null) return;
    t.comment(`browser reads ${split.browser.join(',')}, kafkajs reads ${split.kafkajs.join(',')}`);

    const produced: TestRecord[] = [];
    for (let partition = 0; partition < partitions; partition++) for (let i = 0; i < 5; i++) produced.push({ partition, value: `shared-${partition}-${i}` });
    await kcatProduce(broker.bootstrap, topic, produced);
    const expectedInBrowser = produced.filter((p) => split!.browser.includes(p.partition!)).length;
    const browserRecords = await waitForRecords('shared', expectedInBrowser);
    const until = Date.now() + 20_000;
    while (kafkajsRecords.length < produced.length - expectedInBrowser && Date.now() < until) await sleep(50);

    t.ok(browserRecords.every((r) => split!.browser.includes(r.partition)), 'the browser reads only its partitions');
    t.ok(kafkajsRecords.every((r) => split!.kafkajs.includes(r.partition)), 'kafkajs reads only its partitions');
    t.same([...browserRecords.map((r) => r.value), ...kafkajsRecords.map((r) => r.value)].sort(), produced.map((p) => p.value).sort(), 'together they read every record, once');
  });

  await t.test('bad input through the client is a typed RunnelError, and the connection lives on', async (t) => {
    await createTopic(broker, 'valid', 2);
    await createTopic(broker, 'valid-too', 1);
    const outcomes = await page.evaluate(async ({ gateway }) => {
      const g = globalThis as unknown as PageGlobals;
      const { RunnelClient, RunnelError } = g.Runnel;
      const client = await RunnelClient.connect(gateway, { clientId: 'browser-bad-input' });
      const outcome = async (what: string, run: () => Promise<unknown>) => {
        try {
          await run();
          return { what, ok: true };
        } catch (err) {
          const e = err as InstanceType<typeof RunnelError>;
          return { what, ok: false, runnelError: err instanceof RunnelError, code: e.code, field: e.field, retriable: e.retriable };
        }
      };
      const assign = client.subscribe({ topics: ['valid'], partitions: [0], from: 'earliest' });
      const results = [
        await outcome('produce to an unknown topic', () => client.produce('no-such-topic', { value: 'v' })),
        await outcome('produce to an invalid partition', () => client.produce('valid', { value: 'v', partition: 7 })),
        await outcome('produce to a negative partition', () => client.produce('valid', { value: 'v', partition: -1 })),
        await outcome('subscribe to an unknown topic', () => client.subscribe({ topics: ['no-such-topic'] }).ready),
        await outcome('subscribe to an invalid partition', () => client.subscribe({ topics: ['valid-too'], partitions: [9] }).ready),
        await outcome('commit in assign mode', () => assign.ready.then(() => assign.commit())),
        await outcome('seek a partition not read', () => assign.seek({ topic: 'valid', partition: 1 }, 'earliest')),
        await outcome('a valid produce afterwards', () => client.produce('valid', { value: 'still fine', partition: 1 })),
      ];
      await client.close();
      return results;
    }, { gateway });
    t.same(outcomes, [
      { what: 'produce to an unknown topic', ok: false, runnelError: true, code: 'UNKNOWN_TOPIC_OR_PARTITION', field: 'topic', retriable: true },
      { what: 'produce to an invalid partition', ok: false, runnelError: true, code: 'UNKNOWN_TOPIC_OR_PARTITION', field: 'partition', retriable: true },
      { what: 'produce to a negative partition', ok: false, runnelError: true, code: 'INVALID_MESSAGE', field: 'partition', retriable: false },
      { what: 'subscribe to an unknown topic', ok: false, runnelError: true, code: 'UNKNOWN_TOPIC_OR_PARTITION', field: undefined, retriable: true },
      { what: 'subscribe to an invalid partition', ok: false, runnelError: true, code: 'UNKNOWN_TOPIC_OR_PARTITION', field: undefined, retriable: true },
      { what: 'commit in assign mode', ok: false, runnelError: true, code: 'NOT_GROUP_MODE', field: 'subscription', retriable: false },
      { what: 'seek a partition not read', ok: false, runnelError: true, code: 'NOT_ASSIGNED', field: 'partition', retriable: false },
      { what: 'a valid produce afterwards', ok: true },
    ]);
  });

  t.same(errors, [], 'the page logged no errors');
});
