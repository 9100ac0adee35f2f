/**
 * A RaftLog in memory, for simulations and tests. It keeps what a disk would: flush() marks
 * everything appended so far durable, and simulateCrash() drops the rest, as a power cut drops
 * pages never fsynced. Truncations, snapshots and the log start are durable at once.
 */
import { batchBaseOffset, batchLastOffset, batchSize } from '../storage/batchHeader.js';
import type { OffsetAndEpoch } from './offsetAndEpoch.js';
import type { RaftLog } from './raftLog.js';

interface StoredBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly epoch: number;
  readonly bytes: Buffer;
}

interface EpochStart {
  readonly epoch: number;
  readonly startOffset: number;
}

const PARTITION_LEADER_EPOCH = 12;

export class MemoryRaftLog implements RaftLog {
  private batches: StoredBatch[] = [];
  private epochs: EpochStart[] = [];
  private snapshots: { id: OffsetAndEpoch; bytes: Buffer }[] = [];
  private start = 0;
  private end = 0;
  private flushed = 0;
  private hw = 0;

  get startOffset(): number {
    return this.start;
  }

  get endOffset(): number {
    return this.end;
  }

  /** The end of what flush() made durable. */
  get flushedEndOffset(): number {
    return this.flushed;
  }

  get highWatermark(): number {
    return this.hw;
  }

  lastFetchedEpoch(): number {
    return this.epochs.at(-1)?.epoch ?? this.latestSnapshotId()?.epoch ?? 0;
  }

  endOffsetForEpoch(epoch: number): OffsetAndEpoch {
    const latest = this.epochs.at(-1);
    if (latest !== undefined && latest.epoch === epoch) return { offset: this.end, epoch };
    const higher = this.epochs.findIndex((e) => e.epoch > epoch);
    if (latest === undefined || higher < 0) return { offset: this.end, epoch: this.lastFetchedEpoch() };
    const result = { offset: this.epochs[higher]!.startOffset, epoch: higher === 0 ? epoch : this.epochs[higher - 1]!.epoch };
    // Older than anything in the log: the snapshot at the log start is the answer (as KafkaMetadataLog).
    const earliest = this.earliestSnapshotId();
    if (earliest !== null && result.offset === earliest.offset && result.epoch < epoch) return earliest;
    return result;
  }

  appendAsLeader(batch: Buffer, epoch: number): void {
    if (batchSize(batch, 0) !== batch.length) throw new RangeError('a leader appends exactly one whole batch');
    if (batch.readInt32BE(PARTITION_LEADER_EPOCH) !== epoch) throw new RangeError(`batch epoch ${batch.readInt32BE(PARTITION_LEADER_EPOCH)} is not the leader epoch ${epoch}`);
    this.appendBatch(batch);
  }

  appendAsFollower(batches: Buffer): void {
    let pos = 0;
    const parsed: Buffer[] = [];
    while (pos < batches.length) {
      const size = batchSize(batches, pos);
      if (size === 0 || pos + size > batches.length) throw new RangeError(`torn batch at byte ${pos} of ${batches.length}`);
      parsed.push(Buffer.from(batches.subarray(pos, pos + size)));
      pos += size;
    }
    for (const batch of parsed) this.appendBatch(batch);
  }

  private appendBatch(bytes: Buffer): void {
    const baseOffset = batchBaseOffset(bytes, 0);
    const epoch = bytes.readInt32BE(PARTITION_LEADER_EPOCH);
    if (baseOffset !== this.end) throw new RangeError(`batch at offset ${baseOffset} does not start at the log end offset ${this.end}`);
    const latest = this.lastFetchedEpoch();
    if (epoch < latest) throw new RangeError(`batch epoch ${epoch} is older than the log's ${latest}`);
    const stored = { baseOffset, lastOffset: batchLastOffset(bytes, 0), epoch, bytes };
    this.batches.push(stored);
    if (this.epochs.length === 0 || epoch > this.epochs.at(-1)!.epoch) {
      // As LeaderEpochCache.assign: an epoch starting where another did replaces it.
      this.epochs = this.epochs.filter((e) => e.startOffset < baseOffset);
      this.epochs.push({ epoch, startOffset: baseOffset });
    }
    this.end = stored.lastOffset + 1;
  }

