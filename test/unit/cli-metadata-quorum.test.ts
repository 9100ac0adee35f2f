// `runnel metadata-quorum describe`: a DescribeQuorumResponse printed as kafka-metadata-quorum.sh
// prints it (status lines, the replication table with its tab-terminated cells, observers, a lagging
// follower, "N ms ago"), the arguments Kafka's tool refuses, the DescribeQuorum handler's partition
// check, and the tool against scripted servers: version negotiation, a controller that does not lead
// and names the leader, an unreachable server.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import {
  describeQuorum,
  formatReplication,
  formatStatus,
  MetadataQuorumError,
  parseDescribeArgs,
  type QuorumDescription,
} from '../../src/cli/metadataQuorum.js';
import { describeQuorumHandler } from '../../src/broker/handlers/describeQuorum.js';
import type { RequestContext } from '../../src/broker/handler.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import type { DescribeQuorumResponse, DescribeQuorumResponseReplicaState } from '../../src/protocol/generated/messages/DescribeQuorumResponse.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { fakeBroker } from './client-group-fake-broker.js';

const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';
const DIR_1 = 'JEXY6aqzQY-32P5TStzaFg';
const DIR_2 = 'MvDxzVmcRsaTz33bUuRU6A';
const T = 1_700_000_000_000n;
const NOW = Number(T) + 11_000;

function replica(replicaId: number, replicaDirectoryId: string, logEndOffset: bigint, lastFetch: bigint, lastCaughtUp: bigint): DescribeQuorumResponseReplicaState {
  return { replicaId, replicaDirectoryId, logEndOffset, lastFetchTimestamp: lastFetch, lastCaughtUpTimestamp: lastCaughtUp };
}

/** Leader 1 at 120; voter 2 caught up; voter 3 20 behind since T+4s; observer 4 30 behind; observer 5 never fetched. */
function quorum(overrides: Partial<DescribeQuorumResponse['topics'][0]['partitions'][0]> = {}): DescribeQuorumResponse {
  return {
    errorCode: 0,
    errorMessage: null,
    topics: [
      {
        topicName: '__cluster_metadata',
        partitions: [
          {
            partitionIndex: 0,
            errorCode: 0,
            errorMessage: null,
            leaderId: 1,
            leaderEpoch: 7,
            highWatermark: 118n,
            currentVoters: [
              replica(1, DIR_1, 120n, T + 10_000n, T + 10_000n),
              replica(2, DIR_2, 120n, T + 9_990n, T + 9_990n),
              replica(3, ZERO, 100n, T + 9_000n, T + 4_000n),
            ],
            observers: [replica(4, ZERO, 90n, T + 9_500n, T + 2_000n), replica(5, ZERO, -1n, -1n, -1n)],
            ...overrides,
          },
        ],
      },
    ],
    nodes: [
      { nodeId: 1, listeners: [{ name: 'CONTROLLER', host: 'localhost', port: 9093 }] },
      { nodeId: 2, listeners: [{ name: 'CONTROLLER', host: 'localhost', port: 9095 }] },
      { nodeId: 3, listeners: [{ name: 'CONTROLLER', host: '::1', port: 9097 }] },
    ],
  };
}

function description(q: DescribeQuorumResponse = quorum()): QuorumDescription {
  return { clusterId: 'Ix5UMR0HRBKFWd0S3LS9dQ', quorum: q, now: NOW };
}

/** One table line: each cell padded to Kafka's column width for this table and followed by a tab. */
function line(...cells: string[]): string {
  const widths = [6, 22, 12, 3, 18, 21, 8];
  return cells.map((c, i) => `${c.padEnd(widths[i]!)}\t`).join('');
}

