// Assembles a node in its roles (process.roles): every node replicates the metadata quorum and
// replays it into its image; a controller also runs the quorum controller on the controller
// listener; a broker registers with the active controller, hosts partitions, serves clients and
// forwards admin requests. Takes them down in the reverse order.
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/brokerConfig.js';
import { readMetaProperties } from '../config/metaProperties.js';
import { SocketServer } from '../net/socketServer.js';
import { MetadataCache } from '../metadata/metadataCache.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import { CLUSTER_METADATA_TOPIC, MetadataQuorum } from '../metadata/metadataQuorum.js';
import { startController, type RunningController } from '../controller/controllerServer.js';
import {
  AllocateProducerIds,
  AlterConfigs,
  AlterPartitionReassignments,
  CreatePartitions,
  CreateTopics,
  DeleteTopics,
  DescribeQuorum,
  ElectLeaders,
  IncrementalAlterConfigs,
  ListPartitionReassignments,
} from '../client/clientApis.js';
import { KafkaError } from '../protocol/kafkaErrors.js';
import type { DescribeQuorumResponse } from '../protocol/generated/messages/DescribeQuorumResponse.js';
import { QuorumControllerChannel } from './controllerChannel.js';
import { forwardingHandler } from './forwardingHandler.js';
import { brokerConfigForwardingHandler } from './brokerConfigForwarding.js';
import { ForwardedTopicCreator } from './forwardedTopicCreator.js';
import { BrokerLifecycleManager } from './brokerLifecycleManager.js';
import { describeQuorumHandler } from './handlers/describeQuorum.js';
import { LogManager } from '../storage/logManager.js';
import { ReplicaManager } from '../log/replicaManager.js';
import { electLeadersErrorResponse } from './handlers/electLeaders.js';
import { alterPartitionReassignmentsErrorResponse } from './handlers/alterPartitionReassignments.js';
import { listPartitionReassignmentsErrorResponse } from './handlers/listPartitionReassignments.js';
import { offsetForLeaderEpochHandler } from './handlers/offsetForLeaderEpoch.js';
import { alterPartitionSender } from '../replication/alterPartitionSender.js';
import { ReplicaFetcherManager } from '../replication/replicaFetcherManager.js';
import { FetchSessionCache } from '../log/fetchSessionCache.js';
import { ProducerIdManager } from '../txn/producerIdManager.js';
import { RequestDispatcher } from './requestDispatcher.js';
import { dynamicBrokerConfig, topicLogConfig } from './topicConfigs.js';
import { apiVersionsHandler } from './handlers/apiVersions.js';
import { metadataHandler } from './handlers/metadata.js';
import { produceHandler } from './handlers/produce.js';
import { fetchHandler } from './handlers/fetch.js';
import { listOffsetsHandler } from './handlers/listOffsets.js';
import { createTopicsErrorResponse } from './handlers/createTopics.js';
import { deleteTopicsErrorResponse } from './handlers/deleteTopics.js';
import { initProducerIdHandler } from './handlers/initProducerId.js';
import { findCoordinatorHandler } from './handlers/findCoordinator.js';
import { ConfigService } from './configService.js';
import { describeConfigsHandler } from './handlers/describeConfigs.js';
import { alterConfigsErrorResponse } from './handlers/alterConfigs.js';
import { incrementalAlterConfigsErrorResponse } from './handlers/incrementalAlterConfigs.js';
import { createPartitionsErrorResponse } from './handlers/createPartitions.js';
import { describeClusterHandler } from './handlers/describeCluster.js';
import { describeLogDirsHandler } from './handlers/describeLogDirs.js';
import { deleteRecordsHandler } from './handlers/deleteRecords.js';
import { GroupCoordinator } from '../group/groupCoordinator.js';
import { joinGroupHandler } from './handlers/joinGroup.js';
import { syncGroupHandler } from './handlers/syncGroup.js';
import { heartbeatHandler } from './handlers/heartbeat.js';
import { leaveGroupHandler } from './handlers/leaveGroup.js';
import { offsetCommitHandler } from './handlers/offsetCommit.js';
import { offsetFetchHandler } from './handlers/offsetFetch.js';
import { offsetDeleteHandler } from './handlers/offsetDelete.js';
import { listGroupsHandler } from './handlers/listGroups.js';
import { describeGroupsHandler } from './handlers/describeGroups.js';
import { deleteGroupsHandler } from './handlers/deleteGroups.js';
import { consumerGroupHeartbeatHandler } from './handlers/consumerGroupHeartbeat.js';
import { consumerGroupDescribeHandler } from './handlers/consumerGroupDescribe.js';
import { startGatewayIfConfigured } from '../gateway/gateway.js';
import { GatewayProducer } from '../gateway/gatewayProducer.js';
import { BrokerMetrics } from '../metrics/brokerMetrics.js';
import { kafkaListenersBound, metadataLoaded, offsetsShardsLoaded } from '../metrics/readiness.js';
import { replicaSelector } from '../replication/replicaSelector.js';
import { ReplicationQuota, ReplicationThrottle } from '../replication/replicationQuota.js';

