/**
 * One partition's log (Kafka's UnifiedLog + LogLoader): an ordered array of segments, the log start
 * and end offsets, the high watermark, retention, truncation, flushing, and crash recovery on open.
 *
 * Recovery: when the caller cannot vouch for a clean shutdown (LogManager's `.kafka_cleanshutdown`
 * marker), every segment from the one holding the recovery point onward is scanned with CRC checks;
 * the first torn or corrupt batch and everything after it are cut, and indexes are rebuilt.
 *
 * A disk failure (any system-call error) takes this log offline: it is logged once with the
 * partition and path, and every later call throws KafkaStorageError. Other logs are unaffected.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { RecordBatchError, fsyncDirectory, scanBatches, validateAndAssignOffsets, type BatchSummary } from '../../bindings/index.js';
import { readBatchHeader } from './batchHeader.js';
import {
  CorruptRecordError,
  InvalidRecordError,
  KafkaStorageError,
  OffsetOutOfRangeError,
  RecordListTooLargeError,
  RecordTooLargeError,
  UnexpectedAppendOffsetError,
  isIoError,
} from './errors.js';
import type { LogConfig } from './logConfig.js';
import { LogDirCheckpoints } from './logDirCheckpoints.js';
import {
  DELETED_SUFFIX,
  DELETE_DIR_SUFFIX,
  INDEX_SUFFIX,
  LOG_SUFFIX,
  SNAPSHOT_SUFFIX,
  TIME_INDEX_SUFFIX,
  type TopicPartition,
  offsetFilePath,
  offsetFromFileName,
  parsePartitionDirName,
} from './logFileNames.js';
import { LogSegment } from './logSegment.js';
import { LeaderEpochCache } from './leaderEpochCache.js';
import type { ProducerStateHooks } from './producerStateHooks.js';

export interface LogOptions {
  /** Defaults to a silent logger. */
  logger?: Logger;
  /** Kafka's hadCleanShutdown: trust the files and skip the recovery scan. Default false. */
  hadCleanShutdown?: boolean;
  /**
   * The log dir's shared checkpoints. Default: a private instance over the parent directory, which
   * is only right when no other Log in that directory runs at the same time (LogManager shares one).
   */
  checkpoints?: LogDirCheckpoints;
  producerState?: ProducerStateHooks;
  /** Told once when the log goes offline after a disk error. */
  onOffline?: (log: Log, error: KafkaStorageError) => void;
  /** Clock for LogAppendTime; default Date.now. */
  now?: () => number;
}

export interface AppendOptions {
  leaderEpoch: number;
  /** The time to stamp when the topic uses LogAppendTime; default now. */
  logAppendTimeMs?: number;
  /**
   * Kafka's AppendOrigin: 'client' (a producer; control batches and non-zero base offsets are
   * refused) or 'coordinator' (the broker's own writes: transaction markers, group offsets).
   */
  origin?: 'client' | 'coordinator';
}

export interface LogAppendInfo {
  /** -1 when `records` held no batch. */
  firstOffset: number;
  lastOffset: number;
  maxTimestamp: number;
  /** Last offset of the batch holding maxTimestamp. */
  offsetOfMaxTimestamp: number;
  /** The stamped time under LogAppendTime, else -1. */
  logAppendTimeMs: number;
  summaries: readonly BatchSummary[];
  logStartOffset: number;
}

export interface ReadOptions {
  /** Exclusive upper bound (the high watermark for consumers); default the log end offset. */
  maxOffset?: number;
  /** Return the first batch whole even when it is larger than maxBytes, as Kafka does. */
  minOneMessage: boolean;
}

export interface LogReadInfo {
  /** Whole batches as zero-copy views of the segment files, in order. */
  records: Buffer[];
  sizeInBytes: number;
  /** Base offset of the first batch returned, -1 when nothing is returned. */
  firstBatchOffset: number;
}

export interface TimestampAndOffset {
  timestamp: number;
  offset: number;
}

const silent = pino({ level: 'silent' });

