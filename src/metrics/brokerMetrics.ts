// The broker's Prometheus metrics, on a registry of its own (never prom-client's global one, so two
// brokers in one process, as in tests, do not collide). Request-path metrics are tallies read at
// scrape time (snapshotMetric.ts); partition and group metrics are read from the services at scrape
// time; the gateway's are prom-client instruments its session code updates directly.
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { ConnectionObserver } from '../net/socketServer.js';
import type { Partition } from '../log/partition.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import { KafkaRequestMetrics } from './kafkaRequestMetrics.js';
import { TopicTraffic } from './topicTraffic.js';
import { partitionMetrics } from './partitionMetrics.js';
import { consumerGroupLagMetric, type CommittedOffsetsSource, type HighWatermarkSource } from './consumerGroupLag.js';
import { Readiness } from './readiness.js';
import { SnapshotMetric } from './snapshotMetric.js';

export interface BrokerMetricSources {
  image(): MetadataImage;
  partitions: HighWatermarkSource & { allPartitions(): Iterable<Partition> };
  groups: CommittedOffsetsSource;
}

export class BrokerMetrics implements ConnectionObserver {
  private readonly registry = new Registry();
  /** Bytes and records in and out per topic; the gateway reports its own appends here. */
  readonly traffic: TopicTraffic;
  /** Hand to the RequestDispatcher. */
  readonly requests: KafkaRequestMetrics;
  /** What /readyz reports; the broker adds its checks as it assembles its parts. */
  readonly readiness = new Readiness();

  private readonly connections = new Gauge({
    name: 'runnel_kafka_connections',
    help: 'Open client connections on the Kafka listeners, by listener.',
    labelNames: ['listener'],
    registers: [this.registry],
  });
  private readonly connectionsOpened = new Counter({
    name: 'runnel_kafka_connections_opened_total',
    help: 'Client connections accepted on the Kafka listeners, by listener.',
    labelNames: ['listener'],
    registers: [this.registry],
  });

  readonly gatewaySessions = new Gauge({ name: 'runnel_gateway_sessions', help: 'Open gateway WebSocket sessions.', registers: [this.registry] });
  readonly gatewaySubscriptions = new Gauge({ name: 'runnel_gateway_subscriptions', help: 'Active gateway subscriptions (assign or group mode).', registers: [this.registry] });
  readonly gatewayPausedSubscriptionsTotal = new Counter({
    name: 'runnel_gateway_paused_subscriptions_total',
    help: 'Times a gateway subscription stopped fetching because its socket\'s buffered bytes passed the bound.',
    registers: [this.registry],
  });
  readonly gatewayDroppedSubscriptionsTotal = new Counter({
    name: 'runnel_gateway_dropped_subscriptions_total',
    help: 'Gateway subscriptions ended by the broker rather than by their client.',
    registers: [this.registry],
  });
  readonly gatewayDeliveredRecordsTotal = new Counter({
    name: 'runnel_gateway_delivered_records_total',
    help: 'Records the gateway delivered to WebSocket subscribers.',
    registers: [this.registry],
  });

  constructor(sources: BrokerMetricSources) {
    // Unprefixed (process_*, nodejs_*) so that the usual Node.js dashboards find them.
    collectDefaultMetrics({ register: this.registry });
    this.traffic = new TopicTraffic((topic) => sources.image().topicsByName.has(topic));
    this.requests = new KafkaRequestMetrics(this.traffic);
    const snapshots: SnapshotMetric[] = [
      ...this.requests.metrics(),
      new SnapshotMetric('runnel_topic_bytes_in_total', 'Record-batch bytes appended by Kafka Produce requests and gateway produces, by topic.', 'counter', () => this.traffic.samples('bytesIn')),
      new SnapshotMetric('runnel_topic_records_in_total', 'Records appended by Kafka Produce requests and gateway produces, by topic.', 'counter', () => this.traffic.samples('recordsIn')),
      new SnapshotMetric('runnel_topic_bytes_out_total', 'Record-batch bytes returned in Kafka Fetch responses, by topic.', 'counter', () => this.traffic.samples('bytesOut')),
      ...partitionMetrics(() => sources.partitions.allPartitions()),
      consumerGroupLagMetric(sources.groups, sources.partitions),
    ];
    for (const m of snapshots) m.registerIn(this.registry);
  }

  connectionOpened(listenerName: string): void {
    this.connections.labels(listenerName).inc();
    this.connectionsOpened.labels(listenerName).inc();
  }

  connectionClosed(listenerName: string): void {
    this.connections.labels(listenerName).dec();
  }

  /** The Prometheus text exposition of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
