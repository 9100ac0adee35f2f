// Kafka's TopicPartition: the unit groups assign, commit and reset.

export interface TopicPartition {
  topic: string;
  partition: number;
}

/** Topic by name (UTF-16 order, as Java's String.compareTo), then partition. */
export function compareTopicPartitions(a: TopicPartition, b: TopicPartition): number {
  if (a.topic !== b.topic) return a.topic < b.topic ? -1 : 1;
  return a.partition - b.partition;
}

/** Kafka's TopicPartition.toString: `topic-partition`. */
export const formatTopicPartition = (tp: TopicPartition): string => `${tp.topic}-${tp.partition}`;

/** A Map key for a partition; topic names cannot contain NUL. */
export const topicPartitionKey = (tp: TopicPartition): string => `${tp.topic}\u0000${tp.partition}`;

/** Items grouped by topic, in first-seen topic order. */
export function groupByTopic<T extends TopicPartition>(items: Iterable<T>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.topic);
    if (list === undefined) out.set(item.topic, [item]);
    else list.push(item);
  }
  return out;
}
