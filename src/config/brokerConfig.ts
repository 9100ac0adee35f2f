/**
 * The broker's effective configuration: server.properties plus `--override`s, validated key by
 * key against the definition table and then across keys (listeners, roles, quorum) the way
 * Kafka's KafkaConfig does, with dynamic (IncrementalAlterConfigs) values layered on top.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ConfigError } from './configError.js';
import { closestKey, defaultValue, parseValue, type ConfigValue } from './configDef.js';
import { BROKER_CONFIG_DEF_MAP } from './brokerConfigDefs.js';
import { parseProperties } from './properties.js';
import {
  parseHostPort,
  parseListeners,
  parseQuorumVoters,
  parseSecurityProtocolMap,
  SECURITY_PROTOCOLS,
  type HostPort,
  type Listener,
  type QuorumVoter,
  type SecurityProtocol,
} from './listeners.js';

/** A statically configured value and where it came from, for error messages. */
export interface StaticValue {
  readonly value: string;
  /** e.g. "server.properties:12" or "--override". */
  readonly where: string;
}

/** The layers Kafka resolves a broker key through, highest priority first after the per-broker layer. */
export interface BrokerConfigLayers {
  readonly static: ReadonlyMap<string, StaticValue>;
  /** Dynamic values set for the whole cluster (ConfigResource broker with an empty name). */
  readonly dynamicDefault: ReadonlyMap<string, string>;
  /** Dynamic values set for this broker. */
  readonly dynamicBroker: ReadonlyMap<string, string>;
}

export type ProcessRole = 'broker' | 'controller';

export class BrokerConfig {
  readonly layers: BrokerConfigLayers;
  private readonly values: ReadonlyMap<string, ConfigValue>;

  readonly nodeId: number;
  readonly processRoles: readonly ProcessRole[];
  readonly listenerSecurityProtocolMap: ReadonlyMap<string, SecurityProtocol>;
  readonly listeners: readonly Listener[];
  /** What brokers publish in Metadata: advertised.listeners (or listeners) minus controller listeners. */
  readonly advertisedListeners: readonly Listener[];
  readonly controllerListenerNames: readonly string[];
  /** Null when the process is a controller only. */
  readonly interBrokerListenerName: string | null;
  readonly logDirs: readonly string[];
  readonly metadataLogDir: string;
  readonly quorumVoters: readonly QuorumVoter[];
  readonly quorumBootstrapServers: readonly HostPort[];
  readonly gatewayListeners: readonly HostPort[];
  readonly brokerRack: string | null;
  /** replica.selector.class: null leaves consumers on the leader. */
  readonly replicaSelectorClass: string | null;
  readonly autoFormat: boolean;