export class Log {
  readonly dir: string;
  readonly topicPartition: TopicPartition;
  readonly leaderEpochCache: LeaderEpochCache;
  private cfg: LogConfig;
  private readonly logger: Logger;
  private readonly checkpoints: LogDirCheckpoints;
  private readonly producerState: ProducerStateHooks | undefined;
  private readonly onOffline: ((log: Log, error: KafkaStorageError) => void) | undefined;
  private readonly now: () => number;
  private segments: LogSegment[] = [];
  private startOffset = 0;
  private endOffset = 0;
  private hw: number | null = null;
  private checkpointedHw: number | undefined;
  private recoveryPointOffset = 0;
  private unflushedMessages = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private offlineCause: Error | null = null;
  private closed = false;

  private constructor(dir: string, tp: TopicPartition, config: LogConfig, opts: LogOptions, epochs: LeaderEpochCache) {
    this.dir = dir;
    this.topicPartition = tp;
    this.cfg = config;
    this.logger = (opts.logger ?? silent).child({ topicPartition: `${tp.topic}-${tp.partition}` });
    this.checkpoints = opts.checkpoints ?? new LogDirCheckpoints(path.dirname(dir), this.logger);
    this.producerState = opts.producerState;
    this.onOffline = opts.onOffline;
    this.now = opts.now ?? Date.now;
    this.leaderEpochCache = epochs;
  }

  /** Opens (creating when absent) the log in `dir`, named `<topic>-<partition>`, recovering it when needed. */
  static open(dir: string, config: LogConfig, opts: LogOptions = {}): Log {
    const tp = parsePartitionDirName(path.basename(dir));
    if (tp === null) throw new Error(`${dir}: a partition directory is named <topic>-<partition>`);
    fs.mkdirSync(dir, { recursive: true });
    let epochs: LeaderEpochCache;
    try {
      epochs = LeaderEpochCache.load(dir);
    } catch (err) {
      if (isIoError(err)) throw err;
      (opts.logger ?? silent).warn({ err, dir }, 'leader-epoch-checkpoint unreadable; rebuilding it from batch headers');
      epochs = LeaderEpochCache.empty(dir);
    }
    const log = new Log(dir, tp, config, opts, epochs);
    log.load(opts.hadCleanShutdown === true, epochs.entries().length === 0);
    return log;
  }

  get config(): LogConfig {
    return this.cfg;
  }

  /** New topic config (AlterConfigs); applies to the next append, roll and retention pass. */
  updateConfig(config: LogConfig): void {
    this.cfg = config;
    for (const segment of this.segments) segment.config = config;
  }

  get logStartOffset(): number {
    return this.startOffset;
  }

  get logEndOffset(): number {
    return this.endOffset;
  }

  /** Set by replication; until then it follows the log end offset. Always within [logStartOffset, LEO]. */
  get highWatermark(): number {
    return this.hw ?? this.endOffset;
  }

  set highWatermark(offset: number) {
    this.hw = Math.min(Math.max(offset, this.startOffset), this.endOffset);
  }

  /** Whether replication has set the high watermark; otherwise it follows the log end offset. */
  get tracksHighWatermark(): boolean {
    return this.hw !== null;
  }

  /**
   * The high watermark replication-offset-checkpoint held when the log was loaded, within
   * [logStartOffset, LEO]; the log start offset when it held none.
   */
  get checkpointedHighWatermark(): number {
    return Math.min(Math.max(this.checkpointedHw ?? this.startOffset, this.startOffset), this.endOffset);
  }

  /** Puts the current high watermark into the log dir's replication-offset-checkpoint (written by the LogManager); true when it moved. */
  checkpointHighWatermark(): boolean {
    return this.checkpoints.highWatermarks.set(this.topicPartition, this.highWatermark);
  }

  /** A partition with one replica: the high watermark follows the log end offset again. */
  followLogEnd(): void {
    this.hw = null;
  }

  get recoveryPoint(): number {
    return this.recoveryPointOffset;
  }

  get isOffline(): boolean {
    return this.offlineCause !== null;
  }

  /** Total bytes of all segments. */
  get size(): number {
    let total = 0;
    for (const s of this.segments) total += s.size;
    return total;
  }

  get numberOfSegments(): number {
    return this.segments.length;
  }

  /** Base offsets of the segments, oldest first. */
  segmentBaseOffsets(): number[] {
    return this.segments.map((s) => s.baseOffset);
  }

  private get activeSegment(): LogSegment {
    return this.segments[this.segments.length - 1]!;
  }

  // ---- loading and recovery ----

