// Committed offsets survive a broker restart, and auto.offset.reset decides where a group with no
// committed offset starts, as in Kafka: earliest reads what is there, latest only what comes
// next, none is an error in the client (confluent-kafka and kafka-python; kafkajs has no "none").
import t from 'tap';
import { Kafka, logLevel } from 'kafkajs';
import { withBroker } from '../helpers/broker.js';
import {
  auditDelivery, createTopic, eventually, processedSince, produceValues, startGroupMember, stopAll, waitForBalanced, waitForProcessed,
  type GroupClient, type GroupMember, type GroupMemberOptions,
} from '../helpers/groupClients.js';

const TIMEOUT_MS = 45_000;
const CLIENTS: GroupClient[] = ['confluent', 'kafka-python'];

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The group's committed offsets as OffsetFetch (through kafkajs's admin) returns them: "partition:offset". */
async function fetchCommitted(bootstrap: string, groupId: string, topic: string): Promise<string[]> {
  const admin = new Kafka({ clientId: 'runnel-test-offsets', brokers: [bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const [fetched] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return fetched.partitions.map((p) => `${p.partition}:${p.offset}`).sort();
  } finally {
    await admin.disconnect();
  }
}

t.test('committed offsets survive a broker restart', async (t) => {
  let broker = await withBroker(t);
  const topic = 'offsets-restart';
  const partitions = 4;
  await createTopic(broker, topic, partitions);
  const options = (autoOffsetReset: 'earliest' | 'none'): GroupMemberOptions => ({
    bootstrap: broker.bootstrap, groupId: 'g-restart', topics: [topic], assignor: 'roundrobin', commit: 'manual', autoOffsetReset,
  });
  const startGroup = (autoOffsetReset: 'earliest' | 'none'): Promise<GroupMember[]> =>
    Promise.all(CLIENTS.map((client) => startGroupMember(t, client, `restart-${client}-${autoOffsetReset}`, options(autoOffsetReset))));

  const before = await startGroup('earliest');
  await waitForBalanced(before, topic, partitions, TIMEOUT_MS);
  const old = await produceValues(broker.bootstrap, topic, 'before-restart', 200);
  await waitForProcessed(before, old, TIMEOUT_MS);
  const commits = await Promise.all(before.map((m) => m.commit()));
  t.same(commits.map((c) => c.error), [null, null], 'both members committed');
  const committed = commits.flatMap((c) => c.offsets.map((o) => `${o.partition}:${o.offset}`)).sort();
  t.equal(committed.length, partitions, 'an offset for every partition');
  t.same(await fetchCommitted(broker.bootstrap, 'g-restart', topic), committed, 'OffsetFetch returns what was committed');
  await stopAll(t, before);

  t.equal(await broker.stop(), 0, 'the broker stops cleanly');
  broker = await broker.restart();
  t.same(await fetchCommitted(broker.bootstrap, 'g-restart', topic), committed, 'after the restart OffsetFetch returns the same offsets');

  // auto.offset.reset=none: had the offsets been lost, these members would fail instead of resuming.
  const after = await startGroup('none');
  await waitForBalanced(after, topic, partitions, TIMEOUT_MS);
  const since = Date.now();
  const fresh = await produceValues(broker.bootstrap, topic, 'after-restart', 100);
  await waitForProcessed(after, fresh, TIMEOUT_MS, since);
  await sleep(1_000);
  t.same(auditDelivery(processedSince(after), fresh), { missing: [], duplicated: [], unexpected: [] },
    'the group resumes at its committed offsets: only the new records, each once');
  t.same(after.flatMap((m) => m.of('error').map((e) => `${m.name}: ${e.code}`)), [], 'no member reports an error');
  await stopAll(t, after);
});

t.test('auto.offset.reset earliest, latest and none without a committed offset', async (t) => {
  const broker = await withBroker(t);
  const topic = 'offsets-reset';
  await createTopic(broker, topic, 2);
  const existing = await produceValues(broker.bootstrap, topic, 'existing', 40);

  const modes = ['earliest', 'latest', 'none'] as const;
  const members = new Map<string, GroupMember>();
  await Promise.all(CLIENTS.flatMap((client) => modes.map(async (mode) => {
    members.set(`${client} ${mode}`, await startGroupMember(t, client, `reset-${client}-${mode}`, {
      bootstrap: broker.bootstrap, groupId: `g-reset-${client}-${mode}`, topics: [topic], commit: 'manual', autoOffsetReset: mode,
    }));
  })));
  const member = (client: GroupClient, mode: typeof modes[number]): GroupMember => members.get(`${client} ${mode}`)!;
  const all = [...members.values()];
  await eventually('every member assigned both partitions', () => all.every((m) => m.assignment.length === 2), TIMEOUT_MS, all);

  for (const client of CLIENTS) {
    const earliest = member(client, 'earliest');
    await waitForProcessed([earliest], existing, TIMEOUT_MS);
    t.same(auditDelivery(processedSince([earliest]), existing), { missing: [], duplicated: [], unexpected: [] }, `${client} earliest: reads every existing record once`);
  }
  const expectedNoOffsetError: Record<string, string> = { confluent: '_AUTO_OFFSET_RESET', 'kafka-python': 'NoOffsetForPartitionError' };
  for (const client of CLIENTS) {
    const none = member(client, 'none');
    const error = await none.waitFor('an error for the missing offset', () => none.of('error').find((e) => e.code === expectedNoOffsetError[client]), TIMEOUT_MS);
    t.pass(`${client} none: the client reports ${error.code} (${error.message})`);
  }
  // Give the latest members time to look up the log end before anything new arrives.
  await sleep(3_000);
  const since = Date.now();
  const fresh = await produceValues(broker.bootstrap, topic, 'fresh', 20);
  for (const client of CLIENTS) {
    for (const mode of ['earliest', 'latest'] as const) {
      const m = member(client, mode);
      await waitForProcessed([m], fresh, TIMEOUT_MS, since);
    }
  }
  await sleep(1_000);
  for (const client of CLIENTS) {
    t.same(auditDelivery(processedSince([member(client, 'latest')]), fresh), { missing: [], duplicated: [], unexpected: [] }, `${client} latest: only records produced after it joined`);
    t.same(auditDelivery(processedSince([member(client, 'earliest')], since), fresh).missing, [], `${client} earliest: then the new records too`);
    t.same(member(client, 'none').records.map((r) => r.value), [], `${client} none: reads nothing`);
  }
  await stopAll(t, all);
});
