/**
 * The replica's current epoch state and the only way to change it (Kafka's QuorumState). Every
 * transition that changes the durable election state (epoch, leader, vote) writes it to the
 * QuorumStateStore and waits for it before the new state takes effect, so nothing is acted on, and
 * no vote is answered, that a crash could make the replica forget.
 */
import type { Logger } from 'pino';
import { NO_REPLICA, sameElection, type ElectionState, type QuorumStateStore } from './electionState.js';
import { EpochElection } from './epochElection.js';
import type { EpochState, FollowerState, ProspectiveState, UnattachedState } from './epochState.js';
import { LeaderState } from './leaderState.js';
import type { Random } from './random.js';
import type { RaftConfig } from './raftConfig.js';

/** Kafka's RETRY_BACKOFF_BASE_MS for the binary exponential election backoff. */
const ELECTION_BACKOFF_BASE_MS = 50;

export function electionOf(state: EpochState, localId: number): ElectionState {
  switch (state.kind) {
    case 'unattached':
      return { epoch: state.epoch, leaderId: NO_REPLICA, votedId: state.votedId };
    case 'prospective':
    case 'follower':
      return { epoch: state.epoch, leaderId: state.leaderId, votedId: state.votedId };
    case 'candidate':
      return { epoch: state.epoch, leaderId: NO_REPLICA, votedId: localId };
    case 'leader':
    case 'resigned':
      return { epoch: state.epoch, leaderId: localId, votedId: localId };
  }
}

export class QuorumState {
  private current!: EpochState;
  private persisted: ElectionState | null = null;
  readonly isVoter: boolean;

  constructor(
    readonly localId: number,
    readonly voters: readonly number[],
    private readonly config: RaftConfig,
    private readonly store: QuorumStateStore,
    private readonly random: Random,
    private readonly logger: Logger,
  ) {
    this.isVoter = voters.includes(localId);
  }

  get state(): EpochState {
    return this.current;
  }

  get epoch(): number {
    return this.current.epoch;
  }

  /** The leader of the current epoch as far as this replica knows; -1 when unknown. */
  get leaderId(): number {
    const s = this.current;
    switch (s.kind) {
      case 'leader':
      case 'resigned':
        return this.localId;
      case 'follower':
      case 'prospective':
        return s.leaderId;
      default:
        return NO_REPLICA;
    }
  }

  /**
   * Restores the state after a restart (Kafka's QuorumState.initialize): a leader comes back
   * resigned, a replica that had voted for itself comes back prospective (it never runs for the
   * same epoch twice), one that had voted for another keeps that vote, one that knew the leader
   * follows it. A log holding a newer epoch than the file moves the replica to that epoch.
   */
  async initialize(lastLogEpoch: number, now: number): Promise<void> {
    const stored = await this.store.read();
    this.persisted = stored;
    const election = stored ?? { epoch: 0, leaderId: NO_REPLICA, votedId: NO_REPLICA };
    let initial: EpochState;
    if (election.epoch < lastLogEpoch) {
      this.logger.warn({ storedEpoch: election.epoch, lastLogEpoch }, 'quorum-state epoch is older than the log; moving to the log epoch');
      initial = this.unattached(lastLogEpoch, NO_REPLICA, now);
    } else if (election.leaderId === this.localId) {
      initial = { kind: 'resigned', epoch: election.epoch, unacknowledged: new Set(this.otherVoters()), preferredSuccessors: [], electionDeadline: now + this.randomElectionTimeoutMs() };
    } else if (election.votedId === this.localId && election.leaderId === NO_REPLICA) {
      // No longer a voter (the voter set changed): it keeps the vote but never runs again.
      initial = this.isVoter ? this.prospective(election.epoch, NO_REPLICA, this.localId, 1, now) : this.unattached(election.epoch, this.localId, now);
    } else if (election.leaderId !== NO_REPLICA) {
      initial = this.follower(election.epoch, election.leaderId, election.votedId, now);
    } else {
      initial = this.unattached(election.epoch, election.votedId, now);
    }
    await this.transitionTo(initial);
  }

  private otherVoters(): number[] {
    return this.voters.filter((v) => v !== this.localId);
  }

  /** Kafka's randomElectionTimeoutMs: uniform in [timeout, 2 * timeout). */
  randomElectionTimeoutMs(): number {
    return this.config.electionTimeoutMs + this.random.nextInt(this.config.electionTimeoutMs);
  }

  /** Kafka's binaryExponentialElectionBackoffMs: random, doubling its range with each retry, capped. */
  electionBackoffMs(retries: number): number {
    return Math.min(ELECTION_BACKOFF_BASE_MS * this.random.nextInt(2 << Math.min(20, Math.max(0, retries - 1))), this.config.electionBackoffMaxMs);
  }

  private unattached(epoch: number, votedId: number, now: number): UnattachedState {
    return { kind: 'unattached', epoch, votedId, electionDeadline: this.isVoter ? now + this.randomElectionTimeoutMs() : Infinity };
  }

  private prospective(epoch: number, leaderId: number, votedId: number, retries: number, now: number): ProspectiveState {
    return {
      kind: 'prospective',
      epoch,
      leaderId,
      votedId,
      election: new EpochElection(this.voters, this.localId),
      electionDeadline: now + this.randomElectionTimeoutMs(),
      backoffUntil: null,
      retries,
    };
  }

  private follower(epoch: number, leaderId: number, votedId: number, now: number): FollowerState {
    return { kind: 'follower', epoch, leaderId, votedId, fetchDeadline: now + this.config.fetchTimeoutMs, hasFetched: false, download: null };
  }

