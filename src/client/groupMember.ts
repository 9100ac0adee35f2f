// A member of a classic consumer group (protocol type "consumer"), reaching its coordinator through
// a transport (its own Kafka connection, or the coordinator in-process for the gateway): JoinGroup
// (with KIP-394's MEMBER_ID_REQUIRED round trip), SyncGroup (the leader runs the assignor the group
// chose among those offered), a heartbeat loop, commits stamped with the generation and member id,
// and LeaveGroup. The eager protocol: every rebalance gives up all partitions and starts anew.
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { ClassicGroupTransport } from './classicGroupTransport.js';
import { CONSUMER_ASSIGNORS } from './consumerAssignors.js';
import { CONSUMER_PROTOCOL_TYPE, decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from './consumerProtocol.js';
import { coordinatorMoved, isCoordinatorError } from './groupCoordinator.js';
import type { OffsetToCommit, PartitionResult } from './offsetCommit.js';
import { RANGE_ASSIGNOR } from './rangeAssignor.js';
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
  /** Assignor protocol names offered, in preference order (CONSUMER_ASSIGNORS); default: range. */
  assignors?: readonly string[];
  /** Called when a heartbeat or commit learns that the member must rejoin, or that it failed. */
  onRejoinNeeded?: () => void;
}

/** Kafka consumer defaults: request.timeout.ms and max.poll.interval.ms (the rebalance timeout). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_REBALANCE_TIMEOUT_MS = 300_000;

// Generation and member id of a member that has not joined yet.
const NO_GENERATION = -1;
const NO_MEMBER_ID = '';

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
  private readonly assignors: readonly string[];
  private readonly onRejoinNeeded: () => void;

  private memberIdValue = NO_MEMBER_ID;
  private generation = NO_GENERATION;
  private assigned: TopicPartition[] = [];
  private rejoin = true;
  private failure: Error | null = null;
  private left = false;
  private heartbeatTimer: NodeJS.Timeout | null = null;

  constructor(private readonly transport: ClassicGroupTransport, opts: GroupMemberOptions) {
    if (opts.topics.length === 0) throw new RangeError('a group member needs at least one topic');
    this.groupId = opts.groupId;
    this.topics = [...new Set(opts.topics)].sort();
    this.sessionTimeoutMs = opts.sessionTimeoutMs ?? 45_000;
    this.rebalanceTimeoutMs = opts.rebalanceTimeoutMs ?? DEFAULT_REBALANCE_TIMEOUT_MS;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 3_000;
    this.groupInstanceId = opts.groupInstanceId ?? null;
    this.requestTimeoutMs = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.assignors = opts.assignors ?? [RANGE_ASSIGNOR];
    for (const name of this.assignors) if (!CONSUMER_ASSIGNORS.has(name)) throw new RangeError(`unknown assignor '${name}'`);
    this.onRejoinNeeded = opts.onRejoinNeeded ?? (() => undefined);
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

  private coordinatorLost(): void {
    this.transport.coordinatorLost();
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
    const subscription = encodeSubscription({ topics: this.topics, userData: null, ownedPartitions: [], generationId: this.generation, rackId: null });
    const joined = await this.transport.joinGroup({
      groupId: this.groupId,
      sessionTimeoutMs: this.sessionTimeoutMs,
      rebalanceTimeoutMs: this.rebalanceTimeoutMs,
      memberId: this.memberIdValue,
      groupInstanceId: this.groupInstanceId,
      protocolType: CONSUMER_PROTOCOL_TYPE,
      protocols: this.assignors.map((name) => ({ name, metadata: subscription })),
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
    const synced = await this.transport.syncGroup({
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

  /** The leader's job: the chosen assignor over every member's subscription. */
  private async assign(protocol: string | null, members: readonly { memberId: string; groupInstanceId: string | null; metadata: Buffer }[]): Promise<{ memberId: string; assignment: Buffer }[]> {
    const assign = protocol !== null && this.assignors.includes(protocol) ? CONSUMER_ASSIGNORS.get(protocol) : undefined;
    if (assign === undefined) throw new KafkaError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, `group '${this.groupId}' chose assignor '${protocol}', this member runs ${this.assignors.map((a) => `'${a}'`).join(', ')}`);
    const subscribed = members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, topics: decodeSubscription(m.metadata).topics }));
    const plan = assign(subscribed, await this.transport.partitionCounts([...new Set(subscribed.flatMap((m) => m.topics))]));
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
      code = await this.transport.heartbeat({ groupId: this.groupId, generationId: this.generation, memberId: this.memberIdValue, groupInstanceId: this.groupInstanceId });
    } catch (err) {
      if (!(err instanceof KafkaError) || !err.retriable) {
        this.failure = err instanceof Error ? err : new Error(String(err));
        this.onRejoinNeeded();
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
      this.onRejoinNeeded();
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
    this.onRejoinNeeded();
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
        results = await this.transport.commitOffsets(this.groupId, { generationId: this.generation, memberId: this.memberIdValue, groupInstanceId: this.groupInstanceId }, offsets);
      } catch (err) {
        if (!(err instanceof KafkaError) || !err.retriable) throw err;
        if (coordinatorMoved(err)) this.coordinatorLost();
        await this.transport.backoff(attempt, deadline, err);
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
        await this.transport.leaveGroup(this.groupId, this.memberIdValue, reason);
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
