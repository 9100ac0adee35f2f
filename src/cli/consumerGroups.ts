/**
 * `runnel consumer-groups`: kafka-consumer-groups.sh. Lists, describes and deletes consumer
 * groups, resets their offsets and deletes committed offsets, with Kafka's flags, messages and
 * padded columns (ConsumerGroupCommand). Only consumer groups are shown: protocol type "consumer"
 * (or none, for groups that only commit offsets). Not supported: --from-file, --export,
 * --command-config and --validate-regex.
 */
import { KafkaError, ErrorCode } from '../protocol/kafkaErrors.js';
import type { KafkaClient } from '../client/kafkaClient.js';
import { CONSUMER_PROTOCOL_TYPE } from '../client/consumerProtocol.js';
import { GroupAdmin, type CommittedOffset, type GroupDescription, type GroupListing } from '../client/groupAdmin.js';
import { planOffsetReset, ResetPlanError, type ResetOffset, type ResetSpec } from '../client/offsetResetPlan.js';
import type { PartitionResult } from '../client/offsetCommit.js';
import { compareTopicPartitions, groupByTopic, topicPartitionKey, type TopicPartition } from '../client/topicPartition.js';
import { describeFlags, UsageError, type FlagSpecs, type ParsedArgs } from './args.js';
import { connect, parseToolArgs } from './toolSupport.js';

