/**
 * The seam where idempotent/transactional producer state (Kafka's ProducerStateManager, written
 * elsewhere) plugs into a Log. The Log owns the files and the ordering; the hooks own the meaning.
 */
import type { BatchSummary } from '../../bindings/index.js';

export interface ProducerStateHooks {
  /** Batches just written (leader or follower append) or replayed while loading, in offset order. */
  onBatches(batches: readonly BatchSummary[]): void;
  /**
   * Persist the state as of `offset` (the log end offset) to `file`, `<offset>.snapshot` in the
   * partition directory. Called when a segment rolls and when the log closes.
   */
  writeSnapshot(file: string, offset: number): void;
  /**
   * Replace all state with the snapshot in `file` taken at `offset`, or with empty state as of
   * `offset` when `file` is null. The log then replays every batch from `offset` through onBatches.
   * Called on open and after truncation.
   */
  loadSnapshot(file: string | null, offset: number): void;
  /** The log start offset moved (retention, DeleteRecords): state for older offsets may go. */
  onLogStartOffsetIncremented(offset: number): void;
}
