/**
 * `runnel reassign-partitions`: kafka-reassign-partitions.sh with a reassignment JSON file
 * (`{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2,3]}]}`): --execute
 * starts the moves (printing the current assignment to roll back to), --verify says which are
 * done, --cancel reverts those under way, --list shows every move under way. --throttle with
 * --execute limits the catch-up traffic as Kafka's tool does (the rates on every broker of the
 * moves, the throttled-replica lists on their topics); --verify clears them once every move in the
 * file is done. Log directories are not supported.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ConfigAlteration, KafkaClient, OngoingReassignment, PartitionMove } from '../client/kafkaClient.js';
import { describeFlags, UsageError, type FlagSpecs } from './args.js';
import { connect, parseToolArgs } from './toolSupport.js';

const flagSpecs = {
  'bootstrap-server': { kind: 'string', doc: 'REQUIRED: the broker to connect to (host:port[,host:port])' },
  'reassignment-json-file': { kind: 'string', doc: 'The JSON file with the partitions and their new replicas (--execute, --verify, --cancel)' },
  execute: { kind: 'boolean', doc: 'Start the reassignment in the JSON file' },
  verify: { kind: 'boolean', doc: 'Say whether the reassignment in the JSON file has completed' },
  cancel: { kind: 'boolean', doc: 'Cancel the reassignments in the JSON file that are under way' },
  list: { kind: 'boolean', doc: 'List every reassignment under way' },
  throttle: { kind: 'string', doc: 'With --execute: bytes per second each broker may spend moving the partitions (removed by --verify once done)' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel reassign-partitions --bootstrap-server <host:port> (--execute [--throttle <bytes/s>] | --verify | --cancel) --reassignment-json-file <file> | --list
${describeFlags(flagSpecs)}`;

const brokerId = z.number().int().nonnegative();
const reassignmentFile = z.object({
  version: z.literal(1),
  partitions: z
    .array(
      z.object({
        topic: z.string().min(1),
        partition: z.number().int().nonnegative(),
        replicas: z.array(brokerId).min(1),
        log_dirs: z.array(z.string()).optional(),
      }),
    )
    .min(1),
});

/** Reads and checks the JSON file; the error names the file and the field. */
function readMoves(file: string | undefined): Array<PartitionMove & { replicas: readonly number[] }> {
  if (file === undefined) throw new UsageError('--reassignment-json-file is required with --execute, --verify and --cancel');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = reassignmentFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  for (const p of parsed.data.partitions) {
    if (new Set(p.replicas).size !== p.replicas.length) throw new UsageError(`${file}: ${p.topic}-${p.partition}: replicas ${p.replicas.join(',')} name a broker twice`);
    if (p.log_dirs !== undefined && p.log_dirs.some((d) => d !== 'any')) throw new UsageError(`${file}: ${p.topic}-${p.partition}: log_dirs other than "any" are not supported`);
  }
  return parsed.data.partitions.map((p) => ({ topic: p.topic, partition: p.partition, replicas: p.replicas }));
}

const name = (p: { topic: string; partition: number }): string => `${p.topic}-${p.partition}`;

/** The partitions' replica lists now, in the file's format. */
async function currentAssignment(client: KafkaClient, moves: readonly PartitionMove[]): Promise<Map<string, number[]>> {
  const topics = [...new Set(moves.map((m) => m.topic))];
  const current = new Map<string, number[]>();
  for (const d of await client.describeTopics(topics)) {
    if (d.error) throw new UsageError(`topic ${d.name}: ${d.error.message}`);
    for (const p of d.partitions) current.set(name({ topic: d.name, partition: p.partition }), [...p.replicas]);
  }
  for (const m of moves) if (!current.has(name(m))) throw new UsageError(`partition ${name(m)} does not exist`);
  return current;
}

const THROTTLE_RATES = ['leader.replication.throttled.rate', 'follower.replication.throttled.rate'];
const THROTTLED_REPLICAS = ['leader.replication.throttled.replicas', 'follower.replication.throttled.replicas'];

