// The KIP-848 server-side assignors, by property: every subscribed partition is assigned exactly
// once and only to a subscriber of its topic; uniform is balanced and sticky; range co-partitions.
import t from 'tap';
import fc from 'fast-check';
import { assignUniform } from '../../src/group/assignor/uniformAssignor.js';
import { assignRange } from '../../src/group/assignor/rangeAssignor.js';
import type { AssignmentMemberSpec, AssignmentTopicMetadata, GroupAssignment, GroupSpec } from '../../src/group/assignor/partitionAssignor.js';
import { assignmentSize, type Assignment } from '../../src/group/assignment.js';

const TOPIC_NAMES = ['a', 'b', 'c', 'd'];

function topicsOf(partitionCounts: readonly number[]): Map<string, AssignmentTopicMetadata> {
  return new Map(partitionCounts.map((n, i) => [TOPIC_NAMES[i], { id: `id-${TOPIC_NAMES[i]}`, name: TOPIC_NAMES[i], numPartitions: n }]));
}

function member(memberId: string, topics: Iterable<string>, assignment: Assignment = new Map(), instanceId: string | null = null): AssignmentMemberSpec {
  return { memberId, instanceId, subscribedTopicNames: new Set(topics), assignment };
}

/** A group spec: 1-4 topics of 0-12 partitions, 1-8 members with any subscription. */
const groupSpecArb = fc
  .record({
    counts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 4 }),
    subscriptions: fc.array(fc.subarray(TOPIC_NAMES, { minLength: 0 }), { minLength: 1, maxLength: 8 }),
  })
  .map(({ counts, subscriptions }): GroupSpec => ({
    topics: topicsOf(counts),
    members: subscriptions.map((subs, i) => member(`m${i}`, subs)),
  }));

/** A homogeneous spec: every member subscribes to the same topics. */
const homogeneousSpecArb = fc
  .record({
    counts: fc.array(fc.integer({ min: 0, max: 16 }), { minLength: 1, maxLength: 4 }),
    members: fc.integer({ min: 1, max: 9 }),
  })
  .map(({ counts, members }): GroupSpec => {
    const topics = topicsOf(counts);
    return { topics, members: Array.from({ length: members }, (_, i) => member(`m${i}`, topics.keys())) };
  });

/** Every problem with the assignment: a partition twice, missing, to a non-subscriber, or out of range. */
function validityProblems(spec: GroupSpec, result: GroupAssignment): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const byId = new Map([...spec.topics.values()].map((tp) => [tp.id, tp]));
  for (const m of spec.members) if (!result.has(m.memberId)) problems.push(`no entry for ${m.memberId}`);
  for (const [memberId, a] of result) {
    const m = spec.members.find((x) => x.memberId === memberId);
    for (const [topicId, parts] of a) {
      const topic = byId.get(topicId);
      if (!topic) problems.push(`${memberId} got unknown topic ${topicId}`);
      else if (!m?.subscribedTopicNames.has(topic.name)) problems.push(`${memberId} got ${topic.name} without subscribing`);
      for (const p of parts) {
        if (topic && (p < 0 || p >= topic.numPartitions)) problems.push(`${memberId} got ${topicId}-${p}, out of range`);
        const key = `${topicId}-${p}`;
        if (owner.has(key)) problems.push(`${key} assigned to ${owner.get(key)} and ${memberId}`);
        owner.set(key, memberId);
      }
    }
  }
  for (const topic of spec.topics.values()) {
    if (!spec.members.some((m) => m.subscribedTopicNames.has(topic.name))) continue;
    for (let p = 0; p < topic.numPartitions; p++) if (!owner.has(`${topic.id}-${p}`)) problems.push(`${topic.name}-${p} unassigned`);
  }
  return problems;
}

function counts(result: GroupAssignment): number[] {
  return [...result.values()].map(assignmentSize);
}

for (const [name, assign] of [['uniform', assignUniform], ['range', assignRange]] as const) {
  t.test(`${name}: every subscribed partition exactly once, only to a subscriber`, async (t) => {
    fc.assert(
      fc.property(groupSpecArb, (spec) => {
        const problems = validityProblems(spec, assign(spec));
        if (problems.length > 0) throw new Error(problems.join('; '));
      }),
      { numRuns: 400 },
    );
  });
}

t.test('uniform: homogeneous subscriptions are balanced to within one partition', async (t) => {
  fc.assert(
    fc.property(homogeneousSpecArb, (spec) => {
      const c = counts(assignUniform(spec));
      return Math.max(...c) - Math.min(...c) <= 1;
    }),
    { numRuns: 400 },
  );
});

t.test('uniform: with any subscriptions, no single move to a subscriber could improve the balance', async (t) => {
  fc.assert(
    fc.property(groupSpecArb, (spec) => {
      const result = assignUniform(spec);
      const byId = new Map([...spec.topics.values()].map((tp) => [tp.id, tp]));
      for (const [memberId, a] of result) {
        for (const topicId of a.keys()) {
          for (const other of spec.members) {
            if (other.memberId === memberId || !other.subscribedTopicNames.has(byId.get(topicId)!.name)) continue;
            if (assignmentSize(result.get(other.memberId)!) + 1 < assignmentSize(a)) return false;
          }
        }
      }
      return true;
    }),
    { numRuns: 400 },
  );
});

