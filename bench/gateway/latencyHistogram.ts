// Delivery latencies of a fan-out run: tens of millions of samples (records x sockets) do not fit
// a sorted array, so they are counted in logarithmic buckets 1% wide. A quantile is reported as
// its bucket's upper edge: at most 1% above the exact value. Client processes send their counts
// to the orchestrator, which adds them up.

const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
/** Bucket i holds latencies in (GROWTH^(i-1), GROWTH^i] ns; the last one everything above ~8 minutes. */
const BUCKETS = 2_700;

export class LatencyHistogram {
  readonly counts = new Float64Array(BUCKETS);

  record(latencyNs: number): void {
    const i = latencyNs <= 1 ? 0 : Math.ceil(Math.log(latencyNs) / LOG_GROWTH);
    this.counts[Math.min(i, BUCKETS - 1)]! += 1;
  }

  add(other: LatencyHistogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
  }

  get total(): number {
    let n = 0;
    for (const c of this.counts) n += c;
    return n;
  }

  /** The q-quantile in milliseconds (nearest rank, as the bucket's upper edge); 0 when empty. */
  quantileMs(q: number): number {
    const total = this.total;
    if (total === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * total));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return GROWTH ** i / 1e6;
    }
    return GROWTH ** (BUCKETS - 1) / 1e6;
  }

  /** The largest latency seen, in milliseconds (its bucket's upper edge). */
  maxMs(): number {
    for (let i = BUCKETS - 1; i >= 0; i--) if (this.counts[i]! > 0) return GROWTH ** i / 1e6;
    return 0;
  }

  /** Only the non-empty buckets, as [index, count] pairs: compact for a JSON line. */
  toSparse(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    this.counts.forEach((c, i) => {
      if (c > 0) out.push([i, c]);
    });
    return out;
  }

  static fromSparse(pairs: ReadonlyArray<readonly [number, number]>): LatencyHistogram {
    const h = new LatencyHistogram();
    for (const [i, c] of pairs) h.counts[i]! += c;
    return h;
  }
}
