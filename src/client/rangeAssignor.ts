// Kafka's RangeAssignor ("range"), run by the group leader: for each topic, the members subscribed
// to it in Kafka's MemberInfo order (static members by group.instance.id first, then the rest by
// member id) each take a contiguous range of partitions; the first `partitions % members` take
// one extra. Rack-aware placement is not done (no rack ids are sent).
import type { TopicPartition } from './topicPartition.js';

export const RANGE_ASSIGNOR = 'range';

export interface AssignorMember {
  memberId: string;
  groupInstanceId: string | null;
  topics: readonly string[];
}

/** Kafka's MemberInfo.compareTo. */
export function compareMembers(a: AssignorMember, b: AssignorMember): number {
  if (a.groupInstanceId !== null && b.groupInstanceId !== null) return a.groupInstanceId < b.groupInstanceId ? -1 : a.groupInstanceId > b.groupInstanceId ? 1 : 0;
  if (a.groupInstanceId !== null) return -1;
  if (b.groupInstanceId !== null) return 1;
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
}

/**
 * Every member id maps to its partitions (possibly none). Topics missing from
 * `partitionsPerTopic` (unknown to the cluster) are not assigned, as in Kafka.
 */
export type Assignment = Map<string, TopicPartition[]>;

export function rangeAssign(members: readonly AssignorMember[], partitionsPerTopic: ReadonlyMap<string, number>): Assignment {
  const out: Assignment = new Map(members.map((m) => [m.memberId, []]));
  const topics = [...new Set(members.flatMap((m) => m.topics))].sort();
  for (const topic of topics) {
    const count = partitionsPerTopic.get(topic);
    if (count === undefined) continue;
    const consumers = members.filter((m) => m.topics.includes(topic)).sort(compareMembers);
    const perConsumer = Math.floor(count / consumers.length);
    const withExtra = count % consumers.length;
    consumers.forEach((m, i) => {
      const start = perConsumer * i + Math.min(i, withExtra);
      const length = perConsumer + (i < withExtra ? 1 : 0);
      const mine = out.get(m.memberId)!;
      for (let p = start; p < start + length; p++) mine.push({ topic, partition: p });
    });
  }
  return out;
}
