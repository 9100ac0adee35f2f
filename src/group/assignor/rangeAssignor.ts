// The "range" server-side assignor, as Kafka's: for each topic, its subscribers (static members by
// instance id first, then the rest by member id) take contiguous ranges of partitions, the first
// ones one extra partition each when the count does not divide evenly. Because every topic uses the
// same member order, members subscribed to the same topics with the same partition counts get the
// same partition numbers of each topic (co-partitioning, for joins). It is not sticky.
import type { Assignment } from '../assignment.js';
import type { AssignmentMemberSpec, GroupAssignment, GroupSpec, PartitionAssignor } from './partitionAssignor.js';

function memberOrder(a: AssignmentMemberSpec, b: AssignmentMemberSpec): number {
  if (a.instanceId !== null && b.instanceId !== null) return compare(a.instanceId, b.instanceId);
  if (a.instanceId !== null) return -1;
  if (b.instanceId !== null) return 1;
  return compare(a.memberId, b.memberId);
}

/** Java's String.compareTo order for the ASCII ids clients use. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function assignRange(spec: GroupSpec): GroupAssignment {
  const members = [...spec.members].sort(memberOrder);
  const result = new Map<string, Map<string, Set<number>>>(members.map((m) => [m.memberId, new Map()]));
  for (const topic of spec.topics.values()) {
    const subscribers = members.filter((m) => m.subscribedTopicNames.has(topic.name));
    if (subscribers.length === 0) continue;
    const quota = Math.floor(topic.numPartitions / subscribers.length);
    let extra = topic.numPartitions % subscribers.length;
    let next = 0;
    for (const m of subscribers) {
      const count = quota + (extra > 0 ? 1 : 0);
      if (extra > 0) extra--;
      if (count === 0) continue;
      const parts = new Set<number>();
      for (let p = next; p < next + count; p++) parts.add(p);
      next += count;
      result.get(m.memberId)!.set(topic.id, parts);
    }
  }
  return result as Map<string, Assignment>;
}

export const rangeAssignor: PartitionAssignor = { name: 'range', assign: assignRange };
