/**
 * What a leader tracks for its epoch (Kafka's LeaderState): every replica's fetch position, the
 * high watermark they allow, which voters have acknowledged its leadership, and check-quorum.
 *
 * The high watermark is the largest offset a majority of voters holds (the leader counts with its
 * flushed log end), and only once that includes the start of this epoch: a leader must commit an
 * entry of its own epoch before it may expose anything from earlier epochs, which guarantees every
 * later leader holds what it committed.
 */
export interface ReplicaState {
  /** The replica's log end offset as of its last fetch; null until it fetched in this epoch. */
  endOffset: number | null;
  lastFetchTimestamp: number;
  lastCaughtUpTimestamp: number;
  /** The leader's log end offset when this replica last fetched. */
  lastFetchLeaderEndOffset: number;
}

/** Kafka's CHECK_QUORUM_TIMEOUT_FACTOR: leave room for network and disk hiccups. */
const CHECK_QUORUM_TIMEOUT_FACTOR = 1.5;

function newReplicaState(): ReplicaState {
  return { endOffset: null, lastFetchTimestamp: -1, lastCaughtUpTimestamp: -1, lastFetchLeaderEndOffset: -1 };
}

export class LeaderState {
  readonly voterStates = new Map<number, ReplicaState>();
  readonly observerStates = new Map<number, ReplicaState>();
  private hw: number | null = null;
  private readonly acknowledged = new Set<number>();
  private readonly fetchedVoters = new Set<number>();
  private readonly checkQuorumTimeoutMs: number;
  private checkQuorumDeadline: number;
  /** When BeginQuorumEpoch is next sent to voters that have not acknowledged the epoch. */
  beginQuorumEpochDue: number;
  readonly beginQuorumEpochIntervalMs: number;
  resignRequested = false;

  constructor(
    readonly localId: number,
    readonly epoch: number,
    /** The log end offset at election: the offset of this epoch's LeaderChangeMessage. */
    readonly epochStartOffset: number,
    readonly voters: readonly number[],
    readonly grantingVoters: readonly number[],
    fetchTimeoutMs: number,
    now: number,
  ) {
    for (const v of voters) this.voterStates.set(v, newReplicaState());
    this.acknowledged.add(localId);
    this.checkQuorumTimeoutMs = Math.floor(fetchTimeoutMs * CHECK_QUORUM_TIMEOUT_FACTOR);
    this.checkQuorumDeadline = now + this.checkQuorumTimeoutMs;
    this.beginQuorumEpochIntervalMs = Math.floor(fetchTimeoutMs / 2);
    this.beginQuorumEpochDue = now;
  }

  get highWatermark(): number | null {
    return this.hw;
  }

  isVoter(id: number): boolean {
    return this.voterStates.has(id);
  }

  /** The leader's own flushed log end moved; returns whether the high watermark moved. */
  updateLocalEndOffset(endOffset: number, now: number): boolean {
    const local = this.voterStates.get(this.localId)!;
    if (local.endOffset !== null && endOffset < local.endOffset) throw new RangeError(`the leader's end offset went back from ${local.endOffset} to ${endOffset}`);
    local.endOffset = endOffset;
    local.lastCaughtUpTimestamp = now;
    return this.maybeAdvanceHighWatermark();
  }

  /** A replica fetched at `fetchOffset` (its log end); returns whether the high watermark moved. */
  updateReplica(replicaId: number, fetchOffset: number, leaderEndOffset: number, now: number): boolean {
    let state = this.voterStates.get(replicaId);
    const isVoter = state !== undefined;
    if (state === undefined) {
      state = this.observerStates.get(replicaId) ?? newReplicaState();
      this.observerStates.set(replicaId, state);
    }
    // Caught up now if it reached our end; caught up at its previous fetch if it reached the end we had then.
    if (fetchOffset >= leaderEndOffset) state.lastCaughtUpTimestamp = Math.max(state.lastCaughtUpTimestamp, now);
    else if (state.lastFetchLeaderEndOffset > 0 && fetchOffset >= state.lastFetchLeaderEndOffset) {
      state.lastCaughtUpTimestamp = Math.max(state.lastCaughtUpTimestamp, state.lastFetchTimestamp);
    }
    state.endOffset = fetchOffset;
    state.lastFetchTimestamp = now;
    state.lastFetchLeaderEndOffset = leaderEndOffset;
    return isVoter && this.maybeAdvanceHighWatermark();
  }

  private maybeAdvanceHighWatermark(): boolean {
    const offsets = this.voters.map((v) => this.voterStates.get(v)!.endOffset ?? -1).sort((a, b) => b - a);
    const candidate = offsets[Math.floor(this.voters.length / 2)]!;
    if (candidate <= this.epochStartOffset || (this.hw !== null && candidate <= this.hw)) return false;
    this.hw = candidate;
    return true;
  }

  /** A voter fetched (or fetched a snapshot): it follows this leader. */
  recordVoterContact(voterId: number, now: number): void {
    if (voterId === this.localId || !this.voterStates.has(voterId)) return;
    this.acknowledged.add(voterId);
    this.fetchedVoters.add(voterId);
    // The leader counts itself: a majority needs this many others.
    if (this.fetchedVoters.size >= Math.floor(this.voters.length / 2)) {
      this.fetchedVoters.clear();
      this.checkQuorumDeadline = now + this.checkQuorumTimeoutMs;
    }
  }

  /** 0 once no majority fetched within the check-quorum timeout: the leader must resign. */
  timeUntilCheckQuorumExpires(now: number): number {
    if (this.voters.length === 1) return Infinity;
    return Math.max(0, this.checkQuorumDeadline - now);
  }

  acknowledge(voterId: number): void {
    if (this.voterStates.has(voterId)) this.acknowledged.add(voterId);
  }

  nonAcknowledgingVoters(): number[] {
    return this.voters.filter((v) => !this.acknowledged.has(v));
  }

  /** The other voters, most caught up first: the preferred successors when resigning. */
  successorsByEndOffset(): number[] {
    return this.voters
      .filter((v) => v !== this.localId)
      .sort((a, b) => (this.voterStates.get(b)!.endOffset ?? -1) - (this.voterStates.get(a)!.endOffset ?? -1) || a - b);
  }
}
