/**
 * The replicated log as the Raft core needs it (Kafka's ReplicatedLog): v2 record batches with
 * offsets and leader epochs, a leader-epoch history for divergence checks, durability on flush, and
 * the snapshots that let the log be truncated behind them. Two implementations: MemoryRaftLog for
 * simulations and StorageRaftLog on Runnel's storage engine.
 */
import type { OffsetAndEpoch } from './offsetAndEpoch.js';

export interface RaftLog {
  /** The first offset held; once truncated behind a snapshot, that snapshot's end offset. */
  readonly startOffset: number;
  /** The offset the next appended record gets (the log end offset). */
  readonly endOffset: number;
  /** The epoch of the last batch; with no batch, the latest snapshot's epoch; else 0. */
  lastFetchedEpoch(): number;
  /**
   * Kafka's endOffsetForEpoch: the largest epoch <= `epoch` held in the log and the offset where it
   * ends (the start of the next epoch, or the log end offset). An epoch newer than the log's answers
   * with the log end offset and its last epoch; one older than the log start answers with the
   * snapshot at the log start.
   */
  endOffsetForEpoch(epoch: number): OffsetAndEpoch;
  /** One batch the leader built: its base offset is endOffset and its partition leader epoch `epoch`. */
  appendAsLeader(batch: Buffer, epoch: number): void;
  /** Whole batches from the leader, starting at endOffset, keeping their offsets and epochs. */
  appendAsFollower(batches: Buffer): void;
  /** Whole batches from the one holding `offset`, at least one, then up to `maxBytes`. */
  read(offset: number, maxBytes: number): Buffer;
  /** Removes every batch at or after `offset`. */
  truncateTo(offset: number): void;
  /** Everything appended so far is durable when this resolves. */
  flush(): Promise<void>;
  /** Tells the log the quorum's high watermark (a storage log exposes it to readers). */
  updateHighWatermark(offset: number): void;

  latestSnapshotId(): OffsetAndEpoch | null;
  /** The snapshot at the log start, when the log was truncated behind one. */
  earliestSnapshotId(): OffsetAndEpoch | null;
  /** The bytes of a stored snapshot, or null when it is not (or no longer) held. */
  readSnapshot(id: OffsetAndEpoch): Buffer | null;
  /** Stores a complete snapshot; durable when the promise resolves. */
  storeSnapshot(id: OffsetAndEpoch, bytes: Buffer): Promise<void>;
  /** Raises the log start to the snapshot's end offset and forgets older snapshots. */
  deleteBeforeSnapshot(id: OffsetAndEpoch): Promise<void>;
  /** Follower after downloading a snapshot: the log restarts, empty, at the snapshot's end offset. */
  truncateToSnapshot(id: OffsetAndEpoch): Promise<void>;
  close(): Promise<void>;
}

/** What a leader makes of a follower's (fetchOffset, lastFetchedEpoch) (Kafka's ValidOffsetAndEpoch). */
export type FetchPosition =
  | { readonly kind: 'valid' }
  | { readonly kind: 'diverging'; readonly endOffset: OffsetAndEpoch }
  | { readonly kind: 'snapshot'; readonly snapshotId: OffsetAndEpoch };

/**
 * Checks a follower's position against the leader's log. A position behind the log start, or whose
 * epoch predates the snapshot there, needs that snapshot; a position whose epoch the leader's log
 * ends elsewhere has diverged, and the answer is where that epoch ends; otherwise it is valid.
 */
export function validateFetchPosition(log: RaftLog, fetchOffset: number, lastFetchedEpoch: number): FetchPosition {
  const latestSnapshot = log.latestSnapshotId();
  // A follower with an empty log is sent the snapshot directly rather than the whole log.
  if (fetchOffset === 0 && latestSnapshot !== null && latestSnapshot.offset > 0) return { kind: 'snapshot', snapshotId: latestSnapshot };
  if (log.startOffset === 0 && fetchOffset === 0) return { kind: 'valid' };
  const earliest = log.earliestSnapshotId();
  if (
    earliest !== null &&
    latestSnapshot !== null &&
    (fetchOffset < log.startOffset || (fetchOffset === log.startOffset && lastFetchedEpoch !== earliest.epoch) || lastFetchedEpoch < earliest.epoch)
  ) {
    return { kind: 'snapshot', snapshotId: latestSnapshot };
  }
  const end = log.endOffsetForEpoch(lastFetchedEpoch);
  if (end.epoch !== lastFetchedEpoch || end.offset < fetchOffset) return { kind: 'diverging', endOffset: end };
  return { kind: 'valid' };
}

/**
 * Where a follower truncates when the leader reports `diverging`: the end of that epoch in the
 * leader's log, or, when the follower's own log ends the epoch earlier (or never had it), the end of
 * the follower's largest epoch at or below it (Kafka's truncateToEndOffset).
 */
export function divergenceTruncationOffset(log: RaftLog, diverging: OffsetAndEpoch): number {
  if (diverging.epoch === 0) return Math.min(diverging.offset, log.endOffset);
  const local = log.endOffsetForEpoch(diverging.epoch);
  return local.epoch === diverging.epoch ? Math.min(local.offset, diverging.offset) : local.offset;
}
