// The group coordinator of this broker: it owns the __consumer_offsets partitions led here (one
// shard each), loads them when leadership arrives, answers COORDINATOR_LOAD_IN_PROGRESS until a
// load finishes and NOT_COORDINATOR for groups that hash elsewhere, creates the offsets topic on
// first use as Kafka does, and expires old offsets. Handlers call it; the protocol rules live in
// ClassicGroupCoordinator, ConsumerGroupCoordinator (KIP-848) and OffsetMetadataManager. A group id
// belongs to one protocol at a time: the classic APIs find no member in a consumer group and a
// consumer group heartbeat finds no consumer group in a classic one.
import type { Logger } from 'pino';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import { listenerEndpoint, type MetadataImage } from '../metadata/metadataImage.js';
import type { TopicCreator } from '../broker/forwardedTopicCreator.js';
import type { ReplicaManager } from '../log/replicaManager.js';
import type { JoinGroupRequest } from '../protocol/generated/messages/JoinGroupRequest.js';
import type { JoinGroupResponse } from '../protocol/generated/messages/JoinGroupResponse.js';
import type { SyncGroupRequest } from '../protocol/generated/messages/SyncGroupRequest.js';
import type { SyncGroupResponse } from '../protocol/generated/messages/SyncGroupResponse.js';
import type { LeaveGroupRequestMemberIdentity } from '../protocol/generated/messages/LeaveGroupRequest.js';
import type { OffsetCommitRequest } from '../protocol/generated/messages/OffsetCommitRequest.js';
import type { ConsumerGroupHeartbeatRequest } from '../protocol/generated/messages/ConsumerGroupHeartbeatRequest.js';
import type { ConsumerGroupHeartbeatResponse } from '../protocol/generated/messages/ConsumerGroupHeartbeatResponse.js';
import type { ConsumerGroupDescribeResponseDescribedGroup } from '../protocol/generated/messages/ConsumerGroupDescribeResponse.js';
import { decodeConsumerProtocolSubscription } from '../protocol/generated/messages/ConsumerProtocolSubscription.js';
import { Reader } from '../protocol/reader.js';
import { ClassicGroupCoordinator, joinError, syncError, type ClassicGroupConfig, type ClientInfo } from './classicGroupCoordinator.js';
import { OffsetMetadataManager, type FetchedOffset, type OffsetConfig, type PartitionError } from './offsetMetadataManager.js';
import { GroupCoordinatorShard } from './groupCoordinatorShard.js';
import {
  configuredAssignors,
  ConsumerGroupCoordinator,
  describeError,
  heartbeatError,
  validateHeartbeat,
  type ConsumerGroupConfig,
  type HeartbeatClient,
} from './consumerGroupCoordinator.js';
import type { PartitionAssignor } from './assignor/partitionAssignor.js';
import { subscribedTopicNames } from './subscribedTopics.js';
import { CoordinatorLog, OFFSETS_TOPIC } from './coordinatorLog.js';
import { coordinatorPartitionFor } from './coordinatorPartition.js';
import type { GroupRecord } from './groupRecord.js';
import type { Group } from './group.js';

export interface GroupCoordinatorConfig extends ClassicGroupConfig, OffsetConfig, ConsumerGroupConfig {
  nodeId: number;
  offsetsTopicPartitions: number;
  offsetsTopicReplicationFactor: number;
  offsetsTopicSegmentBytes: number;
  /** offsets.commit.timeout.ms */
  offsetsCommitTimeoutMs: number;
  retentionCheckIntervalMs: number;
}

/**
 * A group id must not be empty. Its length needs no check here: a Kafka string holds at most 32767
 * bytes, so a longer id fails to parse (and closes the connection) before it reaches a coordinator.
 */
export function invalidGroupId(groupId: string | null): boolean {
  return groupId === null || groupId.length === 0;
}

