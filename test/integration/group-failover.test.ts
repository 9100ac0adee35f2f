// kill -9 of one member of a three-client group: the coordinator expels it when its session
// times out, its partitions move to the survivors, and they resume from its last committed
// offsets. Records it processed after that commit are redelivered (at-least-once): exactly those,
// none before the commit, none lost. One scenario per client stack as the victim, run side by
// side on one broker, each with its own group and topic.
import t, { type Test } from 'tap';
import { withBroker, type BrokerProcess } from '../helpers/broker.js';
import {
  auditDelivery, createTopic, eventually, processedSince, produceValues, startGroupMember, stopAll, waitForBalanced, waitForProcessed,
  type GroupClient, type GroupMember,
} from '../helpers/groupClients.js';

const PARTITIONS = 6;
const SESSION_TIMEOUT_MS = 6_000;
// Heartbeat interval, a rebalance round trip of every survivor and a loaded 2-core machine.
const FAILOVER_MARGIN_MS = 9_000;
const HEARTBEAT_INTERVAL_MS = 1_000;
const TIMEOUT_MS = 45_000;
const CLIENTS: GroupClient[] = ['kafkajs', 'confluent', 'kafka-python'];

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

async function failover(t: Test, broker: BrokerProcess, victimClient: GroupClient): Promise<void> {
  const topic = `failover-${victimClient}`;
  const groupId = `g-failover-${victimClient}`;
  const say = (what: string): string => `victim ${victimClient}: ${what}`;
  await createTopic(broker, topic, PARTITIONS);
  const members = await Promise.all(CLIENTS.map((client) => startGroupMember(t, client, `${groupId}-${client}`, {
    bootstrap: broker.bootstrap, groupId, topics: [topic], assignor: 'roundrobin', commit: 'manual',
    sessionTimeoutMs: SESSION_TIMEOUT_MS, heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS,
  })));
  await waitForBalanced(members, topic, PARTITIONS, TIMEOUT_MS);

  // Batch A is processed and committed by every member; batch B only processed.
  const committedValues = await produceValues(broker.bootstrap, topic, `${victimClient}-a`, 300);
  await waitForProcessed(members, committedValues, TIMEOUT_MS);
  const commits = await Promise.all(members.map((m) => m.commit()));
  t.same(commits.filter((c) => c.error !== null).map((c) => c.error), [], say('every commit succeeded'));
  const committed: number[] = Array(PARTITIONS).fill(0);
  for (const o of commits.flatMap((c) => c.offsets)) committed[o.partition] = o.offset;

  const uncommittedValues = await produceValues(broker.bootstrap, topic, `${victimClient}-b`, 300);
  await waitForProcessed(members, uncommittedValues, TIMEOUT_MS);
  const logEnd: number[] = Array(PARTITIONS).fill(0);
  for (const r of processedSince(members)) logEnd[r.partition] = Math.max(logEnd[r.partition], r.offset + 1);
  t.ok(logEnd.every((end, p) => end > committed[p]), say('every partition has records after its committed offset'));

  const victim = members.find((m) => m.client === victimClient)!;
  const survivors = members.filter((m) => m !== victim);
  const orphaned = victim.assignment.map((r) => r.partition);
  const killedAt = Date.now();
  await victim.kill();

  await eventually(say(`survivors own partitions ${orphaned.join(',')}`), () => {
    const owned = new Set(survivors.flatMap((m) => m.assignment.map((r) => r.partition)));
    return orphaned.every((p) => owned.has(p));
  }, SESSION_TIMEOUT_MS + FAILOVER_MARGIN_MS, members);
  const movedAfterMs = Date.now() - killedAt;
  t.ok(movedAfterMs <= SESSION_TIMEOUT_MS + FAILOVER_MARGIN_MS, say(`partitions moved within the session timeout plus ${FAILOVER_MARGIN_MS} ms (took ${movedAfterMs} ms)`));
  // The victim's last heartbeat was at most one interval (plus a fetch wait) before the kill, so
  // its session cannot have expired much sooner than this: moving earlier means expelling a member
  // before its session timeout.
  t.ok(movedAfterMs >= SESSION_TIMEOUT_MS - 2 * HEARTBEAT_INTERVAL_MS, say(`and not before its session could expire (${movedAfterMs} ms)`));
  await waitForBalanced(survivors, topic, PARTITIONS, TIMEOUT_MS);

  // Every uncommitted record of the orphaned partitions comes round again.
  const redeliveredOn = (p: number): number[] =>
    [...new Set(processedSince(survivors, killedAt).filter((r) => r.partition === p).map((r) => r.offset))].sort((a, b) => a - b);
  await eventually(say('the orphaned partitions re-read up to their log end'), () =>
    orphaned.every((p) => redeliveredOn(p).length >= logEnd[p] - committed[p]), TIMEOUT_MS, members);
  for (const p of orphaned) {
    t.same(redeliveredOn(p), range(committed[p], logEnd[p]), say(`partition ${p} resumes at its committed offset ${committed[p]} and re-reads exactly ${committed[p]}..${logEnd[p] - 1}`));
  }
  const everything = [...committedValues, ...uncommittedValues];
  t.same(auditDelivery(processedSince(members), everything).missing, [], say('no record is lost'));

  // The survivors carry on with new records, each processed once. (They may still be re-reading
  // batch B on partitions they kept: an eager rebalance sends them back to the committed offsets too.)
  const after = Date.now();
  const fresh = await produceValues(broker.bootstrap, topic, `${victimClient}-c`, 60);
  await waitForProcessed(survivors, fresh, TIMEOUT_MS, after);
  const freshSet = new Set(fresh);
  t.same(auditDelivery(processedSince(survivors, after).filter((r) => freshSet.has(r.value ?? '')), fresh), { missing: [], duplicated: [], unexpected: [] },
    say('new records are processed once'));
  t.same(processedSince(survivors, killedAt).filter((r) => r.offset < committed[r.partition]).map((r) => `${r.partition}:${r.offset}`), [],
    say('no record before a committed offset is processed again'));
  await stopAll(t, survivors);
}

t.test('a member killed with SIGKILL hands its partitions over from its last committed offsets', async (t) => {
  const broker = await withBroker(t);
  await Promise.all(CLIENTS.map((victim) => failover(t, broker, victim)));
});
