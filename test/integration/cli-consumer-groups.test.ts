// `runnel consumer-groups` and `runnel console-consumer --group` against a real broker, with
// kafkajs as the independent party: its consumer commits the offsets whose lag --describe must
// show, its admin reads back what each --reset-offsets mode wrote, and the console consumers'
// group shares partitions so that every record is consumed once and a rerun resumes.
import { spawn } from 'node:child_process';
import path from 'node:path';
import t from 'tap';
import { Kafka, logLevel, type Admin, type Consumer } from 'kafkajs';
import { repoRoot, withBroker } from '../helpers/broker.js';
import { kafkajsProduce, runRunnel, type ProcessResult } from '../helpers/clients.js';

const TOPIC = 'orders';
const PARTITIONS = 3;
const PER_PARTITION = 10;
// Record i of each partition is stamped BASE + i minutes, BASE ten minutes ago: --to-datetime and
// --by-duration aim at record 5.
const BASE = Date.now() - 10 * 60_000;
const MINUTE = 60_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const lines = (out: string): string[] => out.split('\n').filter((l) => l.trim() !== '');

interface Running {
  stdout(): string;
  /** SIGTERM, then the exit code and output. */
  stop(): Promise<ProcessResult>;
}

/** A long-running `runnel` (a console consumer) whose output can be read while it runs; killed at teardown. */
function startRunnel(t: { teardown(fn: () => unknown): void }, args: string[]): Running {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'src', 'cli', 'runnel.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
  const exited = new Promise<number>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal === null ? -1 : 128))));
  t.teardown(() => { child.kill('SIGKILL'); });
  return {
    stdout: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      return { code, stdout: out, stderr: err };
    },
  };
}
const columns = (line: string): string[] => line.trim().split(/\s+/);