interface ShardContext {
  shard: GroupCoordinatorShard;
  classic: ClassicGroupCoordinator;
  consumer: ConsumerGroupCoordinator;
  offsets: OffsetMetadataManager;
}

export interface CoordinatorLocation {
  errorCode: number;
  errorMessage: string | null;
  nodeId: number;
  host: string;
  port: number;
}

export interface ListedGroup {
  groupId: string;
  protocolType: string;
  groupState: string;
  groupType: string;
}

export interface DescribedGroup {
  errorCode: number;
  groupId: string;
  groupState: string;
  protocolType: string;
  protocolData: string;
  members: Array<{ memberId: string; groupInstanceId: string | null; clientId: string; clientHost: string; memberMetadata: Buffer; memberAssignment: Buffer }>;
}

export class GroupCoordinator {
  private readonly shards = new Map<number, ShardContext>();
  private readonly log: CoordinatorLog;
  private expiryTimer: NodeJS.Timeout | null = null;
  private creatingTopic: Promise<void> | null = null;
  private readonly assignors: PartitionAssignor[];

  constructor(
    private readonly config: GroupCoordinatorConfig,
    replicaManager: ReplicaManager,
    private readonly controller: TopicCreator,
    private readonly currentImage: () => MetadataImage,
    private readonly logger: Logger,
  ) {
    this.log = new CoordinatorLog(replicaManager, currentImage, config.offsetsCommitTimeoutMs);
    this.assignors = configuredAssignors(config);
    this.expiryTimer = setInterval(() => void this.expireOffsets(), config.retentionCheckIntervalMs);
    this.expiryTimer.unref();
  }

  // ---- Placement and loading ----

  partitionFor(groupId: string): number {
    return coordinatorPartitionFor(groupId, this.partitionCount(this.currentImage()));
  }

  /** The offsets topic's real partition count wins over the config once the topic exists. */
  private partitionCount(image: MetadataImage): number {
    return image.topicsByName.get(OFFSETS_TOPIC)?.partitions.size ?? this.config.offsetsTopicPartitions;
  }

  /** Loads shards for offsets partitions now led here and unloads those that are not. */
  onImage(image: MetadataImage): void {
    const topic = image.topicsByName.get(OFFSETS_TOPIC);
    const led = new Set<number>();
    if (topic) for (const p of topic.partitions.values()) if (p.leader === this.config.nodeId) led.add(p.partitionId);
    for (const partition of led) if (!this.shards.has(partition)) this.load(partition);
    for (const partition of [...this.shards.keys()]) if (!led.has(partition)) this.unload(partition);
  }

  private load(partition: number): void {
    const logger = this.logger.child({ offsetsPartition: partition });
    const shard = new GroupCoordinatorShard(partition, logger);
    const append = (records: readonly GroupRecord[]): Promise<void> => {
      if (shard.status !== 'active') return Promise.reject(new KafkaError(ErrorCode.NOT_COORDINATOR, `no longer the coordinator for ${OFFSETS_TOPIC}-${partition}`));
      return this.log.append(partition, records);
    };
    const classic = new ClassicGroupCoordinator(shard, this.config, append, logger);
    const ctx: ShardContext = {
      shard,
      classic,
      consumer: new ConsumerGroupCoordinator(shard, this.config, append, this.currentImage, (g) => classic.shutdownGroup(g), logger),
      offsets: new OffsetMetadataManager(shard, this.config, append, logger),
    };
    this.shards.set(partition, ctx);
    // Loading runs after the current image is applied, so the partition's log exists.
    setImmediate(() => {
      if (this.shards.get(partition) !== ctx) return;
      const started = Date.now();
      try {
        let records = 0;
        for (const record of this.log.replay(partition)) {
          shard.replay(record);
          records++;
        }
        shard.finishLoad();
        for (const g of shard.groups.values()) ctx.classic.resumeLoadedGroup(g);
        ctx.consumer.resumeLoadedGroups();
        logger.info({ records, groups: shard.groups.size + shard.consumerGroups.size, ms: Date.now() - started }, 'loaded group coordinator partition');
      } catch (err) {
        logger.error({ err }, 'failed to load group coordinator partition; it stays unavailable');
        shard.status = 'unloaded';
      }
    });
  }

