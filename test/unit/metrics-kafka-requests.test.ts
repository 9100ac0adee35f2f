// Request-path metrics: the latency histogram's buckets, record counting from batch headers, per-topic
// bytes in and out from Produce and Fetch exchanges, and what the dispatcher reports for answered,
// refused and failed requests, read back through a real prom-client registry and the strict parser.
import t from 'tap';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { LatencyHistogram } from '../../src/metrics/latencyHistogram.js';
import { recordCount, TopicTraffic } from '../../src/metrics/topicTraffic.js';
import { KafkaRequestMetrics } from '../../src/metrics/kafkaRequestMetrics.js';
import { SnapshotMetric } from '../../src/metrics/snapshotMetric.js';
import { RequestDispatcher } from '../../src/broker/requestDispatcher.js';
import { MetadataCache } from '../../src/metadata/metadataCache.js';
import { apiVersionsHandler } from '../../src/broker/handlers/apiVersions.js';
import { produceHandler } from '../../src/broker/handlers/produce.js';
import { defineHandler } from '../../src/broker/handler.js';
import type { ReplicaManager } from '../../src/log/replicaManager.js';
import type { ConnectionInfo } from '../../src/net/connection.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import { encodeApiVersionsRequest, encodeHeartbeatRequest, encodeProduceRequest, type FetchResponse, type ProduceRequest, type ProduceResponse } from '../../src/protocol/generated/messages/index.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { buildBatch } from '../helpers/batch.js';
import { requestFrame } from '../helpers/rawKafka.js';
import { parsePrometheusText, sampleValue, samples } from '../helpers/prometheusText.js';

async function scrape(metrics: KafkaRequestMetrics, traffic?: TopicTraffic): Promise<ReturnType<typeof parsePrometheusText>> {
  const registry = new Registry();
  for (const m of metrics.metrics()) m.registerIn(registry);
  if (traffic) {
    new SnapshotMetric('t_bytes_in_total', 'in', 'counter', () => traffic.samples('bytesIn')).registerIn(registry);
    new SnapshotMetric('t_records_in_total', 'records', 'counter', () => traffic.samples('recordsIn')).registerIn(registry);
    new SnapshotMetric('t_bytes_out_total', 'out', 'counter', () => traffic.samples('bytesOut')).registerIn(registry);
  }
  return parsePrometheusText(await registry.metrics());
}

t.test('latency histogram: bounds are inclusive upper limits, buckets cumulative, +Inf counts all', async (t) => {
  t.throws(() => new LatencyHistogram([0.1, 0.1]), /must increase/);
  t.throws(() => new LatencyHistogram([1, 0.5]), /must increase/);
  const h = new LatencyHistogram([0.001, 0.01, 0.1]);
  for (const s of [0.0005, 0.001, 0.002, 0.05, 0.1, 3]) h.observe(s);
  const out = h.samples('x', { api: 'Produce' });
  t.same(
    out.map((s) => [s.metricName, s.labels['le'] ?? null, s.value]),
    [
      ['x_bucket', 0.001, 2],
      ['x_bucket', 0.01, 3],
      ['x_bucket', 0.1, 5],
      ['x_bucket', '+Inf', 6],
      ['x_sum', null, 0.0005 + 0.001 + 0.002 + 0.05 + 0.1 + 3],
      ['x_count', null, 6],
    ],
  );
  t.equal(h.observations, 6);
  t.ok(out.every((s) => s.labels['api'] === 'Produce'), 'every sample keeps the series labels');
});

t.test('record count reads each batch header, ignoring a truncated tail', async (t) => {
  const two = Buffer.concat([buildBatch({ records: 3 }), buildBatch({ records: 5, baseOffset: 1234 })]);
  t.equal(recordCount(two), 8);
  t.equal(recordCount(two.subarray(0, two.length - 1)), 3, 'a cut-off second batch is not counted');
  t.equal(recordCount(Buffer.alloc(0)), 0);
  t.equal(recordCount(Buffer.alloc(30)), 0, 'shorter than a batch header');
});

const batchA = buildBatch({ records: 4, valueBytes: 10 });
const batchB = buildBatch({ records: 2, valueBytes: 100 });

function produceRequest(transactionalId: string | null = null): ProduceRequest<Buffer> {
  return {
    transactionalId,
    acks: 1,
    timeoutMs: 1000,
    topicData: [
      { name: 'orders', partitionData: [{ index: 0, records: batchA }, { index: 1, records: batchB }] },
      { name: 'audit', partitionData: [{ index: 0, records: batchB }] },
    ],
  };
}

