// Incremental fetch sessions (KIP-227). A client that opens a session sends only the partitions
// that changed; the broker answers with only the partitions that have news (records, a new high
// watermark or log start offset, an error). Sessions are evicted least-recently-used.
import { ErrorCode } from '../protocol/kafkaErrors.js';

export interface SessionPartition {
  topic: string;
  topicId: string;
  partition: number;
  fetchOffset: number;
  partitionMaxBytes: number;
  /** The leader epoch the client believes in (-1: unchecked). */
  currentLeaderEpoch: number;
  /** The epoch of a follower's last fetched batch (-1: unchecked). */
  lastFetchedEpoch: number;
  /** A follower's log start offset (-1 from consumers). */
  logStartOffset: number;
  /** What the client last heard, to decide whether an incremental response must mention it. */
  lastHighWatermark: number;
  lastLogStartOffset: number;
}

export class FetchSession {
  epoch = 1;
  lastUsed = Date.now();
  readonly partitions = new Map<string, SessionPartition>();
  constructor(readonly id: number) {}
}

export type SessionLookup =
  | { kind: 'sessionless' }
  | { kind: 'full'; session: FetchSession | null }
  | { kind: 'incremental'; session: FetchSession }
  | { kind: 'error'; errorCode: number };

/** Kafka's FetchMetadata: epoch -1 closes or skips sessions, 0 opens a full one, >0 continues one. */
const FINAL_EPOCH = -1;
const INITIAL_EPOCH = 0;

export class FetchSessionCache {
  private readonly sessions = new Map<number, FetchSession>();

  constructor(private readonly maxSessions: number) {}

  lookup(sessionId: number, sessionEpoch: number): SessionLookup {
    if (sessionEpoch === FINAL_EPOCH) {
      if (sessionId !== 0) this.sessions.delete(sessionId);
      return { kind: 'sessionless' };
    }
    if (sessionEpoch === INITIAL_EPOCH) {
      if (sessionId !== 0) this.sessions.delete(sessionId);
      return { kind: 'full', session: this.create() };
    }
    const session = this.sessions.get(sessionId);
    if (!session) return { kind: 'error', errorCode: ErrorCode.FETCH_SESSION_ID_NOT_FOUND };
    if (session.epoch !== sessionEpoch) return { kind: 'error', errorCode: ErrorCode.INVALID_FETCH_SESSION_EPOCH };
    session.epoch++;
    session.lastUsed = Date.now();
    // Re-insert so iteration order stays least-recently-used first.
    this.sessions.delete(sessionId);
    this.sessions.set(sessionId, session);
    return { kind: 'incremental', session };
  }

  private create(): FetchSession | null {
    if (this.maxSessions <= 0) return null;
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value as number;
      this.sessions.delete(oldest);
    }
    let id: number;
    do id = 1 + Math.floor(Math.random() * 0x7ffffffe);
    while (this.sessions.has(id));
    const s = new FetchSession(id);
    this.sessions.set(id, s);
    return s;
  }

  get size(): number {
    return this.sessions.size;
  }
}
