// The partitions of one member of a KIP-848 consumer group, by topic id, as the ConsumerGroup*
// records and the ConsumerGroupHeartbeat API carry them (Kafka's modern Assignment). Topic ids, not
// names, so a topic deleted and recreated under the same name is a different topic.

export type Assignment = ReadonlyMap<string, ReadonlySet<number>>;

export const EMPTY_ASSIGNMENT: Assignment = new Map();

export interface TopicIdPartitions {
  topicId: string;
  partitions: number[];
}

/** The wire and record form of an assignment; topics with no partitions are left out. */
export function assignmentFromTopicPartitions(list: readonly TopicIdPartitions[] | null | undefined): Assignment {
  const out = new Map<string, Set<number>>();
  for (const tp of list ?? []) for (const p of tp.partitions) addPartition(out, tp.topicId, p);
  return out;
}

/** Topics in id order, partitions ascending: a stable form for records and responses. */
export function topicPartitionsOf(a: Assignment): TopicIdPartitions[] {
  return [...a.keys()]
    .sort()
    .map((topicId) => ({ topicId, partitions: [...a.get(topicId)!].sort((x, y) => x - y) }))
    .filter((tp) => tp.partitions.length > 0);
}

export function assignmentEquals(a: Assignment, b: Assignment): boolean {
  if (assignmentSize(a) !== assignmentSize(b)) return false;
  for (const [topicId, parts] of a) {
    const other = b.get(topicId);
    for (const p of parts) if (!other?.has(p)) return false;
  }
  return true;
}

export function assignmentSize(a: Assignment): number {
  let n = 0;
  for (const parts of a.values()) n += parts.size;
  return n;
}

/** Adds a partition to a mutable assignment. */
export function addPartition(a: Map<string, Set<number>>, topicId: string, partition: number): void {
  let set = a.get(topicId);
  if (!set) a.set(topicId, (set = new Set()));
  set.add(partition);
}

/** Removes a partition from a mutable assignment, dropping the topic when it empties. */
export function removePartition(a: Map<string, Set<number>>, topicId: string, partition: number): void {
  const set = a.get(topicId);
  if (!set) return;
  set.delete(partition);
  if (set.size === 0) a.delete(topicId);
}