  private async transitionTo(next: EpochState): Promise<void> {
    const election = electionOf(next, this.localId);
    if (!sameElection(this.persisted, election)) {
      await this.store.write(election);
      this.persisted = election;
    }
    this.logger.debug({ from: this.current?.kind, to: next.kind, epoch: next.epoch }, 'quorum state transition');
    this.current = next;
  }

  /** A higher epoch without a known leader. The election timer keeps running if one was. */
  async transitionToUnattached(epoch: number, now: number): Promise<void> {
    if (epoch <= this.epoch) throw new RangeError(`cannot move to unattached epoch ${epoch} from epoch ${this.epoch}`);
    const s = this.current;
    const keepTimer = s.kind === 'unattached' || s.kind === 'prospective' || s.kind === 'candidate';
    const next = this.unattached(epoch, NO_REPLICA, now);
    await this.transitionTo(keepTimer ? { ...next, electionDeadline: s.electionDeadline } : next);
  }

  /** Grants a vote in `epoch`; durable before the vote is answered. */
  async transitionToUnattachedVoted(epoch: number, candidateId: number, now: number): Promise<void> {
    if (candidateId === this.localId) throw new RangeError('a replica votes for itself only as a candidate');
    if (epoch < this.epoch) throw new RangeError(`cannot vote in epoch ${epoch} from epoch ${this.epoch}`);
    await this.transitionTo(this.unattached(epoch, candidateId, now));
  }

  /** Starts a pre-vote round at the current epoch, keeping what it knows of the epoch's leader and vote. */
  async transitionToProspective(now: number, retries: number): Promise<void> {
    if (!this.isVoter) throw new RangeError('an observer never runs for leader');
    const s = this.current;
    if (s.kind === 'leader') throw new RangeError('a leader resigns before it runs again');
    const leaderId = s.kind === 'follower' || s.kind === 'prospective' ? s.leaderId : s.kind === 'resigned' ? this.localId : NO_REPLICA;
    const votedId = s.kind === 'unattached' || s.kind === 'follower' || s.kind === 'prospective' ? s.votedId : this.localId;
    await this.transitionTo(this.prospective(s.epoch, leaderId, votedId, retries, now));
  }

  /** Bumps the epoch and votes for itself, durably, before asking anyone for a vote. */
  async transitionToCandidate(now: number, retries: number): Promise<void> {
    if (!this.isVoter) throw new RangeError('an observer never runs for leader');
    const from = this.current.kind;
    // With pre-vote a candidate comes from a won pre-vote; without it, from any non-leader state.
    if (this.config.preVote ? from !== 'prospective' : from === 'leader') throw new RangeError(`a candidate cannot come from ${from}${this.config.preVote ? ' (pre-vote is on)' : ''}`);
    await this.transitionTo({
      kind: 'candidate',
      epoch: this.epoch + 1,
      election: new EpochElection(this.voters, this.localId),
      electionDeadline: now + this.randomElectionTimeoutMs(),
      backoffUntil: null,
      retries,
    });
  }

  async transitionToLeader(epochStartOffset: number, now: number): Promise<LeaderState> {
    const s = this.current;
    if (s.kind !== 'candidate' || !s.election.isWon()) throw new RangeError('only a candidate holding a majority becomes leader');
    const leader = new LeaderState(this.localId, s.epoch, epochStartOffset, this.voters, s.election.grantingVoters(), this.config.fetchTimeoutMs, now);
    await this.transitionTo({ kind: 'leader', epoch: s.epoch, leader });
    return leader;
  }

  /** Follows `leaderId` in `epoch`; in the same epoch the vote already cast is kept. */
  async transitionToFollower(epoch: number, leaderId: number, now: number): Promise<void> {
    const s = this.current;
    if (leaderId === this.localId) throw new RangeError('a replica never follows itself');
    if (epoch < s.epoch) throw new RangeError(`cannot follow epoch ${epoch} from epoch ${s.epoch}`);
    if (epoch === s.epoch && (s.kind === 'leader' || s.kind === 'resigned')) throw new RangeError(`the leader of epoch ${epoch} cannot follow ${leaderId} in it`);
    const votedId = epoch === s.epoch ? electionOf(s, this.localId).votedId : NO_REPLICA;
    await this.transitionTo(this.follower(epoch, leaderId, votedId, now));
  }

  async transitionToResigned(preferredSuccessors: readonly number[], now: number): Promise<void> {
    const s = this.current;
    if (s.kind !== 'leader') throw new RangeError(`only a leader resigns, not a ${s.kind}`);
    await this.transitionTo({
      kind: 'resigned',
      epoch: s.epoch,
      unacknowledged: new Set(this.otherVoters()),
      preferredSuccessors,
      electionDeadline: now + this.randomElectionTimeoutMs(),
    });
  }

  /**
   * Whether to grant `candidateId` a vote in the current epoch. A real vote goes at most to one
   * candidate per epoch and never in an epoch whose leader is known. A pre-vote changes nothing
   * and is refused only by a leader and by a follower still hearing from its leader.
   */
  canGrantVote(candidateId: number, logUpToDate: boolean, preVote: boolean): boolean {
    if (!this.isVoter || !this.voters.includes(candidateId)) return false;
    const s = this.current;
    if (preVote) {
      if (s.kind === 'leader') return false;
      if (s.kind === 'follower' && s.hasFetched) return false;
      return logUpToDate;
    }
    switch (s.kind) {
      case 'unattached':
        return s.votedId === NO_REPLICA ? logUpToDate : s.votedId === candidateId;
      case 'prospective':
        if (s.votedId !== NO_REPLICA) return s.votedId === candidateId;
        return s.leaderId === NO_REPLICA && logUpToDate;
      default:
        return false;
    }
  }
}
