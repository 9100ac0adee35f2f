// One partition replica on this broker (Kafka's Partition): its Log, the idempotent-producer state
// that guards appends, and its place in the partition as the metadata image says. As leader it
// tracks each follower's fetches, proposes ISR changes and moves the high watermark to the smallest
// log end offset in the ISR; as follower it appends what its leader sends and takes the leader's
// high watermark. A partition with one replica keeps the high watermark at the log end.
import type { Logger } from 'pino';
import type { Log } from '../storage/log.js';
import { StorageError } from '../storage/errors.js';
import type { ProducerStateManager } from '../txn/producerStateManager.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { provisionalBatches } from './batchHeader.js';
import { CompressionType, compressionName } from '../protocol/compression/compressionType.js';
import type { PartitionImage } from '../metadata/metadataImage.js';
import { ReplicaState } from '../replication/replicaState.js';

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

export function tpKey(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

export interface PartitionAppendResult {
  errorCode: number;
  errorMessage: string | null;
  baseOffset: number;
  /** The offset after the last appended record: what acks=all waits for the high watermark to pass. */
  nextOffset: number;
  logAppendTimeMs: number;
  logStartOffset: number;
  /** Index of the batch that made the request fail, for ProduceResponse record_errors. */
  batchIndex: number;
}

export interface PartitionReadResult {
  errorCode: number;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  records: Buffer[];
  sizeInBytes: number;
  /** For a follower whose last fetched epoch is not in the leader's log as it says: where they part. */
  divergingEpoch?: { epoch: number; endOffset: number };
  /** KIP-392: the replica the consumer should fetch from instead (no records come with it). */
  preferredReadReplica?: number;
}

/** The answer to a Fetch's current_leader_epoch check, as Kafka's Partition.checkLeaderEpoch. */
export function leaderEpochError(currentLeaderEpoch: number, leaderEpoch: number): number {
  if (currentLeaderEpoch < 0) return ErrorCode.NONE;
  if (currentLeaderEpoch < leaderEpoch) return ErrorCode.FENCED_LEADER_EPOCH;
  if (currentLeaderEpoch > leaderEpoch) return ErrorCode.UNKNOWN_LEADER_EPOCH;
  return ErrorCode.NONE;
}

/** A proposed ISR change, sent to the controller as AlterPartition; resolves with the committed state or null. */
export type IsrProposer = (partition: Partition, newIsr: readonly number[]) => Promise<{ isr: number[]; partitionEpoch: number; leaderEpoch: number } | null>;

export interface ReplicationSettings {
  /** replica.lag.time.max.ms */
  readonly lagTimeMaxMs: number;
  readonly proposeIsr: IsrProposer;
  /** Called when the high watermark moved or the ISR changed, so waiting produces and fetches re-check. */
  readonly onProgress: (partition: Partition) => void;
}

/** The wait after a refused ISR change before the leader proposes another. */
const ISR_RETRY_BACKOFF_MS = 1000;

/** Maps a storage failure to its Kafka error code by the name it carries. */
export function storageErrorCode(err: unknown): number {
  if (err instanceof StorageError) {
    const code = (ErrorCode as Record<string, number>)[err.kafkaError];
    if (code !== undefined) return code;
  }
  return ErrorCode.KAFKA_STORAGE_ERROR;
}

export class Partition implements TopicPartition {
  leaderEpoch = -1;
  leaderId = -1;
  partitionEpoch = -1;
  replicas: readonly number[] = [];
  /** The ISR the controller committed. */
  isr: readonly number[] = [];
  /** An ISR change sent to the controller and not yet answered. */
  private pendingIsr: readonly number[] | null = null;
  private isrRetryAfterMs = 0;
  /** The leader's log end offset when it took this epoch: a follower joins the ISR only past it. */
  private leaderEpochStartOffset = 0;
  private readonly remotes = new Map<number, ReplicaState>();

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly topicId: string,
    readonly log: Log,
    /** Fed by the log itself (appends and recovery replay) through its producer-state hooks. */
    readonly producerState: ProducerStateManager,
    private readonly localId: number,
    private readonly logger: Logger,
    private readonly replication: ReplicationSettings,
  ) {}

  /** Whether this broker leads the partition; only the leader takes produce and consumer fetches. */
  get isLeader(): boolean {
    return this.leaderId === this.localId;
  }

  get logEndOffset(): number {
    return this.log.logEndOffset;
  }

  get highWatermark(): number {
    return this.log.highWatermark;
  }

  get logStartOffset(): number {
    return this.log.logStartOffset;
  }

  get isReplicated(): boolean {
    return this.replicas.length > 1;
  }

  /** Takes the image's state of the partition; a new leader epoch here makes this broker lead afresh. */
  applyImage(p: PartitionImage, nowMs: number): void {
    const wasLeader = this.isLeader;
    const epochChanged = p.leaderEpoch !== this.leaderEpoch;
    this.replicas = p.replicas;
    if (p.partitionEpoch !== this.partitionEpoch) {
      this.isr = p.isr;
      this.partitionEpoch = p.partitionEpoch;
      this.pendingIsr = null;
    }
    this.leaderId = p.leader;
    this.leaderEpoch = p.leaderEpoch;
    if (!this.isReplicated) this.log.followLogEnd();
    // After a restart the high watermark resumes from the checkpoint and the ISR's fetches raise it.
    else if (!this.log.tracksHighWatermark) this.log.highWatermark = this.log.checkpointedHighWatermark;
    if (!this.isLeader) {
      this.remotes.clear();
      this.pendingIsr = null;
      return;
    }
    if (!wasLeader || epochChanged) this.becomeLeader(nowMs);
    else this.syncRemotes(nowMs);
    // A smaller ISR can move the high watermark; a changed one can fail a waiting acks=all.
    this.maybeIncrementHighWatermark();
    this.replication.onProgress(this);
  }

  private becomeLeader(nowMs: number): void {
    this.leaderEpochStartOffset = this.log.logEndOffset;
    this.log.assignEpochStartOffset(this.leaderEpoch, this.leaderEpochStartOffset);
    this.remotes.clear();
    this.syncRemotes(nowMs);
    this.logger.info({ tp: tpKey(this), leaderEpoch: this.leaderEpoch, isr: this.isr, logEndOffset: this.log.logEndOffset, highWatermark: this.log.highWatermark }, 'leading partition');
  }

  /** One ReplicaState per follower; ISR members start caught up, so they get a full lag time to fetch. */
  private syncRemotes(nowMs: number): void {
    for (const id of this.replicas) {
      if (id !== this.localId && !this.remotes.has(id)) this.remotes.set(id, new ReplicaState(id, this.isr.includes(id) ? nowMs : 0));
    }
    for (const id of this.remotes.keys()) if (!this.replicas.includes(id)) this.remotes.delete(id);
  }

  /** The ISR the high watermark must wait for: the committed one plus any member being added. */
  private maximalIsr(): readonly number[] {
    return this.pendingIsr === null ? this.isr : [...new Set([...this.isr, ...this.pendingIsr])];
  }

  /** Leader: a follower fetched at `fetchOffset`. Returns an error code for a broker that is no replica. */
  recordFollowerFetch(replicaId: number, fetchOffset: number, nowMs: number, followerLogStartOffset = -1): number {
    const remote = this.remotes.get(replicaId);
    if (remote === undefined) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
    remote.updateFetchState(fetchOffset, this.log.logEndOffset, nowMs, followerLogStartOffset);
    this.maybeExpandIsr(remote, nowMs);
    if (this.maybeIncrementHighWatermark()) this.replication.onProgress(this);
    return ErrorCode.NONE;
  }

  /** Leader: what it knows of follower `replicaId`, undefined for a broker that is no replica. */
  followerState(replicaId: number): ReplicaState | undefined {
    return this.remotes.get(replicaId);
  }

  /** Leader: the ISR followers whose logs, as their last fetches said, hold `fetchOffset` (KIP-392 candidates). */
  replicasHolding(fetchOffset: number): ReplicaState[] {
    return [...this.remotes.values()].filter((r) => this.isr.includes(r.brokerId) && r.logStartOffset >= 0 && r.logStartOffset <= fetchOffset && r.logEndOffset >= fetchOffset);
  }

  /** Leader: moves the high watermark to the smallest log end offset in the ISR; true when it moved. */
  maybeIncrementHighWatermark(): boolean {
    if (!this.isLeader || !this.isReplicated) return false;
    let hw = this.log.logEndOffset;
    for (const id of this.maximalIsr()) {
      if (id === this.localId) continue;
      const leo = this.remotes.get(id)?.logEndOffset ?? -1;
      if (leo < 0) return false;
      hw = Math.min(hw, leo);
    }
    if (hw <= this.log.highWatermark) return false;
    this.log.highWatermark = hw;
    return true;
  }

  private maybeExpandIsr(remote: ReplicaState, nowMs: number): void {
    if (this.isr.includes(remote.brokerId)) return;
    if (remote.logEndOffset < this.log.highWatermark || remote.logEndOffset < this.leaderEpochStartOffset) return;
    this.proposeIsr([...this.isr, remote.brokerId], nowMs);
  }

  /** Leader: drops followers that have not caught up within replica.lag.time.max.ms. */
  maybeShrinkIsr(nowMs: number): void {
    if (!this.isLeader) return;
    const lagging = this.isr.filter((id) => id !== this.localId && (this.remotes.get(id)?.isLagging(nowMs, this.replication.lagTimeMaxMs) ?? true));
    if (lagging.length === 0) return;
    this.proposeIsr(this.isr.filter((id) => !lagging.includes(id)), nowMs);
  }

  private proposeIsr(newIsr: readonly number[], nowMs: number): void {
    if (this.pendingIsr !== null || nowMs < this.isrRetryAfterMs) return;
    const epoch = this.leaderEpoch;
    this.pendingIsr = newIsr;
    this.logger.info({ tp: tpKey(this), isr: this.isr, proposed: newIsr, leaderEpoch: epoch }, 'proposing an ISR change');
    void this.replication.proposeIsr(this, newIsr).then(
      (committed) => this.isrProposalAnswered(newIsr, epoch, committed),
      (err: unknown) => {
        this.logger.warn({ tp: tpKey(this), err }, 'ISR change not sent');
        this.isrProposalAnswered(newIsr, epoch, null);
      },
    );
  }

  private isrProposalAnswered(proposed: readonly number[], epoch: number, committed: { isr: number[]; partitionEpoch: number; leaderEpoch: number } | null): void {
    if (this.pendingIsr !== proposed) return;
    this.pendingIsr = null;
    if (committed === null) {
      this.isrRetryAfterMs = Date.now() + ISR_RETRY_BACKOFF_MS;
      return;
    }
    // The image may already be past this answer.
    if (committed.leaderEpoch === epoch && committed.partitionEpoch > this.partitionEpoch) {
      this.isr = committed.isr;
      this.partitionEpoch = committed.partitionEpoch;
    }
    this.maybeIncrementHighWatermark();
    this.replication.onProgress(this);
  }

  /** Follower: appends what the leader sent and takes its high watermark (consumers may read here, KIP-392). */
  appendAsFollower(records: Buffer, leaderHighWatermark: number): void {
    if (records.length > 0) this.log.appendAsFollower(records);
    const before = this.log.highWatermark;
    this.log.highWatermark = Math.min(leaderHighWatermark, this.log.logEndOffset);
    if (this.log.highWatermark !== before) this.replication.onProgress(this);
  }

  /**
   * Follower: the leader says their logs part after `epoch` at `endOffset`. Cuts this log where
   * the two agree, as Kafka's fetcher does (a further check follows on the next fetch when this
   * log's epoch there differs).
   */
  truncateToDivergence(epoch: number, endOffset: number): void {
    const local = this.log.endOffsetForEpoch(epoch);
    const logEnd = this.log.logEndOffset;
    const to = local.epoch < 0 ? Math.min(endOffset, logEnd) : local.epoch !== epoch ? Math.min(local.endOffset, logEnd) : Math.min(endOffset, local.endOffset);
    if (this.log.truncateTo(to)) this.logger.info({ tp: tpKey(this), divergingEpoch: epoch, leaderEndOffset: endOffset, truncatedTo: to, from: logEnd }, 'truncated a diverging suffix');
  }

  /** Follower: the leader's log no longer holds this fetch offset. */
  resetToLeader(fetchOffset: number, leaderLogStartOffset: number, leaderHighWatermark: number): void {
    if (leaderLogStartOffset > fetchOffset) {
      this.logger.warn({ tp: tpKey(this), fetchOffset, leaderLogStartOffset }, 'fell behind the leader\'s log start; restarting the replica there');
      this.log.truncateFullyAndStartAt(leaderLogStartOffset);
    } else if (leaderHighWatermark >= 0 && leaderHighWatermark < fetchOffset) {
      this.log.truncateTo(leaderHighWatermark);
    }
  }

  /** The latest leader epoch in this replica's log, -1 when it has none (Fetch's last_fetched_epoch). */
  get latestLogEpoch(): number {
    return this.log.leaderEpochCache.latestEpoch();
  }

  /**
   * Appends a producer's batches. `requiredCompression` is the codec the topic's compression.type
   * demands (null for `producer`): Runnel stores batches as sent and does not recompress, so a
   * batch in another codec is refused with a message saying what to do.
   */
  appendRecordsAsLeader(records: Buffer, nowMs: number, requiredCompression: CompressionType | null): PartitionAppendResult {
    const failed = (errorCode: number, errorMessage: string | null, batchIndex = -1): PartitionAppendResult => ({
      errorCode,
      errorMessage,
      baseOffset: -1,
      nextOffset: -1,
      logAppendTimeMs: -1,
      logStartOffset: this.safeLogStartOffset(),
      batchIndex,
    });
    const batches = provisionalBatches(records, this.log.logEndOffset);
    if (requiredCompression !== null) {
      const i = batches.findIndex((b) => b.compression !== requiredCompression);
      if (i >= 0) {
        const want = requiredCompression === CompressionType.None ? 'uncompressed' : compressionName(requiredCompression);
        return failed(
          ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
          `topic ${this.topic} has compression.type=${want} and Runnel does not recompress: produce ${want} batches or set compression.type=producer`,
          i,
        );
      }
    }
    if (batches.some((b) => b.producerId >= 0)) {
      const check = this.producerState.checkAppend(batches);
      if (check.kind === 'duplicate') {
        this.logger.debug({ tp: tpKey(this), firstOffset: check.firstOffset }, 'duplicate batch from idempotent producer; answering with its original offsets');
        return { errorCode: ErrorCode.NONE, errorMessage: null, baseOffset: check.firstOffset, nextOffset: check.lastOffset + 1, logAppendTimeMs: -1, logStartOffset: this.log.logStartOffset, batchIndex: -1 };
      }
      if (check.kind === 'error') return failed(check.errorCode, check.message);
    }
    try {
      const info = this.log.append(records, { leaderEpoch: this.leaderEpoch, logAppendTimeMs: nowMs, origin: 'client' });
      if (this.maybeIncrementHighWatermark()) this.replication.onProgress(this);
      return {
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        baseOffset: info.firstOffset,
        nextOffset: info.lastOffset + 1,
        logAppendTimeMs: info.logAppendTimeMs,
        logStartOffset: info.logStartOffset,
        batchIndex: -1,
      };
    } catch (err) {
      const code = storageErrorCode(err);
      if (code === ErrorCode.KAFKA_STORAGE_ERROR) this.logger.error({ tp: tpKey(this), err }, 'append failed');
      const batchIndex = (err as { batchIndex?: number }).batchIndex ?? -1;
      return failed(code, (err as Error).message, batchIndex);
    }
  }

  /**
   * Reads from `fetchOffset`: consumers up to the high watermark, followers (`replica`) up to the
   * log end. A position between the high watermark and the log end reads nothing, as in Kafka.
   */
  read(fetchOffset: number, maxBytes: number, minOneMessage: boolean, replica = false): PartitionReadResult {
    const base = { highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: [] as Buffer[], sizeInBytes: 0 };
    try {
      const hw = this.log.highWatermark;
      const limit = replica ? this.log.logEndOffset : hw;
      const result = { ...base, errorCode: ErrorCode.NONE, highWatermark: hw, lastStableOffset: hw, logStartOffset: this.log.logStartOffset };
      if (fetchOffset >= limit && fetchOffset <= this.log.logEndOffset) return result;
      const info = this.log.read(fetchOffset, maxBytes, { maxOffset: limit, minOneMessage });
      return { ...result, records: info.records, sizeInBytes: info.sizeInBytes };
    } catch (err) {
      const code = storageErrorCode(err);
      if (code === ErrorCode.KAFKA_STORAGE_ERROR) this.logger.error({ tp: tpKey(this), err }, 'read failed');
      return { ...base, errorCode: code, highWatermark: this.safeHighWatermark(), logStartOffset: this.safeLogStartOffset() };
    }
  }

  /** An answer with this replica's offsets and no records (a redirected or throttled fetch). */
  emptyRead(): PartitionReadResult {
    const hw = this.log.highWatermark;
    return { errorCode: ErrorCode.NONE, highWatermark: hw, lastStableOffset: hw, logStartOffset: this.log.logStartOffset, records: [], sizeInBytes: 0 };
  }

  /**
   * Leader: a follower's fetch. When the epoch of its last fetched batch ends earlier here than its
   * fetch offset, or is unknown here, the answer is where their logs part, so it truncates first.
   */
  readForFollower(fetchOffset: number, lastFetchedEpoch: number, maxBytes: number, minOneMessage: boolean): PartitionReadResult {
    if (lastFetchedEpoch >= 0) {
      const end = this.log.endOffsetForEpoch(lastFetchedEpoch);
      if (end.epoch < lastFetchedEpoch || end.endOffset < fetchOffset) {
        return { ...this.emptyRead(), divergingEpoch: end };
      }
    }
    return this.read(fetchOffset, maxBytes, minOneMessage, true);
  }

  private safeLogStartOffset(): number {
    try {
      return this.log.logStartOffset;
    } catch {
      return -1;
    }
  }

  private safeHighWatermark(): number {
    try {
      return this.log.highWatermark;
    } catch {
      return -1;
    }
  }
}