  readonly numPartitions: number;
  readonly defaultReplicationFactor: number;
  /** From log.retention.ms > minutes > hours; -1 means keep forever. */
  readonly logRetentionMs: number;
  readonly logRetentionBytes: number;
  readonly logRetentionCheckIntervalMs: number;
  readonly logSegmentBytes: number;
  /** From log.roll.ms > log.roll.hours. */
  readonly logRollMs: number;
  readonly logIndexIntervalBytes: number;
  readonly logIndexSizeMaxBytes: number;
  readonly logFlushIntervalMessages: number;
  /** From log.flush.interval.ms > log.flush.scheduler.interval.ms. */
  readonly logFlushIntervalMs: number;
  readonly messageMaxBytes: number;
  readonly logMessageTimestampType: 'CreateTime' | 'LogAppendTime';
  readonly compressionType: string;
  readonly minInsyncReplicas: number;
  readonly uncleanLeaderElectionEnable: boolean;
  readonly autoCreateTopicsEnable: boolean;
  readonly deleteTopicEnable: boolean;
  readonly offsetsTopicNumPartitions: number;
  readonly offsetsTopicReplicationFactor: number;
  readonly offsetsCommitTimeoutMs: number;
  readonly offsetsRetentionMs: number;
  readonly offsetsRetentionCheckIntervalMs: number;
  readonly offsetsTopicSegmentBytes: number;
  readonly offsetMetadataMaxBytes: number;
  readonly groupInitialRebalanceDelayMs: number;
  readonly groupMinSessionTimeoutMs: number;
  readonly groupMaxSessionTimeoutMs: number;
  readonly groupMaxSize: number;
  readonly groupConsumerSessionTimeoutMs: number;
  readonly groupConsumerHeartbeatIntervalMs: number;
  readonly groupConsumerMaxSize: number;
  readonly groupConsumerAssignors: readonly string[];
  readonly transactionStateLogNumPartitions: number;
  readonly transactionStateLogReplicationFactor: number;
  readonly transactionStateLogMinIsr: number;
  readonly transactionStateLogSegmentBytes: number;
  readonly transactionMaxTimeoutMs: number;
  readonly transactionalIdExpirationMs: number;
  readonly socketRequestMaxBytes: number;
  readonly socketSendBufferBytes: number;
  readonly socketReceiveBufferBytes: number;
  readonly queuedMaxRequests: number;
  readonly connectionsMaxIdleMs: number;
  readonly replicaLagTimeMaxMs: number;
  readonly replicaHighWatermarkCheckpointIntervalMs: number;
  /** leader.replication.throttled.rate / follower.replication.throttled.rate (bytes per second). */
  readonly leaderReplicationThrottledRate: number;
  readonly followerReplicationThrottledRate: number;
  readonly replicationQuotaWindowNum: number;
  readonly replicationQuotaWindowSizeSeconds: number;
  readonly autoLeaderRebalanceEnable: boolean;
  readonly leaderImbalanceCheckIntervalSeconds: number;
  readonly leaderImbalancePerBrokerPercentage: number;
  readonly replicaFetchWaitMaxMs: number;
  readonly replicaFetchMinBytes: number;
  readonly replicaFetchMaxBytes: number;
  readonly replicaFetchResponseMaxBytes: number;
  readonly replicaFetchBackoffMs: number;
  readonly replicaSocketTimeoutMs: number;
  readonly quorumElectionTimeoutMs: number;
  readonly quorumFetchTimeoutMs: number;
  readonly quorumElectionBackoffMaxMs: number;
  readonly quorumRequestTimeoutMs: number;
  readonly quorumRetryBackoffMs: number;
  readonly metadataSnapshotIntervalBytes: number;
  readonly brokerHeartbeatIntervalMs: number;
  readonly brokerSessionTimeoutMs: number;
  readonly gatewayMaxMessageBytes: number;
  readonly gatewaySocketMaxBufferedBytes: number;
  readonly gatewayFetchMaxBytes: number;
  readonly gatewayFanoutCacheBytes: number;
  readonly gatewayConsumerInstanceTimeoutMs: number;

