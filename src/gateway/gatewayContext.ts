// What the gateway's WebSocket sessions and REST routes are given: the broker's own services,
// called in-process, and the gateway's limits.
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/brokerConfig.js';
import type { ConfigService } from '../broker/configService.js';
import type { GroupCoordinator } from '../group/groupCoordinator.js';
import type { ReplicaManager } from '../log/replicaManager.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import type { BrokerMetrics } from '../metrics/brokerMetrics.js';
import type { GatewayProducer } from './gatewayProducer.js';

export interface GatewayContext {
  readonly config: BrokerConfig;
  readonly replicaManager: ReplicaManager;
  readonly groupCoordinator: GroupCoordinator;
  readonly configService: ConfigService;
  readonly producer: GatewayProducer;
  /** The broker's metrics (the gateway's own gauges and counters are fields of it) and readiness. */
  readonly metrics: BrokerMetrics;
  image(): MetadataImage;
  readonly logger: Logger;
}
