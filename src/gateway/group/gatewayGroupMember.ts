// A gateway client (a browser session or a REST consumer instance) as a real member of a classic
// consumer group: it shares the group's partitions with ordinary Kafka consumers. It offers the
// range and round-robin assignors under both Kafka's and kafkajs's names, so it can join groups
// that Java, librdkafka or kafkajs consumers formed. Eager protocol: each rebalance revokes every
// partition, then assigns anew. The listener hears of each assignment and revocation.
import { GroupMember } from '../../client/groupMember.js';
import { KAFKAJS_ROUND_ROBIN_ASSIGNOR } from '../../client/consumerAssignors.js';
import { RANGE_ASSIGNOR } from '../../client/rangeAssignor.js';
import { ROUND_ROBIN_ASSIGNOR } from '../../client/roundRobinAssignor.js';
import { groupByTopic, topicPartitionKey, type TopicPartition } from '../../client/topicPartition.js';
import { ErrorCode, KafkaError } from '../../protocol/kafkaErrors.js';
import type { GatewayContext } from '../gatewayContext.js';
import { resolveStartPosition } from '../startPosition.js';
import { CoordinatorTransport } from './coordinatorTransport.js';

export interface GatewayGroupMemberOptions {
  groupId: string;
  topics: readonly string[];
  clientId: string;
  clientHost: string;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
}

export interface GroupMembershipListener {
  onAssigned(partitions: readonly TopicPartition[]): void | Promise<void>;
  onRevoked(partitions: readonly TopicPartition[]): void | Promise<void>;
  /** The membership ended for good (e.g. INCONSISTENT_GROUP_PROTOCOL, GROUP_MAX_SIZE_REACHED). */
  onError?(err: Error): void;
}

export interface OffsetCommitResult extends TopicPartition {
  errorCode: number;
}

const ASSIGNORS = [RANGE_ASSIGNOR, ROUND_ROBIN_ASSIGNOR, KAFKAJS_ROUND_ROBIN_ASSIGNOR];
// The gateway rejoins as soon as it learns of a rebalance, so it needs no Kafka-sized poll interval.
const DEFAULT_REBALANCE_TIMEOUT_MS = 60_000;

export class GatewayGroupMember {
  readonly groupId: string;
  private readonly member: GroupMember;
  private readonly abort = new AbortController();
  private wakeRejoin: (() => void) | null = null;

  constructor(
    private readonly ctx: GatewayContext,
    opts: GatewayGroupMemberOptions,
    private readonly listener: GroupMembershipListener,
  ) {
    this.groupId = opts.groupId;
    this.member = new GroupMember(new CoordinatorTransport(ctx, { clientId: opts.clientId, clientHost: opts.clientHost }), {
      groupId: opts.groupId,
      topics: opts.topics,
      sessionTimeoutMs: opts.sessionTimeoutMs,
      rebalanceTimeoutMs: opts.rebalanceTimeoutMs ?? DEFAULT_REBALANCE_TIMEOUT_MS,
      assignors: ASSIGNORS,
      onRejoinNeeded: () => this.wakeRejoin?.(),
    });
  }

  get assignment(): readonly TopicPartition[] {
    return this.member.assignment;
  }

  get memberId(): string {
    return this.member.memberId;
  }

  start(): void {
    void this.run();
  }

  private async run(): Promise<void> {
    try {
      while (!this.abort.signal.aborted) {
        const assigned = await this.member.join(this.abort.signal);
        if (this.abort.signal.aborted) return;
        await this.listener.onAssigned(assigned);
        await new Promise<void>((resolve) => {
          this.wakeRejoin = resolve;
          this.abort.signal.addEventListener('abort', () => resolve(), { once: true });
          if (this.member.needsRejoin) resolve();
        });
        this.wakeRejoin = null;
        await this.listener.onRevoked(assigned);
        this.member.throwIfFailed();
      }
    } catch (err) {
      if (!this.abort.signal.aborted) this.listener.onError?.(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /** Commits as this member; every partition gets the error that stopped the commit, if any. */
  async commit(offsets: ReadonlyArray<TopicPartition & { offset: number; metadata?: string }>): Promise<OffsetCommitResult[]> {
    try {
      await this.member.commit(offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: BigInt(o.offset), metadata: o.metadata })));
      return offsets.map((o) => ({ topic: o.topic, partition: o.partition, errorCode: ErrorCode.NONE }));
    } catch (err) {
      const code = err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR;
      return offsets.map((o) => ({ topic: o.topic, partition: o.partition, errorCode: code }));
    }
  }

  /** The group's committed offsets for these partitions, by topicPartitionKey; -1 where none. */
  async committed(partitions: readonly TopicPartition[]): Promise<Map<string, number>> {
    const topics = [...groupByTopic(partitions)].map(([name, list]) => ({ name, partitionIndexes: list.map((tp) => tp.partition) }));
    const fetched = this.ctx.groupCoordinator.fetchOffsets(this.groupId, topics);
    if (fetched.errorCode !== ErrorCode.NONE) throw new KafkaError(fetched.errorCode, `OffsetFetch for group '${this.groupId}': ${new KafkaError(fetched.errorCode).message}`);
    const out = new Map<string, number>(partitions.map((tp) => [topicPartitionKey(tp), -1]));
    for (const t of fetched.topics) for (const p of t.partitions) out.set(topicPartitionKey({ topic: t.name, partition: p.partition }), Number(p.offset));
    return out;
  }

  /**
   * Where each newly assigned partition starts: the group's committed offset, or `reset` (the log
   * start or the high watermark) where nothing is committed; `committed` is -1 there.
   */
  async startPositions(partitions: readonly TopicPartition[], reset: 'earliest' | 'latest'): Promise<Array<TopicPartition & { offset: number; committed: number }>> {
    const committed = partitions.length > 0 ? await this.committed(partitions) : new Map<string, number>();
    return partitions.map((tp) => {
      const c = committed.get(topicPartitionKey(tp)) ?? -1;
      return { topic: tp.topic, partition: tp.partition, committed: c, offset: c >= 0 ? c : resolveStartPosition(this.ctx.replicaManager, tp.topic, tp.partition, reset) };
    });
  }

  /** Leaves the group so that it rebalances at once. */
  async close(): Promise<void> {
    this.abort.abort(new Error('the gateway member is closing'));
    await this.member.leave('the gateway client went away');
  }
}
