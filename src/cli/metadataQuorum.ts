/**
 * `runnel metadata-quorum`: kafka-metadata-quorum.sh (Kafka's MetadataQuorumCommand). `describe
 * --status` prints the quorum's leader, epoch, high watermark, follower lag and members; `describe
 * --replication` one row per replica. Asks a broker (--bootstrap-server, which forwards to the
 * active controller) or a controller directly (--bootstrap-controller; a controller that does not
 * lead is left for the leader it names) with DescribeQuorum at the highest version both support,
 * and DescribeCluster for the cluster id.
 */
import { DescribeCluster, DescribeQuorum } from '../client/clientApis.js';
import { KafkaConnection } from '../client/kafkaConnection.js';
import { parseHostPort, type HostPort } from '../config/listeners.js';
import type {
  DescribeQuorumResponse,
  DescribeQuorumResponsePartitionData,
  DescribeQuorumResponseReplicaState,
} from '../protocol/generated/messages/DescribeQuorumResponse.js';
import { ErrorCode, errorName } from '../protocol/kafkaErrors.js';
import { describeFlags, parseArgs, UsageError, type FlagSpecs } from './args.js';

const flags = {
  'bootstrap-server': { kind: 'string', doc: 'Brokers to ask: host:port[,host:port...]' },
  'bootstrap-controller': { kind: 'string', doc: 'Controllers to ask directly (their controller listener): host:port[,host:port...]' },
  status: { kind: 'boolean', doc: 'describe: the quorum leader, epoch, high watermark, lag and members' },
  replication: { kind: 'boolean', doc: 'describe: one row per replica with its log end offset, lag and fetch times' },
  'human-readable': { kind: 'boolean', doc: 'describe --replication: timestamps as "N ms ago"' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel metadata-quorum (--bootstrap-server h:p | --bootstrap-controller h:p) describe (--status | --replication [--human-readable])
${describeFlags(flags)}`;

const METADATA_TOPIC = '__cluster_metadata';
/** Kafka's Uuid.ZERO_UUID: a replica whose directory id is unknown (DescribeQuorum before v2). */
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const REQUEST_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 5_000;

export interface QuorumDescription {
  /** From DescribeCluster; only --status prints it. */
  readonly clusterId: string;
  readonly quorum: DescribeQuorumResponse;
  /** When the description was taken, for "N ms ago". */
  readonly now: number;
}

/** A failure to report in one line (exit code 1), not a usage mistake. */
export class MetadataQuorumError extends Error {
  override readonly name = 'MetadataQuorumError';
}

function errorText(code: number, message: string | null): string {
  return `${errorName(code)}${message ? `: ${message}` : ''}`;
}

/** The __cluster_metadata-0 partition of an answer, checked as Kafka's admin client checks it. */
export function quorumPartition(quorum: DescribeQuorumResponse): DescribeQuorumResponsePartitionData {
  if (quorum.errorCode !== ErrorCode.NONE) throw new MetadataQuorumError(`DescribeQuorum failed: ${errorText(quorum.errorCode, quorum.errorMessage)}`);
  const topic = quorum.topics.find((t) => t.topicName === METADATA_TOPIC);
  const p = topic?.partitions.find((x) => x.partitionIndex === 0);
  if (!p) throw new MetadataQuorumError(`the DescribeQuorum answer describes no ${METADATA_TOPIC}-0 partition`);
  if (p.errorCode !== ErrorCode.NONE) {
    const hint = p.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER ? ` (the node asked does not lead the metadata quorum; leader ${p.leaderId}, epoch ${p.leaderEpoch})` : '';
    throw new MetadataQuorumError(`DescribeQuorum failed: ${errorText(p.errorCode, p.errorMessage)}${hint}`);
  }
  return p;
}

function leaderOf(p: DescribeQuorumResponsePartitionData): DescribeQuorumResponseReplicaState {
  const leader = p.currentVoters.find((v) => v.replicaId === p.leaderId);
  if (!leader) throw new MetadataQuorumError(`the metadata quorum has no leader among its voters (LeaderId ${p.leaderId}, LeaderEpoch ${p.leaderEpoch})`);
  return leader;
}

/** `{"id": 1, "directoryId": "...", "endpoints": ["CONTROLLER://host:port"]}`, as Kafka prints a quorum member. */
function formatMember(quorum: DescribeQuorumResponse, r: DescribeQuorumResponseReplicaState): string {
  let text = `{"id": ${r.replicaId}`;
  if (r.replicaDirectoryId !== ZERO_UUID) text += `, "directoryId": "${r.replicaDirectoryId}"`;
  const listeners = quorum.nodes.find((n) => n.nodeId === r.replicaId)?.listeners ?? [];
  if (listeners.length > 0) {
    text += `, "endpoints": [${listeners.map((l) => `"${l.name}://${l.host.includes(':') ? `[${l.host}]` : l.host}:${l.port}"`).join(', ')}]`;
  }
  return `${text}}`;
}

/** What kafka-metadata-quorum.sh describe --status prints. */
export function formatStatus(d: QuorumDescription): string {
  const p = quorumPartition(d.quorum);
  const leader = leaderOf(p);
  // The voter furthest behind (the first of equals, the leader included), as Kafka picks it.
  const maxLagFollower = p.currentVoters.reduce((min, v) => (v.logEndOffset < min.logEndOffset ? v : min));
  const maxFollowerLag = leader.logEndOffset - maxLagFollower.logEndOffset;
  let maxFollowerLagTimeMs: bigint;
  if (maxLagFollower === leader) maxFollowerLagTimeMs = 0n;
  else if (leader.lastCaughtUpTimestamp >= 0n && maxLagFollower.lastCaughtUpTimestamp >= 0n) {
    maxFollowerLagTimeMs = leader.lastCaughtUpTimestamp - maxLagFollower.lastCaughtUpTimestamp;
  } else maxFollowerLagTimeMs = -1n;
  const members = (replicas: readonly DescribeQuorumResponseReplicaState[]): string => `[${replicas.map((r) => formatMember(d.quorum, r)).join(', ')}]`;
  const lines: Array<[string, string]> = [
    ['ClusterId', d.clusterId],
    ['LeaderId', String(p.leaderId)],
    ['LeaderEpoch', String(p.leaderEpoch)],
    ['HighWatermark', String(p.highWatermark)],
    ['MaxFollowerLag', String(maxFollowerLag)],
    ['MaxFollowerLagTimeMs', String(maxFollowerLagTimeMs)],
    ['CurrentVoters', members(p.currentVoters)],
    ['CurrentObservers', members(p.observers)],
  ];
  return lines.map(([k, v]) => `${`${k}:`.padEnd(24)}${v}`).join('\n');
}

/** Milliseconds from `timestamp` to `now`; refuses a timestamp in the future or before 1970, as Kafka does. */
function relativeTimeMs(timestamp: bigint, now: number, what: string): bigint {
  if (timestamp <= 0n || timestamp > BigInt(now)) {
    throw new MetadataQuorumError(`Error while computing relative time, possible drift in system clock.\nCurrent timestamp is ${now}, ${what} timestamp is ${timestamp}`);
  }
  return BigInt(now) - timestamp;
}

/** Kafka's ToolsUtils.prettyPrintTable: each cell padded to its column's width and followed by a tab. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  return [header, ...rows].map((r) => r.map((cell, c) => `${cell.padEnd(widths[c]!)}\t`).join('')).join('\n');
}

/** What kafka-metadata-quorum.sh describe --replication prints: the leader, the other voters, the observers. */
export function formatReplication(d: QuorumDescription, humanReadable: boolean): string {
  const p = quorumPartition(d.quorum);
  const leader = leaderOf(p);
  const time = (ts: bigint, what: string): string => (ts < 0n ? '-1' : humanReadable ? `${relativeTimeMs(ts, d.now, what)} ms ago` : String(ts));
  const row = (r: DescribeQuorumResponseReplicaState, status: string): string[] => [
    String(r.replicaId),
    r.replicaDirectoryId,
    String(r.logEndOffset),
    String(leader.logEndOffset - r.logEndOffset),
    time(r.lastFetchTimestamp, 'last fetch'),
    time(r.lastCaughtUpTimestamp, 'last caught up'),
    status,
  ];
  return table(
    ['NodeId', 'DirectoryId', 'LogEndOffset', 'Lag', 'LastFetchTimestamp', 'LastCaughtUpTimestamp', 'Status'],
    [
      row(leader, 'Leader'),
      ...p.currentVoters.filter((v) => v !== leader).map((v) => row(v, 'Follower')),
      ...p.observers.map((o) => row(o, 'Observer')),
    ],
  );
}

/** Parses a --bootstrap-* list; a malformed entry is a usage mistake. */
export function parseServers(flag: string, text: string): HostPort[] {
  return text.split(',').map((entry) => {
    const hp = parseHostPort(entry.trim());
    if (!hp.ok) throw new UsageError(`--${flag}: ${hp.problem}`);
    return hp.value;
  });
}

async function openAny(servers: readonly HostPort[]): Promise<KafkaConnection> {
  const failures: string[] = [];
  for (const { host, port } of servers) {
    try {
      return await KafkaConnection.open({ host, port, clientId: 'runnel-metadata-quorum', requestTimeoutMs: REQUEST_TIMEOUT_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS });
    } catch (err) {
      failures.push(err instanceof Error ? err.message : String(err));
    }
  }
  throw new MetadataQuorumError(`no server could be reached: ${failures.join('; ')}`);
}

/** The leader's endpoint when `quorum` is a controller's NOT_LEADER_OR_FOLLOWER naming a leader it knows. */
function leaderEndpoint(quorum: DescribeQuorumResponse): HostPort | null {
  const p = quorum.topics.find((t) => t.topicName === METADATA_TOPIC)?.partitions[0];
  if (p?.errorCode !== ErrorCode.NOT_LEADER_OR_FOLLOWER || p.leaderId < 0) return null;
  const listener = quorum.nodes.find((n) => n.nodeId === p.leaderId)?.listeners[0];
  return listener ? { host: listener.host, port: listener.port } : null;
}

async function askQuorum(conn: KafkaConnection): Promise<DescribeQuorumResponse> {
  return conn.send(DescribeQuorum, { topics: [{ topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0 }] }] });
}

async function askClusterId(conn: KafkaConnection): Promise<string> {
  // Runnel's controller listener answers DescribeCluster for the broker endpoint type too, so one
  // request serves both flags (Kafka's controllers want CONTROLLER from --bootstrap-controller).
  const cluster = await conn.send(DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 });
  if (cluster.errorCode !== ErrorCode.NONE) throw new MetadataQuorumError(`DescribeCluster failed: ${errorText(cluster.errorCode, cluster.errorMessage)}`);
  return cluster.clusterId;
}

/**
 * Asks the first reachable server (and the cluster id when `withClusterId`); with `direct`, a
 * controller that does not lead is left for the leader it names, once.
 */
export async function describeQuorum(servers: readonly HostPort[], direct: boolean, withClusterId: boolean): Promise<QuorumDescription> {
  let conn = await openAny(servers);
  try {
    let quorum = await askQuorum(conn);
    const leader = direct ? leaderEndpoint(quorum) : null;
    if (leader !== null) {
      conn.close();
      conn = await openAny([leader]);
      quorum = await askQuorum(conn);
    }
    const clusterId = withClusterId ? await askClusterId(conn) : '';
    return { clusterId, quorum, now: Date.now() };
  } finally {
    conn.close();
  }
}

/** The checked arguments of a describe. */
export interface DescribeArgs {
  readonly servers: readonly HostPort[];
  readonly direct: boolean;
  readonly mode: 'status' | 'replication';
  readonly humanReadable: boolean;
}

/** Checks argv as Kafka's tool does; null for --help. */
export function parseDescribeArgs(argv: readonly string[]): DescribeArgs | null {
  const { flags: f, positionals } = parseArgs(argv, flags);
  if (f.help) return null;
  const server = f['bootstrap-server'];
  const controller = f['bootstrap-controller'];
  if (server !== undefined && controller !== undefined) throw new UsageError('argument --bootstrap-controller: not allowed with argument --bootstrap-server');
  if (server === undefined && controller === undefined) throw new UsageError('one of the arguments --bootstrap-server --bootstrap-controller is required');
  const [command, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing the command: describe');
  if (command === 'add-controller' || command === 'remove-controller') {
    throw new UsageError(`${command} is not supported: Runnel's voters are fixed when the storage is formatted (no KIP-853 reconfiguration yet)`);
  }
  if (command !== 'describe') throw new UsageError(`invalid command '${command}' (choose from 'describe')`);
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  if (f.status && f.replication) throw new UsageError('Only one of --status or --replication should be specified with describe sub-command');
  if (!f.status && !f.replication) throw new UsageError('One of --status or --replication must be specified with describe sub-command');
  if (f.status && f['human-readable']) throw new UsageError('The option --human-readable is only supported along with --replication');
  return {
    servers: controller !== undefined ? parseServers('bootstrap-controller', controller) : parseServers('bootstrap-server', server!),
    direct: controller !== undefined,
    mode: f.status ? 'status' : 'replication',
    humanReadable: f['human-readable'] === true,
  };
}

export async function main(argv: string[]): Promise<number> {
  const args = parseDescribeArgs(argv);
  if (args === null) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let out: string;
  try {
    const d = await describeQuorum(args.servers, args.direct, args.mode === 'status');
    out = args.mode === 'status' ? formatStatus(d) : formatReplication(d, args.humanReadable);
  } catch (err) {
    if (err instanceof UsageError || !(err instanceof Error)) throw err;
    process.stderr.write(`runnel metadata-quorum: ${err.message}\n`);
    return 1;
  }
  process.stdout.write(`${out}\n`);
  return 0;
}