/** Kafka's max.incremental.fetch.session.cache.slots default. */
const FETCH_SESSION_SLOTS = 1000;
/** How many response bytes may wait in a connection's write queue before it stops reading. */
const MAX_QUEUED_RESPONSE_BYTES = 64 * 1024 * 1024;
const SHUTDOWN_DRAIN_MS = 10_000;
/** How long a request forwarded to the active controller may take, leader moves included. */
const CONTROLLER_REQUEST_TIMEOUT_MS = 30_000;
/** How long a forwarded topic change waits to show in this broker's image before it is answered anyway. */
const IMAGE_CATCH_UP_MS = 5_000;
/** How long a starting broker waits for the metadata quorum before giving up. */
const METADATA_CATCH_UP_TIMEOUT_MS = 120_000;

export interface RunningBroker {
  readonly clusterId: string;
  readonly ports: ReadonlyMap<string, number>;
  /** The gateway's bound HTTP/WebSocket ports, in gateway.listeners order; empty when it is off. */
  readonly gatewayPorts: readonly number[];
  close(): Promise<void>;
}

export async function startBroker(config: BrokerConfig, opts: { logger: Logger }): Promise<RunningBroker> {
  const logger = opts.logger;
  // A file-size limit (ulimit -f) must surface as EFBIG on the one log that hit it, which then goes
  // offline; by default SIGXFSZ would kill the whole broker.
  process.on('SIGXFSZ', () => logger.warn('received SIGXFSZ: a write exceeded the file-size limit'));
  const meta = readMetaProperties(config.metadataLogDir);
  if (!meta) throw new Error(`${config.metadataLogDir} is not formatted: run \`runnel storage format\``);
  const clusterId = meta.clusterId;
  const isBroker = config.processRoles.includes('broker');
  const isController = config.processRoles.includes('controller');

  const cache = new MetadataCache();
  const quorum = await MetadataQuorum.open(config, clusterId, cache, logger);
  if (isController && !quorum.isVoter) {
    await quorum.close();
    throw new Error(`node ${config.nodeId} has the controller role but is not one of the voters ${[...quorum.voters.keys()].join(', ')}`);
  }
  const controllerChannel = new QuorumControllerChannel({
    nodeId: config.nodeId,
    endpoints: quorum.voters,
    leaderId: () => quorum.raft.leaderId,
    requestTimeoutMs: CONTROLLER_REQUEST_TIMEOUT_MS,
    logger: logger.child({ component: 'controller-channel' }),
  });
  const controllerListenerName = config.controllerListenerNames[0] ?? 'CONTROLLER';
  // The leader answers from its own state; any other node asks the leader.
  const describeQuorum = async (): Promise<DescribeQuorumResponse> =>
    quorum.raft.stateName === 'leader'
      ? quorum.describeQuorum(controllerListenerName)
      : controllerChannel.send(DescribeQuorum, { topics: [{ topicName: CLUSTER_METADATA_TOPIC, partitions: [{ partitionIndex: 0 }] }] });

  let controller: RunningController | null = null;
  if (isController) controller = await startController(config, { clusterId, cache, quorum, describeQuorum, logger });
  await quorum.start();
  logger.info({ nodeId: config.nodeId, roles: config.processRoles, voters: [...quorum.voters.keys()] }, 'metadata quorum started');

  let broker: Omit<RunningBroker, 'clusterId'> | null = null;
  try {
    if (isBroker) broker = await startBrokerRole(config, { clusterId, cache, quorum, controllerChannel, describeQuorum, logger });
  } catch (err) {
    // Whatever started must stop, or its timers and sockets would keep a failed node alive.
    await controller?.close();
    controllerChannel.close();
    await quorum.close();
    throw err;
  }

  let closing: Promise<void> | null = null;
  return {
    clusterId,
    ports: new Map([...(broker?.ports ?? []), ...(controller?.ports ?? [])]),
    gatewayPorts: broker?.gatewayPorts ?? [],
    close() {
      closing ??= (async () => {
        await broker?.close();
        await controller?.close();
        controllerChannel.close();
        await quorum.close();
      })();
      return closing;
    },
  };
}

