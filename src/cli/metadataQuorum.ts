/**
 * `runnel metadata-quorum`: kafka-metadata-quorum.sh. `describe --status` prints the quorum's
 * leader, epoch, high watermark, follower lag and members; `describe --replication` one line per
 * replica. Asks any broker (--bootstrap-server, which relays to the leader) or a controller
 * directly (--bootstrap-controller) with DescribeQuorum, and DescribeCluster for the cluster id.
 */
import { DescribeCluster, DescribeQuorum } from '../client/clientApis.js';
import { KafkaConnection } from '../client/kafkaConnection.js';
import { parseHostPort } from '../config/listeners.js';
import type { DescribeQuorumResponse, DescribeQuorumResponseReplicaState } from '../protocol/generated/messages/DescribeQuorumResponse.js';
import { errorName } from '../protocol/kafkaErrors.js';
import { describeFlags, parseArgs, UsageError, type FlagSpecs } from './args.js';

const flags = {
  'bootstrap-server': { kind: 'string', doc: 'A broker to ask: host:port[,host:port...]' },
  'bootstrap-controller': { kind: 'string', doc: 'A controller to ask directly: host:port[,host:port...]' },
  status: { kind: 'boolean', doc: 'describe: the quorum leader, epoch, high watermark, lag and members' },
  replication: { kind: 'boolean', doc: 'describe: one line per replica with its log end offset and lag' },
  'human-readable': { kind: 'boolean', doc: 'describe --replication: timestamps as "N ms ago"' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel metadata-quorum (--bootstrap-server h:p | --bootstrap-controller h:p) describe (--status | --replication [--human-readable])
${describeFlags(flags)}`;

const METADATA_TOPIC = '__cluster_metadata';
const TIMEOUT_MS = 30_000;

export interface QuorumDescription {
  readonly clusterId: string;
  readonly quorum: DescribeQuorumResponse;
  /** When the description was taken (for lag times and "ms ago"). */
  readonly now: number;
}

interface ReplicaRow {
  readonly state: DescribeQuorumResponseReplicaState;
  readonly status: 'Leader' | 'Follower' | 'Observer';
}

function partitionOf(quorum: DescribeQuorumResponse) {
  const p = quorum.topics.find((t) => t.topicName === METADATA_TOPIC)?.partitions[0];
  if (!p) throw new Error(`the answer describes no ${METADATA_TOPIC} partition`);
  if (p.errorCode !== 0) throw new Error(`DescribeQuorum failed: ${errorName(p.errorCode)}${p.errorMessage ? `: ${p.errorMessage}` : ''}`);
  return p;
}

function rows(quorum: DescribeQuorumResponse): ReplicaRow[] {
  const p = partitionOf(quorum);
  const leader = p.currentVoters.find((v) => v.replicaId === p.leaderId);
  const voters = p.currentVoters.filter((v) => v.replicaId !== p.leaderId).sort((a, b) => a.replicaId - b.replicaId);
  const observers = [...p.observers].sort((a, b) => a.replicaId - b.replicaId);
  return [
    ...(leader ? [{ state: leader, status: 'Leader' as const }] : []),
    ...voters.map((state) => ({ state, status: 'Follower' as const })),
    ...observers.map((state) => ({ state, status: 'Observer' as const })),
  ];
}

/** What kafka-metadata-quorum.sh describe --status prints. */
export function formatStatus(d: QuorumDescription): string {
  const p = partitionOf(d.quorum);
  const leader = p.currentVoters.find((v) => v.replicaId === p.leaderId);
  const followers = p.currentVoters.filter((v) => v.replicaId !== p.leaderId);
  const leaderEnd = leader?.logEndOffset ?? p.highWatermark;
  const maxLag = followers.reduce((max, f) => (leaderEnd - f.logEndOffset > max ? leaderEnd - f.logEndOffset : max), 0n);
  const leaderCaughtUp = leader?.lastCaughtUpTimestamp ?? BigInt(d.now);
  const maxLagTime = followers.reduce((max, f) => {
    const lag = f.lastCaughtUpTimestamp < 0n ? -1n : leaderCaughtUp - f.lastCaughtUpTimestamp;
    return lag > max ? lag : max;
  }, 0n);
  const ids = (replicas: readonly DescribeQuorumResponseReplicaState[]): string => `[${replicas.map((r) => r.replicaId).sort((a, b) => a - b).join(',')}]`;
  const lines: Array<[string, string]> = [
    ['ClusterId', d.clusterId],
    ['LeaderId', String(p.leaderId)],
    ['LeaderEpoch', String(p.leaderEpoch)],
    ['HighWatermark', String(p.highWatermark)],
    ['MaxFollowerLag', String(maxLag)],
    ['MaxFollowerLagTimeMs', String(maxLagTime)],
    ['CurrentVoters', ids(p.currentVoters)],
    ['CurrentObservers', ids(p.observers)],
  ];
  return lines.map(([k, v]) => `${`${k}:`.padEnd(24)}${v}`).join('\n');
}

/** What kafka-metadata-quorum.sh describe --replication prints. */
export function formatReplication(d: QuorumDescription, humanReadable: boolean): string {
  const p = partitionOf(d.quorum);
  const leaderEnd = p.currentVoters.find((v) => v.replicaId === p.leaderId)?.logEndOffset ?? p.highWatermark;
  const time = (ts: bigint): string => (ts < 0n ? '-1' : humanReadable ? `${BigInt(d.now) - ts} ms ago` : String(ts));
  const table = [
    ['NodeId', 'LogEndOffset', 'Lag', 'LastFetchTimestamp', 'LastCaughtUpTimestamp', 'Status'],
    ...rows(d.quorum).map(({ state, status }) => [
      String(state.replicaId),
      String(state.logEndOffset),
      String(state.logEndOffset < 0n ? leaderEnd : leaderEnd - state.logEndOffset),
      time(state.lastFetchTimestamp),
      time(state.lastCaughtUpTimestamp),
      status,
    ]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  return table.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]! + 2))).join('').trimEnd()).join('\n');
}

async function describe(servers: string): Promise<QuorumDescription> {
  let lastError: unknown = null;
  for (const entry of servers.split(',')) {
    const hp = parseHostPort(entry.trim());
    if (!hp.ok) throw new UsageError(`bad address '${entry}': ${hp.problem}`);
    let conn: KafkaConnection;
    try {
      conn = await KafkaConnection.open({ host: hp.value.host, port: hp.value.port, clientId: 'runnel-metadata-quorum', requestTimeoutMs: TIMEOUT_MS, connectTimeoutMs: 5_000 });
    } catch (err) {
      lastError = err;
      continue;
    }
    try {
      const quorum = await conn.send(DescribeQuorum, { topics: [{ topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0 }] }] });
      if (quorum.errorCode !== 0) throw new Error(`DescribeQuorum failed: ${errorName(quorum.errorCode)}${quorum.errorMessage ? `: ${quorum.errorMessage}` : ''}`);
      const cluster = await conn.send(DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 });
      return { clusterId: cluster.clusterId, quorum, now: Date.now() };
    } finally {
      conn.close();
    }
  }
  throw new Error(`no server in '${servers}' could be reached: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}

export async function main(argv: string[]): Promise<number> {
  const { flags: f, positionals } = parseArgs(argv, flags);
  if (f.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const servers = f['bootstrap-server'] ?? f['bootstrap-controller'];
  if (f['bootstrap-server'] !== undefined && f['bootstrap-controller'] !== undefined) throw new UsageError('give only one of --bootstrap-server and --bootstrap-controller');
  if (servers === undefined) throw new UsageError('one of --bootstrap-server or --bootstrap-controller is required');
  if (positionals.length !== 1 || positionals[0] !== 'describe') throw new UsageError(`expected the command 'describe', got '${positionals.join(' ')}'`);
  if (f.status === f.replication) throw new UsageError('describe needs exactly one of --status and --replication');
  let d: QuorumDescription;
  try {
    d = await describe(servers);
  } catch (err) {
    if (err instanceof UsageError || !(err instanceof Error)) throw err;
    process.stderr.write(`runnel metadata-quorum: ${err.message}\n`);
    return 1;
  }
  process.stdout.write(`${f.status ? formatStatus(d) : formatReplication(d, f['human-readable'] === true)}\n`);
  return 0;
}