function produceResponse(codes: number[][]): ProduceResponse {
  return {
    throttleTimeMs: 0,
    responses: [
      { name: 'orders', partitionResponses: codes[0]!.map((errorCode, index) => ({ index, errorCode, baseOffset: 0n, logAppendTimeMs: -1n, logStartOffset: 0n, recordErrors: [], errorMessage: null })) },
      { name: 'audit', partitionResponses: codes[1]!.map((errorCode, index) => ({ index, errorCode, baseOffset: 0n, logAppendTimeMs: -1n, logStartOffset: 0n, recordErrors: [], errorMessage: null })) },
    ],
  } as ProduceResponse;
}

function fetchResponse(parts: Array<[string, Buffer | Buffer[] | null]>): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: parts.map(([topic, records]) => ({
      topic,
      topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
      partitions: [{ partitionIndex: 0, errorCode: 0, highWatermark: 0n, lastStableOffset: 0n, logStartOffset: 0n, abortedTransactions: null, preferredReadReplica: -1, records }],
    })),
  } as FetchResponse;
}

t.test('topic traffic counts appended partitions only, and fetch bytes per topic', async (t) => {
  const existing = new Set(['orders', 'audit', 'clicks']);
  const traffic = new TopicTraffic((topic) => existing.has(topic));
  traffic.produced(produceRequest(), produceResponse([[ErrorCode.NONE, ErrorCode.NOT_LEADER_OR_FOLLOWER], [ErrorCode.NONE]]));
  t.same(traffic.samples('bytesIn'), [{ labels: { topic: 'orders' }, value: batchA.length }, { labels: { topic: 'audit' }, value: batchB.length }], 'the refused partition is not counted');
  t.same(traffic.samples('recordsIn'), [{ labels: { topic: 'orders' }, value: 4 }, { labels: { topic: 'audit' }, value: 2 }]);

  traffic.produced(produceRequest(), null);
  t.same(traffic.samples('recordsIn').map((s) => s.value), [4 + 6, 2 + 2], 'acks=0 (no response) counts every partition');
  traffic.produced(produceRequest('txn'), null);
  t.same(traffic.samples('recordsIn').map((s) => s.value), [10, 4], 'an unanswered transactional produce was refused: not counted');
  traffic.produced(produceRequest(), { throttleTimeMs: 0, responses: [] } as unknown as ProduceResponse);
  t.same(traffic.samples('recordsIn').map((s) => s.value), [10, 4], 'a response without the topic counts nothing');

  traffic.fetched(fetchResponse([['orders', [batchA, batchB]], ['audit', batchB], ['clicks', null], ['clicks', Buffer.alloc(0)]]));
  t.same(traffic.samples('bytesOut'), [{ labels: { topic: 'orders' }, value: batchA.length + batchB.length }, { labels: { topic: 'audit' }, value: batchB.length }], 'no series for a topic that returned nothing');

  existing.delete('audit');
  t.same(traffic.samples('bytesIn').map((s) => s.labels['topic']), ['orders'], 'a deleted topic\'s series end');
  existing.add('audit');
  t.same(traffic.samples('bytesOut').map((s) => s.labels['topic']), ['orders'], 'and do not come back with the name');
});

/** `refusing.partition1`: the fake replica manager refuses appends to partition 1 while set. */
function dispatcherWith(metrics: KafkaRequestMetrics, refusing: { partition1: boolean }): RequestDispatcher {
  const cache = new MetadataCache();
  const dispatcher = new RequestDispatcher(cache, pino({ level: 'silent' }), metrics);
  dispatcher.register(apiVersionsHandler(() => dispatcher.supportedApis()));
  const replicaManager = {
    appendRecords: (_topic: string, partition: number) => ({
      errorCode: partition === 1 && refusing.partition1 ? ErrorCode.NOT_LEADER_OR_FOLLOWER : ErrorCode.NONE,
      errorMessage: null,
      baseOffset: 0,
      logAppendTimeMs: -1,
      logStartOffset: 0,
      batchIndex: -1,
    }),
  } as unknown as ReplicaManager;
  dispatcher.register(produceHandler(replicaManager, () => cache.image));
  dispatcher.register(
    defineHandler<unknown, unknown>({
      apiKey: ApiKey.Heartbeat,
      handle: () => {
        throw new Error('handler bug');
      },
      errorResponse: () => ({}),
    }),
  );
  return dispatcher;
}

const conn: ConnectionInfo = { id: 1, listenerName: 'PLAINTEXT', remoteAddress: '127.0.0.1', remotePort: 1, clientSoftwareName: null, clientSoftwareVersion: null };
const frame = (apiKey: number, version: number, body: Parameters<typeof requestFrame>[3] = () => {}): Buffer => requestFrame(apiKey, version, 7, body).subarray(4);
const produceFrame = (version: number, acks: number): Buffer => frame(ApiKey.Produce, version, (w) => encodeProduceRequest(w, { ...produceRequest(), acks }, version));

