/**
 * The broker's configuration keys, with Kafka's names, types, defaults and ranges. `dynamic`
 * says what Runnel lets IncrementalAlterConfigs change at runtime; keys Kafka can update but
 * Runnel cannot yet apply live (listeners, thread pools) are read-only here.
 */
import type { ConfigDef, ConfigValue, DynamicScope, Importance, ValueType } from './configDef.js';
import { REPLICA_SELECTORS } from '../replication/replicaSelector.js';
import { booleanType, doubleType, enumType, intType, listType, longType, shortType, stringType } from './configDef.js';

export const LONG_MAX_TEXT = '9223372036854775807';
export const INT_MAX_TEXT = '2147483647';
export const COMPRESSION_TYPES = ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'] as const;
export const TIMESTAMP_TYPES = ['CreateTime', 'LogAppendTime'] as const;
export const CLEANUP_POLICIES = ['delete', 'compact'] as const;
export const PROCESS_ROLES = ['broker', 'controller'] as const;
export const CONSUMER_GROUP_ASSIGNORS = [
  'uniform',
  'range',
  'org.apache.kafka.coordinator.group.assignor.UniformAssignor',
  'org.apache.kafka.coordinator.group.assignor.RangeAssignor',
] as const;

function key<T extends ConfigValue>(
  name: string,
  valueType: ValueType<T>,
  defaultText: string | null,
  importance: Importance,
  dynamic: DynamicScope,
  doc: string,
): ConfigDef<T> {
  return { name, valueType, default: defaultText, importance, dynamic, doc };
}

const NOT_APPLICABLE = 'Accepted for compatibility with Kafka configuration files; Runnel runs on one event loop with libuv worker threads, so this has no effect.';