  /** Use `buildBrokerConfig`, which validates; this constructor trusts already-checked values. */
  private constructor(layers: BrokerConfigLayers, values: ReadonlyMap<string, ConfigValue>, derived: Derived) {
    this.layers = layers;
    this.values = values;
    const n = (k: string): number => values.get(k) as number;
    const b = (k: string): boolean => values.get(k) as boolean;
    this.nodeId = n('node.id');
    this.processRoles = values.get('process.roles') as ProcessRole[];
    this.controllerListenerNames = (values.get('controller.listener.names') as string[] | null) ?? [];
    const explicitLogDirs = values.get('log.dirs') as string[] | null;
    this.logDirs = explicitLogDirs !== null && explicitLogDirs.length > 0 ? explicitLogDirs : [values.get('log.dir') as string];
    this.metadataLogDir = (values.get('metadata.log.dir') as string | null) || this.logDirs[0]!;
    this.brokerRack = (values.get('broker.rack') as string | null) || null;
    this.replicaSelectorClass = (values.get('replica.selector.class') as string | null) || null;
    this.autoFormat = b('runnel.auto.format');
    const retentionMs = values.get('log.retention.ms') as number | null;
    const retentionMinutes = values.get('log.retention.minutes') as number | null;
    const retention = retentionMs ?? (retentionMinutes !== null ? retentionMinutes * 60_000 : n('log.retention.hours') * 3_600_000);
    this.logRetentionMs = retention < 0 ? -1 : retention;
    this.logRetentionBytes = n('log.retention.bytes');
    this.logRetentionCheckIntervalMs = n('log.retention.check.interval.ms');
    this.logSegmentBytes = n('log.segment.bytes');
    this.logRollMs = (values.get('log.roll.ms') as number | null) ?? n('log.roll.hours') * 3_600_000;
    this.logIndexIntervalBytes = n('log.index.interval.bytes');
    this.logIndexSizeMaxBytes = n('log.index.size.max.bytes');
    this.logFlushIntervalMessages = n('log.flush.interval.messages');
    this.logFlushIntervalMs = (values.get('log.flush.interval.ms') as number | null) ?? n('log.flush.scheduler.interval.ms');
    this.numPartitions = n('num.partitions');
    this.defaultReplicationFactor = n('default.replication.factor');
    this.messageMaxBytes = n('message.max.bytes');
    this.logMessageTimestampType = values.get('log.message.timestamp.type') as 'CreateTime' | 'LogAppendTime';
    this.compressionType = values.get('compression.type') as string;
    this.minInsyncReplicas = n('min.insync.replicas');
    this.uncleanLeaderElectionEnable = b('unclean.leader.election.enable');
    this.autoLeaderRebalanceEnable = b('auto.leader.rebalance.enable');
    this.leaderImbalanceCheckIntervalSeconds = n('leader.imbalance.check.interval.seconds');
    this.leaderImbalancePerBrokerPercentage = n('leader.imbalance.per.broker.percentage');
    this.autoCreateTopicsEnable = b('auto.create.topics.enable');
    this.deleteTopicEnable = b('delete.topic.enable');
    this.offsetsTopicNumPartitions = n('offsets.topic.num.partitions');
    this.offsetsTopicReplicationFactor = n('offsets.topic.replication.factor');
    this.offsetsCommitTimeoutMs = n('offsets.commit.timeout.ms');
    this.offsetsRetentionMs = n('offsets.retention.minutes') * 60_000;
    this.offsetsRetentionCheckIntervalMs = n('offsets.retention.check.interval.ms');
    this.offsetsTopicSegmentBytes = n('offsets.topic.segment.bytes');
    this.offsetMetadataMaxBytes = n('offset.metadata.max.bytes');
    this.groupInitialRebalanceDelayMs = n('group.initial.rebalance.delay.ms');
    this.groupMinSessionTimeoutMs = n('group.min.session.timeout.ms');
    this.groupMaxSessionTimeoutMs = n('group.max.session.timeout.ms');
    this.groupMaxSize = n('group.max.size');
    this.groupConsumerSessionTimeoutMs = n('group.consumer.session.timeout.ms');
    this.groupConsumerHeartbeatIntervalMs = n('group.consumer.heartbeat.interval.ms');
    this.groupConsumerMaxSize = n('group.consumer.max.size');
    this.groupConsumerAssignors = values.get('group.consumer.assignors') as string[];
    this.transactionStateLogNumPartitions = n('transaction.state.log.num.partitions');
    this.transactionStateLogReplicationFactor = n('transaction.state.log.replication.factor');
    this.transactionStateLogMinIsr = n('transaction.state.log.min.isr');
    this.transactionStateLogSegmentBytes = n('transaction.state.log.segment.bytes');
    this.transactionMaxTimeoutMs = n('transaction.max.timeout.ms');
    this.transactionalIdExpirationMs = n('transactional.id.expiration.ms');
    this.socketRequestMaxBytes = n('socket.request.max.bytes');
    this.socketSendBufferBytes = n('socket.send.buffer.bytes');
    this.socketReceiveBufferBytes = n('socket.receive.buffer.bytes');
    this.queuedMaxRequests = n('queued.max.requests');
    this.connectionsMaxIdleMs = n('connections.max.idle.ms');
    this.replicaLagTimeMaxMs = n('replica.lag.time.max.ms');
    this.replicaHighWatermarkCheckpointIntervalMs = n('replica.high.watermark.checkpoint.interval.ms');
    this.leaderReplicationThrottledRate = n('leader.replication.throttled.rate');
    this.followerReplicationThrottledRate = n('follower.replication.throttled.rate');
    this.replicationQuotaWindowNum = n('replication.quota.window.num');
    this.replicationQuotaWindowSizeSeconds = n('replication.quota.window.size.seconds');
    this.replicaFetchWaitMaxMs = n('replica.fetch.wait.max.ms');
    this.replicaFetchMinBytes = n('replica.fetch.min.bytes');
    this.replicaFetchMaxBytes = n('replica.fetch.max.bytes');
    this.replicaFetchResponseMaxBytes = n('replica.fetch.response.max.bytes');
    this.replicaFetchBackoffMs = n('replica.fetch.backoff.ms');
    this.replicaSocketTimeoutMs = n('replica.socket.timeout.ms');
    this.quorumElectionTimeoutMs = n('controller.quorum.election.timeout.ms');
    this.quorumFetchTimeoutMs = n('controller.quorum.fetch.timeout.ms');
    this.quorumElectionBackoffMaxMs = n('controller.quorum.election.backoff.max.ms');
    this.quorumRequestTimeoutMs = n('controller.quorum.request.timeout.ms');
    this.quorumRetryBackoffMs = n('controller.quorum.retry.backoff.ms');
    this.metadataSnapshotIntervalBytes = n('metadata.log.max.record.bytes.between.snapshots');
    this.brokerHeartbeatIntervalMs = n('broker.heartbeat.interval.ms');
    this.brokerSessionTimeoutMs = n('broker.session.timeout.ms');
    this.gatewayMaxMessageBytes = n('gateway.max.message.bytes');
    this.gatewaySocketMaxBufferedBytes = n('gateway.socket.max.buffered.bytes');
    this.gatewayFetchMaxBytes = n('gateway.fetch.max.bytes');
    this.gatewayFanoutCacheBytes = n('gateway.fanout.cache.bytes');
    this.gatewayConsumerInstanceTimeoutMs = n('gateway.consumer.instance.timeout.ms');
    this.listenerSecurityProtocolMap = derived.listenerSecurityProtocolMap;
    this.listeners = derived.listeners;
    this.advertisedListeners = derived.advertisedListeners;
    this.interBrokerListenerName = derived.interBrokerListenerName;
    this.quorumVoters = derived.quorumVoters;
    this.quorumBootstrapServers = derived.quorumBootstrapServers;
    this.gatewayListeners = derived.gatewayListeners;
  }

