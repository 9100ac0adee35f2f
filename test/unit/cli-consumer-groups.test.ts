// `runnel consumer-groups` without a broker: Kafka's argument checks and messages, the value
// parsers (states, types, topic:partitions, datetimes, ISO-8601 durations), and the exact padded
// output of every table ConsumerGroupCommand prints.
import t from 'tap';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import {
  assignmentString, checkArgs, flagSpecs, formatDeleteOffsets, formatListing, formatMembers, formatOffsets, formatResetPlan, formatState,
  main, offsetRows, parseDateTime, parseDuration, parseStates, parseTopicPartitions, parseTypes, resetSpec, withOptionalValues,
} from '../../src/cli/consumerGroups.js';
import type { GroupDescription } from '../../src/client/groupAdmin.js';
import { ErrorCode, KafkaError } from '../../src/protocol/kafkaErrors.js';

const flagsOf = (...argv: string[]) => parseArgs(withOptionalValues(argv), flagSpecs).flags;
const bs = ['--bootstrap-server', '127.0.0.1:1'];

t.test('--state and --type take an optional value', async (t) => {
  t.same(withOptionalValues(['--list', '--state']), ['--list', '--state=']);
  t.same(withOptionalValues(['--state', '--list', '--type', 'classic']), ['--state=', '--list', '--type', 'classic']);
  t.equal(flagsOf('--list', '--state').state, '');
  t.equal(flagsOf('--list', '--state', 'stable,empty').state, 'stable,empty');
  t.equal(flagsOf('--list').state, undefined);
});

t.test("Kafka's argument checks, in its words", async (t) => {
  const cases: [string[], string][] = [
    [[], 'Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets'],
    [['--list', '--describe'], 'Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets'],
    [['--describe'], 'Option [describe] takes one of these options: [group], [all-groups]'],
    [['--describe', '--group', 'g', '--members', '--state'], 'Option [describe] takes at most one of these options: [members], [offsets], [state]'],
    [['--describe', '--group', 'g', '--state', 'stable'], 'Option [describe] does not take a value for [state]'],
    [['--describe', '--group', 'g', '--all-groups'], 'Option "[group]" can\'t be used with option "[all-groups]"'],
    [['--describe', '--group', 'g', '--topic', 't'], 'Option "[topic]" can\'t be used with option "[describe]"'],
    [['--list', '--group', 'g'], 'Option "[group]" can\'t be used with option "[list]"'],
    [['--list', '--members'], 'Option(s) [members] are unavailable given other options on the command line'],
    [['--describe', '--group', 'g', '--type'], 'Option(s) [type] are unavailable given other options on the command line'],
    [['--delete'], 'Option [delete] takes one of these options: [group], [all-groups]'],
    [['--delete', '--group', 'g', '--topic', 't'], 'The consumer does not support topic-specific offset deletion from a consumer group.'],
    [['--delete-offsets', '--group', 'g'], 'Option [delete-offsets] takes the following options: [group], [topic]'],
    [['--reset-offsets', '--group', 'g', '--to-earliest', '--all-topics', '--dry-run', '--execute'], 'Option [reset-offsets] only accepts one of [execute] and [dry-run]'],
    [['--reset-offsets', '--to-earliest', '--all-topics'], 'Option [reset-offsets] takes one of these options: [group], [all-groups]'],
    [['--reset-offsets', '--group', 'g', '--to-offset', '1', '--to-latest', '--all-topics'], 'Option "[to-offset]" can\'t be used with option "[to-latest]"'],
    [['--reset-offsets', '--group', 'g', '--all-topics'], "Option '[reset-offsets]' requires one of the following scenarios: [to-offset, shift-by, to-datetime, by-duration, to-earliest, to-latest, to-current]"],
    [['--reset-offsets', '--group', 'g', '--to-earliest'], 'One of the reset scopes should be defined: --all-topics, --topic.'],
  ];
  for (const [argv, message] of cases) t.throws(() => checkArgs(flagsOf(...argv)), new UsageError(message), argv.join(' ') || '(no action)');
  t.equal(checkArgs(flagsOf('--reset-offsets', '--group', 'g', '--shift-by', '-2', '--topic', 't:0')), 'reset-offsets');
  t.equal(checkArgs(flagsOf('--describe', '--all-groups', '--state')), 'describe');
});