t.test('the dispatcher reports answered, refused and failed requests', async (t) => {
  const existing = new Set(['orders', 'audit']);
  const traffic = new TopicTraffic((topic) => existing.has(topic));
  const metrics = new KafkaRequestMetrics(traffic);
  const refusing = { partition1: true };
  const dispatcher = dispatcherWith(metrics, refusing);

  t.ok(await dispatcher.process(frame(ApiKey.ApiVersions, 3, (w) => encodeApiVersionsRequest(w, { clientSoftwareName: 'x', clientSoftwareVersion: '1' }, 3)), conn));
  t.ok(await dispatcher.process(frame(ApiKey.ApiVersions, 0, (w) => encodeApiVersionsRequest(w, { clientSoftwareName: '', clientSoftwareVersion: '' }, 0)), conn));
  t.ok(await dispatcher.process(frame(ApiKey.ApiVersions, 99), conn), 'ApiVersions newer than known is answered (in v0)');
  t.ok(await dispatcher.process(produceFrame(9, 1), conn), 'Produce acks=1 answered, orders-1 refused');
  await t.rejects(dispatcher.process(produceFrame(9, 0), conn), /acks=0 produce failed/, 'a failed acks=0 Produce closes the connection');
  refusing.partition1 = false;
  t.equal(await dispatcher.process(produceFrame(9, 0), conn), null, 'a successful acks=0 Produce is unanswered');
  t.ok(await dispatcher.process(produceFrame(2, 1), conn), 'Produce below the minimum version is answered with UNSUPPORTED_VERSION');
  await t.rejects(dispatcher.process(frame(ApiKey.Produce, 99), conn), /newer than supported/);
  await t.rejects(dispatcher.process(Buffer.from([0, 0]), conn), /malformed request header/);
  await t.rejects(dispatcher.process(frame(ApiKey.CreateTopics, 7), conn), /unsupported api key/);
  await t.rejects(dispatcher.process(frame(ApiKey.Produce, 9, (w) => w.int16(5)), conn), /malformed Produce/);
  await t.rejects(
    dispatcher.process(frame(ApiKey.Heartbeat, 4, (w) => encodeHeartbeatRequest(w, { groupId: 'g', generationId: 1, memberId: 'm', groupInstanceId: null }, 4)), conn),
    /handler bug/,
  );

  const families = await scrape(metrics, traffic);
  t.equal(sampleValue(families, 'runnel_kafka_requests_total', { api: 'ApiVersions', version: '3' }), 1);
  t.equal(sampleValue(families, 'runnel_kafka_requests_total', { api: 'ApiVersions', version: '0' }), 1);
  t.equal(sampleValue(families, 'runnel_kafka_requests_total', { api: 'Produce', version: '9' }), 2, 'the unanswered acks=0 Produce counts, the one that closed the connection does not');
  t.equal(sampleValue(families, 'runnel_kafka_requests_total', { api: 'Produce', version: '2' }), 1);
  t.same(samples(families, 'runnel_kafka_requests_total').filter((s) => s.labels['version'] === '99'), [], 'no series for an unknown version');
  t.equal(sampleValue(families, 'runnel_kafka_request_duration_seconds_count', { api: 'ApiVersions' }), 3, 'latency includes the v99 answer');
  t.equal(sampleValue(families, 'runnel_kafka_request_duration_seconds_count', { api: 'Produce' }), 3);
  t.ok(sampleValue(families, 'runnel_kafka_request_duration_seconds_sum', { api: 'Produce' }) > 0);
  t.same(
    samples(families, 'runnel_kafka_request_errors_total').map((s) => `${s.labels['api']} ${s.labels['error']} ${s.value}`).sort(),
    [
      'ApiVersions UNSUPPORTED_VERSION 1',
      'CreateTopics INVALID_REQUEST 1',
      'Heartbeat UNKNOWN_SERVER_ERROR 1',
      'Produce CONNECTION_CLOSED 1',
      'Produce INVALID_REQUEST 1',
      'Produce UNSUPPORTED_VERSION 2',
      'unknown INVALID_REQUEST 1',
    ],
  );
  // acks=1 appended orders-0 and audit-0; the successful acks=0 appended all three partitions.
  t.equal(sampleValue(families, 't_bytes_in_total', { topic: 'orders' }), 2 * batchA.length + batchB.length);
  t.equal(sampleValue(families, 't_records_in_total', { topic: 'orders' }), 4 + 4 + 2);
  t.equal(sampleValue(families, 't_bytes_in_total', { topic: 'audit' }), 2 * batchB.length);
  t.equal(sampleValue(families, 't_records_in_total', { topic: 'audit' }), 2 + 2);
});
