/**
 * `runnel topics`: kafka-topics.sh. Creates, lists, describes, alters (partition count) and
 * deletes topics through the Kafka admin APIs, printing what Kafka's TopicCommand prints.
 * For --list, --describe, --alter and --delete, --topic is a regular expression matched against
 * the whole topic name, as in Kafka.
 */
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import { KafkaClient, type TopicDescription, type ConfigDescription } from '../client/kafkaClient.js';
import { ZERO_UUID } from '../client/clusterMetadata.js';
import { describeFlags, UsageError, type FlagSpecs, type ParsedArgs } from './args.js';
import { connect, parseToolArgs } from './toolSupport.js';

const flagSpecs = {
  'bootstrap-server': { kind: 'string', doc: 'REQUIRED: the broker to connect to (host:port[,host:port])' },
  create: { kind: 'boolean', doc: 'Create a new topic' },
  list: { kind: 'boolean', doc: 'List all available topics' },
  describe: { kind: 'boolean', doc: 'List details for the given topics' },
  alter: { kind: 'boolean', doc: 'Raise the number of partitions of a topic' },
  delete: { kind: 'boolean', doc: 'Delete a topic' },
  topic: { kind: 'string', doc: 'The topic (a regular expression except with --create)' },
  partitions: { kind: 'string', doc: 'Partition count for --create or --alter' },
  'replication-factor': { kind: 'string', doc: 'Replication factor for --create' },
  config: { kind: 'list', doc: 'A topic config override for --create, key=value' },
  'if-not-exists': { kind: 'boolean', doc: 'With --create: do nothing if the topic exists' },
  'if-exists': { kind: 'boolean', doc: 'With --alter, --describe or --delete: do nothing if the topic does not exist' },
  'exclude-internal': { kind: 'boolean', doc: 'Leave internal topics out of --list and --describe' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

type Flags = ParsedArgs<typeof flagSpecs>['flags'];

const usage = `Usage: runnel topics --bootstrap-server <host:port> (--create | --list | --describe | --alter | --delete) [options]
${describeFlags(flagSpecs)}`;

const MAX_REPLICATION_FACTOR = 32767;

/** Kafka's TopicCommand failure: printed as one line after "Error while executing topic command : ". */
class TopicCommandError extends Error {}

function positiveInt(text: string | undefined, what: string, max = 2 ** 31 - 1): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`option --${what} expects an integer, got '${text}'`);
  if (n < 1 || n > max) {
    throw new TopicCommandError(what === 'partitions' ? 'The partitions must be greater than 0' : `The replication factor must be between 1 and ${MAX_REPLICATION_FACTOR} inclusive`);
  }
  return n;
}

function topicConfigs(entries: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    const parts = e.split(/\s*=\s*/);
    if (parts.length !== 2) {
      throw new TopicCommandError('requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".');
    }
    out[parts[0].trim()] = parts[1].trim();
  }
  return out;
}

/** Topic names matching --topic (a whole-name regex), sorted; all names without --topic. */
async function matchingTopics(client: KafkaClient, flags: Flags): Promise<string[]> {
  const all = await client.listTopics();
  let pattern: RegExp | undefined;
  if (flags.topic !== undefined) {
    try {
      pattern = new RegExp(`^(?:${flags.topic})$`);
    } catch {
      throw new TopicCommandError(`Invalid topic regular expression '${flags.topic}'`);
    }
  }
  return all
    .filter((t) => !(flags['exclude-internal'] && t.isInternal))
    .filter((t) => pattern === undefined || pattern.test(t.name))
    .map((t) => t.name)
    .sort();
}

/** Kafka's ensureTopicExists: an explicit --topic that matched nothing is an error unless --if-exists. */
function ensureFound(found: readonly string[], flags: Flags): void {
  if (flags.topic !== undefined && flags.topic !== '' && !flags['if-exists'] && found.length === 0) {
    throw new RangeError(`Topic '${flags.topic}' does not exist as expected`);
  }
}

const ids = (xs: readonly number[] | null): string => (xs === null ? 'N/A' : xs.join(','));

