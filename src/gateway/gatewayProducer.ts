// Produces records on behalf of gateway clients (WebSocket sessions and REST requests) straight
// into the replica manager: the records of one call are grouped by partition and written as one
// uncompressed record batch per partition, so a call is one append per partition. Partitioning is
// Kafka's: an explicit partition, else murmur2 of the key (in the native addon), else one sticky
// partition per call for keyless records.
import type { ReplicaManager } from '../log/replicaManager.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import { Partitioner } from '../client/partitioner.js';
import { encodeRecordBatch, type RecordHeader } from '../protocol/recordBatch.js';
import { ErrorCode, errorInfo } from '../protocol/kafkaErrors.js';

export interface GatewayRecordInput {
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  /** Explicit partition; omitted to let the partitioner choose. */
  partition?: number;
  /** Milliseconds since the epoch; defaults to now. */
  timestamp?: number;
}

/** Kafka's acks: 0 (no answer), 1 (the leader wrote it), -1 (all in-sync replicas have it). */
export type Acks = 0 | 1 | -1;

export type ProduceOutcome =
  | { partition: number; offset: number; timestamp: number; errorCode: 0 }
  | { partition: number; offset: -1; errorCode: number; error: string };

const failure = (partition: number, errorCode: number, message?: string | null): ProduceOutcome => ({
  partition,
  offset: -1,
  errorCode,
  error: message ?? errorInfo(errorCode)?.message ?? `Kafka error code ${errorCode}`,
});

export class GatewayProducer {
  private readonly partitioner = new Partitioner();

  constructor(
    private readonly replicaManager: ReplicaManager,
    private readonly image: () => MetadataImage,
    /** Told of each successful append, for the per-topic traffic metrics. */
    private readonly onAppended: (topic: string, bytes: number, records: number) => void = () => undefined,
  ) {}

  /** One outcome per input record, in input order. Never throws for a bad topic or partition. */
  async produce(topic: string, records: readonly GatewayRecordInput[], acks: Acks): Promise<ProduceOutcome[]> {
    const image = this.image();
    const topicImage = image.topicsByName.get(topic);
    if (!topicImage) return records.map((r) => failure(r.partition ?? -1, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic '${topic}' does not exist`));
    const numPartitions = topicImage.partitions.size;
    const withLeader = [...topicImage.partitions.values()].filter((p) => p.leader >= 0).map((p) => p.partitionId);
    let sticky: number | undefined;
    const targets = records.map((r) => {
      if (r.partition !== undefined) return r.partition;
      if (r.key !== null) return Partitioner.forKey(r.key, numPartitions);
      return (sticky ??= this.partitioner.stickyPartition(topic, numPartitions, withLeader));
    });

    const outcomes: ProduceOutcome[] = new Array(records.length);
    const byPartition = new Map<number, number[]>();
    targets.forEach((p, i) => {
      if (!Number.isInteger(p) || p < 0 || p >= numPartitions) {
        outcomes[i] = failure(p, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic '${topic}' has no partition ${p} (it has ${numPartitions})`);
        return;
      }
      let list = byPartition.get(p);
      if (!list) byPartition.set(p, (list = []));
      list.push(i);
    });

    const now = Date.now();
    for (const [partition, indexes] of byPartition) {
      const batch = encodeRecordBatch({
        records: indexes.map((i) => {
          const r = records[i]!;
          return { key: r.key, value: r.value, headers: r.headers, timestamp: r.timestamp ?? now };
        }),
      });
      const result = this.replicaManager.appendRecords(topic, partition, batch, acks === 0 ? 1 : acks, image);
      if (result.errorCode === ErrorCode.NONE) this.onAppended(topic, batch.length, indexes.length);
      indexes.forEach((recordIndex, n) => {
        const r = records[recordIndex]!;
        outcomes[recordIndex] =
          result.errorCode === ErrorCode.NONE
            ? { partition, offset: result.baseOffset + n, timestamp: result.logAppendTimeMs >= 0 ? result.logAppendTimeMs : (r.timestamp ?? now), errorCode: 0 }
            : failure(partition, result.errorCode, result.errorMessage);
      });
    }
    return outcomes;
  }
}
