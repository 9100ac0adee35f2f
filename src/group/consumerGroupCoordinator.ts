// The KIP-848 consumer group protocol on one coordinator shard (one instance per __consumer_offsets
// partition, next to ClassicGroupCoordinator), after Kafka's GroupMetadataManager:
// ConsumerGroupHeartbeat joins (epoch 0), heartbeats, leaves (-1, or -2 for a static member that
// will be back) and changes subscriptions; the group epoch is bumped whenever membership,
// subscriptions or the subscribed topics' metadata change; the server-side assignor then computes a
// new target assignment and every member is reconciled towards it, one heartbeat at a time.
// Sessions expire after group.consumer.session.timeout.ms without a heartbeat, and a member that
// does not revoke within its rebalance timeout is fenced.
//
// Every change is a list of ConsumerGroup* records: written to the partition first, then replayed
// into the shard (the same replay that loads a partition), so memory never runs ahead of the log.
// Operations on one group run one at a time, in arrival order.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import type { ConsumerGroupHeartbeatRequest } from '../protocol/generated/messages/ConsumerGroupHeartbeatRequest.js';
import type { ConsumerGroupHeartbeatResponse } from '../protocol/generated/messages/ConsumerGroupHeartbeatResponse.js';
import type { ConsumerGroupDescribeResponseDescribedGroup } from '../protocol/generated/messages/ConsumerGroupDescribeResponse.js';
import { assignmentEquals, EMPTY_ASSIGNMENT, topicPartitionsOf, type Assignment, type TopicIdPartitions } from './assignment.js';
import type { PartitionAssignor } from './assignor/partitionAssignor.js';
import { rangeAssignor } from './assignor/rangeAssignor.js';
import { uniformAssignor } from './assignor/uniformAssignor.js';
import type { ClassicGroup } from './classicGroup.js';
import type { AppendRecords } from './classicGroupCoordinator.js';
import { ConsumerGroup } from './consumerGroup.js';
import {
  isReconciledTo,
  LEAVE_GROUP_MEMBER_EPOCH,
  LEAVE_GROUP_STATIC_MEMBER_EPOCH,
  MemberState,
  newMember,
  normalizeTopicNames,
  sameCurrentAssignment,
  sameMetadata,
  sameSubscribedTopicNames,
  type ConsumerGroupMember,
} from './consumerGroupMember.js';
import {
  currentAssignmentRecord,
  groupEpochRecord,
  groupTombstoneRecords,
  memberMetadataRecord,
  memberRemovalRecords,
  subscriptionMetadataRecord,
  targetAssignmentRecord,
} from './consumerGroupRecords.js';
import { reconcile } from './currentAssignmentBuilder.js';
import type { GroupCoordinatorShard } from './groupCoordinatorShard.js';
import type { GroupRecord } from './groupRecord.js';
import { compileTopicRegex, computeSubscriptionMetadata, sameSubscriptionMetadata } from './subscribedTopics.js';
import { buildTargetAssignment } from './targetAssignmentBuilder.js';

export interface ConsumerGroupConfig {
  /** group.consumer.session.timeout.ms */
  consumerSessionTimeoutMs: number;
  /** group.consumer.heartbeat.interval.ms */
  consumerHeartbeatIntervalMs: number;
  /** group.consumer.max.size */
  consumerMaxSize: number;
  /** group.consumer.assignors: names of the server-side assignors; the first is the default. */
  consumerAssignors: readonly string[];
}

export interface HeartbeatClient {
  apiVersion: number;
  clientId: string;
  clientHost: string;
}

/** The built-in assignors by name; Kafka's class names are accepted in the config too. */
const SERVER_ASSIGNORS: ReadonlyMap<string, PartitionAssignor> = new Map([
  ['uniform', uniformAssignor],
  ['range', rangeAssignor],
  ['org.apache.kafka.coordinator.group.assignor.UniformAssignor', uniformAssignor],
  ['org.apache.kafka.coordinator.group.assignor.RangeAssignor', rangeAssignor],
]);

/** From ConsumerGroupHeartbeat v1 the client generates its member id (KIP-1082). */
const CLIENT_GENERATED_MEMBER_ID_VERSION = 1;

export function heartbeatError(errorCode: number, errorMessage: string | null = null): ConsumerGroupHeartbeatResponse {
  return { throttleTimeMs: 0, errorCode, errorMessage, memberId: null, memberEpoch: 0, heartbeatIntervalMs: 0, assignment: null };
}

