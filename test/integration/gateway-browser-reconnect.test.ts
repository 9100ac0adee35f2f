// The browser client across a broker restart: chromium reads one topic in assign mode and in group
// mode while the broker is stopped and started again on the same data dir and ports. kcat produces
// before and after the restart, confluent-kafka during it, and the page while it is reconnecting.
// Afterwards the assign-mode reader holds every record of the log exactly once, in order (it
// resumed at its next offset); the group-mode reader holds every record at least once (it resumed
// from its commits of what it had handed over).
import t from 'tap';
import { freePort, withBroker } from '../helpers/broker.js';
import { openGatewayPage, withBrowser, type RunnelPageGlobals } from '../helpers/browser.js';
import { kcatConsume, pythonProduce } from '../helpers/clients.js';
import { createTopic, produceValues } from '../helpers/groupClients.js';

const TOPIC = 'resume';
const PARTITIONS = 2;
const BATCH = 30;

interface Seen {
  partition: number;
  offset: number;
  value: string | null;
}

interface Reader {
  records: Seen[];
  disconnects: number;
  reconnects: number;
  /** Date.now() at the last reconnection. */
  reconnectedAt: number;
  errors: string[];
  produced: Array<{ partition: number; offset: number } | { error: string; retriable: boolean }>;
}
type PageGlobals = RunnelPageGlobals & { readers: Record<'assign' | 'group', Reader> };

const key = (r: { partition: number; offset: number }): string => `${r.partition}:${r.offset}`;

