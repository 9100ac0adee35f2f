// The "uniform" server-side assignor, the default of KIP-848 consumer groups: sticky and balanced.
// 1. Each member keeps the partitions of its current target assignment that still exist and that
//    it still subscribes to (a partition claimed twice stays with the first member, by id).
// 2. Every partition left over goes to the least loaded member subscribed to its topic, topics with
//    the fewest subscribers first, so constrained partitions find room before flexible ones.
// 3. While some member holds a partition that a subscriber with at least two fewer partitions
//    could take, one partition moves from the most loaded such member to the least loaded such
//    subscriber. Each move lowers the sum of squared member loads, so this ends; and it moves only
//    partitions that must move.
// When every member subscribes to the same topics, step 3 leaves loads that differ by at most one;
// with different subscriptions no single move can improve the balance (Kafka's heterogeneous case
// is best effort too).
import { addPartition, removePartition, type Assignment } from '../assignment.js';
import type { AssignmentTopicMetadata, GroupAssignment, GroupSpec, PartitionAssignor } from './partitionAssignor.js';

interface MemberLoad {
  memberId: string;
  assignment: Map<string, Set<number>>;
  count: number;
}

export function assignUniform(spec: GroupSpec): GroupAssignment {
  const members: MemberLoad[] = [...spec.members]
    .sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0))
    .map((m) => ({ memberId: m.memberId, assignment: new Map(), count: 0 }));
  const byId = new Map(members.map((m) => [m.memberId, m]));
  const topicsById = new Map<string, AssignmentTopicMetadata>([...spec.topics.values()].map((t) => [t.id, t]));
  // Subscribers of each existing topic, in member order.
  const subscribers = new Map<string, MemberLoad[]>();
  for (const memberSpec of spec.members) {
    for (const name of memberSpec.subscribedTopicNames) {
      const topic = spec.topics.get(name);
      if (!topic) continue;
      let list = subscribers.get(topic.id);
      if (!list) subscribers.set(topic.id, (list = []));
      list.push(byId.get(memberSpec.memberId)!);
    }
  }
  for (const list of subscribers.values()) list.sort((a, b) => (a.memberId < b.memberId ? -1 : 1));

  const owned = new Set<string>();
  const key = (topicId: string, p: number): string => `${topicId}:${p}`;
  const give = (m: MemberLoad, topicId: string, p: number): void => {
    addPartition(m.assignment, topicId, p);
    m.count++;
  };

  // 1. Stickiness.
  const currentOf = new Map(spec.members.map((m) => [m.memberId, m.assignment]));
  for (const m of members) {
    for (const [topicId, parts] of currentOf.get(m.memberId)!) {
      const topic = topicsById.get(topicId);
      if (!topic || !subscribers.get(topicId)?.includes(m)) continue;
      for (const p of [...parts].sort((a, b) => a - b)) {
        if (p < 0 || p >= topic.numPartitions || owned.has(key(topicId, p))) continue;
        owned.add(key(topicId, p));
        give(m, topicId, p);
      }
    }
  }

  // 2. Unassigned partitions to the least loaded subscriber.
  const topicOrder = [...subscribers.keys()].sort((a, b) => subscribers.get(a)!.length - subscribers.get(b)!.length || (a < b ? -1 : 1));
  for (const topicId of topicOrder) {
    const topic = topicsById.get(topicId)!;
    const candidates = subscribers.get(topicId)!;
    for (let p = 0; p < topic.numPartitions; p++) {
      if (owned.has(key(topicId, p))) continue;
      owned.add(key(topicId, p));
      give(leastLoaded(candidates, null)!, topicId, p);
    }
  }

  // 3. Balance: one partition at a time from the most loaded member that can give one away to the
  // least loaded subscriber, so that no member ever takes a partition it would have to give back.
  const byLoad = (a: MemberLoad, b: MemberLoad): number => b.count - a.count;
  for (let moved = true; moved; ) {
    moved = false;
    for (const from of [...members].sort(byLoad)) {
      for (const [topicId, parts] of from.assignment) {
        const to = leastLoaded(subscribers.get(topicId)!, from);
        if (!to || to.count + 1 >= from.count) continue;
        const p = Math.max(...parts);
        removePartition(from.assignment, topicId, p);
        from.count--;
        give(to, topicId, p);
        moved = true;
        break;
      }
      if (moved) break;
    }
  }

  return new Map<string, Assignment>(members.map((m) => [m.memberId, m.assignment]));
}

/** The subscriber with the fewest partitions (first in member order on ties), other than `except`. */
function leastLoaded(candidates: readonly MemberLoad[], except: MemberLoad | null): MemberLoad | undefined {
  let best: MemberLoad | undefined;
  for (const c of candidates) if (c !== except && (best === undefined || c.count < best.count)) best = c;
  return best;
}

export const uniformAssignor: PartitionAssignor = { name: 'uniform', assign: assignUniform };
