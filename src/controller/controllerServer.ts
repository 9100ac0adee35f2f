// The controller role of a node (Kafka's ControllerServer): the quorum controller on top of the
// metadata quorum, and the controller listener that serves replicas (Vote, BeginQuorumEpoch,
// EndQuorumEpoch, Fetch, FetchSnapshot), brokers (registration, heartbeats, AlterPartition,
// ISR changes, producer id blocks, forwarded admin requests) and operators (DescribeQuorum, DescribeCluster).
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/brokerConfig.js';
import { ConfigService } from '../broker/configService.js';
import { RequestDispatcher } from '../broker/requestDispatcher.js';
import { validateTopicConfigOverrides } from '../broker/topicConfigs.js';
import { apiVersionsHandler } from '../broker/handlers/apiVersions.js';
import { alterConfigsHandler } from '../broker/handlers/alterConfigs.js';
import { electLeadersHandler } from '../broker/handlers/electLeaders.js';
import { alterPartitionReassignmentsHandler } from '../broker/handlers/alterPartitionReassignments.js';
import { listPartitionReassignmentsHandler } from '../broker/handlers/listPartitionReassignments.js';
import { createPartitionsHandler } from '../broker/handlers/createPartitions.js';
import { createTopicsHandler } from '../broker/handlers/createTopics.js';
import { deleteTopicsHandler } from '../broker/handlers/deleteTopics.js';
import { describeClusterHandler } from '../broker/handlers/describeCluster.js';
import { describeQuorumHandler } from '../broker/handlers/describeQuorum.js';
import { incrementalAlterConfigsHandler } from '../broker/handlers/incrementalAlterConfigs.js';
import type { MetadataCache } from '../metadata/metadataCache.js';
import type { MetadataQuorum } from '../metadata/metadataQuorum.js';
import type { DescribeQuorumResponse } from '../protocol/generated/messages/DescribeQuorumResponse.js';
import { SocketServer } from '../net/socketServer.js';
import { raftHandlers } from './handlers/raftHandlers.js';
import { allocateProducerIdsHandler } from './handlers/allocateProducerIds.js';
import { alterPartitionHandler } from './handlers/alterPartition.js';
import { brokerHeartbeatHandler } from './handlers/brokerHeartbeat.js';
import { brokerRegistrationHandler } from './handlers/brokerRegistration.js';
import { QuorumController } from './quorumController.js';
import { RaftMetadataLog } from './raftMetadataLog.js';

/** How often the active controller checks broker liveness. */
const LIVENESS_CHECK_MS = 250;
/** The metadata.version this Runnel writes when it bootstraps a cluster (Kafka 4.0's IBP_4_0_IV3). */
const BOOTSTRAP_METADATA_VERSION = 22;
const MAX_QUEUED_RESPONSE_BYTES = 64 * 1024 * 1024;
const SHUTDOWN_DRAIN_MS = 5000;

