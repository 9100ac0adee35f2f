/**
 * Kafka's LeaderEpochFileCache: for each leader epoch, the first offset written in it. Followers
 * use endOffsetFor() (OffsetForLeaderEpoch) to find where their log diverges from the leader's.
 * Persisted as `leader-epoch-checkpoint` in the partition directory: "<epoch> <startOffset>" lines.
 */
import path from 'node:path';
import { CheckpointFile, checkpointInteger } from './checkpointFile.js';

export const LEADER_EPOCH_CHECKPOINT = 'leader-epoch-checkpoint';
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export interface EpochEntry {
  readonly epoch: number;
  readonly startOffset: number;
}

export class LeaderEpochCache {
  private epochs: EpochEntry[];
  private readonly file: CheckpointFile;

  private constructor(file: CheckpointFile, epochs: EpochEntry[]) {
    this.file = file;
    this.epochs = epochs;
  }

  /** Reads the checkpoint in `dir`; throws MalformedCheckpointError when it is unreadable. */
  static load(dir: string): LeaderEpochCache {
    const file = new CheckpointFile(path.join(dir, LEADER_EPOCH_CHECKPOINT));
    const epochs = file.read().map(([epoch, offset]) => ({
      epoch: checkpointInteger(file.path, epoch),
      startOffset: checkpointInteger(file.path, offset),
    }));
    return new LeaderEpochCache(file, epochs);
  }

  /** An empty cache over `dir`'s checkpoint, for when the file could not be trusted. */
  static empty(dir: string): LeaderEpochCache {
    return new LeaderEpochCache(new CheckpointFile(path.join(dir, LEADER_EPOCH_CHECKPOINT)), []);
  }

  entries(): readonly EpochEntry[] {
    return this.epochs;
  }

  latestEpoch(): number {
    return this.epochs.at(-1)?.epoch ?? UNDEFINED_EPOCH;
  }

  /**
   * Records that `epoch` starts at `startOffset`. Entries that conflict (an epoch >= this one, or a
   * start offset >= this one) are removed first, as Kafka does. Returns whether anything changed;
   * the caller persists with flush().
   */
  assign(epoch: number, startOffset: number): boolean {
    if (epoch < 0) return false;
    const latest = this.epochs.at(-1);
    if (latest !== undefined && latest.epoch === epoch && latest.startOffset <= startOffset) return false;
    this.epochs = this.epochs.filter((e) => e.epoch < epoch && e.startOffset < startOffset);
    this.epochs.push({ epoch, startOffset });
    return true;
  }

  /**
   * Kafka's endOffsetFor: the largest epoch <= requestedEpoch and the offset where the next epoch
   * starts (logEndOffset for the latest epoch); UNDEFINED for an unknown or too-new epoch.
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): { epoch: number; endOffset: number } {
    const undefinedResult = { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    if (requestedEpoch === UNDEFINED_EPOCH) return undefinedResult;
    if (this.latestEpoch() === requestedEpoch) return { epoch: requestedEpoch, endOffset: logEndOffset };
    const higher = this.epochs.findIndex((e) => e.epoch > requestedEpoch);
    if (higher < 0) return undefinedResult;
    const endOffset = this.epochs[higher]!.startOffset;
    // No epoch at or below the requested one: the requested epoch is older than anything we hold.
    const floor = higher === 0 ? requestedEpoch : this.epochs[higher - 1]!.epoch;
    return { epoch: floor, endOffset };
  }

  /** The log was truncated to `endOffset`: epochs starting at or after it are gone. */
  truncateFromEnd(endOffset: number): boolean {
    const kept = this.epochs.filter((e) => e.startOffset < endOffset);
    if (kept.length === this.epochs.length) return false;
    this.epochs = kept;
    return true;
  }

  /**
   * The log start moved to `startOffset`: epochs that began before it are dropped, except the one
   * in force at `startOffset`, which now starts there.
   */
  truncateFromStart(startOffset: number): boolean {
    let removed = 0;
    while (removed < this.epochs.length && this.epochs[removed]!.startOffset <= startOffset) removed++;
    if (removed === 0) return false;
    const inForce = this.epochs[removed - 1]!;
    if (removed === 1 && inForce.startOffset === startOffset) return false;
    this.epochs = [{ epoch: inForce.epoch, startOffset }, ...this.epochs.slice(removed)];
    return true;
  }

  clear(): void {
    this.epochs = [];
  }

  flush(): Promise<void> {
    return this.file.write(this.epochs.map((e) => `${e.epoch} ${e.startOffset}`));
  }
}
