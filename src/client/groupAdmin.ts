// The group admin APIs, as Kafka's Admin client offers them: list, describe and delete groups, and
// fetch, commit (for an inactive group) and delete committed offsets. Requests go to each group's
// coordinator and are retried on coordinator errors until `timeoutMs` passes.
import { ErrorCode, KafkaError, UnsupportedVersionError } from '../protocol/kafkaErrors.js';
import { ConsumerGroupDescribe, DeleteGroups, DescribeGroups, ListGroups, OffsetDelete, OffsetFetch } from './clientApis.js';
import { CONSUMER_PROTOCOL_TYPE, decodeAssignment } from './consumerProtocol.js';
import { GroupCoordinators, throwIfCoordinatorError, type CoordinatorNode, type RetryBackoff } from './groupCoordinator.js';
import type { KafkaClient } from './kafkaClient.js';
import type { KafkaConnection } from './kafkaConnection.js';
import type { DescribeGroupsResponseDescribedGroup } from '../protocol/generated/messages/DescribeGroupsResponse.js';
import { ADMIN_COMMIT, sendOffsetCommit, type OffsetToCommit, type PartitionResult } from './offsetCommit.js';
import { compareTopicPartitions, groupByTopic, type TopicPartition } from './topicPartition.js';

export interface GroupAdminOptions extends RetryBackoff {
  /** How long one admin call may keep retrying (Kafka's tools default to 5000 via --timeout). */
  timeoutMs?: number;
}

export interface GroupListing {
  groupId: string;
  protocolType: string;
  /** Kafka's state name (Stable, Empty, ...); null from brokers older than ListGroups v4. */
  state: string | null;
  /** 'classic', 'consumer', ...; null from brokers older than ListGroups v5 (all groups are classic there). */
  type: string | null;
}

export interface ListGroupsFilter {
  /** Kafka's state names, matched case-insensitively by the broker. */
  states?: readonly string[];
  types?: readonly string[];
}

export interface MemberDescription {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  host: string;
  assignment: TopicPartition[];
  /** KIP-848 groups only: where the member is heading; null for classic groups. */
  targetAssignment: TopicPartition[] | null;
  /** KIP-848 groups only. */
  memberEpoch: number | null;
}

export type GroupType = 'classic' | 'consumer';

export interface GroupDescription {
  groupId: string;
  /** GROUP_ID_NOT_FOUND, GROUP_AUTHORIZATION_FAILED, ...; an unknown classic group is state Dead with no error. */
  error: KafkaError | null;
  type: GroupType;
  state: string;
  protocolType: string;
  /** The chosen assignor (classic: the protocol name); '' when none. */
  assignor: string;
  coordinator: CoordinatorNode;
  members: MemberDescription[];
  /** KIP-848 groups only. */
  groupEpoch: number | null;
  targetAssignmentEpoch: number | null;
}

export interface CommittedOffset extends TopicPartition {
  offset: bigint;
  /** -1 when unknown. */
  leaderEpoch: number;
  metadata: string | null;
}

export interface GroupResult {
  groupId: string;
  error: KafkaError | null;
}

export interface OffsetDeleteResult {
  /** A group-level error (GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP, ...), or null. */
  error: KafkaError | null;
  partitions: PartitionResult[];
}

// Results carry Kafka's own message for the code (callers know which group or partition it is);
// errors thrown out of a call name what failed.
const errorOf = (code: number, message?: string | null): KafkaError | null =>
  code === ErrorCode.NONE ? null : new KafkaError(code, message ?? undefined);
const failure = (code: number, context: string): KafkaError => new KafkaError(code, `${context}: ${new KafkaError(code).message}`);

// OffsetFetch v8 asks for a list of groups (KIP-709); older versions for one.
const FIRST_MULTI_GROUP_OFFSET_FETCH = 8;
// OffsetFetch v2 accepts a null topic list (all committed offsets) and has a group-level error code.
const FIRST_ALL_TOPICS_OFFSET_FETCH = 2;
const LIST_GROUPS_STATES = 4;
const LIST_GROUPS_TYPES = 5;

const toTopicPartitions = (wire: readonly { topicName: string; partitions: number[] }[]): TopicPartition[] =>
  wire.flatMap((t) => t.partitions.map((partition) => ({ topic: t.topicName, partition }))).sort(compareTopicPartitions);

export class GroupAdmin {
  readonly coordinators: GroupCoordinators;
  private readonly timeoutMs: number;