  private unload(partition: number): void {
    const ctx = this.shards.get(partition);
    if (!ctx) return;
    this.shards.delete(partition);
    ctx.shard.status = 'unloaded';
    for (const g of ctx.shard.groups.values()) ctx.classic.shutdownGroup(g);
    ctx.consumer.shutdown();
    this.logger.info({ offsetsPartition: partition }, 'unloaded group coordinator partition');
  }

  /** The shard coordinating `groupId`, or the error a client should get. */
  private route(groupId: string): ShardContext | number {
    const ctx = this.shards.get(this.partitionFor(groupId));
    if (!ctx || ctx.shard.status === 'unloaded') return ErrorCode.NOT_COORDINATOR;
    if (ctx.shard.status === 'loading') return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
    return ctx;
  }

  // ---- FindCoordinator ----

  async findGroupCoordinator(groupId: string, listenerName: string): Promise<CoordinatorLocation> {
    const fail = (errorCode: number, errorMessage: string | null): CoordinatorLocation => ({ errorCode, errorMessage, nodeId: -1, host: '', port: -1 });
    if (invalidGroupId(groupId)) return fail(ErrorCode.INVALID_REQUEST, 'the group id must not be empty');
    let image = this.currentImage();
    if (!image.topicsByName.has(OFFSETS_TOPIC)) {
      const error = await this.createOffsetsTopic();
      if (error) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE, error);
      image = this.currentImage();
    }
    const partition = image.topicsByName.get(OFFSETS_TOPIC)?.partitions.get(coordinatorPartitionFor(groupId, this.partitionCount(image)));
    const broker = partition && partition.leader >= 0 ? image.brokers.get(partition.leader) : undefined;
    if (!broker || broker.fenced) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE, null);
    const ep = listenerEndpoint(broker, listenerName);
    if (!ep) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE, null);
    return { errorCode: ErrorCode.NONE, errorMessage: null, nodeId: broker.id, host: ep.host, port: ep.port };
  }

  /** Creates __consumer_offsets once; returns why it could not be created, or null. */
  private async createOffsetsTopic(): Promise<string | null> {
    this.creatingTopic ??= (async () => {
      const configs = new Map<string, string | null>([
        ['cleanup.policy', 'compact'],
        ['compression.type', 'producer'],
        ['segment.bytes', String(this.config.offsetsTopicSegmentBytes)],
      ]);
      const [result] = await this.controller.createTopics(
        [{ name: OFFSETS_TOPIC, numPartitions: this.config.offsetsTopicPartitions, replicationFactor: this.config.offsetsTopicReplicationFactor, assignments: [], configs }],
        false,
      );
      if (result.errorCode !== ErrorCode.NONE && result.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
        throw new Error(`cannot create ${OFFSETS_TOPIC}: ${result.errorMessage ?? result.errorCode} (check offsets.topic.replication.factor against the live brokers)`);
      }
      this.logger.info({ partitions: this.config.offsetsTopicPartitions, replicationFactor: this.config.offsetsTopicReplicationFactor }, `created ${OFFSETS_TOPIC}`);
    })();
    try {
      await this.creatingTopic;
      return null;
    } catch (err) {
      this.creatingTopic = null;
      this.logger.warn({ err }, 'offsets topic creation failed');
      return (err as Error).message;
    }
  }

  // ---- Classic protocol ----

  join(req: JoinGroupRequest, client: ClientInfo): Promise<JoinGroupResponse> {
    if (invalidGroupId(req.groupId)) return Promise.resolve(joinError(ErrorCode.INVALID_GROUP_ID, req.memberId));
    if (req.protocolType.length === 0 || req.protocols.length === 0) return Promise.resolve(joinError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, req.memberId));
    const ctx = this.route(req.groupId);
    if (typeof ctx === 'number') return Promise.resolve(joinError(ctx, req.memberId));
    if (ctx.shard.consumerGroups.has(req.groupId)) return this.joinConsumerGroupId(ctx, req, client);
    return ctx.classic.join(req, client);
  }

  /**
   * A classic JoinGroup for a consumer group's id. An empty consumer group gives way to a classic one,
   * as in Kafka. Kafka 4.0 would also let a "consumer" protocol member join a consumer group that
   * has members (KIP-848's mixed groups); Runnel does not implement classic members in consumer
   * groups and answers INCONSISTENT_GROUP_PROTOCOL, as Kafka does for any other protocol type.
   */
  private async joinConsumerGroupId(ctx: ShardContext, req: JoinGroupRequest, client: ClientInfo): Promise<JoinGroupResponse> {
    const deleted = await ctx.consumer.deleteGroup(req.groupId, () => []);
    if (deleted === ErrorCode.NON_EMPTY_GROUP) return joinError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, req.memberId);
    if (deleted !== ErrorCode.NONE && deleted !== ErrorCode.GROUP_ID_NOT_FOUND) return joinError(deleted, req.memberId);
    return ctx.classic.join(req, client);
  }

  sync(req: SyncGroupRequest): Promise<SyncGroupResponse> {
    if (invalidGroupId(req.groupId)) return Promise.resolve(syncError(ErrorCode.INVALID_GROUP_ID));
    const ctx = this.route(req.groupId);
    if (typeof ctx === 'number') return Promise.resolve(syncError(ctx));
    // No member of a consumer group uses the classic protocol.
    if (ctx.shard.consumerGroups.has(req.groupId)) return Promise.resolve(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    return ctx.classic.sync(req);
  }

  heartbeat(groupId: string, memberId: string, groupInstanceId: string | null, generationId: number): number {
    if (invalidGroupId(groupId)) return ErrorCode.INVALID_GROUP_ID;
    const ctx = this.route(groupId);
    if (typeof ctx === 'number') return ctx;
    if (ctx.shard.consumerGroups.has(groupId)) return ErrorCode.UNKNOWN_MEMBER_ID;
    return ctx.classic.heartbeat(groupId, memberId, groupInstanceId, generationId);
  }

  leave(groupId: string, members: readonly LeaveGroupRequestMemberIdentity[]): { errorCode: number; memberErrors: number[] } {
    const fail = (errorCode: number): { errorCode: number; memberErrors: number[] } => ({ errorCode, memberErrors: members.map(() => errorCode) });
    if (invalidGroupId(groupId)) return fail(ErrorCode.INVALID_GROUP_ID);
    const ctx = this.route(groupId);
    if (typeof ctx === 'number') return fail(ctx);
    if (ctx.shard.consumerGroups.has(groupId)) return { errorCode: ErrorCode.NONE, memberErrors: members.map(() => ErrorCode.UNKNOWN_MEMBER_ID) };
    return ctx.classic.leave(groupId, members);
  }

  // ---- Consumer group protocol (KIP-848) ----

  consumerGroupHeartbeat(req: ConsumerGroupHeartbeatRequest, client: HeartbeatClient): Promise<ConsumerGroupHeartbeatResponse> {
    try {
      validateHeartbeat(req, client.apiVersion, this.assignors);
    } catch (err) {
      const e = err as KafkaError;
      return Promise.resolve(heartbeatError(e.code, e.message));
    }
    const ctx = this.route(req.groupId);
    if (typeof ctx === 'number') return Promise.resolve(heartbeatError(ctx));
    return ctx.consumer.heartbeat(req, client);
  }

  consumerGroupDescribe(groupId: string): ConsumerGroupDescribeResponseDescribedGroup {
    if (invalidGroupId(groupId)) return describeError(groupId, ErrorCode.INVALID_GROUP_ID);
    const ctx = this.route(groupId);
    if (typeof ctx === 'number') return describeError(groupId, ctx);
    return ctx.consumer.describe(groupId);
  }

  // ---- Offsets ----

  async commitOffsets(req: OffsetCommitRequest, image: MetadataImage, apiVersion: number): Promise<PartitionError[]> {
    const everywhere = (errorCode: number): PartitionError[] => req.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, errorCode })));
    if (invalidGroupId(req.groupId)) return everywhere(ErrorCode.INVALID_GROUP_ID);
    const ctx = this.route(req.groupId);
    if (typeof ctx === 'number') return everywhere(ctx);
    return ctx.offsets.commit(req, image, apiVersion);
  }

  /** `member` is OffsetFetch v9's member id and epoch, checked for consumer groups. */
  fetchOffsets(
    groupId: string,
    topics: ReadonlyArray<{ name: string; partitionIndexes: readonly number[] }> | null,
    member: { memberId: string | null; memberEpoch: number } = { memberId: null, memberEpoch: -1 },
  ): { errorCode: number; topics: Array<{ name: string; partitions: FetchedOffset[] }> } {
    if (invalidGroupId(groupId)) return { errorCode: ErrorCode.INVALID_GROUP_ID, topics: [] };
    const ctx = this.route(groupId);
    if (typeof ctx === 'number') return { errorCode: ctx, topics: [] };
    const memberError = ctx.offsets.validateFetch(groupId, member.memberId, member.memberEpoch);
    if (memberError !== ErrorCode.NONE) return { errorCode: memberError, topics: [] };
    return { errorCode: ErrorCode.NONE, topics: ctx.offsets.fetch(groupId, topics) };
  }

  async deleteOffsets(groupId: string, topics: ReadonlyArray<{ name: string; partitions: readonly number[] }>): Promise<{ errorCode: number; partitions: PartitionError[] }> {
    if (invalidGroupId(groupId)) return { errorCode: ErrorCode.INVALID_GROUP_ID, partitions: [] };
    const ctx = this.route(groupId);
    if (typeof ctx === 'number') return { errorCode: ctx, partitions: [] };
    const group = ctx.shard.group(groupId);
    if (!group) return { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, partitions: [] };
    // A non-consumer group with members has no subscriptions to check against: Kafka refuses it whole.
    if (!group.is('Empty') && group.protocolType !== 'consumer') return { errorCode: ErrorCode.NON_EMPTY_GROUP, partitions: [] };
    try {
      return { errorCode: ErrorCode.NONE, partitions: await ctx.offsets.deleteOffsets(groupId, topics, subscribedTopics(group, this.currentImage())) };
    } catch (err) {
      return { errorCode: err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR, partitions: [] };
    }
  }

  private async expireOffsets(): Promise<void> {
    const now = Date.now();
    for (const ctx of this.shards.values()) {
      if (ctx.shard.status !== 'active') continue;
      try {
        await ctx.offsets.expire(now);
      } catch (err) {
        this.logger.warn({ offsetsPartition: ctx.shard.partition, err }, 'offset expiry failed; will retry');
      }
    }
  }

  // ---- Group administration ----

  /** Groups on every loaded shard; an error when some shard is still loading, as Kafka. */
  listGroups(states: readonly string[], types: readonly string[]): { errorCode: number; groups: ListedGroup[] } {
    const wantStates = new Set(states.map((s) => s.toLowerCase()));
    const wantTypes = new Set(types.map((s) => s.toLowerCase()));
    const groups: ListedGroup[] = [];
    let errorCode: number = ErrorCode.NONE;
    for (const ctx of this.shards.values()) {
      if (ctx.shard.status === 'loading') errorCode = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
      if (ctx.shard.status !== 'active') continue;
      for (const g of ctx.shard.allGroups()) {
        if (g.is('Dead')) continue;
        if (wantStates.size > 0 && !wantStates.has(g.state.toLowerCase())) continue;
        if (wantTypes.size > 0 && !wantTypes.has(g.type)) continue;
        groups.push({ groupId: g.groupId, protocolType: g.protocolType ?? '', groupState: g.state, groupType: g.type });
      }
    }
    return { errorCode, groups };
  }

  describeGroup(groupId: string): DescribedGroup {
    const base = { groupId, groupState: '', protocolType: '', protocolData: '', members: [] };
    if (invalidGroupId(groupId)) return { ...base, errorCode: ErrorCode.INVALID_GROUP_ID };
    const ctx = this.route(groupId);
    if (typeof ctx === 'number') return { ...base, errorCode: ctx };
    const g = ctx.shard.groups.get(groupId);
    // Kafka describes an unknown group as Dead with no members rather than as an error; DescribeGroups
    // v0-5 of a consumer group answers the same (ConsumerGroupDescribe describes those).
    if (!g) return { ...base, errorCode: ErrorCode.NONE, groupState: 'Dead' };
    const stable = g.is('Stable');
    return {
      errorCode: ErrorCode.NONE,
      groupId,
      groupState: g.state,
      protocolType: g.protocolType ?? '',
      protocolData: stable ? (g.protocolName ?? '') : '',
      members: [...g.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        memberMetadata: stable && g.protocolName ? m.metadataFor(g.protocolName) : Buffer.alloc(0),
        memberAssignment: stable ? m.assignment : Buffer.alloc(0),
      })),
    };
  }

  async deleteGroup(groupId: string): Promise<number> {
    if (invalidGroupId(groupId)) return ErrorCode.INVALID_GROUP_ID;
    const ctx = this.route(groupId);
    if (typeof ctx === 'number') return ctx;
    if (ctx.shard.consumerGroups.has(groupId)) return ctx.consumer.deleteGroup(groupId, () => ctx.offsets.groupTombstones(groupId));
    const g = ctx.shard.groups.get(groupId);
    if (!g || g.is('Dead')) return ErrorCode.GROUP_ID_NOT_FOUND;
    if (!g.is('Empty')) return ErrorCode.NON_EMPTY_GROUP;
    const records: GroupRecord[] = [...ctx.offsets.groupTombstones(groupId), { kind: 'GroupMetadata', key: { group: groupId }, value: null }];
    // Dead while the tombstones are written, so no member can join (it is told to retry).
    g.transitionTo('Dead');
    try {
      await this.log.append(ctx.shard.partition, records);
    } catch (err) {
      // Nothing was written: the group is as it was.
      g.state = 'Empty';
      return err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR;
    }
    for (const e of ctx.shard.offsets.entries(groupId)) ctx.shard.offsets.delete(groupId, e.topic, e.partition);
    ctx.classic.shutdownGroup(g);
    ctx.shard.groups.delete(groupId);
    this.logger.info({ group: groupId }, 'deleted group');
    return ErrorCode.NONE;
  }

  close(): void {
    if (this.expiryTimer) clearInterval(this.expiryTimer);
    for (const partition of [...this.shards.keys()]) this.unload(partition);
  }
}

/** Topics the members of a consumer-protocol group subscribe to, read from their subscriptions. */
function subscribedTopics(group: Group, image: MetadataImage): Set<string> {
  const topics = new Set<string>();
  if (group.type === 'consumer') {
    for (const m of group.members.values()) for (const t of subscribedTopicNames(m, image)) topics.add(t);
    return topics;
  }
  if (group.protocolType !== 'consumer' || group.protocolName === null) return topics;
  for (const m of group.members.values()) {
    try {
      const meta = m.metadataFor(group.protocolName);
      const r = new Reader(meta);
      const version = r.int16();
      for (const t of decodeConsumerProtocolSubscription(r, Math.min(version, 3)).topics) topics.add(t);
    } catch {
      // Unreadable metadata subscribes to nothing we can name; the delete is then allowed.
    }
  }
  return topics;
}
