// Parks Fetch requests that have too little data (fetch.min.bytes) until an append to one of their
// partitions or fetch.max.wait.ms, as Kafka's DelayedFetch does. An append wakes its waiters at
// once; each waiter re-reads and completes when it has enough.

export interface DelayedOperation {
  /** Returns true when the operation completed (and must be forgotten). */
  tryComplete(): boolean;
}

export class FetchPurgatory {
  private readonly watchers = new Map<string, Set<DelayedOperation>>();

  watch(keys: readonly string[], op: DelayedOperation): void {
    for (const k of keys) {
      let set = this.watchers.get(k);
      if (!set) this.watchers.set(k, (set = new Set()));
      set.add(op);
    }
  }

  unwatch(keys: readonly string[], op: DelayedOperation): void {
    for (const k of keys) {
      const set = this.watchers.get(k);
      if (!set) continue;
      set.delete(op);
      if (set.size === 0) this.watchers.delete(k);
    }
  }

  /** Called after an append to `key`. */
  checkAndComplete(key: string): void {
    const set = this.watchers.get(key);
    if (!set) return;
    for (const op of [...set]) op.tryComplete();
  }

  get size(): number {
    let n = 0;
    for (const s of this.watchers.values()) n += s.size;
    return n;
  }
}
