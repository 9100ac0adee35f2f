// The leader's view of one follower replica (Kafka's ReplicaState): how far its log reaches, as its
// last Fetch said, and when it was last caught up. The ISR is decided from these.

export class ReplicaState {
  /** The follower's log end offset (its last fetch offset); -1 until it fetches from this leader. */
  logEndOffset = -1;
  /** The follower's log start offset, as its last Fetch said; -1 until then. */
  logStartOffset = -1;
  lastFetchTimeMs = 0;
  /** The high watermark the leader last sent this follower: a parked fetch returns once it can send a higher one. */
  lastSentHighWatermark = -1;
  /** The leader's log end offset when the follower last fetched. */
  private lastFetchLeaderLogEndOffset = -1;

  constructor(
    readonly brokerId: number,
    /** When the follower was last known to have everything the leader had. */
    public lastCaughtUpTimeMs: number,
  ) {}

  /**
   * A Fetch at `fetchOffset` arrived when the leader's log ended at `leaderLogEndOffset`. A follower
   * that asks for the leader's end is caught up now; one that asks for what the leader's end was at
   * its previous fetch was caught up then.
   */
  updateFetchState(fetchOffset: number, leaderLogEndOffset: number, nowMs: number, logStartOffset = -1): void {
    if (fetchOffset >= leaderLogEndOffset) this.lastCaughtUpTimeMs = Math.max(this.lastCaughtUpTimeMs, nowMs);
    else if (fetchOffset >= this.lastFetchLeaderLogEndOffset && this.lastFetchLeaderLogEndOffset >= 0) {
      this.lastCaughtUpTimeMs = Math.max(this.lastCaughtUpTimeMs, this.lastFetchTimeMs);
    }
    this.logEndOffset = fetchOffset;
    this.logStartOffset = logStartOffset;
    this.lastFetchLeaderLogEndOffset = leaderLogEndOffset;
    this.lastFetchTimeMs = nowMs;
  }

  /** Out of sync: not caught up for longer than replica.lag.time.max.ms. */
  isLagging(nowMs: number, lagTimeMaxMs: number): boolean {
    return nowMs - this.lastCaughtUpTimeMs > lagTimeMaxMs;
  }
}
