// The range assignor against Kafka's documented examples, static members' ordering, and the
// invariants that must hold for any group (fast-check): every partition of a subscribed topic goes
// to exactly one subscriber, contiguously, and shares differ by at most one.
import fc from 'fast-check';
import t from 'tap';
import { rangeAssign, type AssignorMember } from '../../src/client/rangeAssignor.js';

const member = (memberId: string, topics: string[], groupInstanceId: string | null = null): AssignorMember => ({ memberId, groupInstanceId, topics });
const names = (tps: { topic: string; partition: number }[] | undefined): string[] => (tps ?? []).map((tp) => `${tp.topic}-${tp.partition}`);

t.test("Kafka's RangeAssignor example: two consumers, two topics of three partitions", async (t) => {
  const plan = rangeAssign([member('C1', ['t0', 't1']), member('C0', ['t0', 't1'])], new Map([['t0', 3], ['t1', 3]]));
  t.same(names(plan.get('C0')), ['t0-0', 't0-1', 't1-0', 't1-1']);
  t.same(names(plan.get('C1')), ['t0-2', 't1-2']);
});

t.test('each topic is split among its own subscribers only', async (t) => {
  const plan = rangeAssign([member('a', ['x']), member('b', ['x', 'y']), member('c', ['y'])], new Map([['x', 4], ['y', 1]]));
  t.same(names(plan.get('a')), ['x-0', 'x-1']);
  t.same(names(plan.get('b')), ['x-2', 'x-3', 'y-0']);
  t.same(names(plan.get('c')), [], 'more subscribers than partitions: the last gets none');
});

t.test('static members come first, ordered by group.instance.id', async (t) => {
  const plan = rangeAssign([member('a', ['t']), member('z', ['t'], 'i-2'), member('y', ['t'], 'i-1')], new Map([['t', 3]]));
  t.same([names(plan.get('y')), names(plan.get('z')), names(plan.get('a'))], [['t-0'], ['t-1'], ['t-2']]);
});

t.test('topics unknown to the cluster are skipped; every member still has an entry', async (t) => {
  const plan = rangeAssign([member('a', ['gone']), member('b', ['t', 'gone'])], new Map([['t', 2]]));
  t.same(names(plan.get('a')), []);
  t.same(names(plan.get('b')), ['t-0', 't-1']);
  t.same([...rangeAssign([], new Map([['t', 2]])).keys()], [], 'no members, no plan');
});

t.test('any group: each partition once, to a subscriber, in contiguous ranges differing by at most one', async (t) => {
  const topicNames = ['a', 'b', 'c'];
  const arb = fc.record({
    counts: fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })),
    members: fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), topics: fc.subarray(topicNames, { minLength: 1 }), instance: fc.option(fc.string({ minLength: 1, maxLength: 3 })) }), { selector: (m) => m.id, minLength: 1, maxLength: 8 }),
  });
  fc.assert(fc.property(arb, ({ counts, members }) => {
    const partitions = new Map(topicNames.map((n, i) => [n, counts[i]!]));
    const group = members.map((m) => member(m.id, m.topics, m.instance));
    const plan = rangeAssign(group, partitions);
    if (plan.size !== group.length) return false;
    for (const topic of topicNames) {
      const subscribers = group.filter((m) => m.topics.includes(topic));
      const owners = new Map<number, string>();
      const shares: number[] = [];
      for (const m of subscribers) {
        const mine = plan.get(m.memberId)!.filter((tp) => tp.topic === topic).map((tp) => tp.partition);
        for (let i = 1; i < mine.length; i++) if (mine[i] !== mine[i - 1]! + 1) return false;
        for (const p of mine) {
          if (owners.has(p)) return false;
          owners.set(p, m.memberId);
        }
        shares.push(mine.length);
      }
      if (subscribers.length > 0 && owners.size !== partitions.get(topic)) return false;
      if (shares.length > 0 && Math.max(...shares) - Math.min(...shares) > 1) return false;
      for (const m of group.filter((x) => !x.topics.includes(topic))) if (plan.get(m.memberId)!.some((tp) => tp.topic === topic)) return false;
    }
    return true;
  }), { numRuns: 300 });
  t.pass('300 random groups');
});
