// Assembles a broker+controller node: storage, the metadata log and image, the quorum controller,
// the replica manager, the request handlers and the Kafka listeners; and takes them down in order.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/brokerConfig.js';
import { readMetaProperties } from '../config/metaProperties.js';
import { SocketServer } from '../net/socketServer.js';
import { MetadataCache } from '../metadata/metadataCache.js';
import { ClusterMetadataLog } from '../metadata/clusterMetadataLog.js';
import type { MetadataRecord } from '../metadata/metadataRecord.js';
import { QuorumController } from '../controller/quorumController.js';
import { LogManager } from '../storage/logManager.js';
import { ReplicaManager } from '../log/replicaManager.js';
import { FetchSessionCache } from '../log/fetchSessionCache.js';
import { ProducerIdManager } from '../txn/producerIdManager.js';
import { RequestDispatcher } from './requestDispatcher.js';
import { topicLogConfig, validateTopicConfigOverrides } from './topicConfigs.js';
import { apiVersionsHandler } from './handlers/apiVersions.js';
import { metadataHandler } from './handlers/metadata.js';
import { produceHandler } from './handlers/produce.js';
import { fetchHandler } from './handlers/fetch.js';
import { listOffsetsHandler } from './handlers/listOffsets.js';
import { createTopicsHandler } from './handlers/createTopics.js';
import { deleteTopicsHandler } from './handlers/deleteTopics.js';
import { initProducerIdHandler } from './handlers/initProducerId.js';
import { findCoordinatorHandler } from './handlers/findCoordinator.js';
import { ConfigService } from './configService.js';
import { describeConfigsHandler } from './handlers/describeConfigs.js';
import { alterConfigsHandler } from './handlers/alterConfigs.js';
import { incrementalAlterConfigsHandler } from './handlers/incrementalAlterConfigs.js';
import { createPartitionsHandler } from './handlers/createPartitions.js';
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

/** Kafka's max.incremental.fetch.session.cache.slots default. */
const FETCH_SESSION_SLOTS = 1000;
/** How many response bytes may wait in a connection's write queue before it stops reading. */
const MAX_QUEUED_RESPONSE_BYTES = 64 * 1024 * 1024;
const SHUTDOWN_DRAIN_MS = 10_000;

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

  const metadataLog = ClusterMetadataLog.open(config.metadataLogDir, logger.child({ component: 'metadata-log' }));
  const cache = new MetadataCache();
  await cache.publish([...metadataLog.replay()]);
  logger.info({ offset: cache.image.offset, topics: cache.image.topicsByName.size }, 'metadata loaded');

  const controller = new QuorumController(
    cache,
    metadataLog,
    { numPartitions: config.numPartitions, defaultReplicationFactor: config.defaultReplicationFactor, deleteTopicEnable: config.deleteTopicEnable },
    validateTopicConfigOverrides,
    logger.child({ component: 'controller' }),
  );

  const replicaManager = new ReplicaManager(config.nodeId, (topic, image) => topicLogConfig(config, image, topic), logger.child({ component: 'replica-manager' }));
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
    controller,
    () => cache.image,
    logger.child({ component: 'group-coordinator' }),
  );
  // After the replica manager, so the offsets partitions' logs exist when a shard loads.
  cache.subscribe((image) => groupCoordinator.onImage(image));
  groupCoordinator.onImage(cache.image);

  await controller.commitRecords(registrationRecords(config, cache.image.features.has('metadata.version')));

  const producerIds = new ProducerIdManager({
    nextProducerId: Number(cache.image.nextProducerId),
    persist: (next) => controller.commitRecords([{ kind: 'ProducerIdsRecord', data: { brokerId: config.nodeId, brokerEpoch: -1n, nextProducerId: BigInt(next) } }]),
  });

  const metrics = new BrokerMetrics({ image: () => cache.image, partitions: replicaManager, groups: groupCoordinator });
  const dispatcher = new RequestDispatcher(cache, logger.child({ component: 'requests' }), metrics.requests);
  const autoCreate = async (names: string[]): Promise<void> => {
    const results = await controller.createTopics(names.map((name) => ({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: new Map() })), false);
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
  dispatcher.register(produceHandler(replicaManager));
  dispatcher.register(fetchHandler(replicaManager, new FetchSessionCache(FETCH_SESSION_SLOTS)));
  dispatcher.register(listOffsetsHandler(replicaManager));
  dispatcher.register(createTopicsHandler(controller));
  dispatcher.register(deleteTopicsHandler(controller));
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
  const configService = new ConfigService(config, controller, () => cache.image);
  dispatcher.register(describeConfigsHandler(configService));
  dispatcher.register(alterConfigsHandler(configService));
  dispatcher.register(incrementalAlterConfigsHandler(configService));
  dispatcher.register(createPartitionsHandler(controller));
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

  let closing: Promise<void> | null = null;
  return {
    clusterId,
    ports: new Map(bound.map((b) => [b.name, b.boundPort])),
    gatewayPorts: gateway?.ports ?? [],
    close() {
      closing ??= (async () => {
        await gateway?.close();
        await socketServer.close(SHUTDOWN_DRAIN_MS);
        groupCoordinator.close();
        replicaManager.close();
        await logManager.close();
        await metadataLog.close();
      })();
      return closing;
    },
  };
}

/** This node's registration (unfenced at once: a single node has caught up by definition). */
function registrationRecords(config: BrokerConfig, bootstrapped: boolean): MetadataRecord[] {
  const records: MetadataRecord[] = [];
  if (!bootstrapped) records.push({ kind: 'FeatureLevelRecord', data: { name: 'metadata.version', featureLevel: 22 } });
  const securityProtocolIds: Record<string, number> = { PLAINTEXT: 0, SSL: 1, SASL_PLAINTEXT: 2, SASL_SSL: 3 };
  records.push({
    kind: 'RegisterBrokerRecord',
    data: {
      brokerId: config.nodeId,
      isMigratingZkBroker: false,
      incarnationId: randomBytes(16).toString('base64url'),
      brokerEpoch: BigInt(Date.now()),
      endPoints: config.advertisedListeners.map((l) => ({ name: l.name, host: l.host, port: l.port, securityProtocol: securityProtocolIds[l.securityProtocol] })),
      features: [],
      rack: config.brokerRack,
      fenced: false,
      inControlledShutdown: false,
      logDirs: [],
    },
  });
  return records;
}
