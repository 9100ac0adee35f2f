/**
 * Kafka's LogSegment: one `.log` file plus its `.index` and `.timeindex`. Indexes live in memory
 * and are written to their files when the segment stops being active (roll) or closes; a segment
 * that was not closed cleanly is rebuilt by recover(). Index files of inactive segments load lazily
 * on first use and are rebuilt from the log when missing or inconsistent.
 */
import fs from 'node:fs';
import type { Logger } from 'pino';
import { SegmentFile, scanBatches } from '../../bindings/index.js';
import { batchBaseOffset, batchLastOffset, batchMaxTimestamp, batchSize } from './batchHeader.js';
import type { LogConfig } from './logConfig.js';
import { DELETED_SUFFIX, INDEX_SUFFIX, LOG_SUFFIX, TIME_INDEX_SUFFIX, offsetFilePath } from './logFileNames.js';
import { OffsetIndex } from './offsetIndex.js';
import { TimeIndex } from './timeIndex.js';

/** Where a batch sits in the segment file. */
export interface BatchPosition {
  position: number;
  sizeInBytes: number;
  baseOffset: number;
  lastOffset: number;
  maxTimestamp: number;
}

/** What one batch contributes to the indexes. */
interface IndexedBatch {
  position: number;
  sizeInBytes: number;
  lastOffset: number;
  baseOffset: number;
  maxTimestamp: number;
}

export interface RecoveryResult {
  /** Bytes cut from the tail (torn write, garbage, or a corrupt batch and all after it). */
  truncatedBytes: number;
  /** Why the tail was cut, null when the whole segment was valid. */
  error: string | null;
}

const MAX_RELATIVE_OFFSET = 2 ** 31 - 1;
const EMPTY = Buffer.alloc(0);
const RESIDENT_RELEASE_BYTES = 8 * 1024 * 1024;
const RECOVERY_WINDOW_BYTES = 32 * 1024 * 1024;

export class LogSegment {
  readonly baseOffset: number;
  readonly dir: string;
  config: LogConfig;
  private readonly log: Logger;
  private file: SegmentFile;
  private bytes: number;
  private offsetIdx: OffsetIndex | null = null;
  private timeIdx: TimeIndex | null = null;
  private bytesSinceLastIndexEntry = 0;
  /** Largest batch max timestamp and that batch's last offset; null until computed. */
  private maxTimestampAndOffset: { timestamp: number; offset: number } | null = null;
  /** First batch's max timestamp: segment.ms measures age from it, as Kafka does. */
  private rollingBasedTimestamp: number | null = null;
  /** In-memory indexes differ from the files on disk. */
  private indexesDirty = false;
  /** Index files written since the last fsync. */
  private indexFilesUnsynced = false;
  /** Log bytes appended since the last fsync. */
  private logUnsynced = false;
  private deleted = false;
  /** Bytes handed out as views since the mapping's resident pages were last released. */
  private viewedSinceRelease = 0;

  private constructor(dir: string, baseOffset: number, file: SegmentFile, config: LogConfig, log: Logger) {
    this.dir = dir;
    this.baseOffset = baseOffset;
    this.file = file;
    this.config = config;
    this.log = log;
    this.bytes = file.size();
  }

  /** A new, empty segment; stale files with the same base offset are replaced. */
  static create(dir: string, baseOffset: number, config: LogConfig, log: Logger): LogSegment {
    for (const suffix of [INDEX_SUFFIX, TIME_INDEX_SUFFIX]) fs.rmSync(offsetFilePath(dir, baseOffset, suffix), { force: true });
    const file = SegmentFile.open(offsetFilePath(dir, baseOffset, LOG_SUFFIX), { create: true });
    if (file.size() !== 0) file.truncate(0);
    const segment = new LogSegment(dir, baseOffset, file, config, log);
    segment.offsetIdx = new OffsetIndex(baseOffset, config.segmentIndexBytes);
    segment.timeIdx = new TimeIndex(baseOffset, config.segmentIndexBytes);
    segment.indexesDirty = true;
    return segment;
  }

