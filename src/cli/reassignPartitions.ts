/**
 * `runnel reassign-partitions`: kafka-reassign-partitions.sh with a reassignment JSON file
 * (`{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2,3]}]}`): --execute
 * starts the moves (printing the current assignment to roll back to), --verify says which are
 * done, --cancel reverts those under way, --list shows every move under way. Throttles and log
 * directories are not supported.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { KafkaClient, OngoingReassignment, PartitionMove } from '../client/kafkaClient.js';
import { describeFlags, UsageError, type FlagSpecs } from './args.js';
import { connect, parseToolArgs } from './toolSupport.js';

const flagSpecs = {
  'bootstrap-server': { kind: 'string', doc: 'REQUIRED: the broker to connect to (host:port[,host:port])' },
  'reassignment-json-file': { kind: 'string', doc: 'The JSON file with the partitions and their new replicas (--execute, --verify, --cancel)' },
  execute: { kind: 'boolean', doc: 'Start the reassignment in the JSON file' },
  verify: { kind: 'boolean', doc: 'Say whether the reassignment in the JSON file has completed' },
  cancel: { kind: 'boolean', doc: 'Cancel the reassignments in the JSON file that are under way' },
  list: { kind: 'boolean', doc: 'List every reassignment under way' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel reassign-partitions --bootstrap-server <host:port> (--execute | --verify | --cancel) --reassignment-json-file <file> | --list
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

async function execute(client: KafkaClient, moves: ReadonlyArray<PartitionMove & { replicas: readonly number[] }>): Promise<number> {
  const current = await currentAssignment(client, moves);
  const rollback = { version: 1, partitions: moves.map((m) => ({ topic: m.topic, partition: m.partition, replicas: current.get(name(m))!, log_dirs: current.get(name(m))!.map(() => 'any') })) };
  process.stdout.write(`Current partition replica assignment\n\n${JSON.stringify(rollback)}\n\nSave this to use as the --reassignment-json-file option during rollback\n`);
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
  const moves = actions[0] === 'list' ? [] : readMoves(flags['reassignment-json-file']);
  const client = connect(bootstrap, 'runnel-reassign-partitions');
  try {
    switch (actions[0]) {
      case 'execute':
        return await execute(client, moves);
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
