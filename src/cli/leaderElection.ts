/**
 * `runnel leader-election`: kafka-leader-election.sh. Asks the active controller (ElectLeaders) for
 * preferred or unclean leader elections, for every partition or one, and prints what Kafka's
 * LeaderElectionCommand prints. The JSON file form (--path-to-json-file) is not supported.
 */
import { ElectionType } from '../controller/leaderElection.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { describeFlags, UsageError, type FlagSpecs } from './args.js';
import { connect, parseToolArgs } from './toolSupport.js';

const flagSpecs = {
  'bootstrap-server': { kind: 'string', doc: 'REQUIRED: the broker to connect to (host:port[,host:port])' },
  'election-type': { kind: 'string', doc: 'REQUIRED: PREFERRED or UNCLEAN' },
  'all-topic-partitions': { kind: 'boolean', doc: 'Elect leaders for every partition that needs it' },
  topic: { kind: 'string', doc: 'The topic of the one partition to elect for (with --partition)' },
  partition: { kind: 'string', doc: 'The partition to elect for (with --topic)' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel leader-election --bootstrap-server <host:port> --election-type PREFERRED|UNCLEAN (--all-topic-partitions | --topic <t> --partition <p>)
${describeFlags(flagSpecs)}`;

export async function main(argv: string[]): Promise<number> {
  const args = parseToolArgs(argv, flagSpecs, usage);
  if (args === null) return 0;
  const { flags, bootstrap } = args;
  const typeName = flags['election-type']?.toUpperCase();
  if (typeName !== 'PREFERRED' && typeName !== 'UNCLEAN') throw new UsageError('--election-type must be PREFERRED or UNCLEAN');
  const all = flags['all-topic-partitions'] === true;
  if (all === (flags.topic !== undefined)) throw new UsageError('give exactly one of --all-topic-partitions and --topic with --partition');
  let partitions: Array<{ topic: string; partition: number }> | null = null;
  if (!all) {
    const partition = Number(flags.partition);
    if (flags.partition === undefined || !Number.isInteger(partition) || partition < 0) throw new UsageError('--topic needs --partition, a non-negative integer');
    partitions = [{ topic: flags.topic!, partition }];
  }
  const client = connect(bootstrap, 'runnel-leader-election');
  try {
    const results = await client.electLeaders(ElectionType[typeName], partitions);
    const name = (r: { topic: string; partition: number }): string => `${r.topic}-${r.partition}`;
    const elected = results.filter((r) => r.error === null);
    const notNeeded = results.filter((r) => r.error?.code === ErrorCode.ELECTION_NOT_NEEDED);
    const failed = results.filter((r) => r.error !== null && r.error.code !== ErrorCode.ELECTION_NOT_NEEDED);
    if (elected.length > 0) process.stdout.write(`Successfully completed leader election (${typeName}) for partitions ${elected.map(name).join(', ')}\n`);
    if (notNeeded.length > 0) process.stdout.write(`Valid replica already elected for partitions ${notNeeded.map(name).join(', ')}\n`);
    if (results.length === 0) process.stdout.write('No partitions needed an election\n');
    for (const r of failed) process.stderr.write(`Error completing leader election (${typeName}) for partition: ${name(r)}: ${r.error!.message}\n`);
    if (failed.length > 0) {
      process.stderr.write(`${failed.length} replica(s) could not be elected\n`);
      return 1;
    }
    return 0;
  } finally {
    await client.close();
  }
}