/** --throttle's value: a positive whole number of bytes per second. */
function parseThrottle(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const rate = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(rate) || rate <= 0) throw new UsageError(`--throttle must be a positive number of bytes per second, not '${raw}'`);
  return rate;
}

/** Runs alterations, naming every resource that refused. */
async function alterConfigs(client: KafkaClient, alterations: ConfigAlteration[], what: string): Promise<void> {
  const failed = (await client.incrementalAlterConfigs(alterations)).filter((r) => r.error !== null);
  if (failed.length > 0) throw new UsageError(`could not ${what}: ${failed.map((r) => `${r.type} ${r.name}: ${r.error!.message}`).join('; ')}`);
}

/**
 * Kafka's throttle layout for a set of moves: the leaders' side throttles the current replicas of
 * each moving partition, the followers' side its new ones, and every broker of old or new replicas
 * gets the rate.
 */
async function setThrottles(client: KafkaClient, moves: ReadonlyArray<PartitionMove & { replicas: readonly number[] }>, current: ReadonlyMap<string, number[]>, rate: number): Promise<void> {
  const leaders = new Map<string, string[]>();
  const followers = new Map<string, string[]>();
  const brokers = new Set<number>();
  for (const m of moves) {
    const before = current.get(name(m))!;
    for (const b of [...before, ...m.replicas]) brokers.add(b);
    leaders.set(m.topic, [...(leaders.get(m.topic) ?? []), ...before.map((b) => `${m.partition}:${b}`)]);
    followers.set(m.topic, [...(followers.get(m.topic) ?? []), ...m.replicas.filter((b) => !before.includes(b)).map((b) => `${m.partition}:${b}`)]);
  }
  await alterConfigs(
    client,
    [...leaders.keys()].map((topic) => ({
      type: 'topic' as const,
      name: topic,
      ops: [
        { name: THROTTLED_REPLICAS[0]!, op: 'set' as const, value: leaders.get(topic)!.join(',') },
        { name: THROTTLED_REPLICAS[1]!, op: 'set' as const, value: followers.get(topic)!.join(',') },
      ],
    })),
    'set the throttled replicas',
  );
  await alterConfigs(
    client,
    [...brokers].sort((a, b) => a - b).map((b) => ({ type: 'broker' as const, name: String(b), ops: THROTTLE_RATES.map((key) => ({ name: key, op: 'set' as const, value: String(rate) })) })),
    'set the throttle rate',
  );
  process.stdout.write(`Warning: You must run --verify periodically, until the reassignment completes, to ensure the throttle is removed.\nThe inter-broker throttle limit was set to ${rate} B/s\n`);
}

/** Removes the throttles from every broker and from the file's topics, as --verify does once all moves are done. */
async function clearThrottles(client: KafkaClient, moves: readonly PartitionMove[]): Promise<void> {
  const brokers = (await client.describeCluster()).brokers.map((b) => b.nodeId).sort((a, b) => a - b);
  await alterConfigs(client, brokers.map((b) => ({ type: 'broker' as const, name: String(b), ops: THROTTLE_RATES.map((key) => ({ name: key, op: 'delete' as const })) })), 'clear the throttle rates');
  process.stdout.write(`\nClearing broker-level throttles on brokers ${brokers.join(',')}\n`);
  const topics = [...new Set(moves.map((m) => m.topic))];
  await alterConfigs(client, topics.map((topic) => ({ type: 'topic' as const, name: topic, ops: THROTTLED_REPLICAS.map((key) => ({ name: key, op: 'delete' as const })) })), 'clear the throttled replicas');
  process.stdout.write(`Clearing topic-level throttles on topic${topics.length > 1 ? 's' : ''} ${topics.join(',')}\n`);
}

