/**
 * Topic-level configuration (Kafka's LogConfig keys): names, types and validation, each with
 * the broker keys that supply its default (ServerTopicConfigSynonyms), highest priority first.
 */
import { ErrorCode } from '../protocol/kafkaErrors.js';
import type { LogConfig } from '../storage/logConfig.js';
import type { BrokerConfig } from './brokerConfig.js';
import {
  booleanType,
  closestKey,
  ConfigSource,
  doubleType,
  enumType,
  intType,
  listType,
  longType,
  parseValue,
  type ConfigDef,
  type ConfigSourceId,
  type ConfigValue,
  type ValueType,
} from './configDef.js';
import { BROKER_CONFIG_DEF_MAP, CLEANUP_POLICIES, COMPRESSION_TYPES, TIMESTAMP_TYPES } from './brokerConfigDefs.js';

/** A broker key that supplies a topic key's default, with the factor turning its unit into the topic's. */
export interface BrokerSynonym {
  readonly name: string;
  readonly factor: number;
}

export interface TopicConfigDef extends ConfigDef {
  readonly brokerSynonyms: readonly BrokerSynonym[];
}

function topicKey<T extends ConfigValue>(name: string, valueType: ValueType<T>, synonyms: readonly (string | [string, number])[], doc: string, defaultValue: string | null = null): TopicConfigDef {
  return {
    name,
    valueType,
    default: defaultValue,
    doc,
    importance: 'medium',
    dynamic: 'cluster-wide',
    brokerSynonyms: synonyms.map((s) => (typeof s === 'string' ? { name: s, factor: 1 } : { name: s[0], factor: s[1] })),
  };
}

/** The wildcard or partition:broker pairs, as Kafka's ThrottledReplicaListValidator accepts. */
const throttledReplicasType: ValueType<string[]> = {
  type: 'LIST',
  schema: listType().schema.refine((l) => (l.length === 1 && l[0] === '*') || l.every((e) => /^\d+:\d+$/.test(e))),
  expectation: 'the wildcard (*) or a comma-separated list of partitionId:brokerId pairs',
};

export const TOPIC_CONFIG_DEFS: readonly TopicConfigDef[] = [
  topicKey('cleanup.policy', listType({ allowed: CLEANUP_POLICIES }), ['log.cleanup.policy'], 'delete, compact, or both (delete,compact).'),
  topicKey('compression.type', enumType(COMPRESSION_TYPES), ['compression.type'], 'Final compression of the topic\'s data; producer keeps the producer\'s codec.'),
  topicKey('delete.retention.ms', longType(0), ['log.cleaner.delete.retention.ms'], 'How long tombstones stay in a compacted topic.'),
  topicKey('file.delete.delay.ms', longType(0), ['log.segment.delete.delay.ms'], 'Time to wait before deleting a segment\'s files.'),
  topicKey('flush.messages', longType(1), ['log.flush.interval.messages'], 'Force an fsync after this many messages.'),
  topicKey('flush.ms', longType(0), ['log.flush.interval.ms', 'log.flush.scheduler.interval.ms'], 'Force an fsync after this much time.'),
  topicKey('follower.replication.throttled.replicas', throttledReplicasType, [], 'Replicas (partition:broker, or *) whose fetching as followers follower.replication.throttled.rate throttles while they are out of sync.', ''),
  topicKey('index.interval.bytes', intType(0), ['log.index.interval.bytes'], 'Bytes between two offset index entries.'),
  topicKey('leader.replication.throttled.replicas', throttledReplicasType, [], 'Replicas (partition:broker, or *) whose serving of out-of-sync followers leader.replication.throttled.rate throttles.', ''),
  topicKey('max.compaction.lag.ms', longType(1), ['log.cleaner.max.compaction.lag.ms'], 'Maximum time a message stays uncompacted.'),
  topicKey('max.message.bytes', intType(0), ['message.max.bytes'], 'Largest record batch size allowed.'),
  topicKey('message.timestamp.type', enumType(TIMESTAMP_TYPES), ['log.message.timestamp.type'], 'CreateTime or LogAppendTime.'),
  topicKey('message.timestamp.before.max.ms', longType(0), ['log.message.timestamp.before.max.ms'], 'Largest allowed distance of a CreateTime timestamp into the past.'),
  topicKey('message.timestamp.after.max.ms', longType(0), ['log.message.timestamp.after.max.ms'], 'Largest allowed distance of a CreateTime timestamp into the future.'),
  topicKey('min.cleanable.dirty.ratio', doubleType(0, 1), ['log.cleaner.min.cleanable.ratio'], 'Minimum dirty ratio before the log is compacted.'),
  topicKey('min.compaction.lag.ms', longType(0), ['log.cleaner.min.compaction.lag.ms'], 'Minimum time a message stays uncompacted.'),
  topicKey('min.insync.replicas', intType(1), ['min.insync.replicas'], 'Minimum in-sync replicas for an acks=all produce.'),
  topicKey('preallocate', booleanType, ['log.preallocate'], 'Preallocate segment files.'),
  topicKey('retention.bytes', longType(), ['log.retention.bytes'], 'Maximum partition size before old segments are deleted; -1 is unlimited.'),
  topicKey('retention.ms', longType(-1), ['log.retention.ms', ['log.retention.minutes', 60_000], ['log.retention.hours', 3_600_000]], 'How long data is kept; -1 keeps it forever.'),
  topicKey('segment.bytes', intType(14), ['log.segment.bytes'], 'Segment file size.'),
  topicKey('segment.index.bytes', intType(4), ['log.index.size.max.bytes'], 'Maximum size of an offset index file.'),
  topicKey('segment.jitter.ms', longType(0), [], 'Random jitter subtracted from segment.ms.'),
  topicKey('segment.ms', longType(1), ['log.roll.ms', ['log.roll.hours', 3_600_000]], 'Time after which a segment is rolled.'),
  topicKey('unclean.leader.election.enable', booleanType, ['unclean.leader.election.enable'], 'Allow out-of-sync replicas to become leader.'),
];

