// A consumer in a classic group: it joins, starts each assigned partition at the group's
// committed offset (or where auto.offset.reset says), fetches, auto-commits what it has delivered,
// and on a rebalance commits, gives everything up and rejoins (eager), as Kafka's consumer does.
// Positions advance per delivered record, so a commit never covers a record the caller has not had.
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { ConsumerRecord } from './consumerRecord.js';
import { GroupAdmin } from './groupAdmin.js';
import { DEFAULT_REBALANCE_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, GroupMember, needsRejoinAfter, type GroupMemberOptions } from './groupMember.js';
import { KafkaGroupTransport } from './kafkaGroupTransport.js';
import type { FetchOptions, KafkaClient, PartitionFetch } from './kafkaClient.js';
import { formatTopicPartition, groupByTopic, topicPartitionKey, type TopicPartition } from './topicPartition.js';

export type AutoOffsetReset = 'earliest' | 'latest' | 'none';

export interface GroupConsumerOptions extends GroupMemberOptions {
  /** Where a partition without a committed offset (or with one out of range) starts. Kafka's default: latest. */
  autoOffsetReset?: AutoOffsetReset;
  enableAutoCommit?: boolean;
  autoCommitIntervalMs?: number;
  fetch?: FetchOptions;
}

export interface ConsumeLimits {
  maxRecords?: number;
  /** Stop when no record arrived for this long. */
  idleTimeoutMs?: number;
  signal?: AbortSignal;
}

/** Kafka's NoOffsetForPartitionException: auto.offset.reset=none and nothing committed. */
export class NoOffsetForPartitionError extends Error {
  override readonly name = 'NoOffsetForPartitionError';
  constructor(readonly partitions: readonly TopicPartition[]) {
    super(`Undefined offset with no reset policy for partitions: [${partitions.map(formatTopicPartition).join(', ')}]`);
  }
}

interface Position extends TopicPartition {
  offset: bigint;
}

// A member with no partitions (more members than partitions) checks for a rebalance this often.
const IDLE_MEMBER_POLL_MS = 200;
const DEFAULT_MAX_WAIT_MS = 500;

export class GroupConsumer {
  readonly member: GroupMember;
  private readonly admin: GroupAdmin;
  private readonly autoOffsetReset: AutoOffsetReset;
  private readonly autoCommit: boolean;
  private readonly autoCommitIntervalMs: number;
  private readonly fetchOptions: FetchOptions;
  /** The next offset to deliver, per assigned partition. */
  private readonly positions = new Map<string, Position>();
  /** What the group has committed for each assigned partition, as far as this member knows. */
  private readonly committed = new Map<string, bigint>();
  private lastCommitAt = Date.now();

  constructor(private readonly client: KafkaClient, opts: GroupConsumerOptions) {
    this.admin = new GroupAdmin(client, { timeoutMs: opts.requestTimeoutMs });
    const transport = new KafkaGroupTransport(client, this.admin.coordinators, opts.groupId, opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, opts.rebalanceTimeoutMs ?? DEFAULT_REBALANCE_TIMEOUT_MS);
    this.member = new GroupMember(transport, opts);
    this.autoOffsetReset = opts.autoOffsetReset ?? 'latest';
    this.autoCommit = opts.enableAutoCommit ?? true;
    this.autoCommitIntervalMs = opts.autoCommitIntervalMs ?? 5_000;
    this.fetchOptions = opts.fetch ?? {};
  }

  /** The partitions this member owns now. */
  get assignment(): readonly TopicPartition[] {
    return this.member.assignment;
  }

  /**
   * Yields records of the assigned partitions until maxRecords, idleTimeoutMs or the signal,
   * rejoining whenever the group rebalances. The caller must call close() afterwards.
   */
  async *consume(limits: ConsumeLimits = {}): AsyncGenerator<ConsumerRecord> {
    const maxRecords = limits.maxRecords ?? Infinity;
    let delivered = 0;
    let lastRecordAt = Date.now();
    const idleLeft = (): number => (limits.idleTimeoutMs === undefined ? Infinity : limits.idleTimeoutMs - (Date.now() - lastRecordAt));
    while (delivered < maxRecords && limits.signal?.aborted !== true && idleLeft() > 0) {
      this.member.throwIfFailed();
      if (this.member.needsRejoin) {
        await this.rejoin(limits.signal);
        continue;
      }
      if (this.autoCommit && Date.now() - this.lastCommitAt >= this.autoCommitIntervalMs) await this.commitUnlessRebalancing();
      if (this.positions.size === 0) {
        await sleep(Math.min(IDLE_MEMBER_POLL_MS, idleLeft()));
        continue;
      }
      let rounds: { topic: string; fetched: PartitionFetch[] }[];
      try {
        rounds = await this.fetchRound(Math.max(0, Math.min(this.fetchOptions.maxWaitMs ?? DEFAULT_MAX_WAIT_MS, idleLeft())));
      } catch (err) {
        if (!(err instanceof KafkaError) || err.code !== ErrorCode.OFFSET_OUT_OF_RANGE) throw err;
        await this.resetOutOfRange();
        continue;
      }
      for (const { topic, fetched } of rounds) {
        for (const pf of fetched) {
          const position = this.positions.get(topicPartitionKey({ topic, partition: pf.partition }));
          if (position === undefined) continue;
          for (const r of pf.records) {
            if (delivered >= maxRecords) return;
            delivered++;
            lastRecordAt = Date.now();
            position.offset = r.offset + 1n;
            yield r;
          }
          // Past control batches and aborted data the position moves on without records.
          if (pf.nextOffset > position.offset) position.offset = pf.nextOffset;
        }
      }
    }
  }