export const flagSpecs = {
  'bootstrap-server': { kind: 'string', doc: 'REQUIRED: The server(s) to connect to.' },
  group: { kind: 'list', doc: 'The consumer group we wish to act on.' },
  topic: { kind: 'list', doc: 'The topic (with --reset-offsets or --delete-offsets); partitions as topic:0,1,2' },
  'all-topics': { kind: 'boolean', doc: 'Consider all topics assigned to a group in the reset-offsets process.' },
  list: { kind: 'boolean', doc: 'List all consumer groups.' },
  describe: { kind: 'boolean', doc: 'Describe consumer group and list offset lag related to given group.' },
  'all-groups': { kind: 'boolean', doc: 'Apply to all consumer groups.' },
  delete: { kind: 'boolean', doc: 'Delete the given groups (--group g1 --group g2) with their offsets.' },
  'delete-offsets': { kind: 'boolean', doc: 'Delete offsets of consumer group for the given topics.' },
  'reset-offsets': { kind: 'boolean', doc: 'Reset offsets of an inactive consumer group (--dry-run by default, --execute to apply).' },
  'dry-run': { kind: 'boolean', doc: 'Only show results without executing changes.' },
  execute: { kind: 'boolean', doc: 'Execute operation (reset-offsets).' },
  'to-offset': { kind: 'string', doc: 'Reset offsets to a specific offset.' },
  'to-datetime': { kind: 'string', doc: "Reset offsets to offset from datetime. Format: 'YYYY-MM-DDTHH:mm:SS.sss'" },
  'by-duration': { kind: 'string', doc: "Reset offsets to offset by duration from current timestamp. Format: 'PnDTnHnMnS'" },
  'to-earliest': { kind: 'boolean', doc: 'Reset offsets to earliest offset.' },
  'to-latest': { kind: 'boolean', doc: 'Reset offsets to latest offset.' },
  'to-current': { kind: 'boolean', doc: 'Reset offsets to current offset.' },
  'shift-by': { kind: 'string', doc: "Reset offsets shifting current offset by 'n', where 'n' can be positive or negative." },
  members: { kind: 'boolean', doc: 'With --describe: the members of the group.' },
  offsets: { kind: 'boolean', doc: 'With --describe: partitions with their offset lag (the default).' },
  state: { kind: 'string', doc: 'With --describe: the state of the group; with --list: show (or filter by, e.g. stable,empty) states.' },
  type: { kind: 'string', doc: 'With --list: show (or filter by, e.g. classic,consumer) group types.' },
  verbose: { kind: 'boolean', doc: 'Provide additional information when describing the group.' },
  timeout: { kind: 'string', doc: 'How long (ms) a request may keep retrying (default 5000).' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

type Flags = ParsedArgs<typeof flagSpecs>['flags'];

const usage = `Usage: runnel consumer-groups --bootstrap-server <host:port> (--list | --describe | --delete | --reset-offsets | --delete-offsets) [options]
${describeFlags(flagSpecs)}`;

const MISSING = '-';
const DEFAULT_TIMEOUT_MS = 5_000;
const ACTIONS = ['list', 'describe', 'delete', 'reset-offsets', 'delete-offsets'] as const;
const RESET_SCENARIOS = ['to-offset', 'shift-by', 'to-datetime', 'by-duration', 'to-earliest', 'to-latest', 'to-current'] as const;
// Flags that take an optional value in Kafka (`--state` alone, or `--state stable,empty`).
const OPTIONAL_VALUE_FLAGS = new Set(['--state', '--type']);

// Kafka's GroupState and GroupType names, in its spelling.
const CONSUMER_GROUP_STATES = ['PreparingRebalance', 'CompletingRebalance', 'Stable', 'Dead', 'Empty', 'Assigning', 'Reconciling'] as const;
const REBALANCING_STATES = new Set(['PreparingRebalance', 'CompletingRebalance', 'Assigning', 'Reconciling']);
const CONSUMER_GROUP_TYPES = ['Classic', 'Consumer'] as const;

/** A failure Kafka reports as "Error: Executing consumer group command failed due to ...". */
class CommandError extends Error {}

// ---------------------------------------------------------------- arguments

/** `--state`/`--type` with no value become `--state=` so the shared parser sees an empty value. */
export function withOptionalValues(argv: readonly string[]): string[] {
  return argv.map((arg, i) => (OPTIONAL_VALUE_FLAGS.has(arg) && (i + 1 >= argv.length || argv[i + 1]!.startsWith('--')) ? `${arg}=` : arg));
}

const has = (flags: Flags, name: keyof Flags): boolean => {
  const v = flags[name];
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false;
};

/** Kafka's ConsumerGroupCommandOptions.checkArgs, in its words. Returns the one action. */
export function checkArgs(flags: Flags): (typeof ACTIONS)[number] {
  const actions = ACTIONS.filter((a) => flags[a]);
  if (actions.length !== 1) throw new UsageError(`Command must include exactly one action: ${ACTIONS.map((a) => `--${a}`).join(', ')}`);
  const action = actions[0]!;
  const cannotCombine = (a: string, b: string): UsageError => new UsageError(`Option "[${a}]" can't be used with option "[${b}]"`);
  const unavailable = (names: string[]): void => {
    const present = names.filter((n) => has(flags, n as keyof Flags));
    if (present.length > 0) throw new UsageError(`Option(s) [${present.join(', ')}] are unavailable given other options on the command line`);
  };
  const scope = has(flags, 'group') || flags['all-groups'];
  if (action !== 'describe') unavailable(action === 'list' ? ['members', 'verbose', 'offsets'] : ['members', 'verbose', 'offsets', 'state']);
  if (action !== 'list') unavailable(['type']);
  if (has(flags, 'group') && flags['all-groups']) throw cannotCombine('group', 'all-groups');
  if (has(flags, 'group') && action === 'list') throw cannotCombine('group', 'list');
  if (has(flags, 'topic') && (action === 'list' || action === 'describe')) throw cannotCombine('topic', action);
  switch (action) {
    case 'describe': {
      if (!scope) throw new UsageError('Option [describe] takes one of these options: [group], [all-groups]');
      if ([flags.members, flags.offsets, flags.state !== undefined].filter(Boolean).length > 1) {
        throw new UsageError('Option [describe] takes at most one of these options: [members], [offsets], [state]');
      }
      if (flags.state !== undefined && flags.state !== '') throw new UsageError('Option [describe] does not take a value for [state]');
      break;
    }
    case 'delete':
      if (!scope) throw new UsageError('Option [delete] takes one of these options: [group], [all-groups]');
      if (has(flags, 'topic')) throw new UsageError('The consumer does not support topic-specific offset deletion from a consumer group.');
      break;
    case 'delete-offsets':
      if (!has(flags, 'group') || !has(flags, 'topic')) throw new UsageError('Option [delete-offsets] takes the following options: [group], [topic]');
      if (flags.group.length > 1) throw new UsageError('Option [delete-offsets] acts on one group at a time');
      break;
    case 'reset-offsets': {
      if (flags['dry-run'] && flags.execute) throw new UsageError('Option [reset-offsets] only accepts one of [execute] and [dry-run]');
      if (!scope) throw new UsageError('Option [reset-offsets] takes one of these options: [group], [all-groups]');
      const scenarios = RESET_SCENARIOS.filter((s) => has(flags, s));
      if (scenarios.length > 1) throw cannotCombine(scenarios[0]!, scenarios[1]!);
      if (scenarios.length === 0) throw new UsageError(`Option '[reset-offsets]' requires one of the following scenarios: [${RESET_SCENARIOS.join(', ')}]`);
      if (!flags['all-topics'] && !has(flags, 'topic')) throw new UsageError('One of the reset scopes should be defined: --all-topics, --topic.');
      if (flags['all-topics'] && has(flags, 'topic')) throw cannotCombine('all-topics', 'topic');
      break;
    }
    case 'list':
      break;
  }
  return action;
}

function longArg(flag: string, text: string | undefined): bigint | undefined {
  if (text === undefined) return undefined;
  if (!/^[-+]?\d+$/.test(text.trim())) throw new UsageError(`Cannot parse argument '${text}' of option ${flag}`);
  const n = BigInt(text.trim());
  if (n < -(2n ** 63n) || n >= 2n ** 63n) throw new UsageError(`Cannot parse argument '${text}' of option ${flag}`);
  return n;
}

/** Kafka's groupStatesFromString: comma-separated, case-insensitive; returns Kafka's spelling. */
export function parseStates(text: string): string[] {
  return parseNames(text, CONSUMER_GROUP_STATES, (bad) => `Invalid state list '${bad}'. Valid states are: ${CONSUMER_GROUP_STATES.join(', ')}`);
}

/** Kafka's consumerGroupTypesFromString. */
export function parseTypes(text: string): string[] {
  return parseNames(text, CONSUMER_GROUP_TYPES, (bad) => `Invalid types list '${bad}'. Valid types are: ${CONSUMER_GROUP_TYPES.join(', ')}`);
}

function parseNames(text: string, valid: readonly string[], message: (text: string) => string): string[] {
  const out = new Set<string>();
  for (const part of text.split(',')) {
    const name = valid.find((v) => v.toLowerCase() === part.trim().toLowerCase());
    if (name === undefined) throw new UsageError(message(text));
    out.add(name);
  }
  return [...out];
}

/** `topic:0,1,2` as Kafka's parseTopicsWithPartitions reads it. */
export function parseTopicPartitions(arg: string): TopicPartition[] {
  const parts = arg.split(':');
  if (parts.length !== 2) throw new UsageError(`Invalid topic arg '${arg}', expected topic name and partitions`);
  const [topic, list] = parts as [string, string];
  return list.split(',').map((p) => {
    if (!/^[-+]?\d+$/.test(p) || !Number.isSafeInteger(Number(p)) || Math.abs(Number(p)) > 2 ** 31 - 1) {
      throw new UsageError(`Invalid partition '${p}' specified in topic arg '${arg}''`);
    }
    return { topic, partition: Number(p) };
  });
}

/**
 * Kafka's Utils.getDateTime: `yyyy-MM-ddTHH:mm:ss.SSS`, optionally followed by Z, ±HH, ±HHmm or
 * ±HH:mm; without a zone the time is UTC. Milliseconds since the epoch.
 */
export function parseDateTime(text: string): bigint {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  const fail = (): never => {
    throw new CommandError(`Unparseable date: "${text}"`);
  };
  if (m === null) return fail();
  const [year, month, day, hour, minute, second, milli] = m.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (hours > 18 || minutes > 59) return fail();
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milli);
  const check = new Date(utc);
  // Strict, like Kafka's non-lenient SimpleDateFormat: 2024-02-30 is refused, not rolled over.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return fail();
  return BigInt(utc - offsetMinutes * 60_000);
}

/** java.time.Duration.parse (`PnDTnHnMnS`, signs and fractional seconds allowed), in milliseconds. */
export function parseDuration(text: string): bigint {
  const m = /^([-+]?)P(?:([-+]?\d+)D)?(?:T(?:([-+]?\d+)H)?(?:([-+]?\d+)M)?(?:([-+]?\d+)(?:[.,](\d{0,9}))?S)?)?$/i.exec(text);
  if (m === null || text.toUpperCase().endsWith('T') || m.slice(2, 6).every((g) => g === undefined)) throw new CommandError('Text cannot be parsed to a Duration');
  const n = (g: string | undefined): bigint => (g === undefined ? 0n : BigInt(g));
  const secondsSign = m[5]?.startsWith('-') ? -1n : 1n;
  const fractionMs = m[6] === undefined || m[6] === '' ? 0n : BigInt(m[6].padEnd(9, '0').slice(0, 3));
  const ms = n(m[2]) * 86_400_000n + n(m[3]) * 3_600_000n + n(m[4]) * 60_000n + n(m[5]) * 1_000n + secondsSign * fractionMs;
  return m[1] === '-' ? -ms : ms;
}

/** The reset scenario of the flags (checkArgs has made sure there is exactly one). */
export function resetSpec(flags: Flags, now = Date.now()): ResetSpec {
  if (flags['to-earliest']) return { kind: 'earliest' };
  if (flags['to-latest']) return { kind: 'latest' };
  if (flags['to-current']) return { kind: 'current' };
  const offset = longArg('to-offset', flags['to-offset']);
  if (offset !== undefined) return { kind: 'offset', offset };
  const by = longArg('shift-by', flags['shift-by']);
  if (by !== undefined) return { kind: 'shift', by };
  if (flags['to-datetime'] !== undefined) return { kind: 'timestamp', timestamp: parseDateTime(flags['to-datetime']) };
  return { kind: 'timestamp', timestamp: BigInt(now) - parseDuration(flags['by-duration']!) };
}

// ---------------------------------------------------------------- output shapes

/** Java's `%-Ns`. */
const col = (value: string, width: number): string => value.padEnd(width);
const widest = (min: number, values: Iterable<string>): number => Math.max(min, ...[...values].map((v) => v.length));

/** One row of `--describe --offsets` (Kafka's PartitionAssignmentState). */
export interface OffsetRow {
  group: string;
  topic: string | null;
  partition: number | null;
  leaderEpoch: number | null;
  offset: bigint | null;
  logEndOffset: bigint | null;
  consumerId: string;
  host: string;
  clientId: string;
}

const lagOf = (r: OffsetRow): bigint | null => (r.offset === null || r.offset === -1n || r.logEndOffset === null ? null : r.logEndOffset - r.offset);
const orMissing = (v: { toString(): string } | null): string => (v === null ? MISSING : v.toString());

/**
 * Kafka's collectGroupsOffsets: members with partitions (most partitions first), each partition
 * sorted; then committed partitions no member owns, with '-' for the member columns.
 */
export function offsetRows(d: GroupDescription, committed: readonly CommittedOffset[], logEnds: ReadonlyMap<string, bigint>): OffsetRow[] {
  const committedAt = new Map(committed.map((c) => [topicPartitionKey(c), c]));
  const row = (tp: TopicPartition, consumerId: string, host: string, clientId: string): OffsetRow => {
    const c = committedAt.get(topicPartitionKey(tp));
    return {
      group: d.groupId,
      topic: tp.topic,
      partition: tp.partition,
      leaderEpoch: c === undefined || c.leaderEpoch < 0 ? null : c.leaderEpoch,
      offset: c?.offset ?? null,
      logEndOffset: logEnds.get(topicPartitionKey(tp)) ?? null,
      consumerId,
      host,
      clientId,
    };
  };
  const owned = new Set<string>();
  const rows: OffsetRow[] = [];
  const members = d.members.filter((m) => m.assignment.length > 0).sort((a, b) => b.assignment.length - a.assignment.length);
  for (const m of members) {
    for (const tp of [...m.assignment].sort(compareTopicPartitions)) {
      owned.add(topicPartitionKey(tp));
      rows.push(row(tp, m.memberId, m.host, m.clientId));
    }
  }
  for (const c of committed) if (!owned.has(topicPartitionKey(c))) rows.push(row(c, MISSING, MISSING, MISSING));
  return rows;
}

export function formatOffsets(rows: readonly OffsetRow[], verbose: boolean): string {
  const g = widest(15, rows.map((r) => r.group));
  const t = widest(15, rows.map((r) => r.topic ?? MISSING));
  const c = widest(15, rows.map((r) => r.consumerId));
  const h = widest(15, rows.map((r) => r.host));
  const line = (cells: string[]): string => {
    const [group, topic, partition, ...rest] = cells as [string, string, string, ...string[]];
    const numbers = verbose ? rest.slice(0, 4) : rest.slice(0, 3);
    const [consumer, host, client] = rest.slice(numbers.length) as [string, string, string];
    return [col(group, g), col(topic, t), col(partition, 10), ...numbers.map((n) => col(n, 15)), col(consumer, c), col(host, h), client].join(' ');
  };
  const header = ['GROUP', 'TOPIC', 'PARTITION', ...(verbose ? ['LEADER-EPOCH'] : []), 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID'];
  const lines = rows.map((r) => line([
    r.group, r.topic ?? MISSING, orMissing(r.partition), ...(verbose ? [orMissing(r.leaderEpoch)] : []),
    orMissing(r.offset), orMissing(r.logEndOffset), orMissing(lagOf(r)), r.consumerId, r.host, r.clientId,
  ]));
  return `\n${[line(header), ...lines].join('\n')}\n`;
}

/** Kafka's getAssignmentString: `topic:0,1;other:2`, topics sorted. */
export function assignmentString(tps: readonly TopicPartition[]): string {
  if (tps.length === 0) return MISSING;
  return [...groupByTopic(tps)]
    .map(([topic, list]) => `${topic}:${list.map((tp) => tp.partition).sort((a, b) => a - b).join(',')}`)
    .sort()
    .join(';');
}

export function formatMembers(d: GroupDescription, verbose: boolean, withWidths: boolean): string {
  const members = d.members;
  const sized = withWidths ? members : [];
  const g = widest(15, sized.map(() => d.groupId));
  const c = widest(15, sized.map((m) => m.memberId));
  const gi = widest(17, sized.map((m) => m.groupInstanceId ?? ''));
  const h = widest(15, sized.map((m) => m.host));
  const cl = widest(15, sized.map((m) => m.clientId));
  const current = widest(20, sized.map((m) => assignmentString(m.assignment)));
  const target = widest(20, sized.map((m) => assignmentString(m.targetAssignment ?? [])));
  const withInstance = sized.some((m) => (m.groupInstanceId ?? '') !== '');
  const head = (cells: [string, string, string, string, string, string]): string => {
    const [group, consumer, instance, host, client, count] = cells;
    return `${[col(group, g), col(consumer, c), ...(withInstance ? [col(instance, gi)] : []), col(host, h), col(client, cl), col(count, 15)].join(' ')} `;
  };
  const tail = (cells: [string, string, string, string]): string => [col(cells[0], 15), col(cells[1], current), col(cells[2], 15), col(cells[3], target)].join(' ');
  let out = `\n${head(['GROUP', 'CONSUMER-ID', 'GROUP-INSTANCE-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS'])}`;
  if (verbose) out += tail(['CURRENT-EPOCH', 'CURRENT-ASSIGNMENT', 'TARGET-EPOCH', 'TARGET-ASSIGNMENT']);
  out += '\n';
  for (const m of members) {
    out += head([d.groupId, m.memberId, m.groupInstanceId ?? '', m.host, m.clientId, String(m.assignment.length)]);
    if (verbose) {
      out += tail([orMissing(m.memberEpoch), assignmentString(m.assignment), orMissing(d.targetAssignmentEpoch), assignmentString(m.targetAssignment ?? [])]);
    }
    out += '\n';
  }
  return out;
}

export function formatState(d: GroupDescription, verbose: boolean): string {
  const coordinator = `${d.coordinator.host}:${d.coordinator.port}  (${d.coordinator.nodeId})`;
  const g = widest(15, [d.groupId]);
  const co = widest(25, [coordinator]);
  const line = (cells: string[]): string => {
    const [group, coord, ...rest] = cells as [string, string, ...string[]];
    return [col(group, g), col(coord, co), ...rest.slice(0, -1).map((v, i) => col(v, [20, 20, 15, 25][i]!)), rest.at(-1)!].join(' ');
  };
  const header = ['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', ...(verbose ? ['GROUP-EPOCH', 'TARGET-ASSIGNMENT-EPOCH'] : []), '#MEMBERS'];
  const row = [d.groupId, coordinator, d.assignor === '' ? MISSING : d.assignor, d.state,
    ...(verbose ? [orMissing(d.groupEpoch), orMissing(d.targetAssignmentEpoch)] : []), String(d.members.length)];
  return `\n${line(header)}\n${line(row)}\n`;
}

/** `--list --state/--type`: GROUP padded to the longest id plus 10, then 20-wide TYPE and STATE. */
export function formatListing(groups: readonly GroupListing[], includeType: boolean, includeState: boolean): string {
  const g = widest(15, groups.map((l) => l.groupId)) + 10;
  const line = (id: string, type: string, state: string): string =>
    [col(id, g), ...(includeType ? [col(type, 20)] : []), ...(includeState ? [col(state, 20)] : [])].join(' ');
  const typeName = (t: string | null): string => CONSUMER_GROUP_TYPES.find((n) => n.toLowerCase() === t?.toLowerCase()) ?? (t === null || t === '' ? 'Unknown' : t);
  const stateName = (s: string | null): string => CONSUMER_GROUP_STATES.find((n) => n.toLowerCase() === s?.toLowerCase()) ?? (s === null || s === '' ? 'Unknown' : s);
  return [line('GROUP', 'TYPE', 'STATE'), ...groups.map((l) => line(l.groupId, typeName(l.type), stateName(l.state)))].map((l) => `${l}\n`).join('');
}

export function formatResetPlan(plans: ReadonlyMap<string, readonly ResetOffset[]>): string {
  const entries = [...plans].flatMap(([group, offsets]) => offsets.map((o) => ({ group, ...o })));
  const g = widest(15, plans.keys());
  const t = widest(15, entries.map((e) => e.topic));
  const line = (group: string, topic: string, partition: string, offset: string): string => `\n${col(group, g)} ${col(topic, t)} ${col(partition, 10)} ${offset}`;
  let out = plans.size > 0 ? line('GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET') : '';
  for (const e of entries) out += line(e.group, e.topic, String(e.partition), String(e.offset));
  return `${out}\n`;
}

/** `--delete-offsets`' table; a partition of -1 stands for a whole topic that could not be described. */
export function formatDeleteOffsets(results: readonly PartitionResult[]): string {
  const t = widest(15, results.map((r) => r.topic));
  // Kafka sorts by topic name and partition concatenated as one string.
  const sorted = [...results].sort((a, b) => {
    const ka = `${a.topic}${a.partition}`;
    const kb = `${b.topic}${b.partition}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const line = (topic: string, partition: string, status: string): string => `\n${col(topic, t)} ${col(partition, 10)} ${col(status, 15)}`;
  let out = line('TOPIC', 'PARTITION', 'STATUS');
  for (const r of sorted) out += line(r.topic, r.partition >= 0 ? String(r.partition) : MISSING, r.error === null ? 'Successful' : `Error: ${describeError(r.error)}`);
  return `${out}\n`;
}

const describeError = (e: KafkaError): string => `${e.name}: ${e.message}`;

// ---------------------------------------------------------------- actions

interface Tool {
  client: KafkaClient;
  admin: GroupAdmin;
  flags: Flags;
}

const out = (text: string): void => void process.stdout.write(text);
const err = (text: string): void => void process.stderr.write(text);
/** Kafka's printError: a blank line, then the message, on stdout. */
const printError = (message: string): void => out(`\nError: ${message}\n`);

/** Kafka's ListGroupsOptions.forConsumerGroups: the "consumer" protocol type, or none. */
const isConsumerGroup = (g: GroupListing): boolean => g.protocolType === CONSUMER_PROTOCOL_TYPE || g.protocolType === '';

async function consumerGroupIds(tool: Tool): Promise<string[]> {
  return (await tool.admin.listGroups()).filter(isConsumerGroup).map((g) => g.groupId);
}

async function list(tool: Tool): Promise<number> {
  const { flags } = tool;
  const includeType = flags.type !== undefined;
  const includeState = flags.state !== undefined;
  if (!includeType && !includeState) {
    out((await consumerGroupIds(tool)).map((id) => `${id}\n`).join(''));
    return 0;
  }
  const states = flags.state ? parseStates(flags.state) : [];
  const types = flags.type ? parseTypes(flags.type) : [];
  const inSet = (wanted: readonly string[], v: string | null): boolean => wanted.length === 0 || v === null || wanted.some((w) => w.toLowerCase() === v.toLowerCase());
  const groups = (await tool.admin.listGroups({ states, types }))
    .filter((g) => isConsumerGroup(g) && inSet(states, g.state) && inSet(types, g.type));
  out(formatListing(groups, includeType, includeState));
  return 0;
}

/** The state Kafka's tool reasons about: an unknown group is Dead (DescribeGroups v5) or GROUP_ID_NOT_FOUND. */
function stateOf(d: GroupDescription): string {
  if (d.error?.code === ErrorCode.GROUP_ID_NOT_FOUND) return 'Dead';
  if (d.error !== null) throw new CommandError(`group '${d.groupId}': ${describeError(d.error)}`);
  return d.state;
}

/** Kafka's shouldPrintMemberState: prints the group's condition; false when there is nothing to show. */
function reportState(group: string, state: string, rows: number): boolean {
  if (state === 'Dead') {
    printError(`Consumer group '${group}' does not exist.`);
    return false;
  }
  if (state === 'Empty') err(`\nConsumer group '${group}' has no active members.\n`);
  else if (REBALANCING_STATES.has(state)) err(`\nWarning: Consumer group '${group}' is rebalancing.\n`);
  else if (state !== 'Stable') throw new CommandError(`Expected a valid consumer group state, but found '${state}'.`);
  return rows > 0;
}

async function logEndOffsets(client: KafkaClient, partitions: readonly TopicPartition[]): Promise<Map<string, bigint>> {
  const ends = new Map<string, bigint>();
  await Promise.all([...groupByTopic(partitions)].map(async ([topic, list]) => {
    try {
      const offsets = await client.listOffsets(topic, 'latest', list.map((tp) => tp.partition));
      for (const [partition, offset] of offsets) ends.set(topicPartitionKey({ topic, partition }), offset);
    } catch (e) {
      // A topic deleted since the commit (or a partition without a leader) shows '-', as in Kafka.
      if (!(e instanceof KafkaError)) throw e;
    }
  }));
  return ends;
}

async function describe(tool: Tool): Promise<number> {
  const { flags, admin } = tool;
  const ids = flags['all-groups'] ? await consumerGroupIds(tool) : flags.group;
  const descriptions = (await admin.describeGroups(ids)).sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
  let missing = false;
  for (const d of descriptions) {
    const state = stateOf(d);
    missing ||= state === 'Dead';
    if (flags.members) {
      const show = reportState(d.groupId, state, d.members.length);
      out(formatMembers(d, flags.verbose, show));
    } else if (flags.state !== undefined) {
      if (reportState(d.groupId, state, 1)) out(formatState(d, flags.verbose));
    } else {
      const committed = state === 'Dead' ? [] : await admin.offsetFetch(d.groupId, null);
      const partitions = [...d.members.flatMap((m) => m.assignment), ...committed];
      const rows = offsetRows(d, committed, await logEndOffsets(tool.client, partitions));
      if (reportState(d.groupId, state, rows.length)) out(formatOffsets(rows, flags.verbose));
    }
  }
  return missing ? 1 : 0;
}

async function deleteGroups(tool: Tool): Promise<number> {
  const ids = tool.flags['all-groups'] ? await consumerGroupIds(tool) : tool.flags.group;
  const results = await tool.admin.deleteGroups(ids);
  const ok = results.filter((r) => r.error === null).map((r) => `'${r.groupId}'`);
  const failed = results.filter((r) => r.error !== null);
  if (failed.length === 0) {
    out(`Deletion of requested consumer groups (${ok.join(', ')}) was successful.\n`);
    return 0;
  }
  printError('Deletion of some consumer groups failed:');
  for (const f of failed) out(`* Group '${f.groupId}' could not be deleted due to: ${describeError(f.error!)}\n`);
  if (ok.length > 0) out(`\nThese consumer groups were deleted successfully: ${ok.join(', ')}\n`);
  return 1;
}

/** The partitions of `--topic` arguments: `t:0,1` as given, a bare `t` as all of its partitions. */
async function topicPartitions(client: KafkaClient, args: readonly string[]): Promise<{ partitions: TopicPartition[]; unknownTopics: PartitionResult[] }> {
  const partitions = new Map<string, TopicPartition>();
  const unknownTopics: PartitionResult[] = [];
  for (const arg of args) {
    if (arg.includes(':')) {
      for (const tp of parseTopicPartitions(arg)) partitions.set(topicPartitionKey(tp), tp);
      continue;
    }
    try {
      for (const p of (await client.topicMetadata(arg)).partitions) partitions.set(topicPartitionKey({ topic: arg, partition: p.partition }), { topic: arg, partition: p.partition });
    } catch (e) {
      if (!(e instanceof KafkaError)) throw e;
      unknownTopics.push({ topic: arg, partition: -1, error: e });
    }
  }
  return { partitions: [...partitions.values()], unknownTopics };
}

async function resetOffsets(tool: Tool): Promise<number> {
  const { flags, admin, client } = tool;
  if (!flags['dry-run'] && !flags.execute) {
    err('WARN: No action will be performed as the --execute option is missing. In a future major release, the default behavior of this command will be to prompt the user before executing the reset rather than doing a dry run. You should add the --dry-run option explicitly if you are scripting this command and want to keep the current default behavior without prompting.\n');
  }
  const spec = resetSpec(flags);
  const ids = flags['all-groups'] ? await consumerGroupIds(tool) : flags.group;
  const plans = new Map<string, ResetOffset[]>();
  let refused = false;
  for (const d of await admin.describeGroups(ids)) {
    const state = stateOf(d);
    if (state !== 'Empty' && state !== 'Dead') {
      printError(`Assignments can only be reset if the group '${d.groupId}' is inactive, but the current state is ${state}.`);
      plans.set(d.groupId, []);
      refused = true;
      continue;
    }
    let partitions: TopicPartition[];
    if (flags['all-topics']) {
      partitions = await admin.offsetFetch(d.groupId, null);
    } else {
      const resolved = await topicPartitions(client, flags.topic);
      if (resolved.unknownTopics.length > 0) throw resolved.unknownTopics[0]!.error!;
      partitions = resolved.partitions;
    }
    const plan = await planOffsetReset(client, admin, d.groupId, partitions, spec);
    for (const w of plan.warnings) err(`WARN ${w}\n`);
    for (const n of plan.notices) out(`\n${n}\n`);
    if (flags.execute) {
      const failed = (await admin.offsetCommit(d.groupId, plan.offsets)).find((r) => r.error !== null);
      if (failed !== undefined) throw new CommandError(`committing ${failed.topic}-${failed.partition} for group '${d.groupId}': ${describeError(failed.error!)}`);
    }
    plans.set(d.groupId, plan.offsets);
  }
  out(formatResetPlan(plans));
  return refused ? 1 : 0;
}

const GROUP_LEVEL_DELETE_ERRORS: ReadonlySet<number> = new Set([ErrorCode.INVALID_GROUP_ID, ErrorCode.GROUP_ID_NOT_FOUND, ErrorCode.GROUP_AUTHORIZATION_FAILED, ErrorCode.NON_EMPTY_GROUP]);
const PARTITION_LEVEL_DELETE_ERRORS: ReadonlySet<number> = new Set([ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, ErrorCode.TOPIC_AUTHORIZATION_FAILED, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);

async function deleteOffsets(tool: Tool): Promise<number> {
  const { flags, admin, client } = tool;
  const group = flags.group[0]!;
  const { partitions, unknownTopics } = await topicPartitions(client, flags.topic);
  const deleted = partitions.length === 0 ? { error: null, partitions: [] } : await admin.offsetDelete(group, partitions);
  // As Kafka's admin client: a group-level error fails every partition, and the first failure is the headline.
  const results: PartitionResult[] = [
    ...partitions.map((tp) => ({ ...tp, error: deleted.error ?? deleted.partitions.find((p) => p.topic === tp.topic && p.partition === tp.partition)?.error ?? null })),
    ...unknownTopics,
  ];
  const headline = deleted.error ?? deleted.partitions.find((p) => p.error !== null)?.error ?? null;
  if (headline === null) {
    out(`Request succeeded for deleting offsets from group ${group}.\n`);
  } else if (GROUP_LEVEL_DELETE_ERRORS.has(headline.code)) {
    printError(headline.message);
  } else if (PARTITION_LEVEL_DELETE_ERRORS.has(headline.code)) {
    printError('Encountered some partition-level error, see the follow-up details.');
  } else {
    printError(`Encountered some unknown error: ${headline.name}`);
  }
  out(formatDeleteOffsets(results));
  return results.some((r) => r.error !== null) ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseToolArgs(withOptionalValues(argv), flagSpecs, usage);
  if (args === null) return 0;
  const { flags, bootstrap } = args;
  const action = checkArgs(flags);
  const timeoutMs = longArg('timeout', flags.timeout);
  if (timeoutMs !== undefined && timeoutMs <= 0n) throw new UsageError(`option --timeout must be positive, got '${flags.timeout}'`);

  const client = connect(bootstrap, 'runnel-consumer-groups');
  const tool: Tool = { client, flags, admin: new GroupAdmin(client, { timeoutMs: Number(timeoutMs ?? BigInt(DEFAULT_TIMEOUT_MS)) }) };
  try {
    switch (action) {
      case 'list':
        return await list(tool);
      case 'describe':
        return await describe(tool);
      case 'delete':
        return await deleteGroups(tool);
      case 'reset-offsets':
        return await resetOffsets(tool);
      case 'delete-offsets':
        return await deleteOffsets(tool);
    }
  } catch (e) {
    if (e instanceof ResetPlanError) throw new UsageError(e.message);
    if (e instanceof CommandError || e instanceof KafkaError) {
      printError(`Executing consumer group command failed due to ${e instanceof KafkaError ? describeError(e) : e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await client.close();
  }
}