  /** An existing segment; its indexes load on first use. */
  static open(dir: string, baseOffset: number, config: LogConfig, log: Logger): LogSegment {
    const file = SegmentFile.open(offsetFilePath(dir, baseOffset, LOG_SUFFIX), {});
    return new LogSegment(dir, baseOffset, file, config, log);
  }

  get size(): number {
    return this.bytes;
  }

  get path(): string {
    return offsetFilePath(this.dir, this.baseOffset, LOG_SUFFIX);
  }

  offsetIndex(): OffsetIndex {
    if (this.offsetIdx === null) this.loadIndexes();
    return this.offsetIdx!;
  }

  timeIndex(): TimeIndex {
    if (this.timeIdx === null) this.loadIndexes();
    return this.timeIdx!;
  }

  /** Whether `sizeInBytes` more bytes up to `lastOffset`, newest timestamp `maxTimestamp`, call for a roll first. */
  shouldRoll(sizeInBytes: number, lastOffset: number, maxTimestamp: number): boolean {
    if (this.bytes === 0) return false;
    if (this.bytes > this.config.segmentBytes - sizeInBytes) return true;
    if (this.offsetIndex().isFull() || this.timeIndex().isFull()) return true;
    if (lastOffset - this.baseOffset > MAX_RELATIVE_OFFSET) return true;
    const rollingBase = this.firstBatchTimestamp();
    return rollingBase >= 0 && maxTimestamp - rollingBase > this.config.segmentMs - this.config.segmentJitterMs;
  }

  /**
   * Appends whole batches with one writev. `batches` give positions relative to `records`.
   * Returns the segment size before the append (the file position of `records`).
   */
  append(records: Buffer, batches: readonly IndexedBatch[]): number {
    const start = this.bytes;
    this.offsetIndex();
    this.bytes = this.file.append([records]);
    this.logUnsynced = true;
    for (const batch of batches) this.indexBatch({ ...batch, position: start + batch.position });
    return start;
  }

