/**
 * Outbound request bookkeeping per remote replica (Kafka's RequestManager): at most one request in
 * flight to each, answers matched by correlation id (anything else is stale and dropped), a request
 * given up after the request timeout, and a retry backoff after a failure.
 */
import type { RaftApi } from './raftMessage.js';

interface InFlight {
  readonly correlationId: number;
  readonly api: RaftApi;
  readonly deadline: number;
}

interface Connection {
  inFlight: InFlight | null;
  backoffUntil: number;
}

export class RequestManager {
  private readonly connections = new Map<number, Connection>();

  constructor(
    private readonly requestTimeoutMs: number,
    private readonly retryBackoffMs: number,
  ) {}

  private connection(destination: number): Connection {
    let c = this.connections.get(destination);
    if (c === undefined) {
      c = { inFlight: null, backoffUntil: 0 };
      this.connections.set(destination, c);
    }
    return c;
  }

  /** No request in flight and no backoff running. */
  isReady(destination: number, now: number): boolean {
    const c = this.connection(destination);
    return c.inFlight === null && now >= c.backoffUntil;
  }

  hasInFlight(destination: number): boolean {
    return this.connection(destination).inFlight !== null;
  }

  onSent(destination: number, correlationId: number, api: RaftApi, now: number): void {
    this.connection(destination).inFlight = { correlationId, api, deadline: now + this.requestTimeoutMs };
  }

  /** Whether an answer from `destination` is the one awaited; a stale or unexpected one is not. */
  isExpected(destination: number, correlationId: number, api: RaftApi): boolean {
    const inFlight = this.connections.get(destination)?.inFlight;
    return inFlight != null && inFlight.correlationId === correlationId && inFlight.api === api;
  }

  /** The awaited answer arrived; a failed one starts the retry backoff. */
  onResponse(destination: number, succeeded: boolean, now: number): void {
    const c = this.connection(destination);
    c.inFlight = null;
    if (!succeeded) c.backoffUntil = now + this.retryBackoffMs;
  }

  /** Gives up requests past their timeout, as failures. */
  expire(now: number): void {
    for (const c of this.connections.values()) {
      if (c.inFlight !== null && now >= c.inFlight.deadline) {
        c.inFlight = null;
        c.backoffUntil = now + this.retryBackoffMs;
      }
    }
  }

  /** After a state change every answer to an older request is stale (Kafka's resetConnections). */
  resetAll(): void {
    this.connections.clear();
  }

  /** Milliseconds until some connection times out or finishes backing off; Infinity when none will. */
  timeUntilNextChange(now: number): number {
    let next = Infinity;
    for (const c of this.connections.values()) {
      if (c.inFlight !== null) next = Math.min(next, c.inFlight.deadline - now);
      else if (c.backoffUntil > now) next = Math.min(next, c.backoffUntil - now);
    }
    return Math.max(0, next);
  }
}