  private load(hadCleanShutdown: boolean, rebuildEpochs: boolean): void {
    const bases: number[] = [];
    for (const name of fs.readdirSync(this.dir)) {
      if (name.endsWith(DELETED_SUFFIX) || name.endsWith('.tmp')) {
        fs.rmSync(path.join(this.dir, name), { force: true });
        continue;
      }
      const base = offsetFromFileName(name, LOG_SUFFIX);
      if (base !== null) bases.push(base);
    }
    bases.sort((a, b) => a - b);
    this.removeOrphanIndexes(new Set(bases));
    this.segments = bases.map((base) => LogSegment.open(this.dir, base, this.cfg, this.logger));

    const tp = this.topicPartition;
    const checkpointedStart = this.checkpoints.logStartOffsets.get(tp) ?? 0;
    this.recoveryPointOffset = this.checkpoints.recoveryPoints.get(tp) ?? 0;
    this.checkpointedHw = this.checkpoints.highWatermarks.get(tp);
    if (this.segments.length === 0) this.segments.push(LogSegment.create(this.dir, checkpointedStart, this.cfg, this.logger));

    if (!hadCleanShutdown) this.recover();
    this.endOffset = this.activeSegment.nextOffset();
    this.startOffset = Math.max(checkpointedStart, this.segments[0]!.baseOffset);
    if (this.startOffset > this.endOffset) {
      // Data the checkpoint vouched for was lost (never fsynced): start empty at the log start offset.
      this.logger.warn({ logStartOffset: this.startOffset, logEndOffset: this.endOffset }, 'log start offset beyond the recovered end; starting empty there');
      this.replaceAllSegmentsAt(this.startOffset);
    }
    if (hadCleanShutdown) this.recoveryPointOffset = this.endOffset;
    this.recoveryPointOffset = Math.min(this.recoveryPointOffset, this.endOffset);

    if (rebuildEpochs) this.rebuildLeaderEpochs();
    const trimmed = this.leaderEpochCache.truncateFromEnd(this.endOffset);
    if (this.leaderEpochCache.truncateFromStart(this.startOffset) || trimmed || rebuildEpochs) this.persist(this.leaderEpochCache.flush());
    this.loadProducerState();
    this.logger.debug({ logStartOffset: this.startOffset, logEndOffset: this.endOffset, segments: this.segments.length, hadCleanShutdown }, 'log loaded');
  }

  private removeOrphanIndexes(bases: Set<number>): void {
    for (const name of fs.readdirSync(this.dir)) {
      const base = offsetFromFileName(name, INDEX_SUFFIX) ?? offsetFromFileName(name, TIME_INDEX_SUFFIX);
      if (base !== null && !bases.has(base)) fs.rmSync(path.join(this.dir, name), { force: true });
    }
  }

  /** Scans from the segment holding the recovery point; a cut segment drops every later one. */
  private recover(): void {
    const first = Math.max(0, this.segmentIndexFor(this.recoveryPointOffset));
    for (let i = first; i < this.segments.length; i++) {
      const segment = this.segments[i]!;
      const result = segment.recover(true);
      if (result.error === null) continue;
      this.logger.warn({ segment: segment.path, truncatedBytes: result.truncatedBytes, reason: result.error }, 'recovery cut the log after the last valid batch');
      for (const later of this.segments.splice(i + 1)) later.markForDeletion();
      break;
    }
    // An empty non-first segment left at the end carries no data; keep it as the active one.
  }

  private rebuildLeaderEpochs(): void {
    for (const batch of this.batchHeaders(this.segments[0]!.baseOffset)) {
      if (batch.partitionLeaderEpoch > this.leaderEpochCache.latestEpoch()) this.leaderEpochCache.assign(batch.partitionLeaderEpoch, batch.baseOffset);
    }
  }

  private replaceAllSegmentsAt(offset: number): void {
    for (const s of this.segments) s.markForDeletion();
    this.segments = [LogSegment.create(this.dir, offset, this.cfg, this.logger)];
    this.endOffset = offset;
    this.startOffset = offset;
  }

  // ---- producer-state hooks ----

  private snapshotOffsets(): number[] {
    const offsets: number[] = [];
    for (const name of fs.readdirSync(this.dir)) {
      const offset = offsetFromFileName(name, SNAPSHOT_SUFFIX);
      if (offset !== null) offsets.push(offset);
    }
    return offsets.sort((a, b) => a - b);
  }

