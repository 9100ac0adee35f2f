/**
 * The states a replica is in for an epoch (Kafka's EpochState implementations), as plain data the
 * QuorumState moves between. Deadlines are absolute times on the injected clock.
 *
 *   unattached   knows the epoch, no leader; may have voted. Election timeout -> prospective.
 *   prospective  pre-vote round (KIP-996) at the current epoch, changing nothing durable. Majority
 *                -> candidate; rejected or timed out -> backoff, then another round.
 *   candidate    bumped the epoch and voted for itself. Majority -> leader; lost or timed out ->
 *                backoff, then prospective (not straight to another epoch bump).
 *   leader       appends, answers fetches, advances the high watermark; check-quorum or resign()
 *                -> resigned.
 *   follower     fetches from the leader. Fetch timeout -> prospective.
 *   resigned     a leader stepping down: sends EndQuorumEpoch, then after its election timeout -> prospective.
 * Any replica moves to unattached or follower on learning of a higher epoch.
 */
import type { EpochElection } from './epochElection.js';
import type { LeaderState } from './leaderState.js';
import type { OffsetAndEpoch } from './offsetAndEpoch.js';

export interface UnattachedState {
  readonly kind: 'unattached';
  readonly epoch: number;
  readonly votedId: number;
  readonly electionDeadline: number;
}

export interface ProspectiveState {
  readonly kind: 'prospective';
  readonly epoch: number;
  /** The leader it followed in this epoch (itself, after resigning), kept until it learns better. */
  readonly leaderId: number;
  readonly votedId: number;
  readonly election: EpochElection;
  readonly electionDeadline: number;
  backoffUntil: number | null;
  readonly retries: number;
}

export interface CandidateState {
  readonly kind: 'candidate';
  readonly epoch: number;
  readonly election: EpochElection;
  readonly electionDeadline: number;
  backoffUntil: number | null;
  readonly retries: number;
}

export interface LeaderEpochState {
  readonly kind: 'leader';
  readonly epoch: number;
  readonly leader: LeaderState;
}

/** A snapshot being downloaded from the leader with FetchSnapshot. */
export interface SnapshotDownload {
  readonly id: OffsetAndEpoch;
  readonly chunks: Buffer[];
  size: number;
}

export interface FollowerState {
  readonly kind: 'follower';
  readonly epoch: number;
  readonly leaderId: number;
  readonly votedId: number;
  fetchDeadline: number;
  /** Fetched successfully from the leader since becoming its follower: it then refuses pre-votes. */
  hasFetched: boolean;
  download: SnapshotDownload | null;
}

export interface ResignedState {
  readonly kind: 'resigned';
  readonly epoch: number;
  readonly unacknowledged: Set<number>;
  readonly preferredSuccessors: readonly number[];
  readonly electionDeadline: number;
}

export type EpochState = UnattachedState | ProspectiveState | CandidateState | LeaderEpochState | FollowerState | ResignedState;
