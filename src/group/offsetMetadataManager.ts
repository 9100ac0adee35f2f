// Committed offsets on one coordinator shard: OffsetCommit with Kafka's generation and member
// checks (member epochs for KIP-848 consumer groups), OffsetFetch, OffsetDelete, and expiry after
// offsets.retention.minutes with tombstones.
import type { Logger } from 'pino';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import type { OffsetCommitRequest } from '../protocol/generated/messages/OffsetCommitRequest.js';
import { ClassicGroup } from './classicGroup.js';
import type { AppendRecords } from './classicGroupCoordinator.js';
import type { ConsumerGroup } from './consumerGroup.js';
import { groupTombstoneRecords } from './consumerGroupRecords.js';
import type { GroupCoordinatorShard } from './groupCoordinatorShard.js';
import type { GroupRecord } from './groupRecord.js';
import type { CommittedOffset } from './offsetStore.js';

export interface OffsetConfig {
  /** offsets.retention.minutes, in ms. */
  retentionMs: number;
  /** offset.metadata.max.bytes. */
  maxMetadataBytes: number;
}

export interface PartitionError {
  topic: string;
  partition: number;
  errorCode: number;
}

export interface FetchedOffset {
  partition: number;
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
}

/** OffsetCommit v9: the version KIP-848 members commit with (generation id field = member epoch). */
const MEMBER_EPOCH_COMMIT_VERSION = 9;

/** OffsetCommit v1 carries a commit timestamp; -1 means "now". */
const DEFAULT_TIMESTAMP = -1n;

export class OffsetMetadataManager {
  constructor(
    private readonly shard: GroupCoordinatorShard,
    private readonly config: OffsetConfig,
    private readonly append: AppendRecords,
    private readonly logger: Logger,
  ) {}

