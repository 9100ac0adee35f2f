// group.initial.rebalance.delay.ms: a new group waits for more members before its first
// generation, so members arriving within the delay share generation 1 instead of forcing a
// rebalance each. Later rebalances do not wait for the delay.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { RawKafkaClient } from '../helpers/rawKafka.js';
import { findGroupCoordinator, joinGroup, SyncGroupApi } from '../helpers/rawGroups.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';

const DELAY_MS = 1_500;

t.test('the first rebalance of a new group waits for group.initial.rebalance.delay.ms', async (t) => {
  const broker = await withBroker(t, { overrides: { 'group.initial.rebalance.delay.ms': String(DELAY_MS), 'offsets.topic.num.partitions': '3' } });
  const clients = await Promise.all([0, 1, 2].map(() => RawKafkaClient.connect(broker.port)));
  t.teardown(() => clients.forEach((c) => c.close()));
  t.equal((await findGroupCoordinator(clients[0], 'delayed')).errorCode, ErrorCode.NONE);

  const started = Date.now();
  const first = joinGroup(clients[0], { groupId: 'delayed', rebalanceTimeoutMs: 10_000 });
  await new Promise((r) => setTimeout(r, 500));
  const second = joinGroup(clients[1], { groupId: 'delayed', rebalanceTimeoutMs: 10_000 });
  const [a, b] = await Promise.all([first, second]);
  const waited = Date.now() - started;
  t.equal(a.errorCode, ErrorCode.NONE);
  t.equal(b.errorCode, ErrorCode.NONE);
  t.equal(a.generationId, 1, 'both members are in the first generation');
  t.equal(b.generationId, 1);
  t.ok(waited >= DELAY_MS - 100, `the join phase lasted at least the initial delay (${waited} ms)`);
  const leader = a.leader === a.memberId ? a : b;
  t.equal(leader.members.length, 2, 'the leader sees both members');

  // Complete generation 1, then a third member joins: the others rejoin, without the initial delay.
  const sync = (c: RawKafkaClient, memberId: string) =>
    c.request(SyncGroupApi, 3, { groupId: 'delayed', generationId: 1, memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] });
  await Promise.all([sync(clients[0], a.memberId), sync(clients[1], b.memberId)]);
  const rejoinStarted = Date.now();
  const third = joinGroup(clients[2], { groupId: 'delayed', rebalanceTimeoutMs: 10_000 });
  await new Promise((r) => setTimeout(r, 100));
  const rejoins = await Promise.all([
    joinGroup(clients[0], { groupId: 'delayed', memberId: a.memberId, rebalanceTimeoutMs: 10_000 }),
    joinGroup(clients[1], { groupId: 'delayed', memberId: b.memberId, rebalanceTimeoutMs: 10_000 }),
  ]);
  const c = await third;
  t.same([c, ...rejoins].map((r) => [r.errorCode, r.generationId]), [[0, 2], [0, 2], [0, 2]], 'everyone is in generation 2');
  t.ok(Date.now() - rejoinStarted < DELAY_MS, `a later rebalance completes as soon as all members rejoin (${Date.now() - rejoinStarted} ms)`);
});
