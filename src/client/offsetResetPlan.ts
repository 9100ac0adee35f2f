// Where a consumer group's offsets go on a reset, computed as Kafka's GroupOffsetsResetter does:
// --to-earliest / --to-latest take the log start / end; --to-current the committed offset (the log
// end where none); --to-offset and --shift-by are clamped into [log start, log end]; a timestamp
// (--to-datetime, --by-duration) takes the first offset at or after it, or the log end when no
// record is that new.
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { GroupAdmin } from './groupAdmin.js';
import type { KafkaClient } from './kafkaClient.js';
import { compareTopicPartitions, formatTopicPartition, groupByTopic, topicPartitionKey, type TopicPartition } from './topicPartition.js';

export type ResetSpec =
  | { kind: 'earliest' }
  | { kind: 'latest' }
  | { kind: 'current' }
  | { kind: 'offset'; offset: bigint }
  | { kind: 'shift'; by: bigint }
  /** Milliseconds since the epoch. */
  | { kind: 'timestamp'; timestamp: bigint };

/** What the reset of one partition depends on. */
export interface PartitionOffsets {
  logStart: bigint;
  logEnd: bigint;
  /** The group's committed offset, or null. */
  committed: bigint | null;
  /** ListOffsets' answer for the spec's timestamp; null when no record is that new. */
  atTimestamp: bigint | null;
}

export interface ResetOffset extends TopicPartition {
  offset: bigint;
}

export interface ResetPlan {
  offsets: ResetOffset[];
  /** Kafka logs these at WARN (stderr): a requested offset was clamped into the log. */
  warnings: string[];
  /** Kafka prints these on stdout: a timestamp past every record fell back to the log end. */
  notices: string[];
}

/** A reset that cannot be planned, in Kafka's words (its IllegalArgumentException). */
export class ResetPlanError extends Error {
  override readonly name = 'ResetPlanError';
}

/** The new offset of one partition, and the warning or notice Kafka would print for it. */
export function resetOffset(tp: TopicPartition, spec: ResetSpec, o: PartitionOffsets): { offset: bigint; warning?: string; notice?: string } {
  const clamp = (requested: bigint): { offset: bigint; warning?: string } => {
    if (requested > o.logEnd) return { offset: o.logEnd, warning: `New offset (${requested}) is higher than latest offset for topic partition ${formatTopicPartition(tp)}. Value will be set to ${o.logEnd}.` };
    if (requested < o.logStart) return { offset: o.logStart, warning: `New offset (${requested}) is lower than earliest offset for topic partition ${formatTopicPartition(tp)}. Value will be set to ${o.logStart}.` };
    return { offset: requested };
  };
  switch (spec.kind) {
    case 'earliest':
      return { offset: o.logStart };
    case 'latest':
      return { offset: o.logEnd };
    case 'current':
      return { offset: o.committed ?? o.logEnd };
    case 'offset':
      return clamp(spec.offset);
    case 'shift':
      if (o.committed === null) throw new ResetPlanError(`Cannot shift offset for partition ${formatTopicPartition(tp)} since there is no current committed offset`);
      return clamp(o.committed + spec.by);
    case 'timestamp':
      if (o.atTimestamp !== null) return { offset: o.atTimestamp };
      return { offset: o.logEnd, notice: `Warn: Partition ${tp.partition} from topic ${tp.topic} is empty. Falling back to latest known offset.` };
  }
}

/**
 * Plans the reset of `partitions` for the group, sorted by topic and partition. Partitions that
 * do not exist (or have no leader) fail the whole plan, as in Kafka.
 */
export async function planOffsetReset(client: KafkaClient, admin: GroupAdmin, groupId: string, partitions: readonly TopicPartition[], spec: ResetSpec): Promise<ResetPlan> {
  const byTopic = groupByTopic([...partitions].sort(compareTopicPartitions));
  const md = await client.metadata([...byTopic.keys()]);
  const missing: TopicPartition[] = [];
  const leaderless: TopicPartition[] = [];
  for (const [topic, list] of byTopic) {
    const meta = md.topics.get(topic);
    for (const tp of list) {
      const p = meta?.errorCode === ErrorCode.NONE ? meta.partitions.find((x) => x.partition === tp.partition) : undefined;
      if (p === undefined) missing.push(tp);
      else if (p.leader < 0) leaderless.push(tp);
    }
  }
  if (missing.length > 0) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The partitions "${missing.map(formatTopicPartition).join(',')}" do not exist`);
  if (leaderless.length > 0) throw new KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, `The partitions "${leaderless.map(formatTopicPartition).join(',')}" have no leader`);

  const needsCommitted = spec.kind === 'current' || spec.kind === 'shift';
  const committed = needsCommitted ? await admin.offsetFetch(groupId, partitions) : [];
  const committedAt = new Map(committed.map((c) => [topicPartitionKey(c), c.offset]));
  const plan: ResetPlan = { offsets: [], warnings: [], notices: [] };
  for (const [topic, list] of byTopic) {
    const ids = list.map((tp) => tp.partition);
    const [starts, ends, atTime] = await Promise.all([
      client.listOffsets(topic, 'earliest', ids),
      client.listOffsets(topic, 'latest', ids),
      spec.kind === 'timestamp' ? client.listOffsets(topic, spec.timestamp, ids) : Promise.resolve(new Map<number, bigint>()),
    ]);
    for (const tp of list) {
      const found = atTime.get(tp.partition);
      const r = resetOffset(tp, spec, {
        logStart: starts.get(tp.partition)!,
        logEnd: ends.get(tp.partition)!,
        committed: committedAt.get(topicPartitionKey(tp)) ?? null,
        atTimestamp: found === undefined || found < 0n ? null : found,
      });
      plan.offsets.push({ ...tp, offset: r.offset });
      if (r.warning !== undefined) plan.warnings.push(r.warning);
      if (r.notice !== undefined) plan.notices.push(r.notice);
    }
  }
  return plan;
}
