// Reassignment throttles (Kafka's ReplicationQuotaManager): the bytes a leader sends to, or a
// follower fetches for, out-of-sync replicas that a topic lists in
// leader/follower.replication.throttled.replicas, measured as a rate over
// replication.quota.window.num samples of replication.quota.window.size.seconds each and held
// under leader/follower.replication.throttled.rate. In-sync replicas are never throttled, so a
// throttle slows a reassignment's catch-up, not the ISR.

/** A throttled-replicas entry list ('*' or partition:broker) names this partition's replica on `brokerId`. */
export function isThrottledReplica(entries: readonly string[], partition: number, brokerId: number): boolean {
  return entries.includes('*') || entries.includes(`${partition}:${brokerId}`);
}

interface Sample {
  start: number;
  bytes: number;
}

export class ReplicationQuota {
  private readonly samples: Sample[] = [];

  constructor(
    private readonly windowMs: number,
    private readonly windowCount: number,
    /** The bound in bytes per second, read at each check (a dynamic broker config). */
    private readonly bound: () => number,
  ) {}

  record(bytes: number, nowMs: number): void {
    const last = this.samples.at(-1);
    if (last !== undefined && nowMs < last.start + this.windowMs) last.bytes += bytes;
    else this.samples.push({ start: nowMs, bytes });
    this.expire(nowMs);
  }

  /**
   * Bytes per second over the retained samples. Until the samples span the whole window the
   * elapsed time counts as all windows but one, as Kafka's Rate does, so a first burst of up to
   * that many seconds' worth passes before the throttle bites.
   */
  rate(nowMs: number): number {
    this.expire(nowMs);
    const first = this.samples[0];
    if (first === undefined) return 0;
    const elapsed = Math.max(nowMs - first.start, (this.windowCount - 1) * this.windowMs, 1);
    return (this.samples.reduce((n, s) => n + s.bytes, 0) * 1000) / elapsed;
  }

  /** Whether the rate is over the bound; an unlimited bound (Kafka's Long.MAX_VALUE) never is. */
  isExceeded(nowMs: number): boolean {
    const bound = this.bound();
    return bound < Number.MAX_SAFE_INTEGER && this.rate(nowMs) > bound;
  }

  private expire(nowMs: number): void {
    while (this.samples.length > 0 && this.samples[0]!.start + this.windowCount * this.windowMs <= nowMs) this.samples.shift();
  }
}

/** One side's throttle: its quota, and which replicas the topics' throttled-replicas lists put under it. */
export class ReplicationThrottle {
  constructor(
    readonly quota: ReplicationQuota,
    /** The topic's leader.replication.throttled.replicas (leader side) or follower.* (follower side). */
    private readonly throttledReplicas: (topic: string) => readonly string[],
    private readonly localId: number,
  ) {}

  /** Whether traffic for follower `replicaId` of this partition counts against the quota: out of sync and listed for this broker. */
  applies(topic: string, partition: number, isr: readonly number[], replicaId: number): boolean {
    return !isr.includes(replicaId) && isThrottledReplica(this.throttledReplicas(topic), partition, this.localId);
  }
}
