// The gateway's operations endpoints on a real broker: kcat produces and consumes, a confluent-kafka
// group member commits part way, and /metrics (parsed strictly) shows the requests, the bytes and
// records per topic, the partitions' logs and the group's lag; /healthz and /readyz answer.
import t from 'tap';
import { freePort, withBroker } from '../helpers/broker.js';
import { kcatConsume } from '../helpers/clients.js';
import { createTopic, produceValues, startGroupMember, stopAll, waitForBalanced, waitForProcessed } from '../helpers/groupClients.js';
import { parsePrometheusText, sampleValue, samples, type MetricFamily } from '../helpers/prometheusText.js';

const TIMEOUT_MS = 45_000;
const TOPIC = 'metrics-orders';
const PARTITIONS = 2;
const COMMITTED_PART = 20;
const UNCOMMITTED_PART = 7;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The first answer from `target`, retrying while nothing listens there yet (up to 10 s). */
async function answered(target: string): Promise<Response> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await fetch(target);
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(50);
    }
  }
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

t.test('metrics, health and readiness of a broker serving kcat and a confluent-kafka group', async (t) => {
  const gatewayPort = await freePort();
  const broker = await withBroker(t, { overrides: { 'gateway.listeners': `http://127.0.0.1:${gatewayPort}` } });
  const url = (path: string): string => `http://127.0.0.1:${gatewayPort}${path}`;
  const scrape = async (): Promise<Map<string, MetricFamily>> => {
    const res = await fetch(url('/metrics'));
    t.equal(res.status, 200, '/metrics answers 200');
    t.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/, 'in the Prometheus text format');
    return parsePrometheusText(await res.text());
  };

  // The harness waits for the Kafka listener; the gateway binds just after it.
  const health = await answered(url('/healthz'));
  t.same([health.status, await health.json()], [200, { status: 'ok' }], '/healthz');
  const ready = await fetch(url('/readyz'));
  t.same([ready.status, await ready.json()], [200, { status: 'ready' }], '/readyz once the broker is up');

  await createTopic(broker, TOPIC, PARTITIONS);
  const member = await startGroupMember(t, 'confluent', 'metrics-confluent', { bootstrap: broker.bootstrap, groupId: 'metrics-lag', topics: [TOPIC], commit: 'manual' });
  await waitForBalanced([member], TOPIC, PARTITIONS, TIMEOUT_MS);

  const first = await produceValues(broker.bootstrap, TOPIC, 'first', COMMITTED_PART);
  await waitForProcessed([member], first, TIMEOUT_MS);
  const commit = await member.commit();
  t.equal(commit.error, null, 'the member committed what it processed');
  const committed = new Map(commit.offsets.map((o) => [o.partition, o.offset]));
  t.equal(sum([...committed.values()]), COMMITTED_PART, 'the commit covers the first records');

  const second = await produceValues(broker.bootstrap, TOPIC, 'second', UNCOMMITTED_PART);
  await waitForProcessed([member], second, TIMEOUT_MS);
  const consumed = await kcatConsume(broker.bootstrap, TOPIC, { count: COMMITTED_PART + UNCOMMITTED_PART });
  t.equal(consumed.length, COMMITTED_PART + UNCOMMITTED_PART, 'kcat read everything back');
  const valueBytes = sum(consumed.map((r) => (r.key?.length ?? 0) + (r.value?.length ?? 0)));

  const families = await scrape();
  const requests = (api: string): number => sum(samples(families, 'runnel_kafka_requests_total').filter((s) => s.labels['api'] === api).map((s) => s.value));
  t.ok(requests('Produce') >= 2, `Produce requests counted (${requests('Produce')})`);
  t.ok(requests('Fetch') >= 2, `Fetch requests counted (${requests('Fetch')})`);
  t.ok(requests('OffsetCommit') >= 1 && requests('JoinGroup') >= 1, 'the group member\'s requests counted');
  t.equal(sampleValue(families, 'runnel_kafka_request_duration_seconds_count', { api: 'Produce' }), requests('Produce'), 'one latency observation per Produce');

  const bytesIn = sampleValue(families, 'runnel_topic_bytes_in_total', { topic: TOPIC });
  t.ok(bytesIn >= valueBytes, `bytes in (${bytesIn}) at least the keys and values produced (${valueBytes})`);
  t.equal(sampleValue(families, 'runnel_topic_records_in_total', { topic: TOPIC }), COMMITTED_PART + UNCOMMITTED_PART, 'records in');
  const bytesOut = sampleValue(families, 'runnel_topic_bytes_out_total', { topic: TOPIC });
  t.ok(bytesOut >= 2 * bytesIn, `bytes out (${bytesOut}): the member and kcat each read every batch once (${bytesIn} bytes)`);

  const perPartition = (name: string): number[] => Array.from({ length: PARTITIONS }, (_, p) => sampleValue(families, name, { topic: TOPIC, partition: String(p) }));
  const sizes = perPartition('runnel_log_size_bytes');
  t.ok(sizes.every((s) => s > 0), `every partition's log has bytes (${sizes.join(', ')})`);
  t.equal(sum(sizes), bytesIn, 'the logs hold exactly the batches appended');
  t.same(perPartition('runnel_log_start_offset'), [0, 0]);
  const hws = perPartition('runnel_log_high_watermark');
  t.equal(sum(hws), COMMITTED_PART + UNCOMMITTED_PART, 'high watermarks count every record');
  t.same(perPartition('runnel_log_end_offset'), hws, 'a single node: the log end offset is the high watermark');

  for (let p = 0; p < PARTITIONS; p++) {
    const lag = sampleValue(families, 'runnel_consumer_group_lag', { group: 'metrics-lag', topic: TOPIC, partition: String(p) });
    t.equal(lag, hws[p]! - (committed.get(p) ?? 0), `partition ${p}: lag is the high watermark minus the committed offset`);
  }
  t.equal(sum(samples(families, 'runnel_consumer_group_lag').filter((s) => s.labels['group'] === 'metrics-lag').map((s) => s.value)), UNCOMMITTED_PART, 'the group lags by the uncommitted records');

  t.ok(sampleValue(families, 'runnel_kafka_connections_opened_total', { listener: 'PLAINTEXT' }) >= 4, 'connections from kcat, the member and the harness were opened');
  t.ok(sampleValue(families, 'runnel_kafka_connections', { listener: 'PLAINTEXT' }) >= 1, 'the member\'s connections are open');
  t.ok(sampleValue(families, 'process_resident_memory_bytes') > 0, 'process metrics');

  await stopAll(t, [member]);
  const after = await scrape();
  t.ok(sampleValue(after, 'runnel_kafka_request_duration_seconds_count', { api: 'LeaveGroup' }) >= 1, 'a later scrape sees the member leave');
  t.equal(sampleValue(after, 'runnel_consumer_group_lag', { group: 'metrics-lag', topic: TOPIC, partition: '0' }), hws[0]! - (committed.get(0) ?? 0), 'lag stays with the committed offsets after the member leaves');
});