  /** The typed effective value of a known key (default applied); throws for an unknown key. */
  get(name: string): ConfigValue {
    if (!this.values.has(name)) throw new Error(`unknown broker config ${name}`);
    return this.values.get(name)!;
  }

  /** The effective value as text, the way DescribeConfigs reports it; null when unset with no default. */
  raw(name: string): string | null {
    const def = BROKER_CONFIG_DEF_MAP.get(name);
    if (def === undefined) throw new Error(`unknown broker config ${name}`);
    return this.layers.dynamicBroker.get(name) ?? this.layers.dynamicDefault.get(name) ?? this.layers.static.get(name)?.value ?? def.default;
  }

  /** Statically set keys Runnel does not know (plugins' keys, typos), kept for describe and warnings. */
  unknownStaticKeys(): string[] {
    return [...this.layers.static.keys()].filter((k) => !BROKER_CONFIG_DEF_MAP.has(k));
  }

  /** A new config with these dynamic layers; throws ConfigError when the result is invalid. */
  withDynamic(dynamicDefault: ReadonlyMap<string, string>, dynamicBroker: ReadonlyMap<string, string>): BrokerConfig {
    const { config, problems } = buildBrokerConfig({ static: this.layers.static, dynamicDefault, dynamicBroker });
    if (config === undefined) throw new ConfigError(problems);
    return config;
  }

  /** @internal used by buildBrokerConfig only. */
  static create(layers: BrokerConfigLayers, values: ReadonlyMap<string, ConfigValue>, derived: Derived): BrokerConfig {
    return new BrokerConfig(layers, values, derived);
  }
}

interface Derived {
  readonly listenerSecurityProtocolMap: ReadonlyMap<string, SecurityProtocol>;
  readonly listeners: readonly Listener[];
  readonly advertisedListeners: readonly Listener[];
  readonly interBrokerListenerName: string | null;
  readonly quorumVoters: readonly QuorumVoter[];
  readonly quorumBootstrapServers: readonly HostPort[];
  readonly gatewayListeners: readonly HostPort[];
}

export interface BuildResult {
  readonly config: BrokerConfig | undefined;
  readonly problems: string[];
  readonly warnings: string[];
}

