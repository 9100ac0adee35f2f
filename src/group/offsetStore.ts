// Committed offsets of the groups one coordinator partition owns, as replayed from and written to
// __consumer_offsets: the latest value per (group, topic, partition).

export interface CommittedOffset {
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
  commitTimestampMs: number;
  /** An explicit expiry from OffsetCommit v2-4 retention_time_ms, else null (offsets.retention.minutes applies). */
  expireTimestampMs: number | null;
}

export interface GroupTopicPartition {
  topic: string;
  partition: number;
}

export class OffsetStore {
  private readonly byGroup = new Map<string, Map<string, Map<number, CommittedOffset>>>();

  get(groupId: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.byGroup.get(groupId)?.get(topic)?.get(partition);
  }

  put(groupId: string, topic: string, partition: number, offset: CommittedOffset): void {
    let topics = this.byGroup.get(groupId);
    if (!topics) this.byGroup.set(groupId, (topics = new Map()));
    let parts = topics.get(topic);
    if (!parts) topics.set(topic, (parts = new Map()));
    parts.set(partition, offset);
  }

  delete(groupId: string, topic: string, partition: number): void {
    const topics = this.byGroup.get(groupId);
    const parts = topics?.get(topic);
    if (!topics || !parts) return;
    parts.delete(partition);
    if (parts.size === 0) topics.delete(topic);
    if (topics.size === 0) this.byGroup.delete(groupId);
  }

  hasOffsets(groupId: string): boolean {
    return this.byGroup.has(groupId);
  }

  groupIds(): IterableIterator<string> {
    return this.byGroup.keys();
  }

  /** Every committed offset of a group, topics in name order and partitions ascending. */
  entries(groupId: string): Array<GroupTopicPartition & { committed: CommittedOffset }> {
    const topics = this.byGroup.get(groupId);
    if (!topics) return [];
    const out: Array<GroupTopicPartition & { committed: CommittedOffset }> = [];
    for (const topic of [...topics.keys()].sort()) {
      const parts = topics.get(topic)!;
      for (const partition of [...parts.keys()].sort((a, b) => a - b)) out.push({ topic, partition, committed: parts.get(partition)! });
    }
    return out;
  }

  topics(groupId: string): string[] {
    return [...(this.byGroup.get(groupId)?.keys() ?? [])];
  }
}
