// Scrape-time metrics and readiness: consumer-group lag from committed offsets and high watermarks,
// per-partition log gauges, the readiness checks, and a whole BrokerMetrics scrape over fake
// services, parsed strictly.
import t from 'tap';
import { BrokerMetrics } from '../../src/metrics/brokerMetrics.js';
import { consumerGroupLags, partitionLag, type CommittedOffsetsSource, type HighWatermarkSource } from '../../src/metrics/consumerGroupLag.js';
import { snapshotPartitions } from '../../src/metrics/partitionMetrics.js';
import { kafkaListenersBound, metadataLoaded, offsetsShardsLoaded, Readiness } from '../../src/metrics/readiness.js';
import type { Partition } from '../../src/log/partition.js';
import type { MetadataImage } from '../../src/metadata/metadataImage.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { parsePrometheusText, sampleValue, samples } from '../helpers/prometheusText.js';

type Committed = Record<string, Record<string, Record<number, bigint>>>;

function fakeGroups(committed: Committed, failing: string[] = []): CommittedOffsetsSource & { fetches: string[] } {
  const fetches: string[] = [];
  return {
    fetches,
    listGroups: () => ({ errorCode: ErrorCode.NONE, groups: [...Object.keys(committed), ...failing].map((groupId) => ({ groupId })) }),
    fetchOffsets(groupId) {
      fetches.push(groupId);
      if (failing.includes(groupId)) return { errorCode: ErrorCode.NOT_COORDINATOR, topics: [] };
      const topics = committed[groupId] ?? {};
      return {
        errorCode: ErrorCode.NONE,
        topics: Object.entries(topics).map(([name, parts]) => ({ name, partitions: Object.entries(parts).map(([p, offset]) => ({ partition: Number(p), offset })) })),
      };
    },
  };
}

const hws = (map: Record<string, number>): HighWatermarkSource => ({
  getPartition: (topic, partition) => {
    const hw = map[`${topic}-${partition}`];
    return hw === undefined ? undefined : { highWatermark: hw };
  },
});

t.test('lag is the high watermark minus the committed offset, never negative', async (t) => {
  t.equal(partitionLag(100, 40), 60);
  t.equal(partitionLag(100, 100), 0);
  t.equal(partitionLag(5, 9), 0, 'a commit past the high watermark (after truncation) is no lag');
});

t.test('group lag covers committed offsets of hosted partitions only', async (t) => {
  const groups = fakeGroups(
    {
      billing: { orders: { 0: 10n, 1: 0n, 7: 3n }, gone: { 0: 1n } },
      empty: {},
      reset: { orders: { 0: -1n } },
    },
    ['moving'],
  );
  const lags = consumerGroupLags(groups, hws({ 'orders-0': 25, 'orders-1': 0 }));
  t.same(lags, [
    { group: 'billing', topic: 'orders', partition: 0, lag: 15 },
    { group: 'billing', topic: 'orders', partition: 1, lag: 0 },
  ], 'partition 7 and topic gone are not hosted here; -1 is no commit; a group the coordinator refuses is skipped');
  t.same(groups.fetches, ['billing', 'empty', 'reset', 'moving']);
});

function fakePartition(topic: string, partition: number, log: { size: number; start: number; end: number; hw: number; offline?: boolean; broken?: boolean }): Partition {
  const value = (v: number): number => {
    if (log.broken) throw new Error('EIO');
    return v;
  };
  return {
    topic,
    partition,
    log: { get size() { return value(log.size); }, isOffline: log.offline ?? false },
    get logStartOffset() { return value(log.start); },
    get logEndOffset() { return value(log.end); },
    get highWatermark() { return value(log.hw); },
  } as unknown as Partition;
}

t.test('partition snapshots skip offline logs and logs that fail to answer', async (t) => {
  const snap = snapshotPartitions([
    fakePartition('orders', 0, { size: 4096, start: 10, end: 50, hw: 48 }),
    fakePartition('orders', 1, { size: 1, start: 0, end: 1, hw: 1, offline: true }),
    fakePartition('orders', 2, { size: 1, start: 0, end: 1, hw: 1, broken: true }),
  ]);
  t.same(snap, [{ topic: 'orders', partition: 0, sizeBytes: 4096, logStartOffset: 10, logEndOffset: 50, highWatermark: 48 }]);
});

function fakeImage(topics: string[], brokers: Array<[number, boolean]> = [[1, false]]): MetadataImage {
  return {
    topicsByName: new Map(topics.map((name) => [name, {}])),
    brokers: new Map(brokers.map(([id, fenced]) => [id, { id, fenced }])),
  } as unknown as MetadataImage;
}

t.test('readiness lists what is not ready, in order, and survives a failing check', async (t) => {
  let image = fakeImage([], []);
  const listeners = { listening: false };
  let groupsError: number = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
  const readiness = new Readiness();
  readiness.add(metadataLoaded(1, () => image));
  readiness.add(kafkaListenersBound(listeners));
  readiness.add(offsetsShardsLoaded({ listGroups: () => ({ errorCode: groupsError }) }));
  t.same(readiness.reasons(), [
    'metadata: broker 1 is not registered in the metadata image yet',
    'listeners: the Kafka listeners are not bound',
    'group coordinator: __consumer_offsets partitions are still loading',
  ]);
  image = fakeImage([], [[1, true]]);
  listeners.listening = true;
  t.same(readiness.reasons(), ['metadata: broker 1 is fenced', 'group coordinator: __consumer_offsets partitions are still loading']);
  image = fakeImage([], [[1, false]]);
  groupsError = ErrorCode.NONE;
  t.same(readiness.reasons(), [], 'ready');
  readiness.add(() => {
    throw new Error('boom');
  });
  t.same(readiness.reasons(), ['readiness check failed: boom']);
});