t.test('main refuses bad arguments before connecting', async (t) => {
  await t.rejects(main([...bs, '--describe']), new UsageError('Option [describe] takes one of these options: [group], [all-groups]'));
  await t.rejects(main(['--list']), new UsageError('Missing required argument "[bootstrap-server]"'));
  await t.rejects(main([...bs, '--list', '--timeout', 'soon']), new UsageError("Cannot parse argument 'soon' of option timeout"));
  await t.rejects(main([...bs, '--reset-offsets', '--group', 'g', '--to-offset', 'x', '--all-topics', '--dry-run']), new UsageError("Cannot parse argument 'x' of option to-offset"));
  await t.rejects(main([...bs, '--bogus']), new UsageError('unknown option --bogus'));
});

t.test('states and types: case-insensitive, in Kafka\'s spelling, unknown names refused', async (t) => {
  t.same(parseStates('stable, EMPTY'), ['Stable', 'Empty']);
  t.same(parseTypes('CLASSIC,consumer'), ['Classic', 'Consumer']);
  t.throws(() => parseStates('stable,bored'), new UsageError("Invalid state list 'stable,bored'. Valid states are: PreparingRebalance, CompletingRebalance, Stable, Dead, Empty, Assigning, Reconciling"));
  t.throws(() => parseTypes('share'), new UsageError("Invalid types list 'share'. Valid types are: Classic, Consumer"));
});

t.test('topic:partitions', async (t) => {
  t.same(parseTopicPartitions('orders:0,2'), [{ topic: 'orders', partition: 0 }, { topic: 'orders', partition: 2 }]);
  t.throws(() => parseTopicPartitions('a:b:c'), new UsageError("Invalid topic arg 'a:b:c', expected topic name and partitions"));
  t.throws(() => parseTopicPartitions('orders:1,x'), new UsageError("Invalid partition 'x' specified in topic arg 'orders:1,x''"));
  t.throws(() => parseTopicPartitions('orders:'), /Invalid partition ''/);
});

t.test("datetimes as Kafka's Utils.getDateTime reads them", async (t) => {
  t.equal(parseDateTime('2024-03-01T12:00:00.000'), BigInt(Date.UTC(2024, 2, 1, 12)), 'no zone: UTC');
  t.equal(parseDateTime('2024-03-01T12:00:00.250Z'), BigInt(Date.UTC(2024, 2, 1, 12, 0, 0, 250)));
  t.equal(parseDateTime('2024-03-01T12:00:00.000+02:00'), BigInt(Date.UTC(2024, 2, 1, 10)));
  t.equal(parseDateTime('2024-03-01T12:00:00.000-0530'), BigInt(Date.UTC(2024, 2, 1, 17, 30)));
  t.equal(parseDateTime('2024-03-01T12:00:00.000+08'), BigInt(Date.UTC(2024, 2, 1, 4)));
  for (const bad of ['2024-03-01', '2024-03-01T12:00:00', '2024-02-30T00:00:00.000', '2024-03-01T24:00:00.000', 'yesterday']) {
    t.throws(() => parseDateTime(bad), { message: `Unparseable date: "${bad}"` }, bad);
  }
});

t.test('durations as java.time.Duration.parse reads them', async (t) => {
  t.equal(parseDuration('PT1H'), 3_600_000n);
  t.equal(parseDuration('P1DT2H3M4.5S'), 86_400_000n + 7_200_000n + 180_000n + 4_500n);
  t.equal(parseDuration('pt15m'), 900_000n);
  t.equal(parseDuration('-PT1S'), -1_000n);
  t.equal(parseDuration('PT-0.5S'), -500n);
  for (const bad of ['P', 'PT', '1H', 'P1H', 'PT1.5H', '']) t.throws(() => parseDuration(bad), { message: 'Text cannot be parsed to a Duration' }, JSON.stringify(bad));
});