  /** Commits the position of every partition that moved since its last commit. */
  async commit(): Promise<void> {
    const moved = [...this.positions.entries()].filter(([key, p]) => this.committed.get(key) !== p.offset);
    if (moved.length > 0) {
      await this.member.commit(moved.map(([, p]) => ({ topic: p.topic, partition: p.partition, offset: p.offset })));
      for (const [key, p] of moved) this.committed.set(key, p.offset);
    }
    this.lastCommitAt = Date.now();
  }

  /** Commits (with auto-commit on) and leaves the group. */
  async close(): Promise<void> {
    try {
      if (this.autoCommit && this.member.generationId >= 0) await this.commitUnlessRebalancing();
    } finally {
      await this.member.leave();
    }
  }

  /** A commit that a rebalance has made impossible is skipped: the next owner starts from the last commit. */
  private async commitUnlessRebalancing(): Promise<void> {
    try {
      await this.commit();
    } catch (err) {
      if (!needsRejoinAfter(err)) throw err;
    }
  }

  /** Kafka's onJoinPrepare for the eager protocol: commit, give up every partition, join again. */
  private async rejoin(signal: AbortSignal | undefined): Promise<void> {
    if (this.autoCommit && this.member.generationId >= 0) await this.commitUnlessRebalancing();
    this.positions.clear();
    this.committed.clear();
    const assigned = await this.member.join(signal);
    const committed = await this.admin.offsetFetch(this.member.groupId, assigned, { requireStable: true });
    for (const c of committed) this.committed.set(topicPartitionKey(c), c.offset);
    const starts = new Map(committed.map((c) => [topicPartitionKey(c), c.offset]));
    const missing = assigned.filter((tp) => !starts.has(topicPartitionKey(tp)));
    for (const [key, offset] of await this.resetPositions(missing)) starts.set(key, offset);
    for (const tp of assigned) this.positions.set(topicPartitionKey(tp), { ...tp, offset: starts.get(topicPartitionKey(tp))! });
    this.lastCommitAt = Date.now();
  }

  /** auto.offset.reset for these partitions: the log start or end, or NoOffsetForPartitionError. */
  private async resetPositions(partitions: readonly TopicPartition[]): Promise<Map<string, bigint>> {
    const out = new Map<string, bigint>();
    if (partitions.length === 0) return out;
    if (this.autoOffsetReset === 'none') throw new NoOffsetForPartitionError(partitions);
    for (const [topic, list] of groupByTopic(partitions)) {
      const offsets = await this.client.listOffsets(topic, this.autoOffsetReset, list.map((tp) => tp.partition));
      for (const tp of list) out.set(topicPartitionKey(tp), offsets.get(tp.partition)!);
    }
    return out;
  }

  /** After OFFSET_OUT_OF_RANGE: every position outside [log start, log end] is reset by auto.offset.reset. */
  private async resetOutOfRange(): Promise<void> {
    const outside: Position[] = [];
    for (const [topic, list] of groupByTopic(this.positions.values())) {
      const partitions = list.map((p) => p.partition);
      const [starts, ends] = await Promise.all([this.client.listOffsets(topic, 'earliest', partitions), this.client.listOffsets(topic, 'latest', partitions)]);
      outside.push(...list.filter((p) => p.offset < starts.get(p.partition)! || p.offset > ends.get(p.partition)!));
    }
    for (const [key, offset] of await this.resetPositions(outside)) this.positions.get(key)!.offset = offset;
  }

  private async fetchRound(maxWaitMs: number): Promise<{ topic: string; fetched: PartitionFetch[] }[]> {
    return Promise.all([...groupByTopic(this.positions.values())].map(async ([topic, list]) => ({
      topic,
      fetched: await this.client.fetchPartitions(topic, new Map(list.map((p) => [p.partition, p.offset])), { ...this.fetchOptions, maxWaitMs }),
    })));
  }
}