/** Validates every layer and the cross-key rules; `config` is undefined when there are problems. */
export function buildBrokerConfig(layers: BrokerConfigLayers): BuildResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const values = new Map<string, ConfigValue>();
  const whereOf = new Map<string, string>();

  for (const [name, { where }] of layers.static) {
    if (BROKER_CONFIG_DEF_MAP.has(name)) continue;
    if (name === 'cluster.id') {
      warnings.push(`cluster.id is not a broker configuration and is ignored (${where}): the cluster id lives in meta.properties, written by 'runnel storage format'`);
      continue;
    }
    const near = closestKey(name, BROKER_CONFIG_DEF_MAP.keys());
    warnings.push(`unknown configuration '${name}' is ignored (${where})${near !== undefined ? `; did you mean '${near}'?` : ''}`);
  }

  for (const def of BROKER_CONFIG_DEF_MAP.values()) {
    const dyn = layers.dynamicBroker.get(def.name) ?? layers.dynamicDefault.get(def.name);
    const stat = layers.static.get(def.name);
    const raw = dyn ?? stat?.value;
    const where = dyn !== undefined ? 'dynamic config' : stat?.where;
    if (raw === undefined) {
      values.set(def.name, defaultValue(def));
      continue;
    }
    whereOf.set(def.name, where!);
    const parsed = parseValue(def, raw, where);
    if (parsed.ok) values.set(def.name, parsed.value);
    else problems.push(parsed.problem);
  }
  const at = (name: string): string => (whereOf.has(name) ? ` (${whereOf.get(name)})` : '');

  if (values.get('node.id') === null) problems.push('node.id: missing required configuration (it has no default)');
  if (values.get('process.roles') === null) {
    problems.push("process.roles: missing required configuration: set 'broker', 'controller' or 'broker,controller'");
  }
  if (problems.length > 0) return { config: undefined, problems, warnings };

  const roles = values.get('process.roles') as ProcessRole[];
  const isBroker = roles.includes('broker');
  const isController = roles.includes('controller');
  const controllerNames = ((values.get('controller.listener.names') as string[] | null) ?? []).map((s) => s.toUpperCase());

  // Kafka maps controller listeners to PLAINTEXT when the map was left at its default.
  const explicitMap = layers.static.has('listener.security.protocol.map');
  const mapResult = parseSecurityProtocolMap(values.get('listener.security.protocol.map') as string[]);
  let protocolMap = new Map<string, SecurityProtocol>();
  if (!mapResult.ok) problems.push(`listener.security.protocol.map: ${mapResult.problem}${at('listener.security.protocol.map')}`);
  else {
    protocolMap = mapResult.value;
    if (!explicitMap) for (const name of controllerNames) if (!protocolMap.has(name)) protocolMap.set(name, 'PLAINTEXT');
  }

  const listenersResult = parseListeners(values.get('listeners') as string[], protocolMap);
  const listeners = listenersResult.ok ? listenersResult.value : [];
  if (!listenersResult.ok) problems.push(`listeners: ${listenersResult.problem}${at('listeners')}`);
  const ports = listeners.filter((l) => l.port !== 0).map((l) => l.port);
  if (new Set(ports).size !== ports.length) problems.push(`listeners: each listener must have a different port${at('listeners')}`);

  const advertisedRaw = (values.get('advertised.listeners') as string[] | null) ?? (values.get('listeners') as string[]);
  const advertisedResult = parseListeners(advertisedRaw, protocolMap);
  if (!advertisedResult.ok) problems.push(`advertised.listeners: ${advertisedResult.problem}${at('advertised.listeners')}`);
  const advertised = (advertisedResult.ok ? advertisedResult.value : []).filter((l) => !controllerNames.includes(l.name));
  if (advertised.some((l) => l.host === '0.0.0.0')) {
    problems.push(`advertised.listeners: cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address.${at('advertised.listeners')}`);
  }

  if (controllerNames.length === 0) {
    problems.push('controller.listener.names: must contain at least one value when running in KRaft mode');
  } else if (isController && !controllerNames.some((n) => listeners.some((l) => l.name === n))) {
    problems.push(`controller.listener.names: must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role${at('controller.listener.names')}`);
  } else if (!isController && listeners.some((l) => controllerNames.includes(l.name))) {
    problems.push(`controller.listener.names: must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role${at('controller.listener.names')}`);
  }

  let interBrokerListenerName: string | null = null;
  if (isBroker) {
    const explicit = values.get('inter.broker.listener.name') as string | null;
    interBrokerListenerName = explicit ? explicit.toUpperCase() : (values.get('security.inter.broker.protocol') as string);
    if (controllerNames.includes(interBrokerListenerName)) {
      problems.push(`inter.broker.listener.name: ${interBrokerListenerName} is a controller listener and cannot be used between brokers${at('inter.broker.listener.name')}`);
    } else if (listenersResult.ok && advertisedResult.ok && !advertised.some((l) => l.name === interBrokerListenerName)) {
      problems.push(
        `inter.broker.listener.name: must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are ${advertised.map((l) => l.name).join(',')}${at('inter.broker.listener.name')}`,
      );
    }
  }

  const votersResult = parseQuorumVoters(values.get('controller.quorum.voters') as string[]);
  if (!votersResult.ok) problems.push(`controller.quorum.voters: ${votersResult.problem}${at('controller.quorum.voters')}`);
  const voters = votersResult.ok ? votersResult.value : [];
  const bootstrap: HostPort[] = [];
  for (const entry of values.get('controller.quorum.bootstrap.servers') as string[]) {
    const hp = parseHostPort(entry);
    if (hp.ok) bootstrap.push(hp.value);
    else problems.push(`controller.quorum.bootstrap.servers: ${hp.problem}${at('controller.quorum.bootstrap.servers')}`);
  }
  if (votersResult.ok && voters.length === 0 && bootstrap.length === 0) {
    problems.push(
      'controller.quorum.voters: either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers',
    );
  }
  const nodeId = values.get('node.id') as number;
  if (isController && voters.length > 0 && !voters.some((v) => v.id === nodeId)) {
    problems.push(`controller.quorum.voters: the node id ${nodeId} must be included in the set of voters when process.roles contains 'controller'${at('controller.quorum.voters')}`);
  }

  const gatewayListeners: HostPort[] = [];
  for (const entry of values.get('gateway.listeners') as string[]) {
    const m = /^http:\/\/(.*)$/.exec(entry);
    const hp = m !== null ? parseHostPort(m[1]!) : undefined;
    if (hp?.ok) gatewayListeners.push(hp.value);
    else problems.push(`gateway.listeners: '${entry}' is not http://host:port${at('gateway.listeners')}`);
  }

  if (problems.length > 0) return { config: undefined, problems, warnings };
  const derived: Derived = {
    listenerSecurityProtocolMap: protocolMap,
    listeners,
    advertisedListeners: advertised,
    interBrokerListenerName,
    quorumVoters: voters,
    quorumBootstrapServers: bootstrap,
    gatewayListeners,
  };
  return { config: BrokerConfig.create(layers, values, derived), problems, warnings };
}