t.test('the reset scenario of the flags', async (t) => {
  const base = ['--reset-offsets', '--group', 'g', '--all-topics'];
  t.same(resetSpec(flagsOf(...base, '--to-earliest')), { kind: 'earliest' });
  t.same(resetSpec(flagsOf(...base, '--to-latest')), { kind: 'latest' });
  t.same(resetSpec(flagsOf(...base, '--to-current')), { kind: 'current' });
  t.same(resetSpec(flagsOf(...base, '--to-offset', '-3')), { kind: 'offset', offset: -3n });
  t.same(resetSpec(flagsOf(...base, '--shift-by', '+7')), { kind: 'shift', by: 7n });
  t.same(resetSpec(flagsOf(...base, '--to-datetime', '2024-01-01T00:00:00.000')), { kind: 'timestamp', timestamp: BigInt(Date.UTC(2024, 0, 1)) });
  t.same(resetSpec(flagsOf(...base, '--by-duration', 'PT1M'), 1_000_000), { kind: 'timestamp', timestamp: 940_000n });
  t.throws(() => resetSpec(flagsOf(...base, '--shift-by', '9223372036854775808')), new UsageError("Cannot parse argument '9223372036854775808' of option shift-by"));
});

const coordinator = { nodeId: 1, host: 'localhost', port: 9092 };
const group = (over: Partial<GroupDescription> = {}): GroupDescription => ({
  groupId: 'my-group', error: null, type: 'classic', state: 'Stable', protocolType: 'consumer', assignor: 'range', coordinator,
  members: [], groupEpoch: null, targetAssignmentEpoch: null, ...over,
});
const memberOf = (memberId: string, partitions: [string, number][], extra: Partial<GroupDescription['members'][number]> = {}): GroupDescription['members'][number] => ({
  memberId, groupInstanceId: null, clientId: 'console-consumer', host: '/127.0.0.1', assignment: partitions.map(([topic, partition]) => ({ topic, partition })),
  targetAssignment: null, memberEpoch: null, ...extra,
});

t.test('offset rows: the busiest member first, partitions sorted, then committed partitions nobody owns', async (t) => {
  const d = group({ members: [memberOf('m-small', [['t', 2]]), memberOf('m-idle', []), memberOf('m-big', [['t', 1], ['t', 0]])] });
  const committed = [{ topic: 't', partition: 0, offset: 5n, leaderEpoch: 3, metadata: '' }, { topic: 'old', partition: 0, offset: 1n, leaderEpoch: -1, metadata: '' }];
  const rows = offsetRows(d, committed, new Map([['t\u00000', 8n], ['t\u00001', 4n], ['t\u00002', 0n]]));
  t.same(rows.map((r) => [r.consumerId, r.topic, r.partition, r.offset, r.logEndOffset, r.leaderEpoch]), [
    ['m-big', 't', 0, 5n, 8n, 3],
    ['m-big', 't', 1, null, 4n, null],
    ['m-small', 't', 2, null, 0n, null],
    ['-', 'old', 0, 1n, null, null],
  ]);
});

t.test('--describe --offsets: padded like Kafka, "-" where nothing is known', async (t) => {
  const d = group({ members: [memberOf('console-consumer-5bb0d0d4-0b8c-4c3d-b8a4-0a5a6b1f4b1a', [['quickstart-events', 0]])] });
  const rows = offsetRows(d, [{ topic: 'quickstart-events', partition: 0, offset: 3n, leaderEpoch: -1, metadata: '' }, { topic: 'gone', partition: 1, offset: 7n, leaderEpoch: 0, metadata: '' }], new Map([['quickstart-events\u00000', 10n]]));
  t.equal(formatOffsets(rows, false), [
    '',
    'GROUP           TOPIC             PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID                                           HOST            CLIENT-ID',
    'my-group        quickstart-events 0          3               10              7               console-consumer-5bb0d0d4-0b8c-4c3d-b8a4-0a5a6b1f4b1a /127.0.0.1      console-consumer',
    'my-group        gone              1          7               -               -               -                                                     -               -',
    '',
  ].join('\n'));
  t.equal(formatOffsets(rows.slice(1), true), [
    '',
    'GROUP           TOPIC           PARTITION  LEADER-EPOCH    CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID',
    'my-group        gone            1          0               7               -               -               -               -               -',
    '',
  ].join('\n'));
});

