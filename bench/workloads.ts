// The workload matrix of issue 8: what is run, not how. `--quick` keeps a few of each kind with
// small counts, for a smoke run; the default is the full matrix.

export type Acks = '1' | 'all';
export type Compression = 'none' | 'lz4' | 'zstd';

export interface ProduceWorkload {
  kind: 'produce';
  size: number;
  partitions: number;
  acks: Acks;
  compression: Compression;
  records: number;
}

/** Reads back records just written, so they come from the page cache. */
export interface ConsumeWorkload {
  kind: 'consume';
  size: number;
  partitions: number;
  records: number;
}

/** End-to-end latency at a fixed offered rate, measured from each record's intended send time. */
export interface LatencyWorkload {
  kind: 'latency';
  size: number;
  mbPerSec: number;
  seconds: number;
  warmupSeconds: number;
}

/** Write `bytes`, kill -9 the broker, time the restart's scan of the unflushed log. */
export interface RecoveryWorkload {
  kind: 'recovery';
  size: number;
  partitions: number;
  records: number;
}

export type Workload = ProduceWorkload | ConsumeWorkload | LatencyWorkload | RecoveryWorkload;

const sizeName = (size: number): string => (size % 1024 === 0 ? `${size / 1024}KiB` : `${size}B`);

export function workloadName(w: Workload): string {
  switch (w.kind) {
    case 'produce':
      return `produce ${sizeName(w.size)} p${w.partitions} acks=${w.acks} ${w.compression}`;
    case 'consume':
      return `consume ${sizeName(w.size)} p${w.partitions}`;
    case 'latency':
      return `e2e latency ${sizeName(w.size)} @${w.mbPerSec} MB/s`;
    case 'recovery':
      return `recovery ${((w.records * w.size) / 1e9).toFixed(2)} GB p${w.partitions}`;
  }
}

/** Payload bytes the workload moves through the broker (values only, before compression). */
export function workloadBytes(w: ProduceWorkload | ConsumeWorkload | RecoveryWorkload): number {
  return w.records * w.size;
}

const SIZES = [100, 1024, 10 * 1024];
const recordsFor = (bytes: number, size: number): number => Math.round(bytes / size);

export function workloadMatrix(quick: boolean): Workload[] {
  const produceBytes = quick ? 64e6 : 512e6;
  const consumeBytes = quick ? 64e6 : 512e6;
  const produce: ProduceWorkload[] = [];
  if (quick) {
    for (const size of SIZES) produce.push({ kind: 'produce', size, partitions: 1, acks: '1', compression: 'none', records: recordsFor(produceBytes, size) });
    produce.push({ kind: 'produce', size: 1024, partitions: 12, acks: 'all', compression: 'lz4', records: recordsFor(produceBytes, 1024) });
    produce.push({ kind: 'produce', size: 1024, partitions: 1, acks: '1', compression: 'zstd', records: recordsFor(produceBytes, 1024) });
  } else {
    for (const size of SIZES)
      for (const partitions of [1, 12])
        for (const acks of ['1', 'all'] as const)
          for (const compression of ['none', 'lz4', 'zstd'] as const)
            produce.push({ kind: 'produce', size, partitions, acks, compression, records: recordsFor(produceBytes, size) });
  }
  const consume: ConsumeWorkload[] = (quick ? [1024] : SIZES).flatMap((size) =>
    (quick ? [1] : [1, 12]).map((partitions) => ({ kind: 'consume' as const, size, partitions, records: recordsFor(consumeBytes, size) })),
  );
  const latency: LatencyWorkload[] = (quick ? [10, 50] : [10, 50, 100]).map((mbPerSec) => ({
    kind: 'latency',
    size: 1024,
    mbPerSec,
    seconds: quick ? 5 : 20,
    warmupSeconds: quick ? 1 : 3,
  }));
  const recoveryBytes = quick ? 256e6 : 2e9;
  const recovery: RecoveryWorkload = {
    kind: 'recovery',
    size: 10 * 1024,
    // Each partition stays under one 1 GiB segment, so no roll flushes it: all of it is unflushed.
    partitions: quick ? 1 : 4,
    records: recordsFor(recoveryBytes, 10 * 1024),
  };
  return [...produce, ...consume, ...latency, recovery];
}