  /** Drops snapshots newer than the log end (they describe cut data), then loads the newest and replays the rest. */
  private loadProducerState(): void {
    let base: number | null = null;
    for (const offset of this.snapshotOffsets()) {
      if (offset > this.endOffset) fs.rmSync(offsetFilePath(this.dir, offset, SNAPSHOT_SUFFIX), { force: true });
      else if (offset >= this.startOffset) base = offset;
    }
    if (this.producerState === undefined) return;
    const from = base ?? this.startOffset;
    this.producerState.loadSnapshot(base === null ? null : offsetFilePath(this.dir, base, SNAPSHOT_SUFFIX), from);
    const replay = this.batchHeaders(from);
    if (replay.length > 0) this.producerState.onBatches(replay);
  }

  private writeProducerSnapshot(): void {
    this.producerState?.writeSnapshot(offsetFilePath(this.dir, this.endOffset, SNAPSHOT_SUFFIX), this.endOffset);
  }

  /** Headers of every batch whose last offset is >= `fromOffset`, in order (for replays, not the hot path). */
  batchHeaders(fromOffset: number): BatchSummary[] {
    const out: BatchSummary[] = [];
    for (let i = Math.max(0, this.segmentIndexFor(fromOffset)); i < this.segments.length; i++) {
      const segment = this.segments[i]!;
      segment.walk(segment.offsetIndex().lookup(fromOffset).position, (b) => {
        if (b.lastOffset >= fromOffset) out.push(readBatchHeader(segment.view(b.position, b.sizeInBytes), 0));
        return true;
      });
    }
    return out;
  }

  /** Batches written by idempotent or transactional producers, for a ProducerStateManager rebuild. */
  producerBatches(fromOffset = this.startOffset): BatchSummary[] {
    return this.batchHeaders(fromOffset).filter((b) => b.producerId >= 0);
  }

  // ---- appends ----

  /**
   * Leader append: validates every batch, assigns offsets from the log end offset, and writes them
   * with one writev. Nothing is written when any batch is refused.
   */
  append(records: Buffer, opts: AppendOptions): LogAppendInfo {
    this.ensureOnline();
    if (records.length > this.cfg.segmentBytes) {
      throw new RecordListTooLargeError(`${records.length} bytes can never fit in a segment of ${this.cfg.segmentBytes} bytes`);
    }
    const logAppendTimeMs = this.cfg.messageTimestampType === 'LogAppendTime' ? (opts.logAppendTimeMs ?? this.now()) : undefined;
    let summaries: BatchSummary[];
    try {
      summaries = validateAndAssignOffsets(records, {
        baseOffset: this.endOffset,
        partitionLeaderEpoch: opts.leaderEpoch,
        maxBatchBytes: this.cfg.maxMessageBytes,
        fromClient: (opts.origin ?? 'client') === 'client',
        ...(logAppendTimeMs === undefined ? {} : { logAppendTimeMs }),
      });
    } catch (err) {
      throw batchError(err);
    }
    return this.appendBatches(records, summaries, logAppendTimeMs ?? -1);
  }

  /** Follower append: offsets come from the leader; batches are CRC-checked and must not go backwards. */
  appendAsFollower(records: Buffer): LogAppendInfo {
    this.ensureOnline();
    const scan = scanBatches(records, true);
    if (scan.error !== null || scan.validBytes !== records.length) {
      throw new CorruptRecordError(`follower append rejected at byte ${scan.validBytes}: ${scan.error ?? 'torn batch'}`, scan.batchCount);
    }
    const summaries: BatchSummary[] = [];
    let expected = this.endOffset;
    for (let i = 0; i < scan.batchCount; i++) {
      const header = readBatchHeader(records, scan.batches[i * 4]!);
      if (header.baseOffset < expected) {
        throw new UnexpectedAppendOffsetError(`batch ${i} starts at offset ${header.baseOffset}, below the expected ${expected}`);
      }
      summaries.push(header);
      expected = header.lastOffset + 1;
    }
    return this.appendBatches(records, summaries, -1);
  }