  private indexBatch(batch: IndexedBatch): void {
    if (this.rollingBasedTimestamp === null) this.rollingBasedTimestamp = batch.maxTimestamp;
    const max = this.maxTimestampAndOffset;
    if (max === null || batch.maxTimestamp > max.timestamp) {
      this.maxTimestampAndOffset = { timestamp: batch.maxTimestamp, offset: batch.lastOffset };
    }
    if (this.bytesSinceLastIndexEntry > this.config.indexIntervalBytes) {
      this.offsetIdx!.append(batch.baseOffset, batch.position);
      const newest = this.maxTimestampAndOffset!;
      this.timeIdx!.maybeAppend(newest.timestamp, newest.offset);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += batch.sizeInBytes;
    this.indexesDirty = true;
  }

  /** The largest batch timestamp in the segment and that batch's last offset, or null when empty. */
  maxTimestamp(): { timestamp: number; offset: number } | null {
    if (this.maxTimestampAndOffset === null && this.bytes > 0) this.computeMaxTimestamp();
    return this.maxTimestampAndOffset;
  }

  private firstBatchTimestamp(): number {
    if (this.rollingBasedTimestamp === null) {
      const head = this.mapped(0, Math.min(this.bytes, 61));
      this.rollingBasedTimestamp = batchSize(head, 0) === 0 ? -1 : batchMaxTimestamp(head, 0);
    }
    return this.rollingBasedTimestamp;
  }

  /** The time index holds the max up to its last entry; batches after the last offset-index entry are scanned. */
  private computeMaxTimestamp(): void {
    const last = this.timeIndex().lastEntry();
    let best = last === null ? null : { timestamp: last.timestamp, offset: last.offset };
    const idx = this.offsetIndex();
    const from = idx.entries === 0 ? 0 : idx.lookup(idx.lastOffset()).position;
    this.walk(from, (b) => {
      if (best === null || b.maxTimestamp > best.timestamp) best = { timestamp: b.maxTimestamp, offset: b.lastOffset };
      return true;
    });
    this.maxTimestampAndOffset = best;
  }

  /**
   * Every read view goes through here. Pages a view touches stay mapped, and so count in the
   * broker's RSS, until released; releasing every RESIDENT_RELEASE_BYTES (8 MiB) of views bounds that to
   * about this much per segment being read, while the page cache keeps the data.
   */
  private mapped(position: number, length: number): Buffer {
    if (this.viewedSinceRelease >= RESIDENT_RELEASE_BYTES) this.releaseMappedPages();
    const view = this.file.readView(position, length);
    this.viewedSinceRelease += view.length;
    return view;
  }

  private releaseMappedPages(): void {
    this.viewedSinceRelease = 0;
    this.file.releaseMappedPages();
  }

  /** A view of the segment file; zero-copy. */
  view(position: number, length: number): Buffer {
    return length === 0 ? EMPTY : this.mapped(position, length);
  }

  /**
   * Calls `visit` for each whole batch from `fromPosition` until it returns false or the segment
   * ends (a torn tail is not visited). Only headers are read, through views of `windowBytes`: a
   * batch larger than the window is skipped over, not mapped, and a view of the whole segment
   * would count its full size as external memory and provoke needless GCs.
   */
  walk(fromPosition: number, visit: (batch: BatchPosition) => boolean, windowBytes = 64 * 1024): void {
    let base = fromPosition;
    while (base < this.bytes) {
      const buf = this.mapped(base, Math.min(this.bytes - base, windowBytes));
      let pos = 0;
      for (let size = batchSize(buf, 0); size !== 0; size = batchSize(buf, pos)) {
        if (base + pos + size > this.bytes) return; // torn tail
        const batch = {
          position: base + pos,
          sizeInBytes: size,
          baseOffset: batchBaseOffset(buf, pos),
          lastOffset: batchLastOffset(buf, pos),
          maxTimestamp: batchMaxTimestamp(buf, pos),
        };
        if (!visit(batch)) return;
        pos += size;
        if (pos >= buf.length) break;
      }
      if (pos === 0) return; // not even a header left
      base += pos;
    }
  }

  /** The first batch whose last offset is >= `offset` (Kafka's translateOffset), or null. */
  findBatch(offset: number): BatchPosition | null {
    let found: BatchPosition | null = null;
    this.walk(this.offsetIndex().lookup(offset).position, (b) => {
      if (b.lastOffset < offset) return true;
      found = b;
      return false;
    });
    return found;
  }

  /** The first batch whose max timestamp is >= `timestamp`, or null. */
  findBatchByTimestamp(timestamp: number): BatchPosition | null {
    const hint = this.timeIndex().lookup(timestamp);
    let found: BatchPosition | null = null;
    this.walk(this.offsetIndex().lookup(hint.offset).position, (b) => {
      if (b.maxTimestamp < timestamp) return true;
      found = b;
      return false;
    });
    return found;
  }

  /** The offset after the segment's last batch; `baseOffset` when empty. */
  nextOffset(): number {
    const idx = this.offsetIndex();
    let next = this.baseOffset;
    this.walk(idx.entries === 0 ? 0 : idx.lookup(idx.lastOffset()).position, (b) => {
      next = b.lastOffset + 1;
      return true;
    });
    return next;
  }

  /**
   * Removes every batch whose last offset is >= `offset` (a batch straddling `offset` goes whole).
   * Returns the bytes removed.
   */
  truncateTo(offset: number): number {
    const cut = this.findBatch(offset);
    if (cut === null) return 0;
    const removed = this.bytes - cut.position;
    this.file.truncate(cut.position);
    this.bytes = cut.position;
    this.offsetIdx!.truncateTo(cut.baseOffset);
    this.timeIdx!.truncateTo(cut.baseOffset);
    this.indexesDirty = true;
    this.logUnsynced = true;
    this.maxTimestampAndOffset = null;
    this.rollingBasedTimestamp = null;
    const idx = this.offsetIdx!;
    this.bytesSinceLastIndexEntry = idx.entries === 0 ? this.bytes : this.bytes - idx.lookup(idx.lastOffset()).position;
    return removed;
  }

  /**
   * Validates every batch (CRC included), rebuilds both indexes, and cuts the file after the last
   * good batch. Offsets must rise from the segment's base offset; a batch that goes backwards ends
   * the valid part like a bad CRC does.
   */
  recover(verifyCrc = true, windowBytes = RECOVERY_WINDOW_BYTES): RecoveryResult {
    const size = this.file.size();
    this.offsetIdx = new OffsetIndex(this.baseOffset, this.config.segmentIndexBytes);
    this.timeIdx = new TimeIndex(this.baseOffset, this.config.segmentIndexBytes);
    this.bytesSinceLastIndexEntry = 0;
    this.maxTimestampAndOffset = null;
    this.rollingBasedTimestamp = null;
    let validBytes = 0;
    let error: string | null = null;
    let expected = this.baseOffset;
    // Scanned a window at a time, releasing its pages after, so that recovering a 1 GiB segment
    // does not make the whole segment resident in the broker's RSS.
    let window = windowBytes;
    scanning: while (validBytes < size) {
      const length = Math.min(window, size - validBytes);
      const scan = scanBatches(this.mapped(validBytes, length), verifyCrc);
      this.releaseMappedPages();
      const b = scan.batches;
      for (let i = 0; i < scan.batchCount; i++) {
        const position = validBytes + b[i * 4]!;
        const baseOffset = b[i * 4 + 1]!;
        const lastOffset = b[i * 4 + 2]!;
        if (baseOffset < expected || lastOffset < baseOffset) {
          validBytes = position;
          error = `batch at position ${position} has offsets ${baseOffset}..${lastOffset}, expected >= ${expected}`;
          break scanning;
        }
        const end = validBytes + (i + 1 < scan.batchCount ? b[(i + 1) * 4]! : scan.validBytes);
        this.indexBatch({ position, sizeInBytes: end - position, baseOffset, lastOffset, maxTimestamp: b[i * 4 + 3]! });
        expected = lastOffset + 1;
      }
      const atEnd = validBytes + length >= size;
      validBytes += scan.validBytes;
      if (scan.error !== null) {
        error = scan.error;
        break;
      }
      // A partial batch at the end of the file is a torn tail; inside it, the window cut a batch.
      if (scan.validBytes < length && atEnd) break;
      // A batch larger than the window: widen the window until it holds the batch.
      if (scan.validBytes === 0) window *= 2;
    }
    if (validBytes < size) {
      this.file.truncate(validBytes);
      this.logUnsynced = true;
    }
    this.bytes = validBytes;
    this.indexesDirty = true;
    return { truncatedBytes: size - validBytes, error: validBytes < size ? (error ?? 'trailing bytes') : null };
  }

  private loadIndexes(): void {
    const offsetBytes = readIfExists(offsetFilePath(this.dir, this.baseOffset, INDEX_SUFFIX));
    const timeBytes = readIfExists(offsetFilePath(this.dir, this.baseOffset, TIME_INDEX_SUFFIX));
    const offsetIdx =
      offsetBytes === null ? null : OffsetIndex.fromBytes(this.baseOffset, this.config.segmentIndexBytes, offsetBytes, this.bytes);
    const timeIdx = timeBytes === null ? null : TimeIndex.fromBytes(this.baseOffset, this.config.segmentIndexBytes, timeBytes);
    if (offsetIdx !== null && timeIdx !== null && this.lastEntryPointsAtBatch(offsetIdx)) {
      this.offsetIdx = offsetIdx;
      this.timeIdx = timeIdx;
      const last = offsetIdx.entries === 0 ? 0 : offsetIdx.lookup(offsetIdx.lastOffset()).position;
      this.bytesSinceLastIndexEntry = this.bytes - last;
      return;
    }
    this.log.warn({ segment: this.path }, 'index files missing or inconsistent; rebuilding from the log');
    const result = this.recover(false);
    if (result.error !== null) this.log.warn({ segment: this.path, error: result.error }, 'segment tail was invalid while rebuilding its index');
    this.writeIndexes();
  }

  /** Kafka's index sanity check, sharpened: the last entry must name the batch found at its position. */
  private lastEntryPointsAtBatch(idx: OffsetIndex): boolean {
    if (idx.entries === 0) return true;
    const entry = idx.lookup(idx.lastOffset());
    const head = this.mapped(entry.position, Math.min(61, this.bytes - entry.position));
    return batchSize(head, 0) !== 0 && batchBaseOffset(head, 0) === entry.offset;
  }

  /**
   * The segment stops being active: its time index gets a final entry holding the segment's max
   * timestamp (retention reads it from there), then both indexes go to disk.
   */
  onBecomeInactive(): void {
    const max = this.maxTimestamp();
    if (max !== null) this.timeIndex().maybeAppend(max.timestamp, max.offset);
    this.writeIndexes();
  }

  /** Writes loaded indexes that changed (with the final time-index entry), as at a roll. */
  persistIndexes(): void {
    if (this.offsetIdx !== null && this.indexesDirty) this.onBecomeInactive();
  }

  private writeIndexes(): void {
    if (!this.indexesDirty || this.deleted) return;
    fs.writeFileSync(offsetFilePath(this.dir, this.baseOffset, INDEX_SUFFIX), this.offsetIndex().toBytes());
    fs.writeFileSync(offsetFilePath(this.dir, this.baseOffset, TIME_INDEX_SUFFIX), this.timeIndex().toBytes());
    this.indexesDirty = false;
    this.indexFilesUnsynced = true;
  }

  /** fsyncs the log and any index files written since the last flush (on the worker pool). */
  async flush(): Promise<void> {
    if (this.deleted) return;
    if (this.logUnsynced) {
      this.logUnsynced = false;
      await this.file.fsync();
    }
    if (this.indexFilesUnsynced) {
      this.indexFilesUnsynced = false;
      for (const suffix of [INDEX_SUFFIX, TIME_INDEX_SUFFIX]) {
        try {
          const handle = await fs.promises.open(offsetFilePath(this.dir, this.baseOffset, suffix), 'r+');
          try {
            await handle.sync();
          } finally {
            await handle.close();
          }
        } catch (err) {
          // Retention may delete the segment while this flush waits on the disk: nothing left to sync.
          if (!(this.deleted && (err as NodeJS.ErrnoException).code === 'ENOENT')) throw err;
        }
      }
    }
  }

  /** Writes the indexes and closes the file. The caller flushes first when durability matters. */
  close(): void {
    if (this.deleted) return;
    this.persistIndexes();
    this.file.close();
  }

  /**
   * Renames the files to `*.deleted` at once (a restart will not load them) and removes them after
   * file.delete.delay.ms, so reads already holding views of the file can finish.
   */
  markForDeletion(): void {
    if (this.deleted) return;
    this.deleted = true;
    const paths = [LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX].map((s) => offsetFilePath(this.dir, this.baseOffset, s));
    const renamed: string[] = [];
    for (const p of paths) {
      try {
        fs.renameSync(p, p + DELETED_SUFFIX);
        renamed.push(p + DELETED_SUFFIX);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    const file = this.file;
    const remove = (): void => {
      try {
        file.close();
        for (const p of renamed) fs.rmSync(p, { force: true });
      } catch (err) {
        this.log.error({ err, segment: this.path }, 'failed to remove a deleted segment');
      }
    };
    if (this.config.fileDeleteDelayMs <= 0) remove();
    else setTimeout(remove, this.config.fileDeleteDelayMs).unref();
  }
}

function readIfExists(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