  constructor(private readonly client: KafkaClient, opts: GroupAdminOptions = {}) {
    this.coordinators = new GroupCoordinators(client, opts);
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  private deadline(): number {
    return Date.now() + this.timeoutMs;
  }

  async findCoordinator(groupId: string): Promise<CoordinatorNode> {
    return (await this.coordinators.find([groupId], this.deadline())).get(groupId)!;
  }

  /** Every group on every broker (each lists the groups it coordinates), sorted by id. */
  async listGroups(filter: ListGroupsFilter = {}): Promise<GroupListing[]> {
    const deadline = this.deadline();
    const states = filter.states ?? [];
    const types = filter.types ?? [];
    const { brokers } = await this.client.metadata([]);
    const perBroker = await Promise.all([...brokers.values()].map(async (b) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.listGroupsOn(await this.client.brokerConnection(b.host, b.port), states, types);
        } catch (err) {
          if (!(err instanceof KafkaError) || !err.retriable) throw err;
          await this.coordinators.backoff(attempt, deadline, err);
        }
      }
    }));
    const byId = new Map<string, GroupListing>();
    for (const g of perBroker.flat()) byId.set(g.groupId, g);
    return [...byId.values()].sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
  }

  private async listGroupsOn(conn: KafkaConnection, states: readonly string[], types: readonly string[]): Promise<GroupListing[]> {
    const version = conn.versionFor(ListGroups);
    if (states.length > 0 && version < LIST_GROUPS_STATES) throw new UnsupportedVersionError(`${conn.address} cannot filter groups by state (ListGroups v${version})`);
    // Before v5 every group is classic, so a type filter is answered here.
    if (version < LIST_GROUPS_TYPES && types.length > 0 && !types.some((t) => t.toLowerCase() === 'classic')) return [];
    const res = await conn.send(ListGroups, { statesFilter: [...states], typesFilter: version >= LIST_GROUPS_TYPES ? [...types] : [] }, version);
    if (res.errorCode !== ErrorCode.NONE) throw failure(res.errorCode, `ListGroups on ${conn.address}`);
    return res.groups.map((g) => ({
      groupId: g.groupId,
      protocolType: g.protocolType,
      state: version >= LIST_GROUPS_STATES ? g.groupState : null,
      type: version >= LIST_GROUPS_TYPES ? g.groupType : null,
    }));
  }

  /**
   * Describes the groups, in the order given. KIP-848 groups are asked with ConsumerGroupDescribe
   * where the coordinator offers it; classic groups (it answers GROUP_ID_NOT_FOUND) with DescribeGroups.
   */
  async describeGroups(groupIds: readonly string[]): Promise<GroupDescription[]> {
    const described = await this.coordinators.runPerCoordinator(groupIds, this.deadline(), (d: GroupDescription) => d.error?.code ?? ErrorCode.NONE, async (conn, node, ids) => {
      const out = new Map<string, GroupDescription>();
      let classic = ids;
      const range = conn.brokerRange(ConsumerGroupDescribe.apiKey);
      if (range !== undefined && range.min <= ConsumerGroupDescribe.maxVersion && range.max >= ConsumerGroupDescribe.minVersion) {
        const res = await conn.send(ConsumerGroupDescribe, { groupIds: ids, includeAuthorizedOperations: false });
        for (const g of res.groups) {
          if (g.errorCode === ErrorCode.GROUP_ID_NOT_FOUND || g.errorCode === ErrorCode.UNSUPPORTED_VERSION) continue;
          out.set(g.groupId, {
            groupId: g.groupId,
            error: errorOf(g.errorCode, g.errorMessage),
            type: 'consumer',
            state: g.groupState,
            protocolType: CONSUMER_PROTOCOL_TYPE,
            assignor: g.assignorName,
            coordinator: node,
            members: g.members.map((m) => ({
              memberId: m.memberId,
              groupInstanceId: m.instanceId,
              clientId: m.clientId,
              host: m.clientHost,
              assignment: toTopicPartitions(m.assignment.topicPartitions),
              targetAssignment: toTopicPartitions(m.targetAssignment.topicPartitions),
              memberEpoch: m.memberEpoch,
            })),
            groupEpoch: g.groupEpoch,
            targetAssignmentEpoch: g.assignmentEpoch,
          });
        }
        classic = ids.filter((id) => !out.has(id));
      }
      if (classic.length === 0) return out;
      const res = await conn.send(DescribeGroups, { groups: classic, includeAuthorizedOperations: false });
      for (const g of res.groups) out.set(g.groupId, this.classicDescription(g, node));
      return out;
    });
    return groupIds.map((id) => described.get(id)!);
  }

  private classicDescription(g: DescribeGroupsResponseDescribedGroup, node: CoordinatorNode): GroupDescription {
    let error = errorOf(g.errorCode);
    // Other protocol types (Connect, ...) carry their own bytes: no partitions to show.
    const consumerBytes = g.protocolType === CONSUMER_PROTOCOL_TYPE || g.protocolType === '';
    const members = g.members.map((m) => {
      let assignment: TopicPartition[] = [];
      if (consumerBytes) {
        try {
          assignment = decodeAssignment(m.memberAssignment).sort(compareTopicPartitions);
        } catch (e) {
          error ??= new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `group '${g.groupId}': member ${m.memberId} has an unreadable assignment: ${(e as Error).message}`);
        }
      }
      return { memberId: m.memberId, groupInstanceId: m.groupInstanceId, clientId: m.clientId, host: m.clientHost, assignment, targetAssignment: null, memberEpoch: null };
    });
    return {
      groupId: g.groupId,
      error,
      type: 'classic',
      state: g.groupState,
      protocolType: g.protocolType,
      assignor: g.protocolData,
      coordinator: node,
      members,
      groupEpoch: null,
      targetAssignmentEpoch: null,
    };
  }

  /**
   * The group's committed offsets for the partitions (every committed offset when null), sorted.
   * Partitions without a committed offset are left out. requireStable waits out pending
   * transactional commits (OffsetFetch v7+), as a consumer does before it starts.
   */
  async offsetFetch(groupId: string, partitions: readonly TopicPartition[] | null, opts: { requireStable?: boolean } = {}): Promise<CommittedOffset[]> {
    const topics = partitions === null ? null : [...groupByTopic(partitions)].map(([name, list]) => ({ name, partitionIndexes: list.map((tp) => tp.partition) }));
    if (topics !== null && topics.length === 0) return [];
    return this.coordinators.run(groupId, this.deadline(), async (conn) => {
      const version = conn.versionFor(OffsetFetch);
      if (topics === null && version < FIRST_ALL_TOPICS_OFFSET_FETCH) throw new UnsupportedVersionError(`${conn.address} cannot list all committed offsets (OffsetFetch v${version})`);
      const requireStable = (opts.requireStable ?? false) && version >= 7;
      const multi = version >= FIRST_MULTI_GROUP_OFFSET_FETCH;
      const res = await conn.send(OffsetFetch, {
        groupId: multi ? '' : groupId,
        topics: multi ? [] : topics,
        groups: multi ? [{ groupId, memberId: null, memberEpoch: -1, topics }] : [],
        requireStable,
      }, version);
      const group = multi ? res.groups.find((g) => g.groupId === groupId) : { groupId, errorCode: res.errorCode, topics: res.topics };
      if (group === undefined) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `OffsetFetch answered nothing for group '${groupId}'`);
      throwIfCoordinatorError(group.errorCode, groupId);
      if (group.errorCode !== ErrorCode.NONE) throw failure(group.errorCode, `OffsetFetch for group '${groupId}'`);
      const out: CommittedOffset[] = [];
      for (const t of group.topics) {
        for (const p of t.partitions) {
          // v1 reports group-level problems on every partition.
          throwIfCoordinatorError(p.errorCode, groupId);
          if (p.errorCode === ErrorCode.UNSTABLE_OFFSET_COMMIT) throw failure(p.errorCode, `${t.name}-${p.partitionIndex}`);
          // Kafka's admin client skips partitions with other errors, and -1 means "no offset".
          if (p.errorCode !== ErrorCode.NONE || p.committedOffset < 0n) continue;
          out.push({ topic: t.name, partition: p.partitionIndex, offset: p.committedOffset, leaderEpoch: p.committedLeaderEpoch, metadata: p.metadata });
        }
      }
      return out.sort(compareTopicPartitions);
    });
  }

  /** Kafka's alterConsumerGroupOffsets: commits as no member, which only an inactive group accepts. */
  async offsetCommit(groupId: string, offsets: readonly OffsetToCommit[]): Promise<PartitionResult[]> {
    if (offsets.length === 0) return [];
    return this.coordinators.run(groupId, this.deadline(), (conn) => sendOffsetCommit(conn, groupId, ADMIN_COMMIT, offsets));
  }

  async deleteGroups(groupIds: readonly string[]): Promise<GroupResult[]> {
    const results = await this.coordinators.runPerCoordinator(groupIds, this.deadline(), (r: GroupResult) => r.error?.code ?? ErrorCode.NONE, async (conn, _node, ids) => {
      const res = await conn.send(DeleteGroups, { groupsNames: ids });
      return new Map(res.results.map((r) => [r.groupId, { groupId: r.groupId, error: errorOf(r.errorCode) }]));
    });
    return groupIds.map((id) => results.get(id)!);
  }

  /** Deletes committed offsets of partitions the group is not subscribed to (OffsetDelete). */
  async offsetDelete(groupId: string, partitions: readonly TopicPartition[]): Promise<OffsetDeleteResult> {
    return this.coordinators.run(groupId, this.deadline(), async (conn) => {
      const res = await conn.send(OffsetDelete, {
        groupId,
        topics: [...groupByTopic(partitions)].map(([name, list]) => ({ name, partitions: list.map((tp) => ({ partitionIndex: tp.partition })) })),
      });
      throwIfCoordinatorError(res.errorCode, groupId);
      return {
        error: errorOf(res.errorCode),
        partitions: res.topics.flatMap((t) => t.partitions.map((p) => ({
          topic: t.name,
          partition: p.partitionIndex,
          error: errorOf(p.errorCode),
        }))).sort(compareTopicPartitions),
      };
    });
  }
}
