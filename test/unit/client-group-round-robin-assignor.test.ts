// The round-robin assignor against the examples in Kafka's RoundRobinAssignor documentation.
import t from 'tap';
import { roundRobinAssign } from '../../src/client/roundRobinAssignor.js';
import type { TopicPartition } from '../../src/client/topicPartition.js';

const names = (tps: TopicPartition[] | undefined): string[] => (tps ?? []).map((tp) => `${tp.topic}p${tp.partition}`);

t.test('same subscriptions: partitions are dealt in turn across topics', async (t) => {
  const plan = roundRobinAssign(
    [
      { memberId: 'C1', groupInstanceId: null, topics: ['t0', 't1'] },
      { memberId: 'C0', groupInstanceId: null, topics: ['t0', 't1'] },
    ],
    new Map([['t0', 3], ['t1', 3]]),
  );
  t.same(names(plan.get('C0')), ['t0p0', 't0p2', 't1p1']);
  t.same(names(plan.get('C1')), ['t0p1', 't1p0', 't1p2']);
});

t.test('different subscriptions: a member is skipped for topics it does not want', async (t) => {
  const plan = roundRobinAssign(
    [
      { memberId: 'C0', groupInstanceId: null, topics: ['t0'] },
      { memberId: 'C1', groupInstanceId: null, topics: ['t0', 't1'] },
      { memberId: 'C2', groupInstanceId: null, topics: ['t0', 't1', 't2'] },
    ],
    new Map([['t0', 1], ['t1', 2], ['t2', 3]]),
  );
  t.same(names(plan.get('C0')), ['t0p0']);
  t.same(names(plan.get('C1')), ['t1p0']);
  t.same(names(plan.get('C2')), ['t1p1', 't2p0', 't2p1', 't2p2']);
});

t.test('static members come first and unknown topics are left out', async (t) => {
  const plan = roundRobinAssign(
    [
      { memberId: 'a', groupInstanceId: null, topics: ['t', 'gone'] },
      { memberId: 'z', groupInstanceId: 'static-1', topics: ['t', 'gone'] },
    ],
    new Map([['t', 3]]),
  );
  t.same(names(plan.get('z')), ['tp0', 'tp2']);
  t.same(names(plan.get('a')), ['tp1']);
  t.same(roundRobinAssign([], new Map([['t', 3]])).size, 0);
});