export interface RunningController {
  readonly controller: QuorumController;
  readonly ports: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

export async function startController(
  config: BrokerConfig,
  deps: { clusterId: string; cache: MetadataCache; quorum: MetadataQuorum; describeQuorum: () => Promise<DescribeQuorumResponse>; logger: Logger },
): Promise<RunningController> {
  const { clusterId, cache, quorum } = deps;
  const logger = deps.logger.child({ component: 'controller' });
  const metadataLog = new RaftMetadataLog(quorum.raft, quorum.loader, config.quorumRequestTimeoutMs * 5, () => quorum.driver.wakeup());
  const controller = new QuorumController(
    cache,
    metadataLog,
    {
      numPartitions: config.numPartitions,
      defaultReplicationFactor: config.defaultReplicationFactor,
      deleteTopicEnable: config.deleteTopicEnable,
    },
    validateTopicConfigOverrides,
    logger,
    {
      clusterId,
      brokerSessionTimeoutMs: config.brokerSessionTimeoutMs,
      uncleanLeaderElectionEnable: config.uncleanLeaderElectionEnable,
    },
  );

  const dispatcher = new RequestDispatcher(cache, deps.logger.child({ component: 'controller-requests' }));
  dispatcher.register(apiVersionsHandler(() => dispatcher.supportedApis()));
  for (const h of raftHandlers((source, request) => quorum.handleRequest(source, request))) dispatcher.register(h);
  dispatcher.register(describeQuorumHandler(deps.describeQuorum));
  dispatcher.register(describeClusterHandler({ clusterId, controllerId: config.nodeId }));
  dispatcher.register(brokerRegistrationHandler(controller));
  dispatcher.register(brokerHeartbeatHandler(controller));
  dispatcher.register(allocateProducerIdsHandler(controller));
  dispatcher.register(alterPartitionHandler(controller));
  dispatcher.register(createTopicsHandler(controller));
  dispatcher.register(deleteTopicsHandler(controller));
  dispatcher.register(createPartitionsHandler(controller));
  dispatcher.register(alterPartitionReassignmentsHandler(controller));
  dispatcher.register(electLeadersHandler(controller));
  dispatcher.register(listPartitionReassignmentsHandler(() => controller.image));
  const configService = new ConfigService(config, controller, () => cache.image);
  dispatcher.register(alterConfigsHandler(configService));
  dispatcher.register(incrementalAlterConfigsHandler(configService));

  const server = new SocketServer(
    dispatcher,
    { maxFrameBytes: config.socketRequestMaxBytes, queuedMaxRequests: config.queuedMaxRequests, maxQueuedResponseBytes: MAX_QUEUED_RESPONSE_BYTES, idleTimeoutMs: config.connectionsMaxIdleMs },
    deps.logger.child({ component: 'controller-network' }),
  );
  const bound = await server.listen(config.listeners.filter((l) => config.controllerListenerNames.includes(l.name)));

  // Activation follows Raft leadership, which changes on its own: a small loop notices it, gives
  // every broker a fresh session, bootstraps a new cluster's metadata.version, fences brokers
  // whose heartbeats stopped, and every leader.imbalance.check.interval.seconds moves leaderships
  // back to preferred replicas.
  let wasActive = false;
  let ticking = false;
  // The first check waits a full interval, as Kafka's does: brokers are still joining at start.
  let nextRebalanceAt = Date.now() + config.leaderImbalanceCheckIntervalSeconds * 1000;
  const tick = async (): Promise<void> => {
    if (ticking) return;
    ticking = true;
    try {
      const active = controller.isActive;
      if (active && !wasActive) {
        logger.info({ epoch: quorum.raft.epoch }, 'became the active controller');
        controller.becameActive();
        if (!cache.image.features.has('metadata.version')) {
          await controller.commitRecords([{ kind: 'FeatureLevelRecord', data: { name: 'metadata.version', featureLevel: BOOTSTRAP_METADATA_VERSION } }]);
        }
      } else if (!active && wasActive) {
        logger.info({ leaderId: quorum.raft.leaderId, epoch: quorum.raft.epoch }, 'no longer the active controller');
      }
      wasActive = active;
      if (active) await controller.fenceStaleBrokers();
      if (active && config.autoLeaderRebalanceEnable && Date.now() >= nextRebalanceAt) {
        nextRebalanceAt = Date.now() + config.leaderImbalanceCheckIntervalSeconds * 1000;
        await controller.rebalanceLeaders(config.leaderImbalancePerBrokerPercentage);
      }
    } catch (err) {
      logger.warn({ err }, 'controller liveness check failed');
    } finally {
      ticking = false;
    }
  };
  const timer = setInterval(() => void tick(), LIVENESS_CHECK_MS);

  return {
    controller,
    ports: new Map(bound.map((b) => [b.name, b.boundPort])),
    async close() {
      clearInterval(timer);
      await server.close(SHUTDOWN_DRAIN_MS);
    },
  };
}
