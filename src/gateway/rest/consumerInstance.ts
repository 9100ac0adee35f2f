// A REST consumer instance (Confluent REST Proxy v2's): a member of a consumer group that the HTTP
// client drives by polling. It keeps a position per assigned partition, starting at the group's
// committed offset (or auto.offset.reset), long-polls the assigned partitions, and commits what
// it has returned when asked, or on its own with auto.commit.enable.
import { randomUUID } from 'node:crypto';
import { topicPartitionKey, type TopicPartition } from '../../client/topicPartition.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { decodeRead, type DeliveredRecord } from '../deliveredRecord.js';
import type { GatewayContext } from '../gatewayContext.js';
import { GatewayGroupMember, type OffsetCommitResult } from '../group/gatewayGroupMember.js';
import type { RestFormat } from './restRecords.js';

export interface ConsumerInstanceOptions {
  name?: string;
  format: RestFormat;
  autoOffsetReset: 'earliest' | 'latest';
  autoCommit: boolean;
  clientHost: string;
}

interface Position extends TopicPartition {
  offset: number;
}

const AUTO_COMMIT_INTERVAL_MS = 5_000;
// While the group has not assigned anything yet, a poll looks again this often.
const ASSIGNMENT_WAIT_STEP_MS = 50;

export class ConsumerInstance {
  readonly id: string;
  lastUsed = Date.now();
  private member: GatewayGroupMember | null = null;
  private topics: string[] = [];
  private readonly positions = new Map<string, Position>();
  private lastAutoCommit = Date.now();
  private failure: Error | null = null;

  constructor(
    private readonly ctx: GatewayContext,
    readonly groupId: string,
    readonly opts: ConsumerInstanceOptions,
  ) {
    this.id = opts.name ?? `rest-${randomUUID()}`;
  }

  get subscription(): readonly string[] {
    return this.topics;
  }

  /** Replaces the subscription: leaves the group (if a member) and joins with these topics. */
  async subscribe(topics: readonly string[]): Promise<void> {
    await this.leave();
    this.topics = [...new Set(topics)];
    this.failure = null;
    const member = new GatewayGroupMember(
      this.ctx,
      { groupId: this.groupId, topics: this.topics, clientId: this.id, clientHost: this.opts.clientHost },
      {
        onAssigned: async (tps) => {
          for (const p of await member.startPositions(tps, this.opts.autoOffsetReset)) {
            this.positions.set(topicPartitionKey(p), { topic: p.topic, partition: p.partition, offset: p.offset });
          }
        },
        onRevoked: async () => {
          if (this.opts.autoCommit) await this.commit();
          this.positions.clear();
        },
        onError: (err) => {
          this.failure = err;
          this.positions.clear();
        },
      },
    );
    this.member = member;
    member.start();
  }

  async unsubscribe(): Promise<void> {
    await this.leave();
    this.topics = [];
  }

  /** Records of the assigned partitions, waiting up to timeoutMs for the first. */
  async poll(timeoutMs: number, maxBytes: number): Promise<Array<{ topic: string; partition: number; record: DeliveredRecord }>> {
    if (this.failure) throw this.failure;
    const deadline = Date.now() + timeoutMs;
    while (this.positions.size === 0 && Date.now() < deadline && this.member) {
      await new Promise((r) => setTimeout(r, Math.min(ASSIGNMENT_WAIT_STEP_MS, deadline - Date.now())));
    }
    if (this.positions.size === 0) return [];
    const wanted = [...this.positions.values()];
    const reads = await this.ctx.replicaManager.fetch({
      maxWaitMs: Math.max(0, deadline - Date.now()),
      minBytes: 1,
      maxBytes,
      partitions: wanted.map((p) => ({ topic: p.topic, partition: p.partition, fetchOffset: p.offset, partitionMaxBytes: maxBytes })),
    });
    const out: Array<{ topic: string; partition: number; record: DeliveredRecord }> = [];
    reads.forEach((read, i) => {
      const asked = wanted[i]!;
      const position = this.positions.get(topicPartitionKey(asked));
      // The partition was revoked while the poll waited.
      if (!position || position.offset !== asked.offset) return;
      if (read.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
        position.offset = this.opts.autoOffsetReset === 'earliest' ? read.logStartOffset : read.highWatermark;
        return;
      }
      if (read.errorCode !== ErrorCode.NONE || read.sizeInBytes === 0) return;
      const decoded = decodeRead(read.records, position.offset);
      for (const record of decoded.records) out.push({ topic: position.topic, partition: position.partition, record });
      position.offset = decoded.nextOffset;
    });
    if (this.opts.autoCommit && Date.now() - this.lastAutoCommit >= AUTO_COMMIT_INTERVAL_MS) await this.commit();
    return out;
  }

  /** Commits these offsets (Kafka's: the next to read), or every position returned so far. */
  async commit(offsets?: ReadonlyArray<Position & { metadata?: string }>): Promise<Array<OffsetCommitResult & { offset: number }>> {
    this.lastAutoCommit = Date.now();
    if (!this.member) return [];
    const chosen = offsets ?? [...this.positions.values()];
    if (chosen.length === 0) return [];
    const results = await this.member.commit(chosen);
    return results.map((r, i) => ({ ...r, offset: chosen[i]!.offset }));
  }

  async committed(): Promise<Position[]> {
    if (!this.member) return [];
    const tps = [...this.positions.values()];
    const committed = await this.member.committed(tps);
    return tps.map((tp) => ({ topic: tp.topic, partition: tp.partition, offset: committed.get(topicPartitionKey(tp)) ?? -1 }));
  }

  /** Returns partitions not assigned to this instance among these. */
  notAssigned(tps: readonly TopicPartition[]): TopicPartition[] {
    return tps.filter((tp) => !this.positions.has(topicPartitionKey(tp)));
  }

  private async leave(): Promise<void> {
    const member = this.member;
    this.member = null;
    if (!member) return;
    if (this.opts.autoCommit && this.positions.size > 0) await member.commit([...this.positions.values()]).catch(() => undefined);
    this.positions.clear();
    await member.close();
  }

  close(): Promise<void> {
    return this.leave();
  }
}
