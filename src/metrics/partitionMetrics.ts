// Per-partition log gauges, read from the replica manager's partitions when Prometheus scrapes:
// the log's size on disk, its start and end offsets and the high watermark.
import type { Partition } from '../log/partition.js';
import { SnapshotMetric, type Sample } from './snapshotMetric.js';

export interface PartitionSnapshot {
  topic: string;
  partition: number;
  sizeBytes: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
}

/** One reading per partition; a log that has gone offline (its accessors throw) is left out. */
export function snapshotPartitions(partitions: Iterable<Partition>): PartitionSnapshot[] {
  const out: PartitionSnapshot[] = [];
  for (const p of partitions) {
    if (p.log.isOffline) continue;
    try {
      out.push({ topic: p.topic, partition: p.partition, sizeBytes: p.log.size, logStartOffset: p.logStartOffset, logEndOffset: p.logEndOffset, highWatermark: p.highWatermark });
    } catch {
      continue;
    }
  }
  return out;
}

const GAUGES: ReadonlyArray<{ name: string; help: string; field: Exclude<keyof PartitionSnapshot, 'topic' | 'partition'> }> = [
  { name: 'runnel_log_size_bytes', help: 'Bytes of all segments of the partition\'s log on this broker.', field: 'sizeBytes' },
  { name: 'runnel_log_start_offset', help: 'The first offset of the partition\'s log.', field: 'logStartOffset' },
  { name: 'runnel_log_end_offset', help: 'The offset the partition\'s next appended record will get.', field: 'logEndOffset' },
  { name: 'runnel_log_high_watermark', help: 'The partition\'s high watermark: consumers read below it.', field: 'highWatermark' },
];

/** Each gauge reads the partitions itself: the registry renders them all in one synchronous pass, so they agree. */
export function partitionMetrics(partitions: () => Iterable<Partition>): SnapshotMetric[] {
  return GAUGES.map(
    ({ name, help, field }) =>
      new SnapshotMetric(name, help, 'gauge', () => snapshotPartitions(partitions()).map((s): Sample => ({ labels: { topic: s.topic, partition: s.partition }, value: s[field] }))),
  );
}
