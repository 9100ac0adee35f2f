/**
 * Fetches the leader parks while it has nothing new for them (Kafka's fetch purgatory): each waits
 * until the log end moves past its fetch offset, the high watermark moves, its wait runs out, or the
 * leader changes state; then it is answered with whatever holds at that moment.
 */
interface ParkedFetch {
  readonly fetchOffset: number;
  readonly deadline: number;
  readonly complete: () => void;
}

export class FetchPurgatory {
  private parked: ParkedFetch[] = [];

  get size(): number {
    return this.parked.length;
  }

  park(fetchOffset: number, deadline: number, complete: () => void): void {
    this.parked.push({ fetchOffset, deadline, complete });
  }

  /** Answers fetches that now have records to read: those below the new log end offset. */
  completeBelow(logEndOffset: number): void {
    this.completeWhere((p) => p.fetchOffset < logEndOffset);
  }

  completeExpired(now: number): void {
    this.completeWhere((p) => now >= p.deadline);
  }

  completeAll(): void {
    this.completeWhere(() => true);
  }

  private completeWhere(done: (p: ParkedFetch) => boolean): void {
    const ready = this.parked.filter(done);
    if (ready.length === 0) return;
    this.parked = this.parked.filter((p) => !done(p));
    for (const p of ready) p.complete();
  }

  timeUntilNextExpiry(now: number): number {
    let next = Infinity;
    for (const p of this.parked) next = Math.min(next, p.deadline - now);
    return Math.max(0, next);
  }
}