t.test('gateway sessions, subscriptions, deliveries and produces show in the metrics', async (t) => {
  const { default: WebSocket } = await import('ws');
  const gatewayPort = await freePort();
  const broker = await withBroker(t, { overrides: { 'gateway.listeners': `http://127.0.0.1:${gatewayPort}` } });
  await createTopic(broker, 'metrics-gateway', 1);
  const families = async (): Promise<Map<string, MetricFamily>> => parsePrometheusText(await (await answered(`http://127.0.0.1:${gatewayPort}/metrics`)).text());

  const ws = new WebSocket(`ws://127.0.0.1:${gatewayPort}/v1/ws`);
  const messages: { type: string }[] = [];
  ws.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8')) as { type: string }));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ op: 'subscribe', id: 's', topics: ['metrics-gateway'], from: 'earliest' }));
  for (let i = 0; i < 3; i++) ws.send(JSON.stringify({ op: 'produce', id: i, topic: 'metrics-gateway', value: `v${i}` }));
  const deadline = Date.now() + 10_000;
  while (messages.filter((m) => m.type === 'ack').length < 3 || !messages.some((m) => m.type === 'records')) {
    if (Date.now() > deadline) throw new Error(`no acks and records: ${JSON.stringify(messages)}`);
    await sleep(20);
  }
  await sleep(100);
  let m = await families();
  t.equal(sampleValue(m, 'runnel_topic_records_in_total', { topic: 'metrics-gateway' }), 3, 'gateway produces count as records in');
  t.equal(sampleValue(m, 'runnel_gateway_sessions', {}), 1);
  t.equal(sampleValue(m, 'runnel_gateway_subscriptions', {}), 1);
  t.ok(sampleValue(m, 'runnel_gateway_delivered_records_total', {}) >= 3, 'deliveries counted');

  ws.close();
  await new Promise((resolve) => ws.once('close', resolve));
  for (let i = 0; i < 100; i++) {
    m = await families();
    if (sampleValue(m, 'runnel_gateway_sessions', {}) === 0) break;
    await sleep(50);
  }
  t.equal(sampleValue(m, 'runnel_gateway_sessions', {}), 0, 'the closed session is gone');
  t.equal(sampleValue(m, 'runnel_gateway_subscriptions', {}), 0, 'and its subscription');
});