export function describeError(groupId: string, errorCode: number, errorMessage: string | null = null): ConsumerGroupDescribeResponseDescribedGroup {
  return { errorCode, errorMessage, groupId, groupState: '', groupEpoch: 0, assignmentEpoch: 0, assignorName: '', members: [], authorizedOperations: -2147483648 };
}

function invalid(message: string): KafkaError {
  return new KafkaError(ErrorCode.INVALID_REQUEST, message);
}

/** The assignors of a config, by the names ConsumerGroupHeartbeat's ServerAssignor uses. */
export function configuredAssignors(config: ConsumerGroupConfig): PartitionAssignor[] {
  const out: PartitionAssignor[] = [];
  for (const name of config.consumerAssignors) {
    const a = SERVER_ASSIGNORS.get(name);
    if (!a) throw new Error(`unknown server assignor ${name}`);
    if (!out.includes(a)) out.push(a);
  }
  if (out.length === 0) throw new Error('group.consumer.assignors is empty');
  return out;
}

/**
 * Kafka's request validation, in Kafka's order: what it refuses before looking at any group.
 * Throws a KafkaError (INVALID_REQUEST, UNSUPPORTED_ASSIGNOR or INVALID_REGULAR_EXPRESSION).
 */
export function validateHeartbeat(req: ConsumerGroupHeartbeatRequest, apiVersion: number, assignors: readonly PartitionAssignor[]): void {
  if ((apiVersion >= CLIENT_GENERATED_MEMBER_ID_VERSION || req.memberEpoch > 0 || req.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH) && req.memberId === '') {
    throw invalid("MemberId can't be empty.");
  }
  if (req.groupId === '') throw invalid("GroupId can't be empty.");
  if (req.instanceId === '') throw invalid("InstanceId can't be empty.");
  if (req.rackId === '') throw invalid("RackId can't be empty.");
  if (req.memberEpoch === 0) {
    if (req.rebalanceTimeoutMs === -1) throw invalid('RebalanceTimeoutMs must be provided in first request.');
    if (req.topicPartitions === null || req.topicPartitions.length > 0) throw invalid('TopicPartitions must be empty when (re-)joining.');
    if (req.subscribedTopicNames === null && req.subscribedTopicRegex === null) {
      throw invalid('Either SubscribedTopicNames or SubscribedTopicRegex must be non-null when (re-)joining.');
    }
  } else if (req.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
    if (req.instanceId === null) throw invalid("InstanceId can't be null.");
  } else if (req.memberEpoch < LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
    throw invalid('MemberEpoch is invalid.');
  }
  if (req.serverAssignor !== null && !assignors.some((a) => a.name === req.serverAssignor)) {
    throw new KafkaError(
      ErrorCode.UNSUPPORTED_ASSIGNOR,
      `ServerAssignor ${req.serverAssignor} is not supported. Supported assignors: ${assignors.map((a) => a.name).join(', ')}.`,
    );
  }
  if (req.subscribedTopicRegex) compileTopicRegex(req.subscribedTopicRegex);
}

/** Every owned partition is in `assigned` (a member retrying with its previous epoch). */
function isSubset(owned: readonly TopicIdPartitions[] | null, assigned: Assignment): boolean {
  if (owned === null) return false;
  return owned.every((tp) => tp.partitions.every((p) => assigned.get(tp.topicId)?.has(p) ?? false));
}

function throwIfMemberEpochInvalid(m: ConsumerGroupMember, receivedEpoch: number, owned: readonly TopicIdPartitions[] | null): void {
  if (receivedEpoch > m.memberEpoch) {
    throw new KafkaError(
      ErrorCode.FENCED_MEMBER_EPOCH,
      `The consumer group member has a greater member epoch (${receivedEpoch}) than the one known by the group coordinator (${m.memberEpoch}). The member must abandon all its partitions and rejoin.`,
    );
  }
  // The previous epoch is accepted when the response that bumped it may have been lost.
  if (receivedEpoch < m.memberEpoch && (receivedEpoch !== m.previousMemberEpoch || !isSubset(owned, m.assignedPartitions))) {
    throw new KafkaError(
      ErrorCode.FENCED_MEMBER_EPOCH,
      `The consumer group member has a smaller member epoch (${receivedEpoch}) than the one known by the group coordinator (${m.memberEpoch}). The member must abandon all its partitions and rejoin.`,
    );
  }
}

