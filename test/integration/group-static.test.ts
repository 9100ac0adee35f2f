// Static membership (KIP-345). A member with a group.instance.id (confluent-kafka: kafkajs and
// kafka-python 2.0 have none) that restarts within session.timeout.ms gets its old assignment
// back without a rebalance: the generation it joins is the one the group already had, and the
// other members (kafka-python and kafkajs, who report their generation) see no change. A second
// process with the same instance id takes the place of the first, which is fenced with
// FENCED_INSTANCE_ID.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import {
  auditDelivery, createTopic, eventually, partitionKey, processedSince, produceValues, startGroupMember, stopAll, waitForBalanced, waitForProcessed,
  type GroupMember, type GroupMemberOptions,
} from '../helpers/groupClients.js';

const TOPIC = 'static';
const PARTITIONS = 6;
const SESSION_TIMEOUT_MS = 10_000;
const TIMEOUT_MS = 45_000;
const INSTANCE_ID = 'static-instance-1';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const keys = (m: GroupMember): string[] => m.assignment.map(partitionKey);
const rebalanceEvents = (m: GroupMember, from: number): string[] =>
  m.events.slice(from).filter((e) => e.event === 'assigned' || e.event === 'revoked' || e.event === 'lost' || e.event === 'generation')
    .map((e) => `${e.event}${'generation' in e && e.generation !== undefined ? ` ${e.generation}` : ''}`);

t.test('a static member restarts without a rebalance and a duplicate instance is fenced', async (t) => {
  const broker = await withBroker(t);
  await createTopic(broker, TOPIC, PARTITIONS);
  const base: GroupMemberOptions = {
    bootstrap: broker.bootstrap, groupId: 'g-static', topics: [TOPIC], assignor: 'roundrobin', commit: 'each-record', sessionTimeoutMs: SESSION_TIMEOUT_MS,
  };
  const startStatic = (name: string): Promise<GroupMember> => startGroupMember(t, 'confluent', name, { ...base, groupInstanceId: INSTANCE_ID });

  const [first, pythonMember, jsMember] = await Promise.all([
    startStatic('static-1st'),
    startGroupMember(t, 'kafka-python', 'dynamic-kafka-python', base),
    startGroupMember(t, 'kafkajs', 'dynamic-kafkajs', base),
  ]);
  const dynamic = [pythonMember, jsMember];
  await waitForBalanced([first, ...dynamic], TOPIC, PARTITIONS, TIMEOUT_MS);
  // kafkajs learns its generation from its first heartbeat after joining.
  await jsMember.waitFor('a generation', () => jsMember.generation !== null, TIMEOUT_MS);
  const generation = first.generation;
  t.ok(generation !== null && generation > 0, `the static member joined generation ${generation}`);
  t.same(dynamic.map((m) => m.generation), [generation, generation], 'the other members are in the same generation');
  const staticAssignment = keys(first);
  const dynamicAssignments = dynamic.map(keys);

  // Restart: SIGKILL (a static member would not send LeaveGroup anyway) and a new process.
  const marks = dynamic.map((m) => m.events.length);
  const killedAt = Date.now();
  await first.kill();
  const second = await startStatic('static-2nd');
  await second.waitFor('its assignment', () => second.assignment.length > 0, TIMEOUT_MS);
  t.ok(Date.now() - killedAt < SESSION_TIMEOUT_MS, 'the restarted member is back within the session timeout');
  t.same(keys(second), staticAssignment, 'the restarted member gets its old assignment back');
  t.equal(second.generation, generation, 'and joins the same generation: no rebalance');

  // Past the old process's session timeout, nothing has happened to the others either.
  await sleep(killedAt + SESSION_TIMEOUT_MS + 3_000 - Date.now());
  t.same(dynamic.map((m, i) => rebalanceEvents(m, marks[i])), [[], []], 'the other members neither rebalanced nor changed generation');
  t.same(dynamic.map(keys), dynamicAssignments, 'and keep their partitions');
  t.same(second.of('error').map((e) => e.code), [], 'the restarted member reports no error');

  const since = Date.now();
  const values = await produceValues(broker.bootstrap, TOPIC, 'static', 120);
  await waitForProcessed([second, ...dynamic], values, TIMEOUT_MS, since);
  t.same(auditDelivery(processedSince([second, ...dynamic], since), values), { missing: [], duplicated: [], unexpected: [] }, 'each record processed once after the restart');

  // A second live process with the same group.instance.id fences the one running.
  const fenceMarks = dynamic.map((m) => m.events.length);
  const third = await startStatic('static-3rd');
  await third.waitFor('its assignment', () => third.assignment.length > 0, TIMEOUT_MS);
  t.same(keys(third), staticAssignment, 'the newest instance takes over the same assignment');
  const fenced = await eventually('FENCED_INSTANCE_ID at the older instance', () =>
    second.of('error').find((e) => e.code === 'FENCED_INSTANCE_ID'), TIMEOUT_MS, [second, third]);
  t.ok(fenced.fatal, `the older instance is fenced, fatally: ${fenced.message}`);
  t.equal(third.generation, generation, 'still without a rebalance');
  t.same(dynamic.map((m, i) => rebalanceEvents(m, fenceMarks[i])), [[], []], 'the other members are undisturbed');
  t.same(third.of('error').map((e) => e.code), [], 'the newest instance reports no error');
  await second.kill();

  await stopAll(t, [third, ...dynamic]);
});