/** Reads a properties file into static values tagged with "file:line". */
export function readStaticConfig(file: string): Map<string, StaticValue> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ConfigError([`cannot read config file ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`]);
  }
  const name = basename(file);
  return new Map(parseProperties(text, name).map((e) => [e.key, { value: e.value, where: `${name}:${e.line}` }]));
}

/**
 * Loads server.properties (or only defaults when `file` is undefined) with `k=v` overrides
 * applied on top, as kafka-server-start's `--override`. Throws ConfigError listing every problem.
 */
export function loadBrokerConfig(file: string | undefined, overrides: readonly string[]): { config: BrokerConfig; warnings: string[] } {
  const statics = file === undefined ? new Map<string, StaticValue>() : readStaticConfig(file);
  const problems: string[] = [];
  for (const o of overrides) {
    const eq = o.indexOf('=');
    if (eq <= 0) problems.push(`--override expects key=value, got '${o}'`);
    else statics.set(o.slice(0, eq).trim(), { value: o.slice(eq + 1), where: '--override' });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const result = buildBrokerConfig({ static: statics, dynamicDefault: new Map(), dynamicBroker: new Map() });
  if (result.config === undefined) throw new ConfigError(result.problems);
  return { config: result.config, warnings: result.warnings };
}

export { SECURITY_PROTOCOLS };
export type { Listener, QuorumVoter, HostPort, SecurityProtocol };