export const TOPIC_CONFIG_DEF_MAP: ReadonlyMap<string, TopicConfigDef> = new Map(TOPIC_CONFIG_DEFS.map((d) => [d.name, d]));

/** Kafka's error codes for config problems. */
/** The two codes config validation answers with, from the protocol's error table. */
export const INVALID_CONFIG = ErrorCode.INVALID_CONFIG;
export const INVALID_REQUEST = ErrorCode.INVALID_REQUEST;

export interface ConfigProblem {
  readonly name: string;
  readonly errorCode: typeof INVALID_CONFIG | typeof INVALID_REQUEST;
  readonly message: string;
}

export type ConfigMap = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

function entriesOf(map: ConfigMap): [string, string][] {
  return map instanceof Map ? [...map.entries()] : Object.entries(map);
}

/** Validates topic overrides as CreateTopics / AlterConfigs do; one problem per bad key. */
export function validateTopicConfigs(map: ConfigMap): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [name, value] of entriesOf(map)) {
    const def = TOPIC_CONFIG_DEF_MAP.get(name);
    if (def === undefined) {
      const near = closestKey(name, TOPIC_CONFIG_DEF_MAP.keys());
      problems.push({ name, errorCode: INVALID_CONFIG, message: `Unknown topic config name: ${name}${near !== undefined ? ` (did you mean ${near}?)` : ''}` });
      continue;
    }
    const r = parseValue(def, value);
    if (!r.ok) problems.push({ name, errorCode: INVALID_CONFIG, message: `Invalid value ${value} for configuration ${name}: ${r.problem.slice(name.length + 2)}` });
  }
  return problems;
}

export interface ConfigSynonym {
  readonly name: string;
  readonly value: string | null;
  readonly source: ConfigSourceId;
}

export interface EffectiveTopicConfigEntry {
  readonly name: string;
  readonly value: string | null;
  readonly source: ConfigSourceId;
  /** Highest priority first: the topic override, then each broker synonym by layer. */
  readonly synonyms: readonly ConfigSynonym[];
}

/**
 * Where a broker key's value comes from, by layer (dynamic per-broker, dynamic cluster default,
 * static, default), for each name in `names`, in Kafka's order: layer first, then name.
 */
export function brokerSynonyms(config: BrokerConfig, names: readonly string[]): ConfigSynonym[] {
  const out: ConfigSynonym[] = [];
  const layers: [ConfigSourceId, (n: string) => string | null | undefined][] = [
    [ConfigSource.DYNAMIC_BROKER_CONFIG, (n) => config.layers.dynamicBroker.get(n)],
    [ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG, (n) => config.layers.dynamicDefault.get(n)],
    [ConfigSource.STATIC_BROKER_CONFIG, (n) => config.layers.static.get(n)?.value],
    [ConfigSource.DEFAULT_CONFIG, (n) => BROKER_CONFIG_DEF_MAP.get(n)?.default],
  ];
  for (const [source, lookup] of layers) {
    for (const name of names) {
      const value = lookup(name);
      if (value !== undefined && value !== null) out.push({ name, value, source });
    }
  }
  return out;
}