t.test('--describe --members (and --verbose), with GROUP-INSTANCE-ID only when a member has one', async (t) => {
  const d = group({ members: [memberOf('m-1', [['t', 1], ['a', 0], ['t', 0]]), memberOf('m-2', [])] });
  t.equal(formatMembers(d, false, true), [
    '',
    'GROUP           CONSUMER-ID     HOST            CLIENT-ID        #PARTITIONS     ',
    'my-group        m-1             /127.0.0.1      console-consumer 3               ',
    'my-group        m-2             /127.0.0.1      console-consumer 0               ',
    '',
  ].join('\n'));
  t.equal(formatMembers(d, true, true).split('\n')[1], 'GROUP           CONSUMER-ID     HOST            CLIENT-ID        #PARTITIONS     CURRENT-EPOCH   CURRENT-ASSIGNMENT   TARGET-EPOCH    TARGET-ASSIGNMENT   ');
  t.equal(formatMembers(d, true, true).split('\n')[2], 'my-group        m-1             /127.0.0.1      console-consumer 3               -               a:0;t:0,1            -               -                   ');
  const static_ = group({ members: [memberOf('m-1', [], { groupInstanceId: 'host-a' })] });
  t.equal(formatMembers(static_, false, true).split('\n')[1], 'GROUP           CONSUMER-ID     GROUP-INSTANCE-ID HOST            CLIENT-ID        #PARTITIONS     ');
  t.equal(formatMembers(group(), false, false), '\nGROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     \n', 'an empty group: the header alone');
  const kip848 = group({ type: 'consumer', targetAssignmentEpoch: 6, members: [memberOf('x', [['t', 0]], { memberEpoch: 5, targetAssignment: [{ topic: 't', partition: 0 }, { topic: 't', partition: 1 }] })] });
  t.match(formatMembers(kip848, true, true).split('\n')[2], /^my-group +x +\/127\.0\.0\.1 +console-consumer 1 +5 +t:0 +6 +t:0,1 +$/);
});

t.test('--describe --state (and --verbose)', async (t) => {
  t.equal(formatState(group({ members: [memberOf('m', [])] }), false), [
    '',
    'GROUP           COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE                #MEMBERS',
    'my-group        localhost:9092  (1)       range                Stable               1',
    '',
  ].join('\n'));
  t.equal(formatState(group({ state: 'Empty', assignor: '' }), true).split('\n')[2], 'my-group        localhost:9092  (1)       -                    Empty                -               -                         0');
});

t.test('--list with --state/--type: GROUP padded to the longest id plus ten', async (t) => {
  const listing = [{ groupId: 'a', protocolType: 'consumer', state: 'Stable', type: 'classic' }, { groupId: 'a-rather-long-group-id', protocolType: '', state: null, type: null }];
  t.equal(formatListing(listing, true, true), [
    'GROUP                            TYPE                 STATE               ',
    'a                                Classic              Stable              ',
    'a-rather-long-group-id           Unknown              Unknown             ',
    '',
  ].join('\n'));
  t.equal(formatListing([], false, true), `${'GROUP'.padEnd(25)} STATE               \n`);
});

t.test('--reset-offsets plan and --delete-offsets status tables', async (t) => {
  t.equal(formatResetPlan(new Map([['g', [{ topic: 't', partition: 0, offset: 5n }, { topic: 't', partition: 1, offset: 0n }]]])), [
    '',
    'GROUP           TOPIC           PARTITION  NEW-OFFSET',
    'g               t               0          5',
    'g               t               1          0',
    '',
  ].join('\n'));
  t.equal(formatResetPlan(new Map([['busy', []]])), '\nGROUP           TOPIC           PARTITION  NEW-OFFSET\n', 'a refused group: the header alone, as Kafka');
  t.equal(formatResetPlan(new Map()), '\n');
  t.equal(formatDeleteOffsets([
    { topic: 't', partition: 10, error: null },
    { topic: 't', partition: 2, error: new KafkaError(ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC) },
    { topic: 'missing', partition: -1, error: new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) },
  ]), [
    '',
    'TOPIC           PARTITION  STATUS         ',
    'missing         -          Error: UNKNOWN_TOPIC_OR_PARTITION: This server does not host this topic-partition.',
    't               10         Successful     ',
    't               2          Error: GROUP_SUBSCRIBED_TO_TOPIC: Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.',
    '',
  ].join('\n'), 'sorted as Kafka does: topic and partition as one string');
});

t.test('assignment strings', async (t) => {
  t.equal(assignmentString([]), '-');
  t.equal(assignmentString([{ topic: 'b', partition: 10 }, { topic: 'a', partition: 3 }, { topic: 'b', partition: 9 }]), 'a:3;b:9,10');
});