t.test('uniform: a member joining a balanced group takes partitions, the others only give some up', async (t) => {
  fc.assert(
    fc.property(homogeneousSpecArb, (spec) => {
      const before = assignUniform(spec);
      const joined: GroupSpec = {
        topics: spec.topics,
        members: [...spec.members.map((m) => ({ ...m, assignment: before.get(m.memberId)! })), member('new', spec.topics.keys())],
      };
      const after = assignUniform(joined);
      if (validityProblems(joined, after).length > 0) return false;
      const total = [...spec.topics.values()].reduce((n, tp) => n + tp.numPartitions, 0);
      const floor = Math.floor(total / joined.members.length);
      for (const m of spec.members) {
        const was = before.get(m.memberId)!;
        const now = after.get(m.memberId)!;
        // Nothing new for an old member, and it keeps as much as the new balance allows.
        for (const [topicId, parts] of now) for (const p of parts) if (!was.get(topicId)?.has(p)) return false;
        if (assignmentSize(now) < Math.min(assignmentSize(was), floor)) return false;
      }
      return true;
    }),
    { numRuns: 300 },
  );
});

t.test('uniform: an unchanged group keeps its assignment exactly', async (t) => {
  fc.assert(
    fc.property(groupSpecArb, (spec) => {
      const first = assignUniform(spec);
      const again = assignUniform({ topics: spec.topics, members: spec.members.map((m) => ({ ...m, assignment: first.get(m.memberId)! })) });
      return [...first].every(([id, a]) => assignmentSize(a) === assignmentSize(again.get(id)!) && [...a].every(([tp, ps]) => [...ps].every((p) => again.get(id)!.get(tp)?.has(p))));
    }),
    { numRuns: 300 },
  );
});

t.test('uniform: a member that leaves frees exactly its partitions; the others keep theirs', async (t) => {
  const topics = topicsOf([7, 5]);
  const spec: GroupSpec = { topics, members: ['x', 'y', 'z'].map((id) => member(id, topics.keys())) };
  const before = assignUniform(spec);
  const after = assignUniform({ topics, members: ['x', 'y'].map((id) => member(id, topics.keys(), before.get(id)!)) });
  for (const id of ['x', 'y']) {
    for (const [tp, ps] of before.get(id)!) for (const p of ps) t.ok(after.get(id)!.get(tp)?.has(p), `${id} keeps ${tp}-${p}`);
  }
  t.same(counts(after).sort(), [6, 6]);
});

t.test('uniform: bad current assignments are ignored (unknown topic, out of range, unsubscribed, claimed twice)', async (t) => {
  const topics = topicsOf([2, 2]);
  const spec: GroupSpec = {
    topics,
    members: [
      member('m1', ['a'], new Map([['id-a', new Set([0, 1, 9])], ['id-b', new Set([0])], ['gone', new Set([0])]])),
      member('m2', ['a', 'b'], new Map([['id-a', new Set([0])]])),
    ],
  };
  const result = assignUniform(spec);
  t.same(validityProblems(spec, result), []);
  t.same(counts(result), [2, 2]);
  t.ok(result.get('m1')!.get('id-a')?.has(0), 'the first member by id keeps a partition both claim');
});

t.test('uniform and range: no members, no topics, topics nobody subscribes to', async (t) => {
  for (const assign of [assignUniform, assignRange]) {
    t.same(assign({ topics: topicsOf([3]), members: [] }).size, 0);
    const r = assign({ topics: topicsOf([3, 4]), members: [member('m', ['zzz'])] });
    t.same(assignmentSize(r.get('m')!), 0, 'a subscription to a missing topic gets nothing');
  }
});

t.test('range: homogeneous subscriptions to equally partitioned topics are co-partitioned', async (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), (n, topicCount, members) => {
      const topics = topicsOf(Array.from({ length: topicCount }, () => n));
      const result = assignRange({ topics, members: Array.from({ length: members }, (_, i) => member(`m${i}`, topics.keys())) });
      for (const a of result.values()) {
        const sets = [...topics.values()].map((tp) => [...(a.get(tp.id) ?? [])].sort((x, y) => x - y).join(','));
        if (new Set(sets).size > 1) return false;
      }
      return true;
    }),
    { numRuns: 300 },
  );
});

t.test('range: contiguous ranges in member order, static members (by instance id) first, extras to the first', async (t) => {
  const topics = topicsOf([7]);
  const result = assignRange({
    topics,
    members: [member('a-dynamic', ['a']), member('z-static', ['a'], new Map(), 'i-1'), member('b-dynamic', ['a'])],
  });
  t.same([...result.get('z-static')!.get('id-a')!], [0, 1, 2]);
  t.same([...result.get('a-dynamic')!.get('id-a')!], [3, 4]);
  t.same([...result.get('b-dynamic')!.get('id-a')!], [5, 6]);
});
