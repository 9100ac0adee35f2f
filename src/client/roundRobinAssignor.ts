// Kafka's RoundRobinAssignor ("roundrobin"): every subscribed topic's partitions, topics in name
// order, are dealt in turn to the members in MemberInfo order, skipping a member not subscribed to
// the partition's topic. kafkajs's default assigner ("RoundRobinAssigner") deals the same way.
import { compareMembers, type AssignorMember, type Assignment } from './rangeAssignor.js';

export const ROUND_ROBIN_ASSIGNOR = 'roundrobin';

export function roundRobinAssign(members: readonly AssignorMember[], partitionsPerTopic: ReadonlyMap<string, number>): Assignment {
  const out: Assignment = new Map(members.map((m) => [m.memberId, []]));
  const ring = [...members].sort(compareMembers);
  if (ring.length === 0) return out;
  let turn = 0;
  const topics = [...new Set(members.flatMap((m) => m.topics))].sort();
  for (const topic of topics) {
    const count = partitionsPerTopic.get(topic);
    if (count === undefined) continue;
    for (let partition = 0; partition < count; partition++) {
      while (!ring[turn % ring.length]!.topics.includes(topic)) turn++;
      out.get(ring[turn % ring.length]!.memberId)!.push({ topic, partition });
      turn++;
    }
  }
  return out;
}
