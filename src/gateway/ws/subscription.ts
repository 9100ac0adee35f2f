// One subscribe operation of a WebSocket session: a cursor per partition it reads, fed by the
// shared partition feeds. In assign mode the client names the partitions and where to start; in
// group mode the session is a member of a consumer group and reads what the group assigns it,
// starting at the group's committed offsets.
import { topicPartitionKey, type TopicPartition } from '../../client/topicPartition.js';
import { ErrorCode, errorName, KafkaError } from '../../protocol/kafkaErrors.js';
import type { FeedRegistry } from '../fanout/feedRegistry.js';
import { PartitionCursor, type CursorOwner } from '../fanout/partitionCursor.js';
import type { Frame, RecordChunk } from '../fanout/recordChunk.js';
import type { GatewayContext } from '../gatewayContext.js';
import { GatewayGroupMember } from '../group/gatewayGroupMember.js';
import { resolveStartPosition } from '../startPosition.js';
import type { Encoding, StartPosition, SubscribeOp } from './gatewayMessages.js';

/** What a subscription needs from its session. */
export interface SubscriptionHost {
  readonly ctx: GatewayContext;
  readonly feeds: FeedRegistry;
  readonly clientId: string;
  readonly clientHost: string;
  readonly writable: boolean;
  sendJson(message: object): void;
  sendFrame(frame: Frame): void;
  /** Called after each delivery, for the session's bookkeeping (metrics, back-pressure). */
  delivered(records: number): void;
  /** The broker dropped part of this subscription (a partition that can no longer be read, a lost membership). */
  dropped(): void;
}

const DEFAULT_AUTO_COMMIT_INTERVAL_MS = 5_000;

export class Subscription implements CursorOwner {
  readonly mode: 'assign' | 'group';
  readonly topics: readonly string[];
  private readonly encoding: Encoding;
  private readonly autoOffsetReset: 'earliest' | 'latest';
  private readonly cursors = new Map<string, PartitionCursor>();
  private readonly member: GatewayGroupMember | null = null;
  private autoCommitTimer: NodeJS.Timeout | null = null;
  /** Positions last committed, to commit only what moved. */
  private readonly committedPositions = new Map<string, number>();
  private closed = false;

  constructor(
    readonly id: number,
    private readonly host: SubscriptionHost,
    private readonly op: SubscribeOp,
  ) {
    this.mode = op.group === undefined ? 'assign' : 'group';
    this.topics = [...new Set(op.topics)];
    this.encoding = op.encoding ?? 'text';
    this.autoOffsetReset = op.autoOffsetReset ?? 'latest';
    if (op.group !== undefined) {
      this.member = new GatewayGroupMember(
        host.ctx,
        { groupId: op.group, topics: this.topics, clientId: host.clientId, clientHost: host.clientHost, sessionTimeoutMs: op.sessionTimeoutMs },
        {
          onAssigned: (tps) => this.assigned(tps),
          onRevoked: (tps) => this.revoked(tps),
          onError: (err) => this.membershipFailed(err),
        },
      );
    }
  }

  get groupId(): string | null {
    return this.op.group ?? null;
  }