  read(offset: number, maxBytes: number): Buffer {
    if (offset < this.start || offset > this.end) throw new RangeError(`offset ${offset} is outside the log [${this.start}, ${this.end}]`);
    const out: Buffer[] = [];
    let size = 0;
    for (let i = this.indexOfBatchHolding(offset); i < this.batches.length; i++) {
      const batch = this.batches[i]!;
      if (out.length > 0 && size + batch.bytes.length > maxBytes) break;
      out.push(batch.bytes);
      size += batch.bytes.length;
    }
    return Buffer.concat(out, size);
  }

  /** The first batch whose last offset is >= `offset` (batches.length when none). */
  private indexOfBatchHolding(offset: number): number {
    let lo = 0;
    let hi = this.batches.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.batches[mid]!.lastOffset < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  truncateTo(offset: number): void {
    if (offset < this.start) throw new RangeError(`cannot truncate to ${offset}, below the log start ${this.start}`);
    if (offset >= this.end) return;
    this.batches.length = this.indexOfBatchHolding(offset);
    this.end = this.batches.at(-1) === undefined ? this.start : this.batches.at(-1)!.lastOffset + 1;
    this.epochs = this.epochs.filter((e) => e.startOffset < this.end);
    this.flushed = Math.min(this.flushed, this.end);
    this.hw = Math.min(this.hw, this.end);
  }

  flush(): Promise<void> {
    this.flushed = this.end;
    return Promise.resolve();
  }

  /** A crash: everything appended since the last flush() is gone. */
  simulateCrash(): void {
    this.truncateTo(Math.max(this.flushed, this.start));
  }

  updateHighWatermark(offset: number): void {
    this.hw = offset;
  }

  latestSnapshotId(): OffsetAndEpoch | null {
    return this.snapshots.at(-1)?.id ?? null;
  }

  earliestSnapshotId(): OffsetAndEpoch | null {
    return this.snapshots[0]?.id ?? null;
  }

  readSnapshot(id: OffsetAndEpoch): Buffer | null {
    return this.snapshots.find((s) => s.id.offset === id.offset && s.id.epoch === id.epoch)?.bytes ?? null;
  }

  storeSnapshot(id: OffsetAndEpoch, bytes: Buffer): Promise<void> {
    if (this.readSnapshot(id) === null) {
      this.snapshots.push({ id: { offset: id.offset, epoch: id.epoch }, bytes: Buffer.from(bytes) });
      this.snapshots.sort((a, b) => a.id.offset - b.id.offset || a.id.epoch - b.id.epoch);
    }
    return Promise.resolve();
  }

  deleteBeforeSnapshot(id: OffsetAndEpoch): Promise<void> {
    if (id.offset > this.end) throw new RangeError(`snapshot ${id.offset} is beyond the log end offset ${this.end}`);
    if (id.offset > this.start) {
      this.start = id.offset;
      this.batches = this.batches.slice(this.indexOfBatchHolding(id.offset));
      if (this.batches.length > 0 && this.batches[0]!.baseOffset !== id.offset) throw new RangeError(`snapshot offset ${id.offset} is inside a batch`);
      // The epoch in force at the new start now begins there (as LeaderEpochCache.truncateFromStart).
      const kept = this.epochs.filter((e) => e.startOffset > id.offset);
      const inForce = this.epochs.filter((e) => e.startOffset <= id.offset).at(-1);
      this.epochs = inForce === undefined ? kept : [{ epoch: inForce.epoch, startOffset: id.offset }, ...kept];
    }
    this.snapshots = this.snapshots.filter((s) => s.id.offset >= id.offset);
    return Promise.resolve();
  }

  truncateToSnapshot(id: OffsetAndEpoch): Promise<void> {
    this.batches = [];
    this.epochs = [];
    this.start = this.end = this.flushed = this.hw = id.offset;
    this.snapshots = this.snapshots.filter((s) => s.id.offset >= id.offset);
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