export const BROKER_CONFIG_DEFS: readonly ConfigDef[] = [
  key('node.id', intType(0), null, 'high', 'read-only', 'The node id of this server in the KRaft quorum and the cluster.'),
  key('process.roles', listType({ allowed: PROCESS_ROLES, nonEmpty: true }), null, 'high', 'read-only', 'The roles this process plays: broker, controller, or both (combined mode).'),
  key('listeners', listType(), 'PLAINTEXT://:9092', 'high', 'read-only', 'Comma-separated URIs NAME://host:port to listen on. An empty host binds every interface.'),
  key('advertised.listeners', listType(), null, 'high', 'read-only', 'Listeners published to clients, if different from listeners. Defaults to listeners without the controller listeners.'),
  key('listener.security.protocol.map', listType(), 'PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL', 'low', 'read-only', 'Maps listener names to security protocols, LISTENER:PROTOCOL pairs.'),
  key('controller.listener.names', listType(), null, 'high', 'read-only', 'Names of the listeners used by the controller.'),
  key('inter.broker.listener.name', stringType(), null, 'medium', 'read-only', 'Listener used between brokers. Defaults to the listener named after security.inter.broker.protocol.'),
  key('security.inter.broker.protocol', enumType(['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL']), 'PLAINTEXT', 'medium', 'read-only', 'Security protocol between brokers, when inter.broker.listener.name is not set.'),
  key('log.dirs', listType(), null, 'high', 'read-only', 'Directories holding the log data. Overrides log.dir.'),
  key('log.dir', stringType({ nonEmpty: true }), '/tmp/kafka-logs', 'high', 'read-only', 'The directory holding the log data when log.dirs is not set.'),
  key('metadata.log.dir', stringType(), null, 'high', 'read-only', 'Directory for the cluster metadata log. Defaults to the first log directory.'),
  key('num.partitions', intType(1), '1', 'medium', 'read-only', 'Default number of partitions for new topics.'),
  key('default.replication.factor', intType(1), '1', 'medium', 'read-only', 'Default replication factor for automatically created topics.'),
  key('log.retention.hours', intType(), '168', 'high', 'read-only', 'Hours to keep a log segment before deleting it; lowest priority of the three retention time keys.'),
  key('log.retention.minutes', intType(), null, 'high', 'read-only', 'Minutes to keep a log segment; overrides log.retention.hours.'),
  key('log.retention.ms', longType(), null, 'high', 'cluster-wide', 'Milliseconds to keep a log segment; overrides log.retention.minutes. -1 keeps data forever.'),
  key('log.retention.bytes', longType(), '-1', 'high', 'cluster-wide', 'Maximum size of a partition before old segments are deleted. -1 means no limit.'),
  key('log.retention.check.interval.ms', longType(1), '300000', 'medium', 'read-only', 'How often the log cleaner checks for segments eligible for deletion.'),
  key('log.segment.bytes', intType(14), '1073741824', 'high', 'cluster-wide', 'Maximum size of a single log segment file.'),
  key('log.roll.hours', intType(1), '168', 'high', 'read-only', 'Hours after which a new segment is rolled; lower priority than log.roll.ms.'),
  key('log.roll.ms', longType(), null, 'high', 'cluster-wide', 'Milliseconds after which a new segment is rolled; overrides log.roll.hours.'),
  key('log.index.interval.bytes', intType(0), '4096', 'medium', 'cluster-wide', 'Bytes of records between two offset index entries.'),
  key('log.index.size.max.bytes', intType(4), '10485760', 'medium', 'cluster-wide', 'Maximum size of an offset index file.'),
  key('log.flush.interval.messages', longType(1), LONG_MAX_TEXT, 'high', 'cluster-wide', 'Messages accumulated on a partition before they are fsynced.'),
  key('log.flush.interval.ms', longType(), null, 'high', 'cluster-wide', 'Maximum time a message stays unflushed. Defaults to log.flush.scheduler.interval.ms.'),
  key('log.flush.scheduler.interval.ms', longType(), LONG_MAX_TEXT, 'high', 'read-only', 'How often the flusher checks whether a log needs an fsync.'),
  key('log.segment.delete.delay.ms', longType(0), '60000', 'high', 'cluster-wide', 'Time to wait before deleting a segment file from disk.'),
  key('log.cleanup.policy', listType({ allowed: CLEANUP_POLICIES }), 'delete', 'medium', 'cluster-wide', 'Default cleanup policy for segments beyond retention: delete, compact, or both.'),
  key('log.cleaner.delete.retention.ms', longType(0), '86400000', 'medium', 'cluster-wide', 'How long delete tombstones are kept on compacted topics.'),
  key('log.cleaner.min.compaction.lag.ms', longType(0), '0', 'medium', 'cluster-wide', 'Minimum time a message stays uncompacted.'),
  key('log.cleaner.max.compaction.lag.ms', longType(1), LONG_MAX_TEXT, 'medium', 'cluster-wide', 'Maximum time a message stays ineligible for compaction.'),
  key('log.cleaner.min.cleanable.ratio', doubleType(0, 1), '0.5', 'medium', 'cluster-wide', 'Minimum dirty/total ratio for a log to be eligible for cleaning.'),
  key('log.preallocate', booleanType, 'false', 'medium', 'cluster-wide', 'Preallocate segment files when rolling.'),
  key('message.max.bytes', intType(0), '1048588', 'high', 'cluster-wide', 'Largest record batch size allowed, after compression.'),
  key('log.message.timestamp.type', enumType(TIMESTAMP_TYPES), 'CreateTime', 'medium', 'cluster-wide', 'Whether a record timestamp is the producer\'s create time or the broker\'s log append time.'),
  key('log.message.timestamp.before.max.ms', longType(0), LONG_MAX_TEXT, 'medium', 'cluster-wide', 'Largest allowed distance of a CreateTime timestamp into the past.'),
  key('log.message.timestamp.after.max.ms', longType(0), '3600000', 'medium', 'cluster-wide', 'Largest allowed distance of a CreateTime timestamp into the future.'),
  key('compression.type', enumType(COMPRESSION_TYPES), 'producer', 'high', 'cluster-wide', 'Final compression of a topic\'s data; producer keeps the producer\'s codec.'),
  key('min.insync.replicas', intType(1), '1', 'high', 'cluster-wide', 'Minimum in-sync replicas for an acks=all produce to succeed.'),
  key('unclean.leader.election.enable', booleanType, 'false', 'high', 'cluster-wide', 'Allow out-of-sync replicas to become leader, at the risk of losing data.'),
  key('auto.leader.rebalance.enable', booleanType, 'true', 'high', 'read-only', 'The active controller moves leadership back to each partition\'s preferred (first) replica when it is in sync.'),
  key('leader.imbalance.check.interval.seconds', longType(), '300', 'high', 'read-only', 'How often the controller checks for partitions not led by their preferred replica.'),
  key('leader.imbalance.per.broker.percentage', intType(0, 100), '10', 'high', 'read-only', 'A broker\'s share of preferred partitions led elsewhere above which its leaderships are moved back.'),
  key('auto.create.topics.enable', booleanType, 'true', 'high', 'read-only', 'Create a topic when a client asks for metadata of a topic that does not exist.'),
  key('delete.topic.enable', booleanType, 'true', 'high', 'read-only', 'Allow DeleteTopics.'),
  key('offsets.topic.num.partitions', intType(1), '50', 'high', 'read-only', 'Partitions of __consumer_offsets (do not change after deployment).'),
  key('offsets.topic.replication.factor', shortType(1), '3', 'high', 'read-only', 'Replication factor of __consumer_offsets.'),
  key('offsets.retention.minutes', intType(1), '10080', 'high', 'read-only', 'How long committed offsets of an empty group are kept.'),
  key('offsets.retention.check.interval.ms', longType(1), '600000', 'high', 'read-only', 'How often the coordinator looks for expired offsets.'),
  key('offsets.commit.timeout.ms', intType(1), '5000', 'high', 'read-only', 'How long a group coordinator write waits for the offsets partition\'s ISR before the client is told to retry.'),
  key('offsets.topic.segment.bytes', intType(1), '104857600', 'high', 'read-only', 'Segment size of __consumer_offsets, kept small for faster loading.'),
  key('offset.metadata.max.bytes', intType(), '4096', 'high', 'read-only', 'Largest metadata string an offset commit may carry.'),
  key('group.initial.rebalance.delay.ms', intType(), '3000', 'medium', 'read-only', 'How long the coordinator waits for more members before the first rebalance of a new group.'),
  key('group.min.session.timeout.ms', intType(), '6000', 'medium', 'read-only', 'Minimum session timeout a classic group member may ask for.'),
  key('group.max.session.timeout.ms', intType(), '1800000', 'medium', 'read-only', 'Maximum session timeout a classic group member may ask for.'),
  key('group.max.size', intType(1), INT_MAX_TEXT, 'medium', 'read-only', 'Maximum number of members in one consumer group.'),
  key('group.consumer.session.timeout.ms', intType(1), '45000', 'medium', 'read-only', 'How long a member of a consumer group (KIP-848 protocol) may go without a heartbeat before it is removed.'),
  key('group.consumer.heartbeat.interval.ms', intType(1), '5000', 'medium', 'read-only', 'The heartbeat interval given to the members of a consumer group (KIP-848 protocol).'),
  key('group.consumer.max.size', intType(1), INT_MAX_TEXT, 'medium', 'read-only', 'Maximum number of members in one consumer group using the KIP-848 protocol; group.max.size bounds classic groups.'),
  key('group.consumer.assignors', listType({ allowed: CONSUMER_GROUP_ASSIGNORS, nonEmpty: true }), 'uniform,range', 'medium', 'read-only', 'The server-side assignors of consumer groups, by name or Kafka class name; the first is the default when a member asks for none.'),
  key('transaction.state.log.num.partitions', intType(1), '50', 'high', 'read-only', 'Partitions of __transaction_state (do not change after deployment).'),
  key('transaction.state.log.replication.factor', shortType(1), '3', 'high', 'read-only', 'Replication factor of __transaction_state.'),
  key('transaction.state.log.min.isr', intType(1), '2', 'high', 'read-only', 'min.insync.replicas of __transaction_state.'),
  key('transaction.state.log.segment.bytes', intType(1), '104857600', 'high', 'read-only', 'Segment size of __transaction_state.'),
  key('transaction.max.timeout.ms', intType(1), '900000', 'high', 'read-only', 'Largest transaction timeout a producer may ask for.'),
  key('transactional.id.expiration.ms', intType(1), '604800000', 'high', 'read-only', 'Time after which an idle transactional id expires.'),
  key('controller.quorum.voters', listType(), '', 'high', 'read-only', 'Static quorum: comma-separated id@host:port of every voter.'),
  key('controller.quorum.bootstrap.servers', listType(), '', 'high', 'read-only', 'Dynamic quorum: host:port of controllers to bootstrap from.'),
  key('controller.quorum.election.timeout.ms', intType(1), '1000', 'high', 'read-only', 'Base of the randomized wait without a leader before a voter starts an election.'),
  key('controller.quorum.fetch.timeout.ms', intType(1), '2000', 'high', 'read-only', 'A follower that cannot fetch from the leader for this long starts an election; a leader not fetched from by a majority for this long resigns.'),
  key('controller.quorum.election.backoff.max.ms', intType(0), '1000', 'high', 'read-only', 'Largest backoff before retrying a lost election.'),
  key('controller.quorum.request.timeout.ms', intType(1), '2000', 'high', 'read-only', 'How long a replica waits for another to answer a quorum request.'),
  key('controller.quorum.retry.backoff.ms', intType(0), '20', 'low', 'read-only', 'Wait before resending a quorum request that failed.'),
  key('metadata.log.max.record.bytes.between.snapshots', longType(), '20971520', 'high', 'read-only', 'Committed metadata bytes replayed before the next metadata snapshot (the log is truncated behind it).'),
  key('broker.heartbeat.interval.ms', intType(1), '2000', 'medium', 'read-only', 'How often a broker heartbeats to the active controller.'),
  key('broker.session.timeout.ms', intType(1), '9000', 'medium', 'read-only', 'A broker that sends no heartbeat for this long is fenced and loses its leaderships.'),
  key('socket.request.max.bytes', intType(1), '104857600', 'high', 'read-only', 'Largest request the socket server accepts.'),
  key('socket.send.buffer.bytes', intType(), '102400', 'high', 'read-only', 'SO_SNDBUF of server sockets; -1 uses the OS default.'),
  key('socket.receive.buffer.bytes', intType(), '102400', 'high', 'read-only', 'SO_RCVBUF of server sockets; -1 uses the OS default.'),
  key('queued.max.requests', intType(1), '500', 'high', 'read-only', 'Requests queued per connection before the broker stops reading from it.'),
  key('connections.max.idle.ms', longType(), '600000', 'medium', 'read-only', 'Idle connections are closed after this many milliseconds.'),
  key('num.network.threads', intType(1), '3', 'high', 'read-only', NOT_APPLICABLE),
  key('num.io.threads', intType(1), '8', 'high', 'read-only', NOT_APPLICABLE),
  key('replica.lag.time.max.ms', longType(), '30000', 'high', 'read-only', 'A follower that has not caught up for this long leaves the ISR.'),
  key('replica.fetch.wait.max.ms', intType(0), '500', 'medium', 'read-only', 'How long a follower\'s fetch waits at the leader for new records.'),
  key('replica.fetch.min.bytes', intType(1), '1', 'medium', 'read-only', 'Bytes a follower\'s fetch waits for at the leader.'),
  key('replica.fetch.max.bytes', intType(0), '1048576', 'medium', 'read-only', 'Bytes of one partition a follower fetches at once (a larger first batch still comes whole).'),
  key('replica.fetch.response.max.bytes', intType(0), '10485760', 'medium', 'read-only', 'Bytes of one follower fetch response.'),
  key('replica.fetch.backoff.ms', intType(0), '1000', 'medium', 'read-only', 'The wait before a follower fetches a partition again after an error.'),
  key('replica.high.watermark.checkpoint.interval.ms', longType(1), '5000', 'high', 'read-only', 'How often each log dir\'s replication-offset-checkpoint records the high watermarks, so consumers read on at once after a restart.'),
  key('leader.replication.throttled.rate', longType(0), LONG_MAX_TEXT, 'medium', 'per-broker', 'Bytes per second a leader sends to out-of-sync followers of the replicas its topics list in leader.replication.throttled.replicas (reassignment throttle).'),
  key('follower.replication.throttled.rate', longType(0), LONG_MAX_TEXT, 'medium', 'per-broker', 'Bytes per second a follower fetches for the out-of-sync replicas its topics list in follower.replication.throttled.replicas (reassignment throttle).'),
  key('replication.quota.window.num', intType(1), '11', 'low', 'read-only', 'Samples the replication throttles measure their rate over.'),
  key('replication.quota.window.size.seconds', intType(1), '1', 'low', 'read-only', 'Length of each replication throttle sample.'),
  key('replica.socket.timeout.ms', intType(1), '30000', 'high', 'read-only', 'How long a follower waits for a fetch response before it reconnects.'),
  key('broker.rack', stringType(), null, 'medium', 'read-only', 'Rack of this broker, used for rack-aware replica placement and by replica.selector.class.'),
  key('replica.selector.class', enumType(REPLICA_SELECTORS), null, 'medium', 'read-only', 'How a leader picks the replica a consumer fetches from (KIP-392). Unset: always the leader; RackAwareReplicaSelector: a replica in the consumer\'s client.rack.'),
  key('gateway.listeners', listType(), 'http://127.0.0.1:8080', 'medium', 'read-only', 'Runnel: HTTP/WebSocket gateway endpoints (http://host:port). Empty turns the gateway off.'),
  key('gateway.max.message.bytes', intType(1), '1048576', 'medium', 'read-only', 'Runnel: largest WebSocket message or REST body the gateway accepts.'),
  key('gateway.socket.max.buffered.bytes', intType(1024), '262144', 'medium', 'read-only', 'Runnel: a WebSocket whose unsent bytes pass this bound stops receiving records until it drains, so a slow browser holds about this much broker memory plus one delivery; the worst case is sockets times this.'),
  key('gateway.fetch.max.bytes', intType(1024), '262144', 'low', 'read-only', 'Runnel: bytes of log the gateway reads for one delivery to subscribers.'),
  key('gateway.fanout.cache.bytes', longType(), '33554432', 'low', 'read-only', 'Runnel: bytes of recently read records kept so that subscribers at the same position share one read and one encoding.'),
  key('gateway.consumer.instance.timeout.ms', intType(1000), '300000', 'low', 'read-only', 'Runnel: a REST consumer instance not used for this long is closed and leaves its group (REST Proxy\'s consumer.instance.timeout.ms).'),
  key('runnel.auto.format', booleanType, 'false', 'low', 'read-only', 'Runnel: format unformatted log directories with a new cluster id at startup (set by the bundled config/server.properties for a one-command start).'),
];

export const BROKER_CONFIG_DEF_MAP: ReadonlyMap<string, ConfigDef> = new Map(BROKER_CONFIG_DEFS.map((d) => [d.name, d]));

/**
 * Broker keys that stand for the same setting, highest priority first (Kafka's
 * DynamicBrokerConfig.brokerConfigSynonyms): describing any of them reports all of them.
 */
export const BROKER_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
  ['log.roll.ms', 'log.roll.hours'],
  ['log.flush.interval.ms', 'log.flush.scheduler.interval.ms'],
];