t.test('a browser reader resumes after a broker restart: assign mode without gaps or duplicates, group mode at least once', async (t) => {
  const gatewayPort = await freePort();
  let broker = await withBroker(t, { overrides: { 'gateway.listeners': `http://127.0.0.1:${gatewayPort}` } });
  const gateway = `http://127.0.0.1:${gatewayPort}`;
  await createTopic(broker, TOPIC, PARTITIONS);
  const browser = await withBrowser(t);
  const { page, errors } = await openGatewayPage(browser, `${gateway}/`);

  await page.evaluate(async ({ gateway, topic }) => {
    const g = globalThis as unknown as PageGlobals;
    const { RunnelClient } = g.Runnel;
    const reconnect = { initialDelayMs: 100, maxDelayMs: 1_000 };
    g.readers = {} as PageGlobals['readers'];
    for (const mode of ['assign', 'group'] as const) {
      const client = await RunnelClient.connect(gateway, { clientId: `browser-${mode}`, reconnect });
      const reader: Reader = { records: [], disconnects: 0, reconnects: 0, reconnectedAt: 0, errors: [], produced: [] };
      g.readers[mode] = reader;
      client.on('disconnect', () => {
        reader.disconnects++;
        // Made while the connection is down: sent once it is back, never twice.
        if (mode === 'assign') {
          for (let i = 0; i < 3; i++) {
            client.produce(topic, { value: `page-${i}`, partition: i % 2 }).then(
              (ack) => reader.produced.push({ partition: ack.partition, offset: ack.offset }),
              (err: { code: string; retriable: boolean }) => reader.produced.push({ error: err.code, retriable: err.retriable }),
            );
          }
        }
      });
      client.on('reconnect', () => {
        reader.reconnects++;
        reader.reconnectedAt = Date.now();
      });
      const subscription = mode === 'assign'
        ? client.subscribe({ topics: [topic], from: 'earliest' })
        // The member this page had before the restart leaves as the broker stops, but the stopping
        // coordinator does not persist the emptied group: the restarted one waits for the departed
        // member's session to expire before the new member's first generation. Keep it short.
        : client.subscribe({ topics: [topic], group: 'browser-resume', autoOffsetReset: 'earliest', autoCommitIntervalMs: 200, sessionTimeoutMs: 6_000 });
      subscription.on('record', (r) => reader.records.push({ partition: r.partition, offset: r.offset, value: r.value }));
      subscription.on('error', (err) => reader.errors.push(`${err.code}: ${err.message}`));
      await subscription.ready;
    }
  }, { gateway, topic: TOPIC });

  const waitForAll = async (count: number): Promise<void> => {
    await page.waitForFunction((count) => {
      const readers = (globalThis as unknown as PageGlobals).readers;
      const distinct = (r: Reader) => new Set(r.records.map((x) => `${x.partition}:${x.offset}`)).size;
      return distinct(readers.assign) >= count && distinct(readers.group) >= count;
    }, count, { timeout: 40_000, polling: 100 });
  };

  await produceValues(broker.bootstrap, TOPIC, 'before', BATCH);
  await waitForAll(BATCH);
  // Let the group reader commit what it has handed over, so it resumes from there.
  await new Promise((r) => setTimeout(r, 500));

  // confluent-kafka starts producing as the broker stops, and retries until it is back (kcat
  // would give up once every broker is down).
  const duringRecords = Array.from({ length: BATCH }, (_, i) => ({ key: `during-key-${i}`, value: `during-${i}` }));
  const during = pythonProduce('confluent', broker.bootstrap, TOPIC, duringRecords, { config: { acks: 'all', 'message.timeout.ms': 40_000 }, timeoutMs: 45_000 });
  const stopping = Date.now();
  broker = await broker.restart();
  const restarted = Date.now();
  t.same((await during).filter((d) => d.error !== null), [], 'every record produced during the restart is acknowledged');
  await produceValues(broker.bootstrap, TOPIC, 'after', BATCH);
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).readers.assign.produced.length === 3, undefined, { timeout: 20_000, polling: 100 });

  const log = (await Promise.all(Array.from({ length: PARTITIONS }, (_, partition) =>
    kcatConsume(broker.bootstrap, TOPIC, { count: 10_000, partition, offset: 'beginning' })))).flat();
  const logValues = new Map(log.map((r) => [key(r), r.value?.toString() ?? null]));
  t.ok(log.length >= 3 * BATCH + 3, `the log holds every record produced (${log.length})`);
  await waitForAll(log.length);

  const caughtUp = Date.now();
  const readers = await page.evaluate(() => (globalThis as unknown as PageGlobals).readers);
  t.comment(`broker restart took ${restarted - stopping} ms; the clients reconnected ${readers.assign.reconnectedAt - restarted} and ${readers.group.reconnectedAt - restarted} ms after it was ready; both readers had the whole log ${caughtUp - restarted} ms after it was ready`);
  for (const mode of ['assign', 'group'] as const) {
    const r = readers[mode];
    t.ok(r.disconnects >= 1 && r.reconnects >= 1, `${mode}: the client saw the connection drop and come back (${r.disconnects}/${r.reconnects})`);
    t.same(r.records.filter((x) => logValues.get(key(x)) !== x.value).map(key), [], `${mode}: every record read is the log's record at that offset`);
    t.same(log.filter((x) => !r.records.some((y) => key(y) === key(x))).map(key), [], `${mode}: no record of the log is missing`);
  }
  const assign = readers.assign.records;
  t.equal(assign.length, log.length, 'assign mode: no duplicate');
  for (let partition = 0; partition < PARTITIONS; partition++) {
    const offsets = assign.filter((x) => x.partition === partition).map((x) => x.offset);
    t.same(offsets, log.filter((x) => x.partition === partition).map((x) => x.offset), `assign mode: partition ${partition} in log order`);
  }
  const group = readers.group.records;
  const repeated = group.length - new Set(group.map(key)).size;
  t.comment(`group mode read ${group.length} records for ${log.length} in the log (${repeated} again after the restart)`);
  t.same(readers.assign.produced.map((p) => ('offset' in p ? logValues.get(key(p)) : p)).sort(), ['page-0', 'page-1', 'page-2'],
    'what the page produced while reconnecting was sent once it was back, once each');
  t.same(readers.assign.errors, []);
  t.same(readers.group.errors.filter((e) => !/^(REBALANCE_IN_PROGRESS|NOT_ASSIGNED|UNKNOWN_MEMBER_ID|ILLEGAL_GENERATION)/.test(e)), [],
    'group mode: no error beyond commits refused during the rebalance');
  t.same(errors.filter((e) => !/WebSocket connection to .* failed/.test(e)), [], 'the page logged nothing but the refused reconnection attempts');
});
