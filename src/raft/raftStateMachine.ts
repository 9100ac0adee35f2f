/**
 * What the Raft core replicates for: the user's state machine (the quorum controller's metadata
 * image, or a simulation's register). The core calls it on every replica, leader and followers
 * alike, and only with committed data.
 */
import type { CommittedBatch } from './raftBatches.js';
import type { OffsetAndEpoch } from './offsetAndEpoch.js';

export interface RaftStateMachine {
  /**
   * A committed data batch. Batches arrive in offset order, each once, starting right after the
   * last loaded snapshot (or at offset 0); control batches are not passed on.
   */
  apply(batch: CommittedBatch): void;
  /** The state after everything applied so far, as records for a snapshot. */
  takeSnapshot(): Buffer[];
  /**
   * Replaces the whole state with a snapshot's (at start-up, or when a follower installed one from
   * the leader). Batches after `id.offset` follow through apply().
   */
  loadSnapshot(id: OffsetAndEpoch, records: readonly Buffer[]): void;
  /** Told whenever the known leader or epoch changes; leaderId is -1 while no leader is known. */
  onLeaderChange?(leaderId: number, epoch: number): void;
}