  /** Validates the committer against its group (Kafka's ClassicGroup/ConsumerGroup.validateOffsetCommit). */
  private validateCommit(req: OffsetCommitRequest, apiVersion: number): number {
    const group = this.shard.group(req.groupId);
    const generation = req.generationIdOrMemberEpoch;
    // From v9 a commit for a group that does not exist says so, for both protocols.
    if (!group) return generation < 0 ? ErrorCode.NONE : apiVersion >= MEMBER_EPOCH_COMMIT_VERSION ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.ILLEGAL_GENERATION;
    if (group.type === 'consumer') {
      // A KIP-848 member commits with its member epoch, which only v9 carries (checked before the epoch, as Kafka).
      if (group.members.has(req.memberId) && apiVersion < MEMBER_EPOCH_COMMIT_VERSION) return ErrorCode.UNSUPPORTED_VERSION;
      return validateMemberEpoch(group, req.memberId, generation);
    }
    if (group.is('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    // An admin client or a consumer without group management may commit while the group is empty.
    if (generation < 0 && group.is('Empty')) return ErrorCode.NONE;
    if (generation >= 0 || req.memberId !== '' || req.groupInstanceId !== null) {
      if (req.groupInstanceId !== null) {
        const holder = group.staticMemberId(req.groupInstanceId);
        if (holder === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
        if (holder !== req.memberId) return ErrorCode.FENCED_INSTANCE_ID;
      } else if (!group.hasMember(req.memberId)) {
        return ErrorCode.UNKNOWN_MEMBER_ID;
      }
      if (generation !== group.generationId) return ErrorCode.ILLEGAL_GENERATION;
    } else {
      // A commit without a member while the group has members would overwrite their progress.
      return ErrorCode.UNKNOWN_MEMBER_ID;
    }
    // The member has the new generation from its JoinGroup but the leader has not assigned yet.
    if (group.is('CompletingRebalance')) return ErrorCode.REBALANCE_IN_PROGRESS;
    return ErrorCode.NONE;
  }

  /**
   * OffsetFetch v9 names the fetching member of a consumer group: it must be a member at its current
   * epoch (Kafka's ConsumerGroup.validateOffsetFetch). Without a member id and epoch (admin clients,
   * classic consumers) any fetch is accepted.
   */
  validateFetch(groupId: string, memberId: string | null, memberEpoch: number): number {
    const group = this.shard.group(groupId);
    if (!group || group.type !== 'consumer' || (memberId === null && memberEpoch < 0)) return ErrorCode.NONE;
    return validateMemberEpoch(group, memberId ?? '', memberEpoch);
  }

  async commit(req: OffsetCommitRequest, image: MetadataImage, apiVersion: number): Promise<PartitionError[]> {
    const groupError = this.validateCommit(req, apiVersion);
    const results: PartitionError[] = [];
    const records: GroupRecord[] = [];
    const accepted: Array<{ topic: string; partition: number; committed: CommittedOffset }> = [];
    const now = Date.now();
    const retention = req.retentionTimeMs;
    for (const t of req.topics) {
      const topic = image.topicsByName.get(t.name);
      for (const p of t.partitions) {
        const result = { topic: t.name, partition: p.partitionIndex, errorCode: groupError };
        results.push(result);
        if (groupError !== ErrorCode.NONE) continue;
        if (!topic || !topic.partitions.has(p.partitionIndex)) {
          result.errorCode = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
          continue;
        }
        const metadata = p.committedMetadata ?? '';
        if (Buffer.byteLength(metadata) > this.config.maxMetadataBytes) {
          result.errorCode = ErrorCode.OFFSET_METADATA_TOO_LARGE;
          continue;
        }
        const commitTimestampMs = p.commitTimestamp === DEFAULT_TIMESTAMP ? now : Number(p.commitTimestamp);
        const committed: CommittedOffset = {
          offset: p.committedOffset,
          leaderEpoch: p.committedLeaderEpoch,
          metadata,
          commitTimestampMs,
          expireTimestampMs: retention > 0n ? commitTimestampMs + Number(retention) : null,
        };
        accepted.push({ topic: t.name, partition: p.partitionIndex, committed });
        records.push(offsetRecord(req.groupId, t.name, p.partitionIndex, committed));
      }
    }
    if (records.length === 0) return results;
    try {
      await this.append(records);
    } catch (err) {
      const code = err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR;
      this.logger.warn({ group: req.groupId, err }, 'offset commit could not be written');
      for (const r of results) if (r.errorCode === ErrorCode.NONE) r.errorCode = code;
      return results;
    }
    if (!this.shard.group(req.groupId)) this.shard.groups.set(req.groupId, new ClassicGroup(req.groupId));
    for (const a of accepted) this.shard.offsets.put(req.groupId, a.topic, a.partition, a.committed);
    return results;
  }

  /** Committed offsets; every committed one when `topics` is null. No offset → -1, as Kafka. */
  fetch(groupId: string, topics: ReadonlyArray<{ name: string; partitionIndexes: readonly number[] }> | null): Array<{ name: string; partitions: FetchedOffset[] }> {
    const toFetched = (partition: number, c: CommittedOffset | undefined): FetchedOffset =>
      c ? { partition, offset: c.offset, leaderEpoch: c.leaderEpoch, metadata: c.metadata } : { partition, offset: -1n, leaderEpoch: -1, metadata: '' };
    if (topics === null) {
      const byTopic = new Map<string, FetchedOffset[]>();
      for (const e of this.shard.offsets.entries(groupId)) {
        let list = byTopic.get(e.topic);
        if (!list) byTopic.set(e.topic, (list = []));
        list.push(toFetched(e.partition, e.committed));
      }
      return [...byTopic].map(([name, partitions]) => ({ name, partitions }));
    }
    return topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => toFetched(p, this.shard.offsets.get(groupId, t.name, p))) }));
  }

  /** OffsetDelete: refused for partitions of topics the group's members still consume. */
  async deleteOffsets(groupId: string, topics: ReadonlyArray<{ name: string; partitions: readonly number[] }>, subscribedTopics: ReadonlySet<string>): Promise<PartitionError[]> {
    const results: PartitionError[] = [];
    const records: GroupRecord[] = [];
    for (const t of topics) {
      for (const p of t.partitions) {
        if (subscribedTopics.has(t.name)) {
          results.push({ topic: t.name, partition: p, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC });
          continue;
        }
        results.push({ topic: t.name, partition: p, errorCode: ErrorCode.NONE });
        if (this.shard.offsets.get(groupId, t.name, p)) records.push(offsetTombstone(groupId, t.name, p));
      }
    }
    if (records.length > 0) {
      await this.append(records);
      for (const r of records) if (r.kind === 'OffsetCommit') this.shard.offsets.delete(groupId, r.key.topic, r.key.partition);
    }
    return results;
  }

  /** Tombstones for every committed offset of a group (DeleteGroups). */
  groupTombstones(groupId: string): GroupRecord[] {
    return this.shard.offsets.entries(groupId).map((e) => offsetTombstone(groupId, e.topic, e.partition));
  }

  /**
   * Removes expired offsets of Empty groups: older than offsets.retention.minutes since the group
   * became empty (or since the commit, for consumer groups and offsets committed without a group),
   * or past an explicit expire timestamp. An Empty group left with no offsets is deleted too.
   */
  async expire(now: number): Promise<number> {
    const records: GroupRecord[] = [];
    const emptied: string[] = [];
    for (const groupId of [...this.shard.offsets.groupIds()]) {
      const group = this.shard.group(groupId);
      if (group && !group.is('Empty')) continue;
      const entries = this.shard.offsets.entries(groupId);
      const expired = entries.filter((e) => {
        if (e.committed.expireTimestampMs !== null) return now >= e.committed.expireTimestampMs;
        const base = group?.type === 'classic' && group.protocolType !== null ? group.currentStateTimestamp : e.committed.commitTimestampMs;
        return now - base >= this.config.retentionMs;
      });
      for (const e of expired) records.push(offsetTombstone(groupId, e.topic, e.partition));
      if (expired.length === entries.length && group) {
        if (group.type === 'consumer') records.push(...groupTombstoneRecords(group));
        else records.push({ kind: 'GroupMetadata', key: { group: groupId }, value: null });
        emptied.push(groupId);
      }
    }
    if (records.length === 0) return 0;
    await this.append(records);
    let removed = 0;
    for (const r of records) {
      if (r.kind === 'OffsetCommit') removed++;
      // Consumer groups and offsets change by replay; a classic group is retired below.
      if (r.kind !== 'GroupMetadata') this.shard.replay(r);
    }
    for (const id of emptied) {
      const g = this.shard.groups.get(id);
      if (g && g.is('Empty')) {
        g.transitionTo('Dead');
        this.shard.groups.delete(id);
      }
    }
    this.logger.info({ partition: this.shard.partition, removed, groupsDeleted: emptied.length }, 'expired committed offsets');
    return removed;
  }
}

/** A consumer group member's commit or fetch must carry its current member epoch. */
function validateMemberEpoch(group: ConsumerGroup, memberId: string, memberEpoch: number): number {
  // Admin clients and consumers without group management commit with epoch -1 to an empty group.
  if (memberEpoch < 0 && group.members.size === 0) return ErrorCode.NONE;
  const member = group.members.get(memberId);
  if (!member) return ErrorCode.UNKNOWN_MEMBER_ID;
  return memberEpoch === member.memberEpoch ? ErrorCode.NONE : ErrorCode.STALE_MEMBER_EPOCH;
}

function offsetRecord(group: string, topic: string, partition: number, c: CommittedOffset): GroupRecord {
  return {
    kind: 'OffsetCommit',
    key: { group, topic, partition },
    value: {
      offset: c.offset,
      leaderEpoch: c.leaderEpoch,
      metadata: c.metadata,
      commitTimestamp: BigInt(c.commitTimestampMs),
      expireTimestamp: c.expireTimestampMs === null ? -1n : BigInt(c.expireTimestampMs),
    },
  };
}

function offsetTombstone(group: string, topic: string, partition: number): GroupRecord {
  return { kind: 'OffsetCommit', key: { group, topic, partition }, value: null };
}
