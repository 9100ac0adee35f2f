// A metric whose samples are read from the broker's own tallies when Prometheus scrapes. prom-client's
// labelled children hash their label set on every inc() and observe() (about 0.7 µs a request for a
// counter and a histogram); the request path instead bumps plain numbers, and this turns them into
// samples only at scrape time. The registry formats and escapes these samples like its own metrics.
import type { Metric, Registry } from 'prom-client';

export type SnapshotType = 'counter' | 'gauge' | 'histogram';

export interface Sample {
  /** The sample's own name when it differs from the metric's (a histogram's _bucket, _sum, _count). */
  metricName?: string;
  labels: Readonly<Record<string, string | number>>;
  value: number;
}

export class SnapshotMetric {
  /** How prom-client's cluster aggregation would combine workers; Runnel runs one process. */
  readonly aggregator = 'sum';

  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: SnapshotType,
    private readonly collect: () => Sample[],
  ) {}

  /** The shape prom-client's Registry reads from every metric it renders. */
  async get(): Promise<{ name: string; help: string; type: SnapshotType; aggregator: string; values: Sample[] }> {
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values: this.collect() };
  }

  registerIn(registry: Registry): void {
    // The Registry only calls get() (and reads name); its typings list just its own four classes.
    registry.registerMetric(this as unknown as Metric);
  }
}