t.test('runnel consumer-groups and console-consumer --group', async (t) => {
  const broker = await withBroker(t);
  const bs = ['--bootstrap-server', broker.bootstrap];
  const groups = (...args: string[]): Promise<ProcessResult> => runRunnel(['consumer-groups', ...bs, ...args]);
  const kafka = new Kafka({ clientId: 'cg-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 5 } });
  const admin: Admin = kafka.admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  const committedIn = async (groupId: string, topicName: string): Promise<number[]> => {
    const [topic] = await admin.fetchOffsets({ groupId, topics: [topicName] });
    return [...(topic?.partitions ?? [])].sort((a, b) => a.partition - b.partition).map((p) => Number(p.offset));
  };
  const committed = (groupId: string): Promise<number[]> => committedIn(groupId, TOPIC);

  t.equal((await runRunnel(['topics', ...bs, '--create', '--topic', TOPIC, '--partitions', String(PARTITIONS)])).code, 0);
  await kafkajsProduce(broker.bootstrap, TOPIC, Array.from({ length: PARTITIONS * PER_PARTITION }, (_, n) => ({
    partition: n % PARTITIONS, value: `v${n}`, timestamp: BASE + Math.floor(n / PARTITIONS) * MINUTE,
  })));

  // A kafkajs member of group 'kjs' that commits 4, 7 and 10 and stays in the group.
  const consumer: Consumer = kafka.consumer({ groupId: 'kjs', sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  let consumerConnected = true;
  t.teardown(async () => {
    if (consumerConnected) await consumer.disconnect();
  });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
  await consumer.run({ autoCommit: false, eachMessage: async () => undefined });
  await joined;
  await consumer.commitOffsets([{ topic: TOPIC, partition: 0, offset: '4' }, { topic: TOPIC, partition: 1, offset: '7' }, { topic: TOPIC, partition: 2, offset: '10' }]);

  await t.test('--list names the group; --state and --type show it Stable and Classic', async (t) => {
    const list = await groups('--list');
    t.equal(list.code, 0, list.stderr);
    t.same(lines(list.stdout), ['kjs']);
    const states = await groups('--list', '--state', '--type');
    t.same(lines(states.stdout).map(columns), [['GROUP', 'TYPE', 'STATE'], ['kjs', 'Classic', 'Stable']]);
    t.same(lines((await groups('--list', '--state', 'empty')).stdout), [`${'GROUP'.padEnd(25)} ${'STATE'.padEnd(20)}`], 'the state filter leaves it out');
  });

  await t.test('--describe shows each partition with the lag of what kafkajs committed and who owns it', async (t) => {
    const res = await groups('--describe', '--group', 'kjs');
    t.equal(res.code, 0, res.stderr);
    t.equal(res.stderr, '', 'a stable group: no warning');
    const [header, ...rows] = lines(res.stdout);
    t.same(columns(header!), ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID']);
    t.same(rows.map((r) => columns(r).slice(0, 6)), [
      ['kjs', TOPIC, '0', '4', '10', '6'],
      ['kjs', TOPIC, '1', '7', '10', '3'],
      ['kjs', TOPIC, '2', '10', '10', '0'],
    ]);
    for (const r of rows) t.match(columns(r).slice(6), [/^cg-test-/, /^\/127\.0\.0\.1$/, 'cg-test']);
    t.equal(header!.indexOf('CURRENT-OFFSET'), rows[0]!.indexOf('4'), 'columns line up');

    const members = await groups('--describe', '--group', 'kjs', '--members', '--verbose');
    t.match(lines(members.stdout)[1], /^kjs +cg-test-\S+ +\/127\.0\.0\.1 +cg-test +3 +- +orders:0,1,2 +- +- +$/);
    const state = await groups('--describe', '--group', 'kjs', '--state');
    t.same(columns(lines(state.stdout)[1]!), ['kjs', broker.bootstrap, '(1)', 'RoundRobinAssigner', 'Stable', '1'], "the group runs kafkajs's assignor");
  });

  await t.test('--reset-offsets and --delete are refused while the group has a member', async (t) => {
    const reset = await groups('--reset-offsets', '--group', 'kjs', '--all-topics', '--to-earliest', '--execute');
    t.equal(reset.code, 1);
    t.match(reset.stdout, /^\nError: Assignments can only be reset if the group 'kjs' is inactive, but the current state is Stable\.\n/);
    const del = await groups('--delete', '--group', 'kjs');
    t.equal(del.code, 1);
    t.match(del.stdout, /\* Group 'kjs' could not be deleted due to: NON_EMPTY_GROUP: The group is not empty\./);
    t.same(await committed('kjs'), [4, 7, 10], 'nothing moved');
  });

  await consumer.disconnect();
  consumerConnected = false;

  await t.test('an inactive group: no member columns, and the "no active members" line', async (t) => {
    const res = await groups('--describe', '--group', 'kjs');
    t.equal(res.stderr, "\nConsumer group 'kjs' has no active members.\n");
    t.same(lines(res.stdout).slice(1).map((r) => columns(r).slice(3)), [['4', '10', '6', '-', '-', '-'], ['7', '10', '3', '-', '-', '-'], ['10', '10', '0', '-', '-', '-']]);
  });

  await t.test('every reset mode moves the committed offsets as documented', async (t) => {
    const reset = async (...args: string[]): Promise<ProcessResult> => {
      const res = await groups('--reset-offsets', '--group', 'kjs', '--execute', ...args);
      t.equal(res.code, 0, `${args.join(' ')}: ${res.stdout}${res.stderr}`);
      return res;
    };
    const plan = await reset('--all-topics', '--to-earliest');
    t.same(lines(plan.stdout).map(columns), [['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET'], ['kjs', TOPIC, '0', '0'], ['kjs', TOPIC, '1', '0'], ['kjs', TOPIC, '2', '0']]);
    t.same(await committed('kjs'), [0, 0, 0], '--to-earliest');
    await reset('--topic', TOPIC, '--to-latest');
    t.same(await committed('kjs'), [10, 10, 10], '--to-latest');
    await reset('--topic', `${TOPIC}:0,1`, '--to-offset', '3');
    t.same(await committed('kjs'), [3, 3, 10], '--to-offset on two partitions');
    await reset('--topic', TOPIC, '--shift-by', '-2');
    t.same(await committed('kjs'), [1, 1, 8], '--shift-by -2');
    const clamped = await reset('--topic', `${TOPIC}:2`, '--shift-by', '100');
    t.match(clamped.stderr, /WARN New offset \(108\) is higher than latest offset for topic partition orders-2\. Value will be set to 10\./);
    t.same(await committed('kjs'), [1, 1, 10], '--shift-by clamped to the log end');
    await reset('--topic', `${TOPIC}:0`, '--to-offset', '-5');
    t.same(await committed('kjs'), [0, 1, 10], '--to-offset clamped to the log start');
    await reset('--topic', TOPIC, '--to-current');
    t.same(await committed('kjs'), [0, 1, 10], '--to-current keeps them');
    // Back to half a minute before record 5, however long the test has run so far.
    const back = Math.round((Date.now() - (BASE + 4.5 * MINUTE)) / 1000);
    await reset('--all-topics', '--by-duration', `PT${Math.floor(back / 60)}M${back % 60}S`);
    t.same(await committed('kjs'), [5, 5, 5], '--by-duration lands on the first record after now minus the duration');
    const future = await reset('--all-topics', '--to-datetime', '2999-01-01T00:00:00.000');
    t.match(future.stdout, /Warn: Partition 0 from topic orders is empty\. Falling back to latest known offset\./);
    t.same(await committed('kjs'), [10, 10, 10], 'a time past every record: the log end');
    await reset('--all-topics', '--to-datetime', new Date(BASE + 5 * MINUTE).toISOString().replace('Z', ''));
    t.same(await committed('kjs'), [5, 5, 5], '--to-datetime: the first record at or after it');

    const dryRun = await groups('--reset-offsets', '--group', 'kjs', '--all-topics', '--to-earliest');
    t.equal(dryRun.code, 0);
    t.match(dryRun.stderr, /^WARN: No action will be performed as the --execute option is missing/);
    t.same(lines(dryRun.stdout).slice(1).map((r) => columns(r)[3]), ['0', '0', '0'], 'the plan is shown');
    t.same(await committed('kjs'), [5, 5, 5], '--dry-run (the default) changes nothing');

    const [fresh, shiftNothing, missing] = await Promise.all([
      groups('--reset-offsets', '--group', 'fresh', '--topic', TOPIC, '--to-current', '--execute'),
      groups('--reset-offsets', '--group', 'nobody', '--topic', TOPIC, '--shift-by', '1', '--execute'),
      groups('--reset-offsets', '--group', 'kjs', '--topic', `${TOPIC}:7`, '--to-earliest', '--execute'),
    ]);
    t.equal(fresh.code, 0, fresh.stdout);
    t.same(await committed('fresh'), [10, 10, 10], '--to-current without a commit: the log end, and the group now exists');
    t.equal(shiftNothing.code, 1);
    t.match(shiftNothing.stderr, /Cannot shift offset for partition orders-0 since there is no current committed offset/);
    t.equal(missing.code, 1);
    t.match(missing.stdout, /Error: Executing consumer group command failed due to UNKNOWN_TOPIC_OR_PARTITION: The partitions "orders-7" do not exist/);
  });

  await t.test('--delete-offsets forgets one partition; --delete removes the group', async (t) => {
    const del = await groups('--delete-offsets', '--group', 'kjs', '--topic', `${TOPIC}:0`);
    t.equal(del.code, 0, del.stdout);
    t.match(del.stdout, /^Request succeeded for deleting offsets from group kjs\.\n\nTOPIC +PARTITION +STATUS +\norders +0 +Successful +\n$/);
    t.same(await committed('kjs'), [-1, 5, 5], 'kafkajs sees no offset for partition 0');

    const gone = await groups('--delete', '--group', 'kjs', '--group', 'fresh');
    t.equal(gone.code, 0, gone.stdout);
    t.equal(gone.stdout, "Deletion of requested consumer groups ('kjs', 'fresh') was successful.\n");
    t.same(lines((await groups('--list')).stdout), []);
    const again = await groups('--delete', '--group', 'kjs');
    t.equal(again.code, 1);
    t.match(again.stdout, /GROUP_ID_NOT_FOUND: The group id does not exist\./);
    const unknown = await groups('--describe', '--group', 'kjs');
    t.equal(unknown.code, 1);
    t.equal(unknown.stdout, "\nError: Consumer group 'kjs' does not exist.\n");
  });

  await t.test('console consumers in one group share the partitions and consume each record once; a rerun resumes', async (t) => {
    const shared = 'shared';
    t.equal((await runRunnel(['topics', ...bs, '--create', '--topic', shared, '--partitions', String(PARTITIONS)])).code, 0);
    // A short heartbeat interval: the first member hears of the second's arrival sooner.
    const args = ['console-consumer', ...bs, '--topic', shared, '--group', 'cc', '--from-beginning', '--consumer-property', 'heartbeat.interval.ms=500'];
    const running = [startRunnel(t, args), startRunnel(t, args)];
    await eventually('two members sharing the partitions', async () => {
      const [g] = (await admin.describeGroups(['cc'])).groups;
      return g?.state === 'Stable' && g.members.length === 2 ? true : undefined;
    });
    const described = await groups('--describe', '--group', 'cc', '--members');
    t.same(lines(described.stdout).slice(1).map((l) => columns(l)[4]).sort(), ['1', '2'], 'range: two partitions and one');
    const produced = Array.from({ length: 30 }, (_, n) => `r${n}`);
    await kafkajsProduce(broker.bootstrap, shared, produced.map((value, n) => ({ partition: n % PARTITIONS, value })));
    await eventually('every record printed', async () => (running.reduce((n, r) => n + lines(r.stdout()).length, 0) >= produced.length ? true : undefined));

    const [a, b] = await Promise.all(running.map((r) => r.stop()));
    t.equal(a.code, 0, a.stderr);
    t.equal(b.code, 0, b.stderr);
    const values = [...lines(a.stdout), ...lines(b.stdout)];
    t.same([...values].sort(), [...produced].sort(), 'every record consumed, none twice');
    t.same([lines(a.stdout).length, lines(b.stdout).length].sort((x, y) => x - y), [10, 20], 'split as the partitions were');
    t.match(a.stderr, /Processed a total of (10|20) messages\n$/);
    t.same(await committedIn('cc', shared), [10, 10, 10], 'both committed at exit (SIGTERM)');
    const state = await groups('--describe', '--group', 'cc', '--state');
    t.match(state.stdout, /cc +\S+ +\(1\) +- +Empty +0/, 'both left the group');

    await kafkajsProduce(broker.bootstrap, shared, [0, 1, 2, 0].map((partition, i) => ({ partition, value: `late${i}` })));
    const rerun = await runRunnel(['console-consumer', ...bs, '--topic', shared, '--group', 'cc', '--timeout-ms', '2500']);
    t.equal(rerun.code, 0, rerun.stderr);
    t.same(lines(rerun.stdout).sort(), ['late0', 'late1', 'late2', 'late3'], 'the rerun starts at the committed offsets');
  });

  await t.test('--max-messages commits exactly what was printed; auto.offset.reset latest without --from-beginning', async (t) => {
    const consume = (...args: string[]): Promise<ProcessResult> => runRunnel(['console-consumer', ...bs, '--topic', TOPIC, '--group', 'half', ...args], '', 30_000);
    const firstFive = await consume('--from-beginning', '--max-messages', '5');
    t.equal(firstFive.code, 0, firstFive.stderr);
    t.equal(lines(firstFive.stdout).length, 5);
    const [rest, latest] = await Promise.all([
      consume('--timeout-ms', '2500'),
      runRunnel(['console-consumer', ...bs, '--topic', TOPIC, '--group', 'newcomer', '--timeout-ms', '2000']),
    ]);
    const all = [...lines(firstFive.stdout), ...lines(rest.stdout)];
    t.equal(all.length, PARTITIONS * PER_PARTITION, 'the rest, no gap');
    t.equal(new Set(all).size, all.length, 'no overlap');
    t.equal(latest.stdout, '', 'a new group starts at the log end');
    t.same(await committed('newcomer'), [10, 10, 10], 'and commits the log end');
  });

  await t.test('console-consumer --group refuses what Kafka refuses', async (t) => {
    const cases: [string[], RegExp][] = [
      [['--group', 'x', '--partition', '0'], /Options group and partition cannot be specified together\./],
      [['--group', 'x', '--consumer-property', 'group.id=y'], /The group ids provided in different places .* do not match\. Detected group ids: 'x', 'y'/],
      [['--group', 'x', '--from-beginning', '--consumer-property', 'auto.offset.reset=latest'], /Can't simultaneously specify --from-beginning and 'auto.offset.reset=latest'/],
      [['--group', 'x', '--consumer-property', 'session.timeout.ms=soon'], /Invalid value soon for configuration session\.timeout\.ms/],
    ];
    const [none, ...refused] = await Promise.all([
      runRunnel(['console-consumer', ...bs, '--topic', TOPIC, '--group', 'strict', '--consumer-property', 'auto.offset.reset=none', '--timeout-ms', '2000']),
      ...cases.map(([args]) => runRunnel(['console-consumer', ...bs, '--topic', TOPIC, ...args])),
    ]);
    cases.forEach(([args, expected], i) => {
      t.equal(refused[i]!.code, 1, args.join(' '));
      t.match(refused[i]!.stderr, expected, args.join(' '));
    });
    t.equal(none.code, 1);
    t.match(none.stderr, /Undefined offset with no reset policy for partitions: \[orders-0, orders-1, orders-2\]/);
  });
});