function unknownMember(groupId: string, memberId: string): KafkaError {
  return new KafkaError(ErrorCode.UNKNOWN_MEMBER_ID, `Member ${memberId} is not a member of group ${groupId}.`);
}

/** A Kafka Uuid in its printed form, for v0 clients that let the coordinator name them. */
function newMemberId(): string {
  return randomBytes(16).toString('base64url');
}

export class ConsumerGroupCoordinator {
  private readonly assignors: PartitionAssignor[];
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly sessionTimers = new Map<string, NodeJS.Timeout>();
  private readonly rebalanceTimers = new Map<string, NodeJS.Timeout>();
  /** The image each group's subscription metadata was last checked against. */
  private readonly metadataChecked = new WeakMap<ConsumerGroup, MetadataImage>();

  constructor(
    private readonly shard: GroupCoordinatorShard,
    private readonly config: ConsumerGroupConfig,
    private readonly append: AppendRecords,
    private readonly currentImage: () => MetadataImage,
    /** Stops the timers of a classic group that a consumer group replaces. */
    private readonly retireClassicGroup: (g: ClassicGroup) => void,
    private readonly logger: Logger,
  ) {
    this.assignors = configuredAssignors(config);
  }

  get supportedAssignors(): readonly PartitionAssignor[] {
    return this.assignors;
  }

  // ---- ConsumerGroupHeartbeat ----

  /** Handles a validated request (see validateHeartbeat); errors come back in the response. */
  heartbeat(req: ConsumerGroupHeartbeatRequest, client: HeartbeatClient): Promise<ConsumerGroupHeartbeatResponse> {
    return this.serialized(req.groupId, async () => {
      try {
        if (req.memberEpoch === LEAVE_GROUP_MEMBER_EPOCH || req.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) return await this.leave(req);
        return await this.memberHeartbeat(req, client);
      } catch (err) {
        if (err instanceof KafkaError) return heartbeatError(err.code, err.message);
        this.logger.error({ group: req.groupId, memberId: req.memberId, err }, 'consumer group heartbeat failed');
        return heartbeatError(ErrorCode.UNKNOWN_SERVER_ERROR, (err as Error).message);
      }
    });
  }