function describeLines(d: TopicDescription, config: ConfigDescription): string[] {
  const overrides = config.entries.filter((e) => !e.isDefault).map((e) => `${e.name}=${e.value}`).join(',');
  const partitions = [...d.partitions].sort((a, b) => a.partition - b.partition);
  const head = [`Topic: ${d.name}`];
  if (d.topicId !== ZERO_UUID) head.push(`TopicId: ${d.topicId}`);
  head.push(`PartitionCount: ${partitions.length}`, `ReplicationFactor: ${partitions[0]?.replicas.length ?? 0}`, `Configs: ${overrides}`);
  return [
    head.join('\t'),
    ...partitions.map((p) => [
      '',
      `Topic: ${d.name}`,
      `Partition: ${p.partition}`,
      `Leader: ${p.leader < 0 ? 'none' : p.leader}`,
      `Replicas: ${ids(p.replicas)}`,
      `Isr: ${ids(p.isr)}`,
      `Elr: ${ids(p.elr)}`,
      `LastKnownElr: ${ids(p.lastKnownElr)}`,
    ].join('\t')),
  ];
}

async function create(client: KafkaClient, flags: Flags): Promise<void> {
  const name = flags.topic;
  if (name === undefined) throw new UsageError('Missing required argument "[topic]"');
  const numPartitions = positiveInt(flags.partitions, 'partitions');
  const replicationFactor = positiveInt(flags['replication-factor'], 'replication-factor', MAX_REPLICATION_FACTOR);
  const configs = topicConfigs(flags.config);
  if (name.includes('.') || name.includes('_')) {
    process.stdout.write("WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.\n");
  }
  const [result] = await client.createTopics([{ name, numPartitions: numPartitions ?? -1, replicationFactor: replicationFactor ?? -1, configs }]);
  if (result?.error) {
    if (result.error.code === ErrorCode.TOPIC_ALREADY_EXISTS && flags['if-not-exists']) return;
    throw result.error;
  }
  process.stdout.write(`Created topic ${name}.\n`);
}

async function describe(client: KafkaClient, flags: Flags): Promise<void> {
  const names = await matchingTopics(client, flags);
  ensureFound(names, flags);
  if (names.length === 0) return;
  const descriptions = await client.describeTopics(names);
  const configs = await client.describeConfigs(names.map((name) => ({ type: 'topic' as const, name })));
  const lines: string[] = [];
  descriptions.forEach((d, i) => {
    if (d.error) throw d.error;
    const config = configs[i];
    if (config.error) throw config.error;
    lines.push(...describeLines(d, config));
  });
  process.stdout.write(lines.map((l) => `${l}\n`).join(''));
}

async function alter(client: KafkaClient, flags: Flags): Promise<void> {
  if (flags.topic === undefined) throw new UsageError('Missing required argument "[topic]"');
  const count = positiveInt(flags.partitions, 'partitions');
  if (count === undefined) throw new UsageError('Missing required argument "[partitions]"');
  const names = await matchingTopics(client, flags);
  ensureFound(names, flags);
  if (names.length === 0) return;
  for (const r of await client.createPartitions(names.map((topic) => ({ topic, count })))) {
    if (r.error) throw r.error;
  }
}

async function remove(client: KafkaClient, flags: Flags): Promise<void> {
  if (flags.topic === undefined) throw new UsageError('Missing required argument "[topic]"');
  const names = await matchingTopics(client, flags);
  ensureFound(names, flags);
  if (names.length === 0) return;
  for (const r of await client.deleteTopics(names)) {
    if (r.error) throw r.error;
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseToolArgs(argv, flagSpecs, usage);
  if (args === null) return 0;
  const { flags, bootstrap } = args;
  const actions = (['create', 'list', 'describe', 'alter', 'delete'] as const).filter((a) => flags[a]);
  if (actions.length !== 1) throw new UsageError('Command must include exactly one action: --list, --describe, --create, --alter or --delete');

  const client = connect(bootstrap, 'runnel-topics');
  try {
    switch (actions[0]) {
      case 'create':
        await create(client, flags);
        break;
      case 'list': {
        const names = await matchingTopics(client, flags);
        process.stdout.write(`${names.join('\n')}\n`);
        break;
      }
      case 'describe':
        await describe(client, flags);
        break;
      case 'alter':
        await alter(client, flags);
        break;
      case 'delete':
        await remove(client, flags);
        break;
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if (err instanceof RangeError) {
      // Kafka prints its IllegalArgumentExceptions alone, on stderr.
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    if (err instanceof TopicCommandError || err instanceof KafkaError) {
      process.stdout.write(`Error while executing topic command : ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await client.close();
  }
}
