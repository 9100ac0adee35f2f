// `runnel consumer-groups` on a KIP-848 group (librdkafka with group.protocol=consumer): listed
// with type Consumer, described through ConsumerGroupDescribe with member epochs and current and
// target assignments, and its offsets reset once its members have gone.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { runRunnel, type ProcessResult } from '../helpers/clients.js';
import { createTopic, produceValues, startGroupMember, waitForBalanced, waitForProcessed } from '../helpers/groupClients.js';

const TOPIC = 'modern';
const PARTITIONS = 4;
const TIMEOUT_MS = 30_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const lines = (out: string): string[] => out.split('\n').filter((l) => l.trim() !== '');
const columns = (line: string): string[] => line.trim().split(/\s+/);

t.test('consumer-groups on a KIP-848 consumer group', async (t) => {
  const broker = await withBroker(t, { overrides: { 'group.consumer.heartbeat.interval.ms': '500', 'group.consumer.session.timeout.ms': '6000' } });
  const groups = (...args: string[]): Promise<ProcessResult> => runRunnel(['consumer-groups', '--bootstrap-server', broker.bootstrap, ...args]);
  await createTopic(broker, TOPIC, PARTITIONS);
  const members = await Promise.all(['modern-a', 'modern-b'].map((name) => startGroupMember(t, 'rdkafka', name, {
    bootstrap: broker.bootstrap, groupId: 'g-modern', topics: [TOPIC], groupProtocol: 'consumer', commit: 'auto', autoCommitIntervalMs: 200,
  })));
  await waitForBalanced(members, TOPIC, PARTITIONS, TIMEOUT_MS);
  const values = await produceValues(broker.bootstrap, TOPIC, 'm', 40);
  await waitForProcessed(members, values, TIMEOUT_MS);

  const listed = await groups('--list', '--type');
  t.same(lines(listed.stdout).map(columns), [['GROUP', 'TYPE'], ['g-modern', 'Consumer']]);

  const memberRows = lines((await groups('--describe', '--group', 'g-modern', '--members', '--verbose')).stdout);
  t.same(columns(memberRows[0]!), ['GROUP', 'CONSUMER-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS', 'CURRENT-EPOCH', 'CURRENT-ASSIGNMENT', 'TARGET-EPOCH', 'TARGET-ASSIGNMENT']);
  const described = memberRows.slice(1).map(columns);
  t.equal(described.length, 2);
  for (const row of described) {
    const [, , , clientId, count, epoch, current, targetEpoch, target] = row;
    t.match(clientId, /^modern-[ab]$/);
    t.equal(count, '2', `${clientId} owns two of four partitions`);
    t.match(epoch, /^\d+$/, 'a member epoch');
    t.match(targetEpoch, /^\d+$/, 'the target assignment epoch');
    t.match(current, new RegExp(`^${TOPIC}:\\d,\\d$`));
    t.equal(target, current, 'reconciled: the target is what it has');
  }

  const state = columns(lines((await groups('--describe', '--group', 'g-modern', '--state', '--verbose')).stdout)[1]!);
  t.same([state[0], state[3], state[4]], ['g-modern', 'uniform', 'Stable'], 'the broker-side assignor and the state');
  t.match(state.slice(5), [/^\d+$/, /^\d+$/, '2'], 'group epoch, target assignment epoch, members');

  // The members auto-commit every 200 ms: the lag reaches 0 shortly after the last record.
  const memberIds = new Set(described.map((r) => r[1]));
  let rows: string[][] = [];
  for (let deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(300)) {
    rows = lines((await groups('--describe', '--group', 'g-modern')).stdout).slice(1).map(columns);
    if (rows.length === PARTITIONS && rows.every((r) => r[5] === '0')) break;
  }
  t.same(rows.map((r) => r.slice(0, 3)), Array.from({ length: PARTITIONS }, (_, p) => ['g-modern', TOPIC, String(p)]));
  t.same(rows.map((r) => r[5]), ['0', '0', '0', '0'], 'no lag once everything is processed and committed');
  t.ok(rows.every((r) => memberIds.has(r[6]!) && /^modern-[ab]$/.test(r[8]!)), 'each partition names its owner');

  const refused = await groups('--reset-offsets', '--group', 'g-modern', '--all-topics', '--to-earliest', '--execute');
  t.equal(refused.code, 1);
  t.match(refused.stdout, /the current state is Stable\./);

  // The members leave; one whose close does not finish is killed, and its session runs out.
  await Promise.all(members.map((m) => m.stop(8_000)));
  for (let deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(300)) {
    if (/ Empty /.test((await groups('--describe', '--group', 'g-modern', '--state')).stdout)) break;
  }
  const reset = await groups('--reset-offsets', '--group', 'g-modern', '--all-topics', '--to-earliest', '--execute');
  t.equal(reset.code, 0, reset.stdout);
  const after = await groups('--describe', '--group', 'g-modern');
  t.equal(after.stderr, "\nConsumer group 'g-modern' has no active members.\n");
  t.same(lines(after.stdout).slice(1).map((r) => columns(r)[3]), ['0', '0', '0', '0'], 'every committed offset back at the log start');
});
