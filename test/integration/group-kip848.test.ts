// The consumer group protocol of KIP-848 through librdkafka 2.12 (node-rdkafka) with
// group.protocol=consumer: the broker assigns partitions (ConsumerGroupHeartbeat), members
// reconcile incrementally, a leaving member's partitions move to the others, a joining one takes
// only what moves to it, and a killed one's move when the broker's session timeout expels it.
// A classic group of another name reads the same topic alongside.
import t, { type Test } from 'tap';
import { withBroker, type BrokerProcess } from '../helpers/broker.js';
import {
  auditDelivery, createTopic, owners, partitionKey, processedSince, produceValues, startGroupMember, stopAll, waitForBalanced, waitForProcessed,
  type GroupMember,
} from '../helpers/groupClients.js';

const TOPIC = 'kip848';
const PARTITIONS = 6;
const TIMEOUT_MS = 45_000;
// Under KIP-848 the broker sets the session timeout and heartbeat interval (defaults 45 s and 5 s).
const SESSION_TIMEOUT_MS = 6_000;
const HEARTBEAT_INTERVAL_MS = 1_000;

const keys = (m: GroupMember): string[] => m.assignment.map(partitionKey);
const revokedSince = (m: GroupMember, from: number): string[] =>
  m.events.slice(from).flatMap((e) => (e.event === 'revoked' || e.event === 'lost' ? e.partitions.map(partitionKey) : [])).sort();

/** Produces `count` records and expects the group to process each once, by the partition's owner; returns the values. */
async function expectProcessedOnce(t: Test, broker: BrokerProcess, group: GroupMember[], prefix: string, count: number): Promise<string[]> {
  const since = Date.now();
  const values = await produceValues(broker.bootstrap, TOPIC, prefix, count);
  await waitForProcessed(group, values, TIMEOUT_MS, since);
  t.same(auditDelivery(processedSince(group, since), values), { missing: [], duplicated: [], unexpected: [] }, `${prefix}: each record processed once`);
  const owner = owners(group, TOPIC, PARTITIONS);
  t.same(processedSince(group, since).filter((r) => owner[r.partition][0] !== r.member).map((r) => `${r.value} by ${r.member}`), [],
    `${prefix}: by the owner of its partition`);
  return values;
}

t.test('librdkafka consumers with group.protocol=consumer share partitions out', async (t) => {
  const broker = await withBroker(t, {
    overrides: { 'group.consumer.session.timeout.ms': String(SESSION_TIMEOUT_MS), 'group.consumer.heartbeat.interval.ms': String(HEARTBEAT_INTERVAL_MS) },
  });
  await createTopic(broker, TOPIC, PARTITIONS);
  const startNew = (name: string): Promise<GroupMember> => startGroupMember(t, 'rdkafka', name, {
    bootstrap: broker.bootstrap, groupId: 'g-kip848', topics: [TOPIC], groupProtocol: 'consumer', commit: 'auto', autoCommitIntervalMs: 500,
  });
  const startClassic = (name: string): Promise<GroupMember> => startGroupMember(t, 'confluent', name, {
    bootstrap: broker.bootstrap, groupId: 'g-kip848-classic', topics: [TOPIC], commit: 'auto', autoCommitIntervalMs: 500,
  });

  const group = await Promise.all(['kip848-a', 'kip848-b', 'kip848-c'].map(startNew));
  const classic = await Promise.all(['classic-a', 'classic-b'].map(startClassic));
  t.same(group.map((m) => m.of('started')[0].groupProtocol), ['consumer', 'consumer', 'consumer'],
    'the members speak group.protocol=consumer');
  await waitForBalanced(group, TOPIC, PARTITIONS, TIMEOUT_MS);
  await waitForBalanced(classic, TOPIC, PARTITIONS, TIMEOUT_MS);
  t.same(group.flatMap((m) => m.of('assigned').map((e) => e.protocol)).filter((p) => p !== 'COOPERATIVE'), [],
    'librdkafka reconciles incrementally');
  const values = await expectProcessedOnce(t, broker, group, 'three members', 300);
  await waitForProcessed(classic, values, TIMEOUT_MS);
  t.same(auditDelivery(processedSince(classic), values), { missing: [], duplicated: [], unexpected: [] },
    'the classic group of another name reads the same records, each once');

  // A member leaves: its partitions move, the others give up nothing.
  const [leaver, ...stayers] = group;
  const leaverHad = keys(leaver);
  const marks = stayers.map((m) => m.events.length);
  const kept = stayers.map(keys);
  t.equal(await leaver.stop(), 0, `${leaver.name} leaves`);
  await waitForBalanced(stayers, TOPIC, PARTITIONS, TIMEOUT_MS);
  t.same(stayers.map((m, i) => revokedSince(m, marks[i])), [[], []], 'the remaining members revoke nothing');
  t.ok(stayers.every((m, i) => kept[i].every((k) => keys(m).includes(k))), 'and keep what they had');
  t.same(stayers.flatMap(keys).filter((k) => !kept.flat().includes(k)).sort(), leaverHad.sort(), `they take over ${leaverHad.join(',')}`);
  await expectProcessedOnce(t, broker, stayers, 'after a leave', 60);

  // A member joins: the others revoke only what moves to it.
  const beforeJoin = stayers.map(keys);
  const joinMarks = stayers.map((m) => m.events.length);
  const joiner = await startNew('kip848-d');
  const after = [...stayers, joiner];
  await waitForBalanced(after, TOPIC, PARTITIONS, TIMEOUT_MS);
  for (const [i, m] of stayers.entries()) {
    const moved = beforeJoin[i].filter((k) => !keys(m).includes(k)).sort();
    t.same(revokedSince(m, joinMarks[i]), moved, `${m.name} revokes exactly what moves to the newcomer (${moved.join(',')})`);
  }
  t.same(keys(joiner).sort(), beforeJoin.flat().filter((k) => !stayers.flatMap(keys).includes(k)).sort(), 'the newcomer gets exactly what moved');
  await expectProcessedOnce(t, broker, after, 'after a join', 60);

  // A member is killed: once its session expires, its partitions move and nobody else's do. It is
  // killed after its auto-commit covered what it processed, so nothing comes round again.
  const victim = joiner;
  const victimHad = keys(victim);
  const processedUpTo = new Map<string, number>();
  for (const r of victim.records) processedUpTo.set(partitionKey(r), Math.max(processedUpTo.get(partitionKey(r)) ?? 0, r.offset + 1));
  await victim.waitFor('an auto-commit of everything it processed', () => [...processedUpTo].every(([k, next]) =>
    victim.of('committed').some((c) => c.error === null && c.offsets.some((o) => partitionKey(o) === k && o.offset >= next))), TIMEOUT_MS);
  const killMarks = stayers.map((m) => m.events.length);
  const killedAt = Date.now();
  await victim.kill();
  await waitForBalanced(stayers, TOPIC, PARTITIONS, TIMEOUT_MS);
  const movedAfterMs = Date.now() - killedAt;
  t.ok(movedAfterMs >= SESSION_TIMEOUT_MS - 2 * HEARTBEAT_INTERVAL_MS && movedAfterMs <= SESSION_TIMEOUT_MS + 9_000,
    `the killed member's partitions ${victimHad.join(',')} move when its session expires (${movedAfterMs} ms)`);
  t.same(stayers.map((m, i) => revokedSince(m, killMarks[i])), [[], []], 'the others revoke nothing');
  await expectProcessedOnce(t, broker, stayers, 'after a kill', 60);

  await stopAll(t, [...stayers, ...classic]);
});
