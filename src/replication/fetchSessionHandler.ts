// The follower's side of incremental fetch sessions (KIP-227, Kafka's FetchSessionHandler): the
// first fetch to a leader is a full one that opens a session; later fetches name only partitions
// whose fetch position changed since the leader last heard it, and list as forgotten those the
// follower stopped fetching. The leader answers only partitions with news. A session error, a new
// connection or a leader that opened no session starts over with a full fetch.

/** What a fetch tells the leader about one partition; a change in any field means it is sent again. */
export interface SessionPartitionState {
  readonly fetchOffset: number;
  readonly logStartOffset: number;
  readonly leaderEpoch: number;
  readonly lastFetchedEpoch: number;
}

export interface SessionFetchPlan<K> {
  readonly sessionId: number;
  readonly sessionEpoch: number;
  /** The partitions to name in the request. */
  readonly send: readonly K[];
  /** Partitions the leader's session holds that the follower no longer fetches. */
  readonly forget: readonly K[];
}

const INITIAL_EPOCH = 0;
const INT32_MAX = 2 ** 31 - 1;

const sameState = (a: SessionPartitionState, b: SessionPartitionState): boolean =>
  a.fetchOffset === b.fetchOffset && a.logStartOffset === b.logStartOffset && a.leaderEpoch === b.leaderEpoch && a.lastFetchedEpoch === b.lastFetchedEpoch;

export class FetchSessionHandler<K> {
  private sessionId = 0;
  private epoch = INITIAL_EPOCH;
  /** What the leader's session holds for each partition, as of the last answered fetch. */
  private known = new Map<K, SessionPartitionState>();
  private pending: { plan: SessionFetchPlan<K>; next: Map<K, SessionPartitionState> } | null = null;

  /** The next fetch for `wanted` (every partition the follower fetches now, with its state). */
  plan(wanted: ReadonlyMap<K, SessionPartitionState>): SessionFetchPlan<K> {
    const next = new Map(wanted);
    let plan: SessionFetchPlan<K>;
    if (this.sessionId === 0) {
      plan = { sessionId: 0, sessionEpoch: INITIAL_EPOCH, send: [...wanted.keys()], forget: [] };
    } else {
      const send = [...wanted].filter(([k, s]) => {
        const had = this.known.get(k);
        return had === undefined || !sameState(had, s);
      });
      const forget = [...this.known.keys()].filter((k) => !wanted.has(k));
      plan = { sessionId: this.sessionId, sessionEpoch: this.epoch, send: send.map(([k]) => k), forget };
    }
    this.pending = { plan, next };
    return plan;
  }

  /** The leader answered the last planned fetch; `sessionId` is the one its response carries. */
  answered(sessionId: number): void {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    if (pending.plan.sessionEpoch === INITIAL_EPOCH) {
      // A leader that keeps no session answers 0: every fetch stays a full one.
      this.sessionId = sessionId;
      this.epoch = 1;
    } else {
      this.epoch = this.epoch === INT32_MAX ? 1 : this.epoch + 1;
    }
    this.known = pending.next;
  }

  /**
   * The leader answered `key` with an error: it may not hold the partition in its session (an
   * unknown topic is never added), so the next fetch that wants it names it again.
   */
  refused(key: K): void {
    this.known.delete(key);
  }

  /** The session is gone (an error, a new connection): the next fetch is a full one. */
  reset(): void {
    this.sessionId = 0;
    this.epoch = INITIAL_EPOCH;
    this.known = new Map();
    this.pending = null;
  }

  get isIncremental(): boolean {
    return this.sessionId !== 0;
  }
}