t.test('describe --status prints Kafka\'s lines: the voter furthest behind sets the lag', async (t) => {
  t.equal(
    formatStatus(description()),
    [
      'ClusterId:              Ix5UMR0HRBKFWd0S3LS9dQ',
      'LeaderId:               1',
      'LeaderEpoch:            7',
      'HighWatermark:          118',
      'MaxFollowerLag:         20',
      'MaxFollowerLagTimeMs:   6000',
      'CurrentVoters:          [{"id": 1, "directoryId": "JEXY6aqzQY-32P5TStzaFg", "endpoints": ["CONTROLLER://localhost:9093"]}, ' +
        '{"id": 2, "directoryId": "MvDxzVmcRsaTz33bUuRU6A", "endpoints": ["CONTROLLER://localhost:9095"]}, {"id": 3, "endpoints": ["CONTROLLER://[::1]:9097"]}]',
      'CurrentObservers:       [{"id": 4}, {"id": 5}]',
    ].join('\n'),
  );

  const caughtUp = quorum({ currentVoters: [replica(1, DIR_1, 50n, T, T), replica(2, DIR_2, 50n, T, T - 5n)], observers: [] });
  t.match(formatStatus(description(caughtUp)), /MaxFollowerLag:         0\nMaxFollowerLagTimeMs:   0\n.*\nCurrentObservers:       \[\]$/, 'no lag when the leader is (first) furthest behind');

  const neverCaughtUp = quorum({ currentVoters: [replica(1, DIR_1, 50n, T, T), replica(2, DIR_2, 10n, -1n, -1n)] });
  t.match(formatStatus(description(neverCaughtUp)), /MaxFollowerLag:         40\nMaxFollowerLagTimeMs:   -1\n/, 'unknown catch-up time is -1');
});

t.test('describe --replication: leader, followers, observers; a follower\'s lag; -1 for unknown times', async (t) => {
  t.equal(
    formatReplication(description(), false),
    [
      line('NodeId', 'DirectoryId', 'LogEndOffset', 'Lag', 'LastFetchTimestamp', 'LastCaughtUpTimestamp', 'Status'),
      line('1', DIR_1, '120', '0', '1700000010000', '1700000010000', 'Leader'),
      line('2', DIR_2, '120', '0', '1700000009990', '1700000009990', 'Follower'),
      line('3', ZERO, '100', '20', '1700000009000', '1700000004000', 'Follower'),
      line('4', ZERO, '90', '30', '1700000009500', '1700000002000', 'Observer'),
      line('5', ZERO, '-1', '121', '-1', '-1', 'Observer'),
    ].join('\n'),
  );
  t.equal(
    formatReplication(description(), true),
    [
      line('NodeId', 'DirectoryId', 'LogEndOffset', 'Lag', 'LastFetchTimestamp', 'LastCaughtUpTimestamp', 'Status'),
      line('1', DIR_1, '120', '0', '1000 ms ago', '1000 ms ago', 'Leader'),
      line('2', DIR_2, '120', '0', '1010 ms ago', '1010 ms ago', 'Follower'),
      line('3', ZERO, '100', '20', '2000 ms ago', '7000 ms ago', 'Follower'),
      line('4', ZERO, '90', '30', '1500 ms ago', '9000 ms ago', 'Observer'),
      line('5', ZERO, '-1', '121', '-1', '-1', 'Observer'),
    ].join('\n'),
  );
  const future = quorum({ currentVoters: [replica(1, DIR_1, 5n, BigInt(NOW) + 1n, BigInt(NOW))], observers: [] });
  t.throws(() => formatReplication(description(future), true), new MetadataQuorumError(`Error while computing relative time, possible drift in system clock.\nCurrent timestamp is ${NOW}, last fetch timestamp is ${NOW + 1}`));
  t.doesNotThrow(() => formatReplication(description(future), false), 'raw timestamps need no clock');
});