t.test('a BrokerMetrics scrape is valid Prometheus text with every runnel family typed', async (t) => {
  const metrics = new BrokerMetrics({
    image: () => fakeImage(['orders']),
    partitions: {
      ...hws({ 'orders-0': 48 }),
      allPartitions: () => [fakePartition('orders', 0, { size: 4096, start: 10, end: 50, hw: 48 })],
    },
    groups: fakeGroups({ 'odd "group"\nname': { orders: { 0: 40n } } }),
  });
  metrics.connectionOpened('PLAINTEXT');
  metrics.connectionOpened('PLAINTEXT');
  metrics.connectionOpened('INTERNAL');
  metrics.connectionClosed('PLAINTEXT');
  metrics.gatewaySessions.inc(3);
  metrics.gatewayDeliveredRecordsTotal.inc(250);
  metrics.requests.requestCompleted(3, 12, 0.0004, {}, {});
  t.match(metrics.contentType, /^text\/plain; version=0\.0\.4/);

  const families = parsePrometheusText(await metrics.scrape());
  const types: Record<string, string> = {
    runnel_kafka_requests_total: 'counter',
    runnel_kafka_request_duration_seconds: 'histogram',
    runnel_kafka_request_errors_total: 'counter',
    runnel_topic_bytes_in_total: 'counter',
    runnel_topic_records_in_total: 'counter',
    runnel_topic_bytes_out_total: 'counter',
    runnel_log_size_bytes: 'gauge',
    runnel_log_start_offset: 'gauge',
    runnel_log_end_offset: 'gauge',
    runnel_log_high_watermark: 'gauge',
    runnel_consumer_group_lag: 'gauge',
    runnel_kafka_connections: 'gauge',
    runnel_kafka_connections_opened_total: 'counter',
    runnel_gateway_sessions: 'gauge',
    runnel_gateway_subscriptions: 'gauge',
    runnel_gateway_paused_subscriptions_total: 'counter',
    runnel_gateway_dropped_subscriptions_total: 'counter',
    runnel_gateway_delivered_records_total: 'counter',
  };
  for (const [name, type] of Object.entries(types)) {
    t.equal(families.get(name)?.type, type, `${name} is a ${type}`);
    t.ok(families.get(name)?.help, `${name} has HELP`);
  }
  t.ok(families.has('process_cpu_user_seconds_total') && families.has('nodejs_eventloop_lag_seconds'), 'process metrics are on the private registry');
  t.equal(sampleValue(families, 'runnel_kafka_requests_total', { api: 'Metadata', version: '12' }), 1);
  t.equal(sampleValue(families, 'runnel_kafka_request_duration_seconds_bucket', { api: 'Metadata', le: '0.0005' }), 1);
  t.equal(sampleValue(families, 'runnel_kafka_request_duration_seconds_bucket', { api: 'Metadata', le: '0.00025' }), 0);
  t.equal(sampleValue(families, 'runnel_log_size_bytes', { topic: 'orders', partition: '0' }), 4096);
  t.equal(sampleValue(families, 'runnel_log_start_offset', { topic: 'orders', partition: '0' }), 10);
  t.equal(sampleValue(families, 'runnel_log_end_offset', { topic: 'orders', partition: '0' }), 50);
  t.equal(sampleValue(families, 'runnel_log_high_watermark', { topic: 'orders', partition: '0' }), 48);
  t.equal(sampleValue(families, 'runnel_consumer_group_lag', { group: 'odd "group"\nname', topic: 'orders', partition: '0' }), 8, 'group ids are escaped and read back');
  t.equal(sampleValue(families, 'runnel_kafka_connections', { listener: 'PLAINTEXT' }), 1);
  t.equal(sampleValue(families, 'runnel_kafka_connections', { listener: 'INTERNAL' }), 1);
  t.equal(sampleValue(families, 'runnel_kafka_connections_opened_total', { listener: 'PLAINTEXT' }), 2);
  t.equal(sampleValue(families, 'runnel_gateway_sessions'), 3);
  t.equal(sampleValue(families, 'runnel_gateway_delivered_records_total'), 250);
  t.same(samples(families, 'runnel_kafka_request_errors_total'), [], 'no error series until an error');
});

t.test('two BrokerMetrics in one process keep separate registries', async (t) => {
  const sources = { image: () => fakeImage([]), partitions: { ...hws({}), allPartitions: () => [] }, groups: fakeGroups({}) };
  const a = new BrokerMetrics(sources);
  const b = new BrokerMetrics(sources);
  a.gatewaySessions.set(5);
  t.equal(sampleValue(parsePrometheusText(await b.scrape()), 'runnel_gateway_sessions'), 0);
  t.equal(sampleValue(parsePrometheusText(await a.scrape()), 'runnel_gateway_sessions'), 5);
});