interface BrokerRoleDeps {
  clusterId: string;
  cache: MetadataCache;
  quorum: MetadataQuorum;
  controllerChannel: QuorumControllerChannel;
  describeQuorum: () => Promise<DescribeQuorumResponse>;
  logger: Logger;
}

/** The broker role (Kafka's BrokerServer): catches up, registers, then serves clients once unfenced. */
async function startBrokerRole(config: BrokerConfig, deps: BrokerRoleDeps): Promise<Omit<RunningBroker, 'clusterId'>> {
  const { clusterId, cache, quorum, controllerChannel, logger } = deps;
  await quorum.waitForCatchUp(METADATA_CATCH_UP_TIMEOUT_MS);
  logger.info({ offset: cache.image.offset, topics: cache.image.topicsByName.size }, 'metadata loaded');

  const topicCreator = new ForwardedTopicCreator(controllerChannel, CONTROLLER_REQUEST_TIMEOUT_MS);
  // Reassignment throttles read the rates and throttled-replica lists from the latest image, so
  // kafka-configs style changes apply without a restart.
  const replicationThrottle = (side: 'leader' | 'follower'): ReplicationThrottle => {
    const broker = () => dynamicBrokerConfig(config, cache.image);
    const rate = () => (side === 'leader' ? broker().leaderReplicationThrottledRate : broker().followerReplicationThrottledRate);
    const quota = new ReplicationQuota(config.replicationQuotaWindowSizeSeconds * 1000, config.replicationQuotaWindowNum, rate);
    return new ReplicationThrottle(
      quota,
      (topic) => {
        const topicConfig = topicLogConfig(config, cache.image, topic);
        return side === 'leader' ? topicConfig.leaderReplicationThrottledReplicas : topicConfig.followerReplicationThrottledReplicas;
      },
      config.nodeId,
    );
  };
  const replicaManager = new ReplicaManager(config.nodeId, (topic, image) => topicLogConfig(config, image, topic), logger.child({ component: 'replica-manager' }), {
    lagTimeMaxMs: config.replicaLagTimeMaxMs,
    replicaSelector: replicaSelector(config.replicaSelectorClass),
    leaderThrottle: replicationThrottle('leader'),
  });
  const logManager = await LogManager.open(config, logger.child({ component: 'log-manager' }), { producerStateFor: replicaManager.producerStateFor });
  replicaManager.attachLogManager(logManager);
  cache.subscribe((image) => replicaManager.applyImage(image));
  await replicaManager.applyImage(cache.image);
  const groupCoordinator = new GroupCoordinator(
    {
      nodeId: config.nodeId,
      offsetsTopicPartitions: config.offsetsTopicNumPartitions,
      offsetsTopicReplicationFactor: config.offsetsTopicReplicationFactor,
      offsetsTopicSegmentBytes: config.offsetsTopicSegmentBytes,
      offsetsCommitTimeoutMs: config.offsetsCommitTimeoutMs,
      retentionCheckIntervalMs: config.offsetsRetentionCheckIntervalMs,
      retentionMs: config.offsetsRetentionMs,
      maxMetadataBytes: config.offsetMetadataMaxBytes,
      minSessionTimeoutMs: config.groupMinSessionTimeoutMs,
      maxSessionTimeoutMs: config.groupMaxSessionTimeoutMs,
      initialRebalanceDelayMs: config.groupInitialRebalanceDelayMs,
      maxSize: config.groupMaxSize,
      consumerSessionTimeoutMs: config.groupConsumerSessionTimeoutMs,
      consumerHeartbeatIntervalMs: config.groupConsumerHeartbeatIntervalMs,
      consumerMaxSize: config.groupConsumerMaxSize,
      consumerAssignors: config.groupConsumerAssignors,
    },
    replicaManager,
    topicCreator,
    () => cache.image,
    logger.child({ component: 'group-coordinator' }),
  );
  // After the replica manager, so the offsets partitions' logs exist when a shard loads.
  cache.subscribe((image) => groupCoordinator.onImage(image));
  groupCoordinator.onImage(cache.image);

  const lifecycle = new BrokerLifecycleManager({
    channel: controllerChannel,
    nodeId: config.nodeId,
    clusterId,
    listeners: config.advertisedListeners,
    rack: config.brokerRack,
    heartbeatIntervalMs: config.brokerHeartbeatIntervalMs,
    currentMetadataOffset: () => cache.image.offset,
    logger: logger.child({ component: 'broker-lifecycle' }),
  });
  await lifecycle.start();
  // Registered, so the leaders can be told this broker's epoch: followers start fetching.
  const replicationLogger = logger.child({ component: 'replication' });
  replicaManager.startReplication(
    alterPartitionSender(controllerChannel, config.nodeId, () => lifecycle.brokerEpoch, () => cache.image, replicationLogger),
    new ReplicaFetcherManager(
      {
        localId: config.nodeId,
        brokerEpoch: () => lifecycle.brokerEpoch,
        maxWaitMs: config.replicaFetchWaitMaxMs,
        minBytes: config.replicaFetchMinBytes,
        maxBytes: config.replicaFetchResponseMaxBytes,
        partitionMaxBytes: config.replicaFetchMaxBytes,
        backoffMs: config.replicaFetchBackoffMs,
        requestTimeoutMs: config.replicaSocketTimeoutMs,
        throttle: replicationThrottle('follower'),
        logger: replicationLogger,
      },
      config.interBrokerListenerName,
      (p) => replicaManager.hostedPartition(p.topic, p.partition) === p,
    ),
  );
  await replicaManager.applyImage(cache.image);
  await lifecycle.waitUntilUnfenced();
  // The controller has committed the unfencing; serve only once this node's own image shows it,
  // or its Metadata answers would leave itself out.
  await waitForImage(cache, (image) => image.brokers.get(config.nodeId)?.fenced === false, METADATA_CATCH_UP_TIMEOUT_MS);
  logger.info({ brokerEpoch: String(lifecycle.brokerEpoch) }, 'registered with the controller and unfenced');

  const producerIds = new ProducerIdManager(async () => {
    const response = await controllerChannel.send(AllocateProducerIds, { brokerId: config.nodeId, brokerEpoch: lifecycle.brokerEpoch });
    if (response.errorCode !== 0) throw new KafkaError(response.errorCode, `the controller allocated no producer ids`);
    return { start: Number(response.producerIdStart), length: response.producerIdLen };
  });

  const metrics = new BrokerMetrics({ image: () => cache.image, partitions: replicaManager, groups: groupCoordinator });
  const dispatcher = new RequestDispatcher(cache, logger.child({ component: 'requests' }), metrics.requests);
  const autoCreate = async (names: string[]): Promise<void> => {
    const results = await topicCreator.createTopics(names.map((name) => ({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: new Map() })), false);
    for (const r of results) if (r.errorCode === 0) logger.info({ topic: r.name }, 'auto-created topic');
  };
  dispatcher.register(apiVersionsHandler(() => dispatcher.supportedApis()));
  dispatcher.register(
    metadataHandler({
      clusterId,
      controllerId: config.nodeId,
      autoCreateTopicsEnable: config.autoCreateTopicsEnable,
      autoCreateTopics: autoCreate,
      currentImage: () => cache.image,
    }),
  );
  dispatcher.register(produceHandler(replicaManager, () => cache.image));
  dispatcher.register(fetchHandler(replicaManager, new FetchSessionCache(FETCH_SESSION_SLOTS), () => cache.image));
  dispatcher.register(listOffsetsHandler(replicaManager));
  dispatcher.register(offsetForLeaderEpochHandler(replicaManager));
  // A client that created a topic asks this broker for it next: answer once the image shows it.
  dispatcher.register(
    forwardingHandler(CreateTopics, controllerChannel, createTopicsErrorResponse, (res) =>
      waitForImage(cache, (image) => res.topics.every((x) => x.errorCode !== 0 || image.topicsByName.has(x.name)), IMAGE_CATCH_UP_MS),
    ),
  );
  dispatcher.register(
    forwardingHandler(DeleteTopics, controllerChannel, deleteTopicsErrorResponse, (res) =>
      waitForImage(cache, (image) => res.responses.every((x) => x.errorCode !== 0 || x.name === null || !image.topicsByName.has(x.name)), IMAGE_CATCH_UP_MS),
    ),
  );
  dispatcher.register(forwardingHandler(CreatePartitions, controllerChannel, createPartitionsErrorResponse));
  dispatcher.register(forwardingHandler(AlterPartitionReassignments, controllerChannel, alterPartitionReassignmentsErrorResponse));
  dispatcher.register(forwardingHandler(ElectLeaders, controllerChannel, electLeadersErrorResponse));
  dispatcher.register(forwardingHandler(ListPartitionReassignments, controllerChannel, listPartitionReassignmentsErrorResponse));
  dispatcher.register(brokerConfigForwardingHandler(AlterConfigs, controllerChannel, alterConfigsErrorResponse, config.nodeId));
  dispatcher.register(brokerConfigForwardingHandler(IncrementalAlterConfigs, controllerChannel, incrementalAlterConfigsErrorResponse, config.nodeId));
  dispatcher.register(describeQuorumHandler(deps.describeQuorum));
  dispatcher.register(findCoordinatorHandler(groupCoordinator));
  dispatcher.register(joinGroupHandler(groupCoordinator));
  dispatcher.register(syncGroupHandler(groupCoordinator));
  dispatcher.register(heartbeatHandler(groupCoordinator));
  dispatcher.register(leaveGroupHandler(groupCoordinator));
  dispatcher.register(offsetCommitHandler(groupCoordinator));
  dispatcher.register(offsetFetchHandler(groupCoordinator));
  dispatcher.register(offsetDeleteHandler(groupCoordinator));
  dispatcher.register(listGroupsHandler(groupCoordinator));
  dispatcher.register(describeGroupsHandler(groupCoordinator));
  dispatcher.register(deleteGroupsHandler(groupCoordinator));
  dispatcher.register(consumerGroupHeartbeatHandler(groupCoordinator));
  dispatcher.register(consumerGroupDescribeHandler(groupCoordinator));
  dispatcher.register(initProducerIdHandler(producerIds, logger.child({ component: 'txn' })));
  // Config changes are forwarded to the active controller; this service only describes.
  const configService = new ConfigService(config, null, () => cache.image);
  dispatcher.register(describeConfigsHandler(configService));
  dispatcher.register(describeClusterHandler({ clusterId, controllerId: config.nodeId }));
  dispatcher.register(describeLogDirsHandler({ logDirs: config.logDirs, allLogs: () => logManager.allLogs(), logger: logger.child({ component: 'log-dirs' }) }));
  dispatcher.register(
    deleteRecordsHandler({
      replicaManager,
      configFor: (topic, image) => topicLogConfig(config, image, topic),
      logger: logger.child({ component: 'replica-manager' }),
    }),
  );

  const socketServer = new SocketServer(
    dispatcher,
    {
      maxFrameBytes: config.socketRequestMaxBytes,
      queuedMaxRequests: config.queuedMaxRequests,
      maxQueuedResponseBytes: MAX_QUEUED_RESPONSE_BYTES,
      idleTimeoutMs: config.connectionsMaxIdleMs,
    },
    logger.child({ component: 'network' }),
    metrics,
  );
  metrics.readiness.add(metadataLoaded(config.nodeId, () => cache.image));
  metrics.readiness.add(kafkaListenersBound(socketServer));
  metrics.readiness.add(offsetsShardsLoaded(groupCoordinator));
  // Before the Kafka listeners: a client that got a Kafka answer finds the gateway up too.
  const gateway = await startGatewayIfConfigured({
    config,
    replicaManager,
    groupCoordinator,
    configService,
    producer: new GatewayProducer(replicaManager, () => cache.image, (topic, bytes, records) => metrics.traffic.appended(topic, bytes, records)),
    image: () => cache.image,
    metrics,
    logger: logger.child({ component: 'gateway' }),
  });
  const clientListeners = config.listeners.filter((l) => !config.controllerListenerNames.includes(l.name));
  const bound = await socketServer.listen(clientListeners);
  logger.info({ clusterId, nodeId: config.nodeId, listeners: bound.map((b) => `${b.name}://${b.host}:${b.boundPort}`) }, 'Runnel broker started');

  return {
    ports: new Map(bound.map((b) => [b.name, b.boundPort])),
    gatewayPorts: gateway?.ports ?? [],
    async close() {
      await gateway?.close();
      await socketServer.close(SHUTDOWN_DRAIN_MS);
      // Still registered while leaving: the controller moves leadership away first.
      await lifecycle.controlledShutdown();
      lifecycle.close();
      groupCoordinator.close();
      replicaManager.close();
      await logManager.close();
    },
  };
}

/** Resolves once the cache's image satisfies `done`, or after `timeoutMs` (the caller answers anyway). */
async function waitForImage(cache: MetadataCache, done: (image: MetadataImage) => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done(cache.image) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}
