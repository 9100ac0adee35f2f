// Three members of one consumer group share a 6-partition topic: each client stack alone, then
// one of each in one group. Every partition has exactly one owner, every record is processed once
// in steady state, and a second group reads the same topic without disturbing the first.
import t, { type Test } from 'tap';
import { withBroker, type BrokerProcess } from '../helpers/broker.js';
import {
  auditDelivery, createTopic, owners, processedSince, produceValues, startGroupMember, stopAll, waitForBalanced, waitForProcessed,
  type Assignor, type CommitMode, type GroupClient, type GroupMember,
} from '../helpers/groupClients.js';

const PARTITIONS = 6;
const RECORDS = 600;
const JOIN_TIMEOUT_MS = 45_000;
const PROCESS_TIMEOUT_MS = 30_000;
// Long enough for a duplicate or a late rebalance to show up after the last expected record.
const SETTLE_MS = 1_500;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function startGroup(t: Test, broker: BrokerProcess, groupId: string, topic: string, clients: GroupClient[], assignor: Assignor | undefined, commit: CommitMode): Promise<GroupMember[]> {
  return Promise.all(clients.map((client, i) =>
    startGroupMember(t, client, `${groupId}-${client}-${i}`, { bootstrap: broker.bootstrap, groupId, topics: [topic], assignor, commit })));
}

/** Asserts `values` are each processed exactly once by the group. */
async function assertProcessedOnce(t: Test, members: GroupMember[], values: string[], since: number): Promise<void> {
  await waitForProcessed(members, values, PROCESS_TIMEOUT_MS, since);
  await sleep(SETTLE_MS);
  t.same(auditDelivery(processedSince(members, since), values), { missing: [], duplicated: [], unexpected: [] }, `${values.length} records each processed exactly once`);
}

/** In steady state (no rebalance since `since`), each record is processed by the one owner of its partition. */
function assertProcessedByOwners(t: Test, members: GroupMember[], topic: string, since: number): void {
  const owner = owners(members, topic, PARTITIONS);
  t.same(processedSince(members, since).filter((r) => owner[r.partition][0] !== r.member).map((r) => `${r.value} on ${r.partition} by ${r.member}`), [],
    'each record processed by the owner of its partition');
}

const assignments = (members: GroupMember[]): string[][] => members.map((m) => m.assignment.map((r) => `${r.topic}-${r.partition}`));

const singleStack: Array<{ client: GroupClient; assignor?: Assignor }> = [
  // Each with its own default assignors: kafkajs's RoundRobinAssigner, librdkafka's and
  // kafka-python's [range, roundrobin], so the coordinator picks among several protocols.
  { client: 'kafkajs' },
  { client: 'confluent' },
  { client: 'kafka-python' },
];

t.test('consumer groups of real clients share partitions and process each record once', async (t) => {
  const broker = await withBroker(t);

  for (const { client, assignor } of singleStack) {
    await t.test(`three ${client} members`, async (t) => {
      const topic = `members-${client}`;
      await createTopic(broker, topic, PARTITIONS);
      const members = await startGroup(t, broker, `g-${client}`, topic, [client, client, client], assignor, 'auto');
      await waitForBalanced(members, topic, PARTITIONS, JOIN_TIMEOUT_MS);
      t.same(owners(members, topic, PARTITIONS).map((o) => o.length), Array(PARTITIONS).fill(1), 'every partition owned by exactly one member');
      t.ok(members.every((m) => m.assignment.length === PARTITIONS / members.length), 'two partitions each');
      const before = assignments(members);

      const since = Date.now();
      const values = await produceValues(broker.bootstrap, topic, `${client}`, RECORDS);
      await assertProcessedOnce(t, members, values, since);
      t.same(assignments(members), before, 'no rebalance while processing');
      assertProcessedByOwners(t, members, topic, since);

      await stopAll(t, members);
    });
  }

  await t.test('one member of each client in one group, and a second group on the same topic', async (t) => {
    const topic = 'members-mixed';
    await createTopic(broker, topic, PARTITIONS);
    const mixed: GroupClient[] = ['kafkajs', 'confluent', 'kafka-python'];
    // roundrobin is the one assignor all three stacks share (kafkajs's under that name).
    const first = await startGroup(t, broker, 'g-mixed-1', topic, mixed, 'roundrobin', 'each-record');
    await waitForBalanced(first, topic, PARTITIONS, JOIN_TIMEOUT_MS);
    t.same(owners(first, topic, PARTITIONS).map((o) => o.length), Array(PARTITIONS).fill(1), 'every partition owned by exactly one member');
    const firstAssignments = assignments(first);

    const since = Date.now();
    const values = await produceValues(broker.bootstrap, topic, 'mixed', RECORDS);
    await assertProcessedOnce(t, first, values, since);
    assertProcessedByOwners(t, first, topic, since);
    t.same(first.flatMap((m) => m.of('committed').filter((c) => c.error !== null)).map((c) => c.error), [], 'every commit of the first group succeeded');

    // The second group starts after the first committed everything: committed offsets are per
    // group, so it still reads the topic from the beginning (while its members are still joining,
    // which is why who processed what is checked only in steady state).
    const secondStarted = Date.now();
    const second = await startGroup(t, broker, 'g-mixed-2', topic, mixed, 'roundrobin', 'each-record');
    await waitForBalanced(second, topic, PARTITIONS, JOIN_TIMEOUT_MS);
    await assertProcessedOnce(t, second, values, secondStarted);
    t.same(processedSince(first, secondStarted).map((r) => r.value), [], 'the first group re-reads nothing when the second joins');
    t.same(assignments(first), firstAssignments, 'nor does it rebalance');

    const bothSince = Date.now();
    const more = await produceValues(broker.bootstrap, topic, 'mixed-more', 60);
    await assertProcessedOnce(t, first, more, bothSince);
    await assertProcessedOnce(t, second, more, bothSince);
    assertProcessedByOwners(t, first, topic, bothSince);
    assertProcessedByOwners(t, second, topic, bothSince);

    await stopAll(t, [...first, ...second]);
  });
});
