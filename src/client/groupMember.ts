// A member of a classic consumer group (protocol type "consumer", one protocol: "range"), over its
// own connection to the coordinator as Kafka's consumer keeps one: JoinGroup (with KIP-394's
// MEMBER_ID_REQUIRED round trip), SyncGroup (the leader runs the range assignment), a heartbeat
// loop, commits stamped with the generation and member id, and LeaveGroup. The eager protocol:
// every rebalance gives up all partitions and starts from a new assignment.
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import { Heartbeat, JoinGroup, LeaveGroup, SyncGroup } from './clientApis.js';
import { CONSUMER_PROTOCOL_TYPE, decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from './consumerProtocol.js';
import { coordinatorMoved, isCoordinatorError, type GroupCoordinators } from './groupCoordinator.js';
import type { KafkaClient } from './kafkaClient.js';
import type { KafkaConnection } from './kafkaConnection.js';
import { sendOffsetCommit, type OffsetToCommit, type PartitionResult } from './offsetCommit.js';
import { RANGE_ASSIGNOR, rangeAssign } from './rangeAssignor.js';
import type { TopicPartition } from './topicPartition.js';

export interface GroupMemberOptions {
  groupId: string;
  topics: readonly string[];
  /** Kafka's session.timeout.ms: the coordinator expels a member it has not heard from for this long. */
  sessionTimeoutMs?: number;
  /** Kafka's max.poll.interval.ms: how long the coordinator waits for members to rejoin a rebalance. */
  rebalanceTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Static membership (KIP-345). */
  groupInstanceId?: string | null;
  /** Limit for heartbeats, commits and LeaveGroup; JoinGroup may take the rebalance timeout plus 5 s. */
  requestTimeoutMs?: number;
}

// Generation and member id of a member that has not joined yet.
const NO_GENERATION = -1;
const NO_MEMBER_ID = '';
// Kafka's consumer gives JoinGroup the rebalance timeout plus this much before it gives up.
const JOIN_GROUP_TIMEOUT_MARGIN_MS = 5_000;

/** The errors after which the member must join again; the commit or heartbeat that met them is lost. */
const REJOIN_ERRORS: ReadonlySet<number> = new Set([ErrorCode.REBALANCE_IN_PROGRESS, ErrorCode.ILLEGAL_GENERATION, ErrorCode.UNKNOWN_MEMBER_ID]);
export const needsRejoinAfter = (err: unknown): boolean => err instanceof KafkaError && REJOIN_ERRORS.has(err.code);

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (signal === undefined) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      onAbort();
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', abort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export class GroupMember {
  readonly groupId: string;
  private readonly topics: string[];
  private readonly sessionTimeoutMs: number;
  private readonly rebalanceTimeoutMs: number;
  private readonly heartbeatIntervalMs: number;
  private readonly groupInstanceId: string | null;
  private readonly requestTimeoutMs: number;

  private memberIdValue = NO_MEMBER_ID;
  private generation = NO_GENERATION;
  private assigned: TopicPartition[] = [];
  private rejoin = true;
  private failure: Error | null = null;
  private left = false;
  private connecting: Promise<KafkaConnection> | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;

  constructor(private readonly client: KafkaClient, private readonly coordinators: GroupCoordinators, opts: GroupMemberOptions) {
    if (opts.topics.length === 0) throw new RangeError('a group member needs at least one topic');
    this.groupId = opts.groupId;
    this.topics = [...new Set(opts.topics)].sort();
    this.sessionTimeoutMs = opts.sessionTimeoutMs ?? 45_000;
    this.rebalanceTimeoutMs = opts.rebalanceTimeoutMs ?? 300_000;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 3_000;
    this.groupInstanceId = opts.groupInstanceId ?? null;
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 30_000;
    if (this.heartbeatIntervalMs >= this.sessionTimeoutMs) throw new RangeError('heartbeat.interval.ms must be lower than session.timeout.ms');
  }

  get memberId(): string {
    return this.memberIdValue;
  }

  get generationId(): number {
    return this.generation;
  }

  /** The partitions of the current generation. */
  get assignment(): readonly TopicPartition[] {
    return this.assigned;
  }

  /** True once a heartbeat or commit learned that the group is rebalancing (or forgot this member). */
  get needsRejoin(): boolean {
    return this.rejoin;
  }

  /** Throws the error that ended this membership (FENCED_INSTANCE_ID, ...), if any. */
  throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }

  // ---------------------------------------------------------------- coordinator connection

  private connection(): Promise<KafkaConnection> {
    const current = this.connecting;
    if (current !== null) {
      return current.then((c) => {
        if (c.isOpen) return c;
        if (this.connecting === current) this.connecting = null;
        return this.connection();
      });
    }
    const opening = (async () => {
      const node = (await this.coordinators.find([this.groupId], Date.now() + this.requestTimeoutMs)).get(this.groupId)!;
      return this.client.openDedicatedConnection(node.host, node.port, Math.max(this.requestTimeoutMs, this.rebalanceTimeoutMs + JOIN_GROUP_TIMEOUT_MARGIN_MS));
    })();
    this.connecting = opening;
    opening.catch(() => {
      if (this.connecting === opening) this.connecting = null;
    });
    return opening;
  }

  /** Forgets the coordinator and drops the connection: the next request finds it again. */
  private coordinatorLost(): void {
    this.coordinators.forget(this.groupId);
    const current = this.connecting;
    this.connecting = null;
    current?.then((c) => c.close(), () => undefined);
  }

  /** A request bounded by requestTimeoutMs: past it the connection is dropped, failing the request. */
  private async bounded<T>(send: (conn: KafkaConnection) => Promise<T>): Promise<T> {
    const conn = await this.connection();
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        send(conn),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            conn.close();
            reject(new KafkaError(ErrorCode.REQUEST_TIMED_OUT, `group '${this.groupId}': no answer from the coordinator within ${this.requestTimeoutMs} ms`));
          }, this.requestTimeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  // ---------------------------------------------------------------- join and sync

  /**
   * Joins the group (or rejoins it) and syncs, retrying until a generation forms; resolves with
   * this member's partitions. Retriable errors are retried until the signal aborts; errors such
   * as INCONSISTENT_GROUP_PROTOCOL, GROUP_MAX_SIZE_REACHED or FENCED_INSTANCE_ID are thrown.
   */
  async join(signal?: AbortSignal): Promise<TopicPartition[]> {
    if (this.left) throw new Error(`group member of '${this.groupId}' has left the group`);
    this.stopHeartbeats();
    this.assigned = [];
    for (let attempt = 0; ; ) {
      this.throwIfFailed();
      try {
        const assignment = await abortable(this.joinAndSync(), signal, () => this.coordinatorLost());
        if (assignment !== null) {
          this.assigned = assignment;
          this.rejoin = false;
          this.scheduleHeartbeat(this.heartbeatIntervalMs);
          return assignment;
        }
      } catch (err) {
        if (!(err instanceof KafkaError) || !err.retriable) throw err;
        if (coordinatorMoved(err)) this.coordinatorLost();
        const delay = Math.min(100 * 2 ** attempt++, 1_000);
        await sleep(delay, undefined, { signal });
      }
    }
  }

  /** One JoinGroup and SyncGroup round; null when the group asks for another round at once. */
  private async joinAndSync(): Promise<TopicPartition[] | null> {
    const conn = await this.connection();
    const joined = await conn.send(JoinGroup, {
      groupId: this.groupId,
      sessionTimeoutMs: this.sessionTimeoutMs,
      rebalanceTimeoutMs: this.rebalanceTimeoutMs,
      memberId: this.memberIdValue,
      groupInstanceId: this.groupInstanceId,
      protocolType: CONSUMER_PROTOCOL_TYPE,
      protocols: [{ name: RANGE_ASSIGNOR, metadata: encodeSubscription({ topics: this.topics, userData: null, ownedPartitions: [], generationId: this.generation, rackId: null }) }],
      reason: this.generation === NO_GENERATION ? null : 'rebalance',
    });
    switch (joined.errorCode) {
      case ErrorCode.NONE:
        break;
      case ErrorCode.MEMBER_ID_REQUIRED:
        // KIP-394: the coordinator names us; the next JoinGroup carries that id.
        this.memberIdValue = joined.memberId;
        return null;
      case ErrorCode.UNKNOWN_MEMBER_ID:
        this.resetMembership();
        return null;
      case ErrorCode.REBALANCE_IN_PROGRESS:
        return null;
      default:
        throw this.groupError(joined.errorCode, 'JoinGroup');
    }
    if (joined.protocolType !== null && joined.protocolType !== CONSUMER_PROTOCOL_TYPE) {
      throw new KafkaError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, `group '${this.groupId}' chose protocol type '${joined.protocolType}'`);
    }
    this.memberIdValue = joined.memberId;
    this.generation = joined.generationId;
    const leads = joined.leader === joined.memberId && !joined.skipAssignment;
    const synced = await conn.send(SyncGroup, {
      groupId: this.groupId,
      generationId: this.generation,
      memberId: this.memberIdValue,
      groupInstanceId: this.groupInstanceId,
      protocolType: CONSUMER_PROTOCOL_TYPE,
      protocolName: joined.protocolName,
      assignments: leads ? await this.assign(joined.protocolName, joined.members) : [],
    });
    switch (synced.errorCode) {
      case ErrorCode.NONE:
        return decodeAssignment(synced.assignment);
      case ErrorCode.REBALANCE_IN_PROGRESS:
        return null;
      case ErrorCode.ILLEGAL_GENERATION:
        this.generation = NO_GENERATION;
        return null;
      case ErrorCode.UNKNOWN_MEMBER_ID:
        this.resetMembership();
        return null;
      default:
        throw this.groupError(synced.errorCode, 'SyncGroup');
    }
  }

  /** The leader's job: a range assignment over every member's subscription. */
  private async assign(protocol: string | null, members: readonly { memberId: string; groupInstanceId: string | null; metadata: Buffer }[]): Promise<{ memberId: string; assignment: Buffer }[]> {
    if (protocol !== RANGE_ASSIGNOR) throw new KafkaError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, `group '${this.groupId}' chose assignor '${protocol}', this member only runs '${RANGE_ASSIGNOR}'`);
    const subscribed = members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, topics: decodeSubscription(m.metadata).topics }));
    const topics = [...new Set(subscribed.flatMap((m) => m.topics))];
    const md = await this.client.metadata(topics);
    const partitionsPerTopic = new Map<string, number>();
    for (const t of topics) {
      const meta = md.topics.get(t);
      if (meta !== undefined && meta.errorCode === ErrorCode.NONE) partitionsPerTopic.set(t, meta.partitions.length);
    }
    const plan = rangeAssign(subscribed, partitionsPerTopic);
    return subscribed.map((m) => ({ memberId: m.memberId, assignment: encodeAssignment(plan.get(m.memberId) ?? []) }));
  }

  private resetMembership(): void {
    this.memberIdValue = NO_MEMBER_ID;
    this.generation = NO_GENERATION;
  }

  /** A group-level error code as a KafkaError: coordinator errors stay retriable, the rest end the member. */
  private groupError(code: number, api: string): KafkaError {
    return new KafkaError(code, `${api} for group '${this.groupId}': ${new KafkaError(code).message}`);
  }

  // ---------------------------------------------------------------- heartbeats

  private scheduleHeartbeat(delayMs: number): void {
    this.heartbeatTimer = setTimeout(() => {
      this.heartbeatTimer = null;
      void this.heartbeat();
    }, delayMs);
  }

  private stopHeartbeats(): void {
    if (this.heartbeatTimer !== null) clearTimeout(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  private async heartbeat(): Promise<void> {
    if (this.rejoin || this.left) return;
    let code: number;
    try {
      const res = await this.bounded((conn) => conn.send(Heartbeat, { groupId: this.groupId, generationId: this.generation, memberId: this.memberIdValue, groupInstanceId: this.groupInstanceId }));
      code = res.errorCode;
    } catch (err) {
      if (!(err instanceof KafkaError) || !err.retriable) {
        this.failure = err instanceof Error ? err : new Error(String(err));
        return;
      }
      code = err.code;
    }
    // A rejoin started (or the member left) while this heartbeat was in flight: its answer is stale.
    if (this.rejoin || this.left) return;
    if (code === ErrorCode.NONE) {
      this.scheduleHeartbeat(this.heartbeatIntervalMs);
    } else if (this.afterGroupError(code)) {
      return;
    } else if (isCoordinatorError(code) || new KafkaError(code).retriable) {
      if (coordinatorMoved(new KafkaError(code))) this.coordinatorLost();
      this.scheduleHeartbeat(Math.min(1_000, this.heartbeatIntervalMs));
    } else {
      this.failure = this.groupError(code, 'Heartbeat');
    }
  }

  /** Applies REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID or FENCED_INSTANCE_ID; false for other codes. */
  private afterGroupError(code: number): boolean {
    switch (code) {
      case ErrorCode.REBALANCE_IN_PROGRESS:
        break;
      case ErrorCode.ILLEGAL_GENERATION:
        this.generation = NO_GENERATION;
        break;
      case ErrorCode.UNKNOWN_MEMBER_ID:
        this.resetMembership();
        break;
      case ErrorCode.FENCED_INSTANCE_ID:
        this.failure = this.groupError(code, 'Heartbeat');
        break;
      default:
        return false;
    }
    this.rejoin = true;
    this.stopHeartbeats();
    return true;
  }

  // ---------------------------------------------------------------- commit and leave

  /**
   * Commits as this member of the current generation. REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION
   * and UNKNOWN_MEMBER_ID mark the member for a rejoin and are thrown: the offsets were not
   * committed. Coordinator errors are retried within requestTimeoutMs.
   */
  async commit(offsets: readonly OffsetToCommit[]): Promise<void> {
    if (offsets.length === 0) return;
    if (this.generation === NO_GENERATION) throw new KafkaError(ErrorCode.ILLEGAL_GENERATION, `group '${this.groupId}': cannot commit without a generation; the member must rejoin first`);
    const deadline = Date.now() + this.requestTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      let results: PartitionResult[];
      try {
        results = await this.bounded((conn) => sendOffsetCommit(conn, this.groupId, { generationId: this.generation, memberId: this.memberIdValue, groupInstanceId: this.groupInstanceId }, offsets));
      } catch (err) {
        if (!(err instanceof KafkaError) || !err.retriable) throw err;
        if (coordinatorMoved(err)) this.coordinatorLost();
        await this.coordinators.backoff(attempt, deadline, err);
        continue;
      }
      const failed = results.find((r) => r.error !== null);
      if (failed === undefined) return;
      const code = failed.error!.code;
      this.afterGroupError(code);
      throw new KafkaError(code, `OffsetCommit for group '${this.groupId}', ${failed.topic}-${failed.partition}: ${failed.error!.message}`);
    }
  }

  /**
   * Leaves the group so that it rebalances at once rather than after the session timeout. Static
   * members do not leave (KIP-345: a restart keeps their partitions). Best effort: if the
   * coordinator cannot be reached, it expels the member when the session times out.
   */
  async leave(reason = 'the consumer is being closed'): Promise<void> {
    if (this.left) return;
    this.left = true;
    this.stopHeartbeats();
    try {
      if (this.memberIdValue !== NO_MEMBER_ID && this.groupInstanceId === null) {
        await this.bounded(async (conn) => {
          const batched = conn.versionFor(LeaveGroup) >= 3;
          await conn.send(LeaveGroup, {
            groupId: this.groupId,
            memberId: batched ? '' : this.memberIdValue,
            members: batched ? [{ memberId: this.memberIdValue, groupInstanceId: null, reason }] : [],
          });
        });
      }
    } catch (err) {
      if (!(err instanceof KafkaError)) throw err;
    } finally {
      this.resetMembership();
      this.assigned = [];
      this.coordinatorLost();
    }
  }
}