  private appendBatches(records: Buffer, summaries: BatchSummary[], logAppendTimeMs: number): LogAppendInfo {
    if (summaries.length === 0) {
      return { firstOffset: -1, lastOffset: -1, maxTimestamp: -1, offsetOfMaxTimestamp: -1, logAppendTimeMs, summaries, logStartOffset: this.startOffset };
    }
    let maxTimestamp = -1;
    let offsetOfMaxTimestamp = -1;
    let messages = 0;
    for (const s of summaries) {
      if (s.maxTimestamp > maxTimestamp) {
        maxTimestamp = s.maxTimestamp;
        offsetOfMaxTimestamp = s.lastOffset;
      }
      messages += s.recordCount;
    }
    const first = summaries[0]!;
    const last = summaries[summaries.length - 1]!;
    this.io(() => {
      if (this.activeSegment.shouldRoll(records.length, last.lastOffset, maxTimestamp)) this.roll(first.baseOffset);
      this.activeSegment.append(records, summaries);
    });
    this.endOffset = last.lastOffset + 1;
    let epochsChanged = false;
    for (const s of summaries) {
      if (s.partitionLeaderEpoch > this.leaderEpochCache.latestEpoch()) epochsChanged = this.leaderEpochCache.assign(s.partitionLeaderEpoch, s.baseOffset) || epochsChanged;
    }
    if (epochsChanged) this.persist(this.leaderEpochCache.flush());
    this.producerState?.onBatches(summaries);
    this.applyFlushPolicy(messages);
    return { firstOffset: first.baseOffset, lastOffset: last.lastOffset, maxTimestamp, offsetOfMaxTimestamp, logAppendTimeMs, summaries, logStartOffset: this.startOffset };
  }

  /**
   * Closes the active segment for writes and starts a new one at `newBaseOffset` (the log end
   * offset, or the first offset of a follower batch after a gap). The old segment is flushed in the
   * background, which moves the recovery point past it.
   */
  private roll(newBaseOffset: number): void {
    const old = this.activeSegment;
    old.onBecomeInactive();
    this.writeProducerSnapshot();
    this.segments.push(LogSegment.create(this.dir, Math.max(newBaseOffset, this.endOffset), this.cfg, this.logger));
    this.logger.debug({ oldBaseOffset: old.baseOffset, newBaseOffset: this.activeSegment.baseOffset }, 'rolled segment');
    this.persist(this.flushUpTo(this.activeSegment.baseOffset));
  }

  // ---- flushing ----