/** The value every topic key takes for this topic, with its source and synonyms, for DescribeConfigs. */
export function effectiveTopicConfig(topicOverrides: ConfigMap, config: BrokerConfig): EffectiveTopicConfigEntry[] {
  const overrides = new Map(entriesOf(topicOverrides));
  return TOPIC_CONFIG_DEFS.map((def) => {
    const synonyms: ConfigSynonym[] = [];
    const own = overrides.get(def.name);
    if (own !== undefined) synonyms.push({ name: def.name, value: own, source: ConfigSource.TOPIC_CONFIG });
    synonyms.push(...brokerSynonyms(config, def.brokerSynonyms.map((s) => s.name)));
    const winner = synonyms[0];
    if (winner === undefined) return { name: def.name, value: def.default ?? '0', source: ConfigSource.DEFAULT_CONFIG, synonyms };
    const factor = def.brokerSynonyms.find((s) => s.name === winner.name)?.factor ?? 1;
    // A broker unit (minutes, hours) becomes the topic's milliseconds; negative still means "forever".
    const value = factor === 1 || winner.value === null ? winner.value : String(Math.max(-1, Number(winner.value) * factor));
    return { name: def.name, value, source: winner.source, synonyms };
  });
}

/** Storage's LogConfig plus the topic settings the partition and cleaner layers read. */
export interface TopicLogConfig extends LogConfig {
  readonly cleanupPolicy: readonly ('delete' | 'compact')[];
  readonly compressionType: (typeof COMPRESSION_TYPES)[number];
  readonly minInsyncReplicas: number;
  readonly uncleanLeaderElectionEnable: boolean;
  readonly deleteRetentionMs: number;
  readonly minCompactionLagMs: number;
  readonly maxCompactionLagMs: number;
  readonly minCleanableDirtyRatio: number;
  readonly messageTimestampBeforeMaxMs: number;
  readonly messageTimestampAfterMaxMs: number;
  readonly preallocate: boolean;
  /** Entries of leader/follower.replication.throttled.replicas: '*' or partition:broker. */
  readonly leaderReplicationThrottledReplicas: readonly string[];
  readonly followerReplicationThrottledReplicas: readonly string[];
}

const LONG_MAX_AS_NUMBER = 2 ** 63;

/** Kafka's Long.MAX_VALUE means "never"; storage represents that as Infinity. */
function unbounded(n: number): number {
  return n >= LONG_MAX_AS_NUMBER ? Infinity : n;
}

/**
 * The typed log configuration of a topic. Overrides must already be valid (validateTopicConfigs);
 * an invalid one here is a programming error.
 */
export function toLogConfig(topicOverrides: ConfigMap, config: BrokerConfig): TopicLogConfig {
  const values = new Map<string, ConfigValue>();
  for (const entry of effectiveTopicConfig(topicOverrides, config)) {
    const def = TOPIC_CONFIG_DEF_MAP.get(entry.name)!;
    const r = parseValue(def, entry.value ?? '');
    if (!r.ok) throw new Error(`invalid topic config reached toLogConfig: ${r.problem}`);
    values.set(entry.name, r.value);
  }
  const n = (k: string): number => values.get(k) as number;
  const cleanupPolicy = values.get('cleanup.policy') as ('delete' | 'compact')[];
  // As in Kafka, time and size retention only apply to topics whose policy includes delete: a
  // compacted topic such as __consumer_offsets keeps its only copy of each key until compaction.
  const deletes = cleanupPolicy.includes('delete');
  return {
    segmentBytes: n('segment.bytes'),
    segmentMs: unbounded(n('segment.ms')),
    segmentJitterMs: n('segment.jitter.ms'),
    segmentIndexBytes: n('segment.index.bytes'),
    indexIntervalBytes: n('index.interval.bytes'),
    retentionMs: deletes ? n('retention.ms') : -1,
    retentionBytes: deletes ? n('retention.bytes') : -1,
    maxMessageBytes: n('max.message.bytes'),
    flushMessages: unbounded(n('flush.messages')),
    flushMs: unbounded(n('flush.ms')),
    messageTimestampType: values.get('message.timestamp.type') as 'CreateTime' | 'LogAppendTime',
    fileDeleteDelayMs: n('file.delete.delay.ms'),
    cleanupPolicy,
    compressionType: values.get('compression.type') as (typeof COMPRESSION_TYPES)[number],
    minInsyncReplicas: n('min.insync.replicas'),
    uncleanLeaderElectionEnable: values.get('unclean.leader.election.enable') as boolean,
    deleteRetentionMs: n('delete.retention.ms'),
    minCompactionLagMs: n('min.compaction.lag.ms'),
    maxCompactionLagMs: unbounded(n('max.compaction.lag.ms')),
    minCleanableDirtyRatio: n('min.cleanable.dirty.ratio'),
    messageTimestampBeforeMaxMs: unbounded(n('message.timestamp.before.max.ms')),
    messageTimestampAfterMaxMs: unbounded(n('message.timestamp.after.max.ms')),
    preallocate: values.get('preallocate') as boolean,
    leaderReplicationThrottledReplicas: values.get('leader.replication.throttled.replicas') as string[],
    followerReplicationThrottledReplicas: values.get('follower.replication.throttled.replicas') as string[],
  };
}