  private async memberHeartbeat(req: ConsumerGroupHeartbeatRequest, client: HeartbeatClient): Promise<ConsumerGroupHeartbeatResponse> {
    const image = this.currentImage();
    const groupId = req.groupId;
    const records: GroupRecord[] = [];
    const joining = req.memberEpoch === 0;
    const { group, replacedClassic } = this.groupForHeartbeat(groupId, joining, records);
    if (group.size >= this.config.consumerMaxSize && (req.memberId === '' || !group.hasMember(req.memberId))) {
      throw new KafkaError(ErrorCode.GROUP_MAX_SIZE_REACHED, `The consumer group has reached its maximum capacity of ${this.config.consumerMaxSize} members.`);
    }
    const memberId = req.memberId === '' ? newMemberId() : req.memberId;
    const owned = req.topicPartitions;
    const { member, replacedMemberId } =
      req.instanceId === null ? this.dynamicMember(group, memberId, req.memberEpoch, owned, joining) : this.staticMember(group, memberId, req.instanceId, req.memberEpoch, owned, joining, records);

    // 1. The member's metadata; a subscription change bumps the group epoch.
    let updated: ConsumerGroupMember = {
      ...member,
      instanceId: req.instanceId ?? member.instanceId,
      rackId: req.rackId ?? member.rackId,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs !== -1 ? req.rebalanceTimeoutMs : member.rebalanceTimeoutMs,
      serverAssignor: req.serverAssignor ?? member.serverAssignor,
      subscribedTopicNames: req.subscribedTopicNames !== null ? normalizeTopicNames(req.subscribedTopicNames) : member.subscribedTopicNames,
      subscribedTopicRegex: req.subscribedTopicRegex ?? member.subscribedTopicRegex,
      clientId: client.clientId,
      clientHost: client.clientHost,
    };
    // A new group moves off epoch 0 at once.
    let bumpGroupEpoch = group.groupEpoch === 0;
    if (!sameMetadata(member, updated)) {
      records.push(memberMetadataRecord(groupId, updated));
      if (!sameSubscribedTopicNames(member, updated) || member.subscribedTopicRegex !== updated.subscribedTopicRegex) bumpGroupEpoch = true;
    }
    const membersAfter = [...group.members.values()].filter((m) => m.memberId !== updated.memberId && m.memberId !== replacedMemberId);
    membersAfter.push(updated);

    // The subscribed topics' metadata: a topic created, deleted or grown changes the assignment.
    let groupEpoch = group.groupEpoch;
    let subscriptionMetadata = group.subscriptionMetadata;
    if (bumpGroupEpoch || this.metadataChecked.get(group) !== image) {
      subscriptionMetadata = computeSubscriptionMetadata(membersAfter, image);
      if (!sameSubscriptionMetadata(subscriptionMetadata, group.subscriptionMetadata)) {
        bumpGroupEpoch = true;
        records.push(subscriptionMetadataRecord(groupId, subscriptionMetadata));
      }
      if (bumpGroupEpoch) {
        groupEpoch++;
        records.push(groupEpochRecord(groupId, groupEpoch));
      }
    }

    // 2. A new target assignment when the group epoch is ahead of it.
    const currentTarget = (id: string): Assignment | undefined => group.targetAssignment.get(id === updated.memberId && replacedMemberId ? replacedMemberId : id);
    let targetAssignmentEpoch = group.assignmentEpoch;
    let target: Assignment = currentTarget(updated.memberId) ?? EMPTY_ASSIGNMENT;
    let assigned: { assignor: string; ms: number } | null = null;
    if (groupEpoch > group.assignmentEpoch) {
      const assignorName = group.preferredServerAssignor(membersAfter);
      const assignor = this.assignors.find((a) => a.name === assignorName) ?? this.assignors[0];
      const started = Date.now();
      const result = buildTargetAssignment({ groupId, groupEpoch, assignor, members: membersAfter, currentTarget, subscriptionMetadata, image });
      records.push(...result.records);
      target = result.targetAssignment.get(updated.memberId) ?? EMPTY_ASSIGNMENT;
      targetAssignmentEpoch = groupEpoch;
      assigned = { assignor: assignor.name, ms: Date.now() - started };
    }

    // 3. Reconcile the member towards its target.
    if (!isReconciledTo(updated, targetAssignmentEpoch)) {
      const next = reconcile({
        member: updated,
        targetAssignmentEpoch,
        targetAssignment: target,
        currentPartitionEpoch: (topicId, p) => group.currentPartitionEpoch(topicId, p),
        ownedTopicPartitions: owned,
      });
      if (!sameCurrentAssignment(next, updated)) records.push(currentAssignmentRecord(groupId, next));
      updated = next;
    }

    await this.write(records);
    if (assigned) this.logger.info({ group: groupId, groupEpoch, memberId, members: membersAfter.length, ...assigned }, 'computed a new target assignment');
    if (replacedClassic) this.retireClassicGroup(replacedClassic);
    const live = this.shard.consumerGroups.get(groupId);
    if (live) this.metadataChecked.set(live, image);
    if (replacedMemberId) this.cancelTimers(groupId, replacedMemberId);
    this.scheduleSessionTimeout(groupId, updated.memberId);
    if (updated.state === MemberState.UNREVOKED_PARTITIONS) {
      if (!sameCurrentAssignment(member, updated)) this.scheduleRebalanceTimeout(groupId, updated.memberId, updated.memberEpoch, updated.rebalanceTimeoutMs);
    } else {
      this.cancelRebalanceTimeout(groupId, updated.memberId);
    }

    // The assignment goes back on a full request (a join, or a client resending everything after an
    // error) and whenever it changed.
    const fullRequest =
      joining || (req.rebalanceTimeoutMs !== -1 && (req.subscribedTopicNames !== null || req.subscribedTopicRegex !== null) && owned !== null);
    const sendAssignment = fullRequest || !assignmentEquals(member.assignedPartitions, updated.assignedPartitions);
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      memberId: updated.memberId,
      memberEpoch: updated.memberEpoch,
      heartbeatIntervalMs: this.config.consumerHeartbeatIntervalMs,
      assignment: sendAssignment ? { topicPartitions: topicPartitionsOf(updated.assignedPartitions) } : null,
    };
  }

  /**
   * The consumer group a heartbeat is for. A joining member creates it (the records that follow
   * materialize it on replay); an empty classic group of the same id, which only holds offsets, is
   * deleted in favour of it, as Kafka does. A classic group with members is not converted: Runnel
   * does not implement KIP-848's online upgrade, and answers as Kafka does when it cannot upgrade.
   */
  private groupForHeartbeat(groupId: string, create: boolean, records: GroupRecord[]): { group: ConsumerGroup; replacedClassic: ClassicGroup | null } {
    const existing = this.shard.consumerGroups.get(groupId);
    if (existing) return { group: existing, replacedClassic: null };
    const classic = this.shard.groups.get(groupId);
    if (!classic) {
      if (!create) throw new KafkaError(ErrorCode.GROUP_ID_NOT_FOUND, `Consumer group ${groupId} not found.`);
      return { group: new ConsumerGroup(groupId), replacedClassic: null };
    }
    if (create && classic.is('Empty')) {
      records.push({ kind: 'GroupMetadata', key: { group: groupId }, value: null });
      this.logger.info({ group: groupId }, 'converting the empty classic group to a consumer group');
      return { group: new ConsumerGroup(groupId), replacedClassic: classic };
    }
    throw new KafkaError(ErrorCode.GROUP_ID_NOT_FOUND, `Group ${groupId} is not a consumer group.`);
  }

  private dynamicMember(
    group: ConsumerGroup,
    memberId: string,
    memberEpoch: number,
    owned: readonly TopicIdPartitions[] | null,
    joining: boolean,
  ): { member: ConsumerGroupMember; replacedMemberId: null } {
    const existing = group.members.get(memberId);
    if (!existing && !joining) throw unknownMember(group.groupId, memberId);
    const member = existing ?? newMember(memberId);
    throwIfMemberEpochInvalid(member, memberEpoch, owned);
    if (!existing) this.logger.info({ group: group.groupId, memberId }, 'member joins the consumer group');
    return { member, replacedMemberId: null };
  }

  /** A static member; one rejoining after a temporary leave (epoch -2) takes over its predecessor. */
  private staticMember(
    group: ConsumerGroup,
    memberId: string,
    instanceId: string,
    memberEpoch: number,
    owned: readonly TopicIdPartitions[] | null,
    joining: boolean,
    records: GroupRecord[],
  ): { member: ConsumerGroupMember; replacedMemberId: string | null } {
    const existing = group.staticMember(instanceId);
    if (joining) {
      if (!existing) {
        this.logger.info({ group: group.groupId, memberId, instanceId }, 'static member joins the consumer group');
        return { member: group.members.get(memberId) ?? newMember(memberId), replacedMemberId: null };
      }
      if (existing.memberEpoch !== LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
        throw new KafkaError(
          ErrorCode.UNRELEASED_INSTANCE_ID,
          `Static member ${memberId} with instance id ${instanceId} cannot join the group because the instance id is owned by ${existing.memberId} member.`,
        );
      }
      // The new incarnation inherits the partitions and target of the one that left.
      const member: ConsumerGroupMember = { ...existing, memberId, memberEpoch: 0, previousMemberEpoch: 0 };
      records.push(
        ...memberRemovalRecords(group.groupId, existing.memberId),
        memberMetadataRecord(group.groupId, member),
        targetAssignmentRecord(group.groupId, memberId, group.targetAssignmentOf(existing.memberId)),
        currentAssignmentRecord(group.groupId, member),
      );
      this.logger.info({ group: group.groupId, instanceId, memberId, previousMemberId: existing.memberId }, 'static member rejoins the consumer group');
      return { member, replacedMemberId: existing.memberId };
    }
    if (!existing) throw new KafkaError(ErrorCode.UNKNOWN_MEMBER_ID, `Instance id ${instanceId} is unknown.`);
    if (existing.memberId !== memberId) {
      throw new KafkaError(ErrorCode.FENCED_INSTANCE_ID, `Static member ${memberId} with instance id ${instanceId} was fenced by member ${existing.memberId}.`);
    }
    throwIfMemberEpochInvalid(existing, memberEpoch, owned);
    return { member: existing, replacedMemberId: null };
  }

  private async leave(req: ConsumerGroupHeartbeatRequest): Promise<ConsumerGroupHeartbeatResponse> {
    const group = this.existingGroup(req.groupId);
    let member: ConsumerGroupMember;
    if (req.instanceId === null) {
      member = group.members.get(req.memberId) ?? (() => { throw unknownMember(req.groupId, req.memberId); })();
    } else {
      const holder = group.staticMember(req.instanceId);
      if (!holder) throw new KafkaError(ErrorCode.UNKNOWN_MEMBER_ID, `Instance id ${req.instanceId} is unknown.`);
      if (holder.memberId !== req.memberId) {
        throw new KafkaError(ErrorCode.FENCED_INSTANCE_ID, `Static member ${req.memberId} with instance id ${req.instanceId} was fenced by member ${holder.memberId}.`);
      }
      member = holder;
    }
    const done: ConsumerGroupHeartbeatResponse = { ...heartbeatError(ErrorCode.NONE), memberId: member.memberId, memberEpoch: req.memberEpoch };
    if (req.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
      // It keeps its partitions until it comes back or its session expires.
      const leaving: ConsumerGroupMember = { ...member, memberEpoch: LEAVE_GROUP_STATIC_MEMBER_EPOCH, partitionsPendingRevocation: new Map() };
      await this.write([currentAssignmentRecord(req.groupId, leaving)]);
      this.logger.info({ group: req.groupId, memberId: member.memberId, instanceId: req.instanceId }, 'static member temporarily left the consumer group');
      return done;
    }
    await this.fence(group, member, 'the member left the group');
    return done;
  }

  /** Removes a member: its records go, and the group epoch is bumped so the others rebalance. */
  private async fence(group: ConsumerGroup, member: ConsumerGroupMember, reason: string): Promise<void> {
    const groupId = group.groupId;
    const records = memberRemovalRecords(groupId, member.memberId);
    const remaining = [...group.members.values()].filter((m) => m.memberId !== member.memberId);
    const subscriptionMetadata = computeSubscriptionMetadata(remaining, this.currentImage());
    if (!sameSubscriptionMetadata(subscriptionMetadata, group.subscriptionMetadata)) records.push(subscriptionMetadataRecord(groupId, subscriptionMetadata));
    records.push(groupEpochRecord(groupId, group.groupEpoch + 1));
    await this.write(records);
    this.cancelTimers(groupId, member.memberId);
    this.logger.info({ group: groupId, memberId: member.memberId, groupEpoch: group.groupEpoch, reason }, 'removed member from the consumer group');
  }

  private existingGroup(groupId: string): ConsumerGroup {
    const group = this.shard.consumerGroups.get(groupId);
    if (group) return group;
    if (this.shard.groups.has(groupId)) throw new KafkaError(ErrorCode.GROUP_ID_NOT_FOUND, `Group ${groupId} is not a consumer group.`);
    throw new KafkaError(ErrorCode.GROUP_ID_NOT_FOUND, `Group ${groupId} not found.`);
  }

  // ---- ConsumerGroupDescribe ----

  describe(groupId: string): ConsumerGroupDescribeResponseDescribedGroup {
    let group: ConsumerGroup;
    try {
      group = this.existingGroup(groupId);
    } catch (err) {
      const e = err as KafkaError;
      return describeError(groupId, e.code, e.message);
    }
    const image = this.currentImage();
    const described = (a: Assignment) => ({
      topicPartitions: topicPartitionsOf(a).flatMap((tp) => {
        const topic = image.topicsById.get(tp.topicId);
        return topic ? [{ topicId: tp.topicId, topicName: topic.name, partitions: tp.partitions }] : [];
      }),
    });
    return {
      ...describeError(groupId, ErrorCode.NONE),
      groupState: group.state,
      groupEpoch: group.groupEpoch,
      assignmentEpoch: group.assignmentEpoch,
      assignorName: group.preferredServerAssignor() ?? this.assignors[0].name,
      members: [...group.members.values()].map((m) => ({
        memberId: m.memberId,
        instanceId: m.instanceId,
        rackId: m.rackId,
        memberEpoch: m.memberEpoch,
        clientId: m.clientId,
        clientHost: m.clientHost,
        subscribedTopicNames: [...m.subscribedTopicNames],
        subscribedTopicRegex: m.subscribedTopicRegex,
        assignment: described(m.assignedPartitions),
        targetAssignment: described(group.targetAssignmentOf(m.memberId)),
      })),
    };
  }

  // ---- Group deletion ----

  /**
   * Deletes an empty consumer group with `extraRecords` (its offsets' tombstones) in the same write.
   * Returns the error code: GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP, or a write failure.
   */
  deleteGroup(groupId: string, extraRecords: () => GroupRecord[]): Promise<number> {
    return this.serialized(groupId, async () => {
      const group = this.shard.consumerGroups.get(groupId);
      if (!group) return ErrorCode.GROUP_ID_NOT_FOUND;
      if (!group.is('Empty')) return ErrorCode.NON_EMPTY_GROUP;
      try {
        await this.write([...extraRecords(), ...groupTombstoneRecords(group)]);
      } catch (err) {
        return err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR;
      }
      this.logger.info({ group: groupId }, 'deleted consumer group');
      return ErrorCode.NONE;
    });
  }

  // ---- Timers ----

  private scheduleSessionTimeout(groupId: string, memberId: string): void {
    this.schedule(this.sessionTimers, groupId, memberId, this.config.consumerSessionTimeoutMs, (group, member) =>
      this.fence(group, member, `its session expired (${this.config.consumerSessionTimeoutMs} ms without a heartbeat)`),
    );
  }

  /** A member asked to revoke partitions must do so within its rebalance timeout, or it is fenced. */
  private scheduleRebalanceTimeout(groupId: string, memberId: string, memberEpoch: number, timeoutMs: number): void {
    this.schedule(this.rebalanceTimers, groupId, memberId, timeoutMs, async (group, member) => {
      if (member.memberEpoch === memberEpoch) await this.fence(group, member, `it did not revoke its partitions within the rebalance timeout of ${timeoutMs} ms`);
    });
  }

  private schedule(
    timers: Map<string, NodeJS.Timeout>,
    groupId: string,
    memberId: string,
    delayMs: number,
    expire: (group: ConsumerGroup, member: ConsumerGroupMember) => Promise<void>,
  ): void {
    const key = timerKey(groupId, memberId);
    clearTimeout(timers.get(key));
    const timer = setTimeout(() => {
      if (timers.get(key) !== timer) return;
      timers.delete(key);
      void this.serialized(groupId, async () => {
        const group = this.shard.consumerGroups.get(groupId);
        const member = group?.members.get(memberId);
        if (!group || !member || this.shard.status !== 'active') return;
        try {
          await expire(group, member);
        } catch (err) {
          this.logger.warn({ group: groupId, memberId, err }, 'could not fence the consumer group member; will retry');
          this.schedule(timers, groupId, memberId, Math.min(delayMs, 1000), expire);
        }
      });
    }, delayMs);
    timers.set(key, timer);
  }

  private cancelRebalanceTimeout(groupId: string, memberId: string): void {
    const key = timerKey(groupId, memberId);
    clearTimeout(this.rebalanceTimers.get(key));
    this.rebalanceTimers.delete(key);
  }

  private cancelTimers(groupId: string, memberId: string): void {
    const key = timerKey(groupId, memberId);
    clearTimeout(this.sessionTimers.get(key));
    this.sessionTimers.delete(key);
    this.cancelRebalanceTimeout(groupId, memberId);
  }

  /** After a load: every member must heartbeat within a session, and revoke within its rebalance timeout. */
  resumeLoadedGroups(): void {
    for (const group of this.shard.consumerGroups.values()) {
      for (const m of group.members.values()) {
        this.scheduleSessionTimeout(group.groupId, m.memberId);
        if (m.state === MemberState.UNREVOKED_PARTITIONS) this.scheduleRebalanceTimeout(group.groupId, m.memberId, m.memberEpoch, m.rebalanceTimeoutMs);
      }
      this.logger.info({ group: group.groupId, members: group.size, groupEpoch: group.groupEpoch, state: group.state }, 'loaded consumer group');
    }
  }

  /** Unload: stop every timer; the groups are dead to whoever still holds them. */
  shutdown(): void {
    for (const t of [...this.sessionTimers.values(), ...this.rebalanceTimers.values()]) clearTimeout(t);
    this.sessionTimers.clear();
    this.rebalanceTimers.clear();
    for (const g of this.shard.consumerGroups.values()) g.markDead();
  }

  // ---- Plumbing ----

  /** Writes the records, then applies them by replay; throws a KafkaError when the write fails. */
  private async write(records: readonly GroupRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.append(records);
    for (const r of records) this.shard.replay(r);
  }

  /** Runs operations on one group one after another, whatever the outcome of the previous one. */
  private serialized<T>(groupId: string, op: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(groupId) ?? Promise.resolve();
    const result = previous.then(op, op);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(groupId, tail);
    void tail.then(() => {
      if (this.queues.get(groupId) === tail) this.queues.delete(groupId);
    });
    return result;
  }
}

function timerKey(groupId: string, memberId: string): string {
  return `${groupId}\u0000${memberId}`;
}
