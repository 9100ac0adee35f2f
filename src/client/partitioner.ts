// Kafka's default partitioning: a keyed record goes to toPositive(murmur2(key)) % partitions, so
// every Kafka client puts the same key in the same partition; records without a key stick to one
// partition per produce call (KIP-480's sticky idea), rotating between calls.
import { murmur2Partition } from '../../bindings/index.js';

export class Partitioner {
  private readonly nextSticky = new Map<string, number>();

  /** The partition for a keyed record. */
  static forKey(key: Buffer, numPartitions: number): number {
    return murmur2Partition(key, numPartitions);
  }

  /**
   * The partition for this call's unkeyed records: the next one, in rotation, among those with a
   * leader (`available`), or among all partitions when none has a leader right now.
   */
  stickyPartition(topic: string, numPartitions: number, available: readonly number[]): number {
    const candidates = available.length > 0 ? available : [...Array(numPartitions).keys()];
    const turn = this.nextSticky.get(topic) ?? Math.floor(Math.random() * candidates.length);
    this.nextSticky.set(topic, (turn + 1) % candidates.length);
    return candidates[turn % candidates.length];
  }
}