t.test('error answers become one clear message', async (t) => {
  const cases: Array<[string, DescribeQuorumResponse, RegExp]> = [
    ['not the leader', quorum({ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, leaderId: 2, leaderEpoch: 8, currentVoters: [], observers: [] }), /^DescribeQuorum failed: NOT_LEADER_OR_FOLLOWER \(the node asked does not lead the metadata quorum; leader 2, epoch 8\)$/],
    ['top-level error', { ...quorum(), errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: 'denied', topics: [] }, /^DescribeQuorum failed: CLUSTER_AUTHORIZATION_FAILED: denied$/],
    ['no partition', { ...quorum(), topics: [] }, /describes no __cluster_metadata-0 partition/],
    ['no leader', quorum({ leaderId: -1 }), /^the metadata quorum has no leader among its voters \(LeaderId -1, LeaderEpoch 7\)$/],
  ];
  for (const [name, q, expected] of cases) {
    t.throws(() => formatStatus(description(q)), expected, `${name} (status)`);
    t.throws(() => formatReplication(description(q), false), expected, `${name} (replication)`);
  }
});

t.test('arguments: Kafka\'s rules', async (t) => {
  t.same(parseDescribeArgs(['--bootstrap-server', 'a:1,b:2', 'describe', '--status']), {
    servers: [{ host: 'a', port: 1 }, { host: 'b', port: 2 }],
    direct: false,
    mode: 'status',
    humanReadable: false,
  });
  t.same(parseDescribeArgs(['--bootstrap-controller', '[::1]:9093', 'describe', '--replication', '--human-readable']), {
    servers: [{ host: '::1', port: 9093 }],
    direct: true,
    mode: 'replication',
    humanReadable: true,
  });
  t.equal(parseDescribeArgs(['--help']), null);
  const bad: Array<[string[], RegExp]> = [
    [['describe', '--status'], /^one of the arguments --bootstrap-server --bootstrap-controller is required$/],
    [['--bootstrap-server', 'a:1', '--bootstrap-controller', 'b:2', 'describe', '--status'], /^argument --bootstrap-controller: not allowed with argument --bootstrap-server$/],
    [['--bootstrap-server', 'a:1', '--status'], /^missing the command: describe$/],
    [['--bootstrap-server', 'a:1', 'describe'], /^One of --status or --replication must be specified with describe sub-command$/],
    [['--bootstrap-server', 'a:1', 'describe', '--status', '--replication'], /^Only one of --status or --replication should be specified with describe sub-command$/],
    [['--bootstrap-server', 'a:1', 'describe', '--status', '--human-readable'], /^The option --human-readable is only supported along with --replication$/],
    [['--bootstrap-server', 'a:1', 'shout', '--status'], /^invalid command 'shout' \(choose from 'describe'\)$/],
    [['--bootstrap-server', 'a:1', 'add-controller'], /^add-controller is not supported/],
    [['--bootstrap-server', 'a:1', 'describe', 'extra', '--status'], /^unexpected argument 'extra'$/],
    [['--bootstrap-server', 'nohost', 'describe', '--status'], /^--bootstrap-server: 'nohost' is not host:port$/],
    [['--bootstrap-server', 'a:1', 'describe', '--status', '--frobnicate'], /unknown option --frobnicate/],
  ];
  for (const [argv, expected] of bad) t.throws(() => parseDescribeArgs(argv), expected, argv.join(' '));
});

t.test('the handler answers for __cluster_metadata-0 only', async (t) => {
  let asked = 0;
  const handler = describeQuorumHandler(async () => {
    asked++;
    return quorum();
  });
  const ctx = {} as RequestContext;
  t.same(await handler.handle(ctx, { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] }), quorum());
  const other = (await handler.handle(ctx, { topics: [{ topicName: 'orders', partitions: [{ partitionIndex: 0 }, { partitionIndex: 3 }] }] })) as DescribeQuorumResponse;
  t.same(other.topics[0]!.partitions.map((p) => [p.partitionIndex, p.errorCode]), [[0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION], [3, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]);
  const two = (await handler.handle(ctx, { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }, { partitionIndex: 1 }] }] })) as DescribeQuorumResponse;
  t.equal(two.topics[0]!.partitions[0]!.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'two partitions is not the metadata partition');
  t.equal(asked, 1, 'only the valid request reached the quorum');
  t.same(handler.errorResponse(ctx, { topics: [] }, ErrorCode.NOT_CONTROLLER), { errorCode: ErrorCode.NOT_CONTROLLER, errorMessage: null, topics: [], nodes: [] });
});