async function execute(client: KafkaClient, moves: ReadonlyArray<PartitionMove & { replicas: readonly number[] }>, throttle: number | null): Promise<number> {
  const current = await currentAssignment(client, moves);
  const rollback = { version: 1, partitions: moves.map((m) => ({ topic: m.topic, partition: m.partition, replicas: current.get(name(m))!, log_dirs: current.get(name(m))!.map(() => 'any') })) };
  process.stdout.write(`Current partition replica assignment\n\n${JSON.stringify(rollback)}\n\nSave this to use as the --reassignment-json-file option during rollback\n`);
  if (throttle !== null) await setThrottles(client, moves, current, throttle);
  const results = await client.alterPartitionReassignments(moves);
  const failed = results.filter((r) => r.error !== null);
  if (failed.length > 0) {
    process.stderr.write(`Error reassigning partition(s):\n${failed.map((r) => `${name(r)}: ${r.error!.message}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`Successfully started partition reassignments for ${moves.map(name).join(',')}\n`);
  return 0;
}

async function verify(client: KafkaClient, moves: ReadonlyArray<PartitionMove & { replicas: readonly number[] }>): Promise<number> {
  const ongoing = new Map((await client.listPartitionReassignments(moves)).map((o) => [name(o), o]));
  const current = await currentAssignment(client, moves);
  process.stdout.write('Status of partition reassignment:\n');
  let done = true;
  for (const m of moves) {
    const now = current.get(name(m))!;
    if (ongoing.has(name(m))) {
      done = false;
      process.stdout.write(`Reassignment of partition ${name(m)} is still in progress.\n`);
    } else if (now.join(',') === m.replicas.join(',')) {
      process.stdout.write(`Reassignment of partition ${name(m)} is completed.\n`);
    } else {
      done = false;
      process.stdout.write(`There is no active reassignment of partition ${name(m)}, but replica set is ${now.join(',')} rather than ${m.replicas.join(',')}.\n`);
    }
  }
  if (done) await clearThrottles(client, moves);
  return done ? 0 : 1;
}

async function cancel(client: KafkaClient, moves: readonly PartitionMove[]): Promise<number> {
  const results = await client.alterPartitionReassignments(moves.map((m) => ({ topic: m.topic, partition: m.partition, replicas: null })));
  const cancelled = results.filter((r) => r.error === null);
  const failed = results.filter((r) => r.error !== null);
  if (cancelled.length > 0) process.stdout.write(`Successfully cancelled partition reassignments for: ${cancelled.map(name).join(',')}\n`);
  if (failed.length > 0) process.stderr.write(`Error cancelling partition reassignment(s):\n${failed.map((r) => `${name(r)}: ${r.error!.message}`).join('\n')}\n`);
  return failed.length > 0 ? 1 : 0;
}

function listLine(o: OngoingReassignment): string {
  return `${name(o)}: replicas: ${o.replicas.join(',')}. adding: ${o.addingReplicas.join(',')}. removing: ${o.removingReplicas.join(',')}.`;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseToolArgs(argv, flagSpecs, usage);
  if (args === null) return 0;
  const { flags, bootstrap } = args;
  const actions = (['execute', 'verify', 'cancel', 'list'] as const).filter((a) => flags[a]);
  if (actions.length !== 1) throw new UsageError('Command must include exactly one action: --execute, --verify, --cancel or --list');
  const throttle = parseThrottle(flags.throttle);
  if (throttle !== null && actions[0] !== 'execute') throw new UsageError('--throttle goes with --execute');
  const moves = actions[0] === 'list' ? [] : readMoves(flags['reassignment-json-file']);
  const client = connect(bootstrap, 'runnel-reassign-partitions');
  try {
    switch (actions[0]) {
      case 'execute':
        return await execute(client, moves, throttle);
      case 'verify':
        return await verify(client, moves);
      case 'cancel':
        return await cancel(client, moves);
      case 'list': {
        const ongoing = await client.listPartitionReassignments();
        process.stdout.write(ongoing.length === 0 ? 'No partition reassignments found.\n' : `Current partition reassignments:\n${ongoing.map(listLine).join('\n')}\n`);
        return 0;
      }
    }
  } finally {
    await client.close();
  }
}