  /** Starts reading: assign mode resolves its partitions now (throwing KafkaError), group mode joins. */
  start(): TopicPartition[] {
    if (this.member) {
      this.member.start();
      if (this.op.autoCommit === true) {
        this.autoCommitTimer = setInterval(() => void this.commitPositions().catch((err: unknown) => this.host.ctx.logger.warn({ err, group: this.op.group }, "gateway auto-commit failed")), this.op.autoCommitIntervalMs ?? DEFAULT_AUTO_COMMIT_INTERVAL_MS);
      }
      return [];
    }
    const topic = this.topics[0]!;
    if (this.topics.length > 1 || this.op.partitions === undefined) {
      const all = this.topics.flatMap((t) => {
        const image = this.host.ctx.image().topicsByName.get(t);
        if (!image) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic '${t}' does not exist`);
        return [...image.partitions.keys()].map((partition) => ({ topic: t, partition }));
      });
      return this.open(all, this.op.from ?? 'latest');
    }
    return this.open(this.op.partitions.map((partition) => ({ topic, partition })), this.op.from ?? 'latest');
  }

  /** Cursors for these partitions at `from`; the positions are resolved before any cursor opens. */
  private open(partitions: readonly TopicPartition[], from: StartPosition): (TopicPartition & { offset: number })[] {
    const positions = partitions.map((tp) => ({ ...tp, offset: resolveStartPosition(this.host.ctx.replicaManager, tp.topic, tp.partition, from) }));
    for (const p of positions) this.addCursor(p, p.offset);
    return positions;
  }

  private addCursor(tp: TopicPartition, position: number): void {
    const cursor = new PartitionCursor(tp.topic, tp.partition, position, this.encoding, this);
    this.cursors.set(topicPartitionKey(tp), cursor);
    this.host.feeds.feed(tp.topic, tp.partition).add(cursor);
  }

  private removeCursor(key: string): void {
    const cursor = this.cursors.get(key);
    if (!cursor) return;
    this.cursors.delete(key);
    this.host.feeds.feed(cursor.topic, cursor.partition).remove(cursor);
  }

  // ---- CursorOwner

  get writable(): boolean {
    return this.host.writable;
  }

  deliver(cursor: PartitionCursor, chunk: RecordChunk): void {
    this.host.sendFrame(this.host.feeds.frame(chunk, cursor.encoding));
    this.host.delivered(chunk.records.length);
  }

  outOfRange(cursor: PartitionCursor, logStartOffset: number, highWatermark: number): void {
    const from = cursor.position;
    cursor.position = this.autoOffsetReset === 'earliest' ? logStartOffset : highWatermark;
    this.host.sendJson({ type: 'reset', subscription: this.id, topic: cursor.topic, partition: cursor.partition, from, to: cursor.position, reason: 'OFFSET_OUT_OF_RANGE' });
  }

  failed(cursor: PartitionCursor, errorCode: number): void {
    this.removeCursor(topicPartitionKey(cursor));
    this.host.dropped();
    this.host.sendJson({ type: 'error', code: errorName(errorCode), subscription: this.id, topic: cursor.topic, partition: cursor.partition, message: `${cursor.topic}-${cursor.partition} can no longer be read; it was dropped from the subscription` });
  }

  /** The session's socket drained: let every feed of this subscription deliver again. */
  resumeDelivery(): void {
    for (const c of this.cursors.values()) this.host.feeds.feed(c.topic, c.partition).schedule();
  }

  // ---- group mode

  private async assigned(tps: readonly TopicPartition[]): Promise<void> {
    if (this.closed) return;
    const positions = (await this.member!.startPositions(tps, this.autoOffsetReset)).map(({ committed, ...p }) => {
      this.committedPositions.set(topicPartitionKey(p), committed);
      return p;
    });
    for (const p of positions) this.addCursor(p, p.offset);
    this.host.sendJson({ type: 'assigned', subscription: this.id, group: this.op.group, partitions: positions });
  }

  private async revoked(tps: readonly TopicPartition[]): Promise<void> {
    if (this.op.autoCommit === true) await this.commitPositions();
    for (const tp of tps) this.removeCursor(topicPartitionKey(tp));
    this.committedPositions.clear();
    if (!this.closed) this.host.sendJson({ type: 'revoked', subscription: this.id, partitions: tps });
  }

  private membershipFailed(err: Error): void {
    for (const key of [...this.cursors.keys()]) this.removeCursor(key);
    this.host.dropped();
    const code = err instanceof KafkaError ? err.name : 'GROUP_MEMBERSHIP_FAILED';
    this.host.sendJson({ type: 'error', code, subscription: this.id, message: `group '${this.op.group}': ${err.message}` });
  }

  /** Commits given offsets, or every cursor's position; a partition not assigned here is refused. */
  async commit(offsets?: ReadonlyArray<TopicPartition & { offset: number; metadata?: string }>): Promise<Array<TopicPartition & { offset: number; error?: string }>> {
    if (!this.member) throw new KafkaError(ErrorCode.INVALID_REQUEST, 'commit needs a group-mode subscription');
    const wanted = offsets ?? [...this.cursors.values()].map((c) => ({ topic: c.topic, partition: c.partition, offset: c.position }));
    const results = await this.member.commit(wanted);
    return results.map((r, i) => {
      const ok = r.errorCode === ErrorCode.NONE;
      if (ok) this.committedPositions.set(topicPartitionKey(r), wanted[i]!.offset);
      return { topic: r.topic, partition: r.partition, offset: wanted[i]!.offset, ...(ok ? {} : { error: errorName(r.errorCode) }) };
    });
  }

  /** The partitions among these that this subscription does not read now. */
  notAssigned(tps: readonly TopicPartition[]): TopicPartition[] {
    return tps.filter((tp) => !this.cursors.has(topicPartitionKey(tp)));
  }

  private async commitPositions(): Promise<void> {
    const moved = [...this.cursors.values()].filter((c) => this.committedPositions.get(topicPartitionKey(c)) !== c.position);
    if (moved.length === 0 || !this.member) return;
    await this.commit(moved.map((c) => ({ topic: c.topic, partition: c.partition, offset: c.position })));
  }

  // ---- seek, pause, resume

  seek(tp: TopicPartition, to: StartPosition): number {
    const cursor = this.cursors.get(topicPartitionKey(tp));
    if (!cursor) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${tp.topic}-${tp.partition} is not assigned to subscription ${this.id}`);
    cursor.position = resolveStartPosition(this.host.ctx.replicaManager, tp.topic, tp.partition, to);
    this.host.feeds.feed(tp.topic, tp.partition).schedule();
    return cursor.position;
  }

  setPaused(paused: boolean, tps: readonly TopicPartition[] | undefined): void {
    const chosen = tps === undefined ? [...this.cursors.values()] : tps.map((tp) => this.cursors.get(topicPartitionKey(tp))!);
    for (const c of chosen) {
      c.paused = paused;
      if (!paused) this.host.feeds.feed(c.topic, c.partition).schedule();
    }
  }

  /** Ends the subscription: commits (with auto-commit), drops the cursors, leaves the group. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.autoCommitTimer) clearInterval(this.autoCommitTimer);
    if (this.member && this.op.autoCommit === true) await this.commitPositions().catch(() => undefined);
    for (const key of [...this.cursors.keys()]) this.removeCursor(key);
    await this.member?.close();
  }
}