  private applyFlushPolicy(messages: number): void {
    this.unflushedMessages += messages;
    if (this.unflushedMessages >= this.cfg.flushMessages) {
      this.persist(this.flush());
    } else if (Number.isFinite(this.cfg.flushMs) && this.flushTimer === null) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = null;
        this.persist(this.flush());
      }, this.cfg.flushMs);
      this.flushTimer.unref();
    }
  }

  /** fsyncs everything appended so far (on the worker pool) and advances the recovery point. */
  async flush(): Promise<void> {
    this.ensureOnline();
    await this.flushUpTo(this.endOffset);
  }

  private async flushUpTo(offset: number): Promise<void> {
    this.ensureNotOffline();
    if (offset === this.endOffset) this.unflushedMessages = 0;
    const segments = this.segments.filter((s) => s.baseOffset < offset || s === this.activeSegment);
    await this.ioAsync(async () => {
      for (const s of segments) await s.flush();
      if (offset > this.recoveryPointOffset) {
        this.recoveryPointOffset = offset;
        this.checkpoints.recoveryPoints.set(this.topicPartition, offset);
        await this.checkpoints.recoveryPoints.write();
      }
    });
  }

  // ---- reads ----

  /**
   * Whole batches from the one holding `startOffset`, up to `maxBytes` and below `maxOffset`.
   * Spans segments. Throws OffsetOutOfRangeError outside [logStartOffset, logEndOffset].
   */
  read(startOffset: number, maxBytes: number, opts: ReadOptions): LogReadInfo {
    this.ensureOnline();
    if (startOffset < this.startOffset || startOffset > this.endOffset) {
      throw new OffsetOutOfRangeError(startOffset, this.startOffset, this.endOffset);
    }
    const limit = Math.min(opts.maxOffset ?? this.endOffset, this.endOffset);
    const records: Buffer[] = [];
    let sizeInBytes = 0;
    let firstBatchOffset = -1;
    if (startOffset >= limit) return { records, sizeInBytes, firstBatchOffset };
    let done = false;
    for (let i = this.segmentIndexFor(startOffset); i < this.segments.length && !done; i++) {
      const segment = this.segments[i]!;
      const from = this.io(() => segment.offsetIndex().lookup(startOffset).position);
      let regionStart = -1;
      let regionEnd = -1;
      let reachedEnd = true;
      this.io(() =>
        segment.walk(from, (b) => {
          if (b.lastOffset < startOffset) return true;
          const fits = sizeInBytes + b.sizeInBytes <= maxBytes || (opts.minOneMessage && sizeInBytes === 0);
          if (b.lastOffset >= limit || !fits) {
            reachedEnd = false;
            return false;
          }
          if (regionStart < 0) regionStart = b.position;
          if (firstBatchOffset < 0) firstBatchOffset = b.baseOffset;
          regionEnd = b.position + b.sizeInBytes;
          sizeInBytes += b.sizeInBytes;
          return true;
        }),
      );
      if (regionStart >= 0) records.push(this.io(() => segment.view(regionStart, regionEnd - regionStart)));
      done = !reachedEnd;
    }
    return { records, sizeInBytes, firstBatchOffset };
  }

  /**
   * Kafka's ListOffsets by timestamp, at batch granularity: the first batch whose max timestamp is
   * >= `timestamp`, as its base offset (never below the log start) and that max timestamp.
   */
  offsetForTimestamp(timestamp: number): TimestampAndOffset | null {
    this.ensureOnline();
    for (const segment of this.segments) {
      const max = this.io(() => segment.maxTimestamp());
      if (max === null || max.timestamp < timestamp) continue;
      const batch = this.io(() => segment.findBatchByTimestamp(timestamp));
      if (batch !== null && batch.lastOffset >= this.startOffset) {
        return { timestamp: batch.maxTimestamp, offset: Math.max(batch.baseOffset, this.startOffset) };
      }
    }
    return null;
  }

  /** ListOffsets MAX_TIMESTAMP: the largest timestamp and the last offset of its batch; null when empty. */
  maxTimestampOffset(): TimestampAndOffset | null {
    this.ensureOnline();
    let best: TimestampAndOffset | null = null;
    for (const segment of this.segments) {
      const max = this.io(() => segment.maxTimestamp());
      if (max !== null && max.offset >= this.startOffset && (best === null || max.timestamp > best.timestamp)) best = { ...max };
    }
    return best;
  }

  /** OffsetForLeaderEpoch. */
  endOffsetForEpoch(leaderEpoch: number): { epoch: number; endOffset: number } {
    return this.leaderEpochCache.endOffsetFor(leaderEpoch, this.endOffset);
  }

  // ---- truncation and deletion ----

  /**
   * A follower that fell behind its leader's log start: the log restarts empty at `offset`
   * (Kafka's truncateFullyAndStartAt).
   */
  truncateFullyAndStartAt(offset: number): void {
    this.ensureOnline();
    if (!Number.isSafeInteger(offset) || offset < 0) throw new OffsetOutOfRangeError(offset, this.startOffset, this.endOffset);
    this.io(() => this.restartEmptyAt(offset));
    this.hw = offset;
    this.setRecoveryPoint(offset);
    this.leaderEpochCache.clear();
    this.persist(this.leaderEpochCache.flush());
    this.io(() => this.loadProducerState());
  }

  /** A new leader records where its epoch starts, so followers' divergence checks see it before its first batch. */
  assignEpochStartOffset(epoch: number, offset: number): void {
    if (epoch > this.leaderEpochCache.latestEpoch() && this.leaderEpochCache.assign(epoch, offset)) this.persist(this.leaderEpochCache.flush());
  }

  /**
   * Follower truncation: removes every batch at or after `offset` (a batch straddling it goes
   * whole). Below the log start the log restarts empty at `offset`. Returns whether anything went.
   */
  truncateTo(offset: number): boolean {
    this.ensureOnline();
    if (!Number.isSafeInteger(offset) || offset < 0) throw new OffsetOutOfRangeError(offset, this.startOffset, this.endOffset);
    if (offset >= this.endOffset) return false;
    this.io(() => {
      if (offset < this.startOffset) {
        this.restartEmptyAt(offset);
      } else {
        const keep = this.segments.filter((s) => s.baseOffset <= offset);
        for (const s of this.segments.slice(keep.length)) s.markForDeletion();
        this.segments = keep.length > 0 ? keep : [LogSegment.create(this.dir, offset, this.cfg, this.logger)];
        this.activeSegment.truncateTo(offset);
        this.endOffset = this.activeSegment.nextOffset();
      }
    });
    if (this.hw !== null) this.hw = Math.min(this.hw, this.endOffset);
    if (this.recoveryPointOffset > this.endOffset) this.setRecoveryPoint(this.endOffset);
    if (this.leaderEpochCache.truncateFromEnd(this.endOffset)) this.persist(this.leaderEpochCache.flush());
    this.io(() => this.loadProducerState());
    return true;
  }

  /** The log restarts empty at `offset`, durably recorded as its new start. */
  private restartEmptyAt(offset: number): void {
    this.replaceAllSegmentsAt(offset);
    this.checkpoints.logStartOffsets.set(this.topicPartition, offset);
    this.persist(this.checkpoints.logStartOffsets.write());
  }

  private setRecoveryPoint(offset: number): void {
    this.recoveryPointOffset = offset;
    this.checkpoints.recoveryPoints.set(this.topicPartition, offset);
    this.persist(this.checkpoints.recoveryPoints.write());
  }

  /**
   * DeleteRecords: raises the log start offset to `offset` (at most the high watermark), durably,
   * and deletes segments wholly below it. Returns the new log start offset (the low watermark).
   */
  async deleteRecordsBefore(offset: number): Promise<number> {
    this.ensureOnline();
    if (offset < 0 || offset > this.highWatermark) throw new OffsetOutOfRangeError(offset, this.startOffset, this.highWatermark);
    if (offset > this.startOffset) {
      await this.advanceLogStartOffset(offset);
      await this.deleteSegmentsBelowLogStart();
    }
    return this.startOffset;
  }

  /**
   * Retention pass: deletes whole segments below the log start offset, older than retention.ms
   * (by their newest timestamp), or beyond retention.bytes, oldest first. Never the active
   * segment. Returns how many segments went.
   */
  async deleteOldSegments(nowMs: number): Promise<number> {
    this.ensureOnline();
    let deleted = await this.deleteSegmentsBelowLogStart();
    const { retentionMs, retentionBytes } = this.cfg;
    if (retentionMs >= 0) {
      deleted += await this.deleteSegments((s) => nowMs - this.largestTimestamp(s) > retentionMs, 'retention.ms');
    }
    if (retentionBytes >= 0) {
      let excess = this.size - retentionBytes;
      deleted += await this.deleteSegments((s) => {
        if (excess - s.size < 0) return false;
        excess -= s.size;
        return true;
      }, 'retention.bytes');
    }
    return deleted;
  }

  /** A segment's newest timestamp; its file's mtime when no batch carried one (Kafka does the same). */
  private largestTimestamp(segment: LogSegment): number {
    const max = this.io(() => segment.maxTimestamp());
    if (max !== null && max.timestamp >= 0) return max.timestamp;
    return this.io(() => fs.statSync(segment.path).mtimeMs);
  }

  /** Segments whose every offset is below the log start offset (the next one starts at or before it). */
  private deleteSegmentsBelowLogStart(): Promise<number> {
    return this.deleteSegments((_, next) => next.baseOffset <= this.startOffset, 'log start offset');
  }

  /** Deletes leading non-active segments while `shouldDelete` holds. */
  private async deleteSegments(shouldDelete: (segment: LogSegment, next: LogSegment) => boolean, reason: string): Promise<number> {
    let count = 0;
    while (this.segments.length > 1) {
      const segment = this.segments[0]!;
      if (!shouldDelete(segment, this.segments[1]!)) break;
      this.segments.shift();
      this.io(() => segment.markForDeletion());
      this.logger.info({ segment: segment.path, reason }, 'deleted segment');
      count++;
    }
    if (count > 0 && this.segments[0]!.baseOffset > this.startOffset) await this.advanceLogStartOffset(this.segments[0]!.baseOffset);
    return count;
  }

  private async advanceLogStartOffset(offset: number): Promise<void> {
    this.startOffset = offset;
    if (this.hw !== null) this.hw = Math.max(this.hw, offset);
    this.checkpoints.logStartOffsets.set(this.topicPartition, offset);
    const epochs = this.leaderEpochCache.truncateFromStart(offset) ? this.leaderEpochCache.flush() : Promise.resolve();
    this.producerState?.onLogStartOffsetIncremented(offset);
    for (const snapshot of this.snapshotOffsets()) {
      if (snapshot < this.segments[0]!.baseOffset) fs.rmSync(offsetFilePath(this.dir, snapshot, SNAPSHOT_SUFFIX), { force: true });
    }
    await this.ioAsync(() => Promise.all([this.checkpoints.logStartOffsets.write(), epochs]));
  }

  // ---- lifecycle ----

  /** Writes indexes and a producer snapshot, fsyncs everything, records the recovery point, closes files. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    if (this.offlineCause === null) {
      try {
        for (const s of this.segments) s.persistIndexes();
        this.writeProducerSnapshot();
        await this.flushUpTo(this.endOffset);
        await this.checkpoints.logStartOffsets.write();
        await this.leaderEpochCache.flush();
      } catch (err) {
        this.goOffline(err);
      }
    }
    for (const s of this.segments) {
      try {
        s.close();
      } catch (err) {
        this.logger.error({ err, segment: s.path }, 'closing a segment failed');
      }
    }
  }

  /**
   * Closes the files, renames the directory to `<topic>-<partition>.<id>-delete` (so a crash midway
   * never reloads it: LogManager removes such leftovers at start), removes it and this partition's
   * checkpoint entries.
   */
  async delete(): Promise<void> {
    this.closed = true;
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    for (const s of this.segments) {
      try {
        s.close();
      } catch (err) {
        this.logger.warn({ err, segment: s.path }, 'closing a segment of a deleted log failed');
      }
    }
    this.segments = [];
    const doomed = `${this.dir}.${randomUUID().replaceAll('-', '')}${DELETE_DIR_SUFFIX}`;
    await fs.promises.rename(this.dir, doomed);
    await fsyncDirectory(path.dirname(this.dir));
    await this.checkpoints.remove(this.topicPartition);
    await fs.promises.rm(doomed, { recursive: true, force: true });
  }

  // ---- helpers ----

  /** Index of the segment holding `offset` (the last with baseOffset <= offset), 0 when before all. */
  private segmentIndexFor(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid]!.baseOffset <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private ensureOnline(): void {
    this.ensureNotOffline();
    if (this.closed) throw new KafkaStorageError(`log ${this.dir} is closed`);
  }

  private ensureNotOffline(): void {
    if (this.offlineCause !== null) {
      throw new KafkaStorageError(`log ${this.dir} is offline after a disk error: ${this.offlineCause.message}`, { cause: this.offlineCause });
    }
  }

  /** Runs file work; a system-call failure takes the log offline and becomes KafkaStorageError. */
  private io<T>(work: () => T): T {
    try {
      return work();
    } catch (err) {
      throw isIoError(err) ? this.goOffline(err) : err;
    }
  }

  private async ioAsync<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw isIoError(err) ? this.goOffline(err) : err;
    }
  }

  /** Background disk work (flushes, checkpoints): failures take the log offline; nothing is left unhandled. */
  private persist(work: Promise<unknown>): void {
    work.catch((err: unknown) => {
      if (isIoError(err)) this.goOffline(err);
      else if (!(err instanceof KafkaStorageError)) this.logger.error({ err }, 'background log work failed');
    });
  }

  private goOffline(err: unknown): KafkaStorageError {
    const cause = err instanceof Error ? err : new Error(String(err));
    const error = new KafkaStorageError(`log ${this.dir} is offline after a disk error: ${cause.message}`, { cause });
    if (this.offlineCause === null) {
      this.offlineCause = cause;
      if (this.flushTimer !== null) clearTimeout(this.flushTimer);
      this.logger.error({ err: cause, path: (cause as NodeJS.ErrnoException).path ?? this.dir }, 'log is offline after a disk error');
      this.onOffline?.(this, error);
    }
    return error;
  }
}

/** Maps native validation failures to storage's typed errors, keeping the batch index. */
function batchError(err: unknown): unknown {
  if (!(err instanceof RecordBatchError)) return err;
  switch (err.kafkaError) {
    case 'CORRUPT_MESSAGE':
      return new CorruptRecordError(err.message, err.batchIndex, { cause: err });
    case 'MESSAGE_TOO_LARGE':
      return new RecordTooLargeError(err.message, err.batchIndex, { cause: err });
    default:
      return new InvalidRecordError(err.kafkaError, err.message, err.batchIndex, { cause: err });
  }
}