t.test('against servers: highest common version, a controller that names the leader, the cluster id', async (t) => {
  // The leader offers DescribeQuorum v0-1, which carries neither endpoints nor directory ids (v2).
  const v1 = quorum();
  const p = v1.topics[0]!.partitions[0]!;
  for (const r of [...p.currentVoters, ...p.observers]) r.replicaDirectoryId = ZERO;
  const leader = await fakeBroker({
    ranges: { [ApiKey.DescribeQuorum]: [0, 1] },
    handlers: {
      [ApiKey.DescribeQuorum]: () => ({ ...v1, nodes: [] }),
      [ApiKey.DescribeCluster]: () => ({ throttleTimeMs: 0, errorCode: 0, errorMessage: null, endpointType: 1, clusterId: 'the-cluster', controllerId: 1, brokers: [], clusterAuthorizedOperations: -2147483648 }),
    },
  });
  const follower = await fakeBroker({
    handlers: {
      [ApiKey.DescribeQuorum]: () => ({
        ...quorum({ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, currentVoters: [], observers: [] }),
        nodes: [{ nodeId: 1, listeners: [{ name: 'CONTROLLER', host: '127.0.0.1', port: leader.port }] }],
      }),
    },
  });
  t.teardown(async () => {
    await leader.close();
    await follower.close();
  });

  const direct = await describeQuorum([{ host: '127.0.0.1', port: follower.port }], true, true);
  t.equal(direct.clusterId, 'the-cluster');
  t.match(formatStatus(direct), /\nLeaderId:               1\n[^]*\nCurrentVoters:          \[\{"id": 1\}, \{"id": 2\}, \{"id": 3\}\]\n/, 'answered by the leader the follower named, at v1');
  t.same(follower.requests(ApiKey.DescribeQuorum).map((r) => r.version), [2], 'v2, the highest both support');
  t.same(leader.requests(ApiKey.DescribeQuorum).map((r) => r.version), [1], 'the leader offers v0-1: asked at v1');

  // Through a broker the answer is taken as it is: a broker forwards to the active controller itself.
  const viaBroker = await describeQuorum([{ host: '127.0.0.1', port: follower.port }], false, false);
  t.throws(() => formatStatus(viaBroker), /NOT_LEADER_OR_FOLLOWER/);
  t.equal(leader.requests(ApiKey.DescribeQuorum).length, 1, 'not redirected');
  t.equal(follower.requests(ApiKey.DescribeCluster).length, 0, '--replication asks for no cluster id');
});

t.test('the command: exit 1 and one line for an unreachable server or a usage mistake', async (t) => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli/runnel.js', 'metadata-quorum', ...args], { encoding: 'utf8' });
  const unreachable = run('--bootstrap-server', '127.0.0.1:1', 'describe', '--status');
  t.equal(unreachable.status, 1);
  t.match(unreachable.stderr, /^runnel metadata-quorum: no server could be reached: cannot connect to 127\.0\.0\.1:1: connect ECONNREFUSED/);
  t.equal(unreachable.stdout, '');
  const usage = run('--bootstrap-server', '127.0.0.1:1', 'describe');
  t.equal(usage.status, 1);
  t.equal(usage.stderr, 'runnel metadata-quorum: One of --status or --replication must be specified with describe sub-command\n');
  const help = run('--help');
  t.equal(help.status, 0);
  t.match(help.stdout, /^Usage: runnel metadata-quorum/);
});
