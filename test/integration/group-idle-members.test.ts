// More members than partitions: the extra members stay idle (no partition, no record), and one
// of them takes over when an owner leaves, cleanly (LeaveGroup) or by dying (session timeout).
import t, { type Test } from 'tap';
import { withBroker } from '../helpers/broker.js';
import {
  auditDelivery, createTopic, processedSince, produceValues, startGroupMember, stopAll, waitForBalanced, waitForProcessed,
  type GroupClient, type GroupMember,
} from '../helpers/groupClients.js';

const TOPIC = 'idle';
const PARTITIONS = 3;
const TIMEOUT_MS = 45_000;
const CLIENTS: GroupClient[] = ['kafkajs', 'confluent', 'kafka-python', 'confluent', 'kafka-python'];

const idle = (members: GroupMember[]): GroupMember[] => members.filter((m) => m.alive && m.assignment.length === 0);
const owning = (members: GroupMember[]): GroupMember[] => members.filter((m) => m.alive && m.assignment.length > 0);
const names = (members: GroupMember[]): string[] => members.map((m) => m.name).sort();

async function expectSteadyProcessing(t: Test, bootstrap: string, members: GroupMember[], prefix: string): Promise<void> {
  const since = Date.now();
  const values = await produceValues(bootstrap, TOPIC, prefix, 90);
  await waitForProcessed(members, values, TIMEOUT_MS, since);
  t.same(auditDelivery(processedSince(members, since), values), { missing: [], duplicated: [], unexpected: [] }, `${prefix}: each record processed once`);
  t.same(names(idle(members).filter((m) => processedSince([m], since).length > 0)), [], `${prefix}: idle members process nothing`);
}

t.test('members beyond the partition count idle until an owner leaves', async (t) => {
  const broker = await withBroker(t);
  await createTopic(broker, TOPIC, PARTITIONS);
  const members = await Promise.all(CLIENTS.map((client, i) => startGroupMember(t, client, `idle-${i}-${client}`, {
    bootstrap: broker.bootstrap, groupId: 'g-idle', topics: [TOPIC], assignor: 'roundrobin', commit: 'each-record', sessionTimeoutMs: 6_000,
  })));
  await waitForBalanced(members, TOPIC, PARTITIONS, TIMEOUT_MS);
  t.equal(owning(members).length, PARTITIONS, 'one owner per partition');
  t.equal(idle(members).length, CLIENTS.length - PARTITIONS, 'the rest idle');
  await expectSteadyProcessing(t, broker.bootstrap, members, 'five members');

  // An owner leaves cleanly: an idle member takes a partition.
  const idleBefore = idle(members);
  const leaver = owning(members)[0];
  t.equal(await leaver.stop(), 0, `${leaver.name} leaves`);
  await waitForBalanced(members, TOPIC, PARTITIONS, TIMEOUT_MS);
  t.equal(owning(members).length, PARTITIONS, 'three owners again after the leave');
  t.equal(idleBefore.filter((m) => m.assignment.length > 0).length, 1, 'one of the idle members took over');
  await expectSteadyProcessing(t, broker.bootstrap, members, 'after a clean leave');

  // An owner dies: after its session times out, the last idle member takes over.
  const lastIdle = idle(members);
  t.equal(lastIdle.length, 1, 'one member still idle');
  const victim = owning(members)[0];
  await victim.kill();
  await waitForBalanced(members, TOPIC, PARTITIONS, TIMEOUT_MS);
  t.same(names(owning(members)), names(members.filter((m) => m.alive)), 'every remaining member owns a partition');
  t.ok(lastIdle[0].assignment.length === 1, `${lastIdle[0].name}, idle until now, took over`);
  await expectSteadyProcessing(t, broker.bootstrap, members, 'after a kill');

  await stopAll(t, members.filter((m) => m.alive));
});
