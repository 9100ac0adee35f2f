/**
 * `runnel console-consumer`: kafka-console-consumer.sh. With --group (or group.id) it joins that
 * consumer group, reads the partitions the group assigns it from the committed offsets (else from
 * auto.offset.reset: latest, or earliest with --from-beginning), commits every 5 s and at exit, and
 * leaves the group on exit. Without a group every partition of the topic (or the one given with
 * --partition) is read directly, from the log end, the log start (--from-beginning) or --offset,
 * and nothing is committed. Records are printed as Kafka's DefaultMessageFormatter prints them;
 * "Processed a total of N messages" goes to stderr at exit.
 */
import { KafkaError } from '../protocol/kafkaErrors.js';
import type { KafkaClient, OffsetSpec } from '../client/kafkaClient.js';
import type { ConsumerRecord } from '../client/consumerRecord.js';
import { GroupConsumer, NoOffsetForPartitionError, type AutoOffsetReset } from '../client/groupConsumer.js';
import { describeFlags, parseKeyValue, UsageError, type FlagSpecs, type ParsedArgs } from './args.js';
import { connect, parseToolArgs } from './toolSupport.js';

const flagSpecs = {
  'bootstrap-server': { kind: 'string', doc: 'REQUIRED: the broker to connect to (host:port[,host:port])' },
  topic: { kind: 'string', doc: 'REQUIRED: the topic to consume' },
  'from-beginning': { kind: 'boolean', doc: 'Start at the earliest offset instead of the latest' },
  partition: { kind: 'string', doc: 'Read only this partition' },
  offset: { kind: 'string', doc: "With --partition: 'earliest', 'latest' (default) or an offset" },
  'max-messages': { kind: 'string', doc: 'Exit after this many records' },
  'timeout-ms': { kind: 'string', doc: 'Exit when no record arrived for this long' },
  property: { kind: 'list', doc: 'A formatter property, key=value (print.key, key.separator, print.timestamp, ...)' },
  'consumer-property': { kind: 'list', doc: 'A consumer property, key=value (client.id, isolation.level, group.id, auto.offset.reset, enable.auto.commit, auto.commit.interval.ms, session.timeout.ms, heartbeat.interval.ms, max.poll.interval.ms, group.instance.id)' },
  'isolation-level': { kind: 'string', doc: 'read_uncommitted (default) or read_committed' },
  group: { kind: 'string', doc: 'The consumer group id of the consumer' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel console-consumer --bootstrap-server <host:port> --topic <topic> [options]
${describeFlags(flagSpecs)}`;

/** Kafka's DefaultMessageFormatter settings. */
export interface FormatterConfig {
  printTimestamp: boolean;
  printKey: boolean;
  printValue: boolean;
  printPartition: boolean;
  printOffset: boolean;
  printHeaders: boolean;
  keySeparator: string;
  lineSeparator: string;
  headersSeparator: string;
  nullLiteral: string;
}

export function formatterConfig(props: ReadonlyMap<string, string>): FormatterConfig {
  const flag = (name: string, dflt: boolean): boolean => {
    const v = props.get(name);
    return v === undefined ? dflt : v.trim().toLowerCase() === 'true';
  };
  return {
    printTimestamp: flag('print.timestamp', false),
    printKey: flag('print.key', false),
    printValue: flag('print.value', true),
    printPartition: flag('print.partition', false),
    printOffset: flag('print.offset', false),
    printHeaders: flag('print.headers', false),
    keySeparator: props.get('key.separator') ?? '\t',
    lineSeparator: props.get('line.separator') ?? '\n',
    headersSeparator: props.get('headers.separator') ?? ',',
    nullLiteral: props.get('null.literal') ?? 'null',
  };
}

/** One record as Kafka's DefaultMessageFormatter writes it: fields joined by key.separator. */
export function formatRecord(r: ConsumerRecord, c: FormatterConfig): Buffer {
  const bytes = (b: Buffer | null): Buffer => b ?? Buffer.from(c.nullLiteral);
  const fields: Buffer[] = [];
  if (c.printTimestamp) fields.push(Buffer.from(`${r.timestampType}:${r.timestamp}`));
  if (c.printPartition) fields.push(Buffer.from(`Partition:${r.partition}`));
  if (c.printOffset) fields.push(Buffer.from(`Offset:${r.offset}`));
  if (c.printHeaders) {
    fields.push(r.headers.length === 0
      ? Buffer.from('NO_HEADERS')
      : Buffer.concat(r.headers.flatMap((h, i) => [
          ...(i > 0 ? [Buffer.from(c.headersSeparator)] : []),
          Buffer.from(`${h.key}:`),
          bytes(h.value),
        ])));
  }
  if (c.printKey) fields.push(bytes(r.key));
  if (c.printValue) fields.push(bytes(r.value));
  if (fields.length === 0) return Buffer.alloc(0);
  const parts = fields.flatMap((f, i) => (i > 0 ? [Buffer.from(c.keySeparator), f] : [f]));
  parts.push(Buffer.from(c.lineSeparator));
  return Buffer.concat(parts);
}

function nonNegativeInt(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text))) throw new UsageError(`option --${what} expects a non-negative integer, got '${text}'`);
  return Number(text);
}

function startOffset(flags: ParsedArgs<typeof flagSpecs>['flags']): OffsetSpec {
  const offset = flags.offset;
  if (offset !== undefined && flags.partition === undefined) throw new UsageError('The partition is required when offset is specified.');
  if (offset !== undefined && flags['from-beginning']) throw new UsageError('Options from-beginning and offset cannot be specified together.');
  if (flags['from-beginning']) return 'earliest';
  if (offset === undefined || offset === 'latest') return 'latest';
  if (offset === 'earliest') return 'earliest';
  if (!/^\d+$/.test(offset)) throw new UsageError("The provided offset value is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.");
  return BigInt(offset);
}

function isolationLevel(text: string | undefined): 0 | 1 {
  if (text === undefined || text === 'read_uncommitted') return 0;
  if (text === 'read_committed') return 1;
  throw new UsageError(`isolation.level must be read_uncommitted or read_committed, got '${text}'`);
}

/** Writes to stdout, waiting when the pipe is full; false once the reader has gone (EPIPE). */
function writeOut(chunk: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    if (process.stdout.destroyed) {
      resolve(false);
      return;
    }
    const ok = process.stdout.write(chunk, (err) => {
      if (err) resolve(false);
      else if (ok) resolve(true);
    });
    if (!ok) process.stdout.once('drain', () => resolve(true));
  });
}

/** The group id from --group and group.id, which must agree (Kafka's checkConsumerGroup). */
function groupIdOf(flags: ParsedArgs<typeof flagSpecs>['flags'], consumerProps: ReadonlyMap<string, string>): string | undefined {
  const ids = new Set([flags.group, consumerProps.get('group.id')].filter((g): g is string => g !== undefined));
  if (ids.size > 1) {
    throw new UsageError(`The group ids provided in different places (directly using '--group', via '--consumer-property', or via '--consumer.config') do not match. Detected group ids: ${[...ids].map((g) => `'${g}'`).join(', ')}`);
  }
  const [groupId] = ids;
  if (groupId !== undefined && flags.partition !== undefined) throw new UsageError('Options group and partition cannot be specified together.');
  return groupId;
}

/** auto.offset.reset: an explicit value wins, else earliest with --from-beginning, else latest. */
function autoOffsetReset(fromBeginning: boolean, configured: string | undefined): AutoOffsetReset {
  if (configured === undefined) return fromBeginning ? 'earliest' : 'latest';
  if (fromBeginning && configured !== 'earliest') throw new UsageError(`Can't simultaneously specify --from-beginning and 'auto.offset.reset=${configured}', please remove one option`);
  if (configured !== 'earliest' && configured !== 'latest' && configured !== 'none') throw new UsageError(`Invalid value ${configured} for configuration auto.offset.reset: String must be one of: latest, earliest, none`);
  return configured;
}

function positiveIntProperty(props: ReadonlyMap<string, string>, key: string): number | undefined {
  const text = props.get(key);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || !(Number(text) > 0) || !Number.isSafeInteger(Number(text))) throw new UsageError(`Invalid value ${text} for configuration ${key}: expected a positive integer`);
  return Number(text);
}

function booleanProperty(props: ReadonlyMap<string, string>, key: string): boolean | undefined {
  const text = props.get(key)?.trim().toLowerCase();
  if (text === undefined) return undefined;
  if (text !== 'true' && text !== 'false') throw new UsageError(`Invalid value ${props.get(key)} for configuration ${key}: Expected value to be either true or false`);
  return text === 'true';
}

function groupConsumer(client: KafkaClient, groupId: string, topic: string, props: ReadonlyMap<string, string>, fromBeginning: boolean, isolation: 0 | 1): GroupConsumer {
  try {
    return new GroupConsumer(client, {
      groupId,
      topics: [topic],
      autoOffsetReset: autoOffsetReset(fromBeginning, props.get('auto.offset.reset')),
      enableAutoCommit: booleanProperty(props, 'enable.auto.commit'),
      autoCommitIntervalMs: positiveIntProperty(props, 'auto.commit.interval.ms'),
      sessionTimeoutMs: positiveIntProperty(props, 'session.timeout.ms'),
      heartbeatIntervalMs: positiveIntProperty(props, 'heartbeat.interval.ms'),
      rebalanceTimeoutMs: positiveIntProperty(props, 'max.poll.interval.ms'),
      groupInstanceId: props.get('group.instance.id') ?? null,
      fetch: { isolationLevel: isolation },
    });
  } catch (err) {
    if (err instanceof RangeError) throw new UsageError(err.message);
    throw err;
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseToolArgs(argv, flagSpecs, usage);
  if (args === null) return 0;
  const { flags, bootstrap } = args;
  const topic = flags.topic;
  if (topic === undefined) throw new UsageError('Exactly one of --topic or --include is required');
  const from = startOffset(flags);
  const partition = nonNegativeInt(flags.partition, 'partition');
  const maxMessages = nonNegativeInt(flags['max-messages'], 'max-messages');
  const timeoutMs = nonNegativeInt(flags['timeout-ms'], 'timeout-ms');
  const format = formatterConfig(new Map(flags.property.map((p) => parseKeyValue('property', p))));
  const consumerProps = new Map(flags['consumer-property'].map((p) => parseKeyValue('consumer-property', p)));
  const isolation = isolationLevel(flags['isolation-level'] ?? consumerProps.get('isolation.level'));
  const groupId = groupIdOf(flags, consumerProps);
  const client = connect(bootstrap, consumerProps.get('client.id') ?? 'console-consumer');
  let group: GroupConsumer | undefined;

  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // The reader of our output went away (`| head`): stop quietly, as Kafka's consumer does.
  process.stdout.on('error', onSignal);
  let processed = 0;
  let code = 0;
  try {
    if (groupId !== undefined) group = groupConsumer(client, groupId, topic, consumerProps, flags['from-beginning'], isolation);
    const limits = { maxRecords: maxMessages, idleTimeoutMs: timeoutMs, signal: stop.signal };
    const records = group !== undefined
      ? group.consume(limits)
      : client.consume(topic, { ...limits, from, partitions: partition === undefined ? undefined : [partition], isolationLevel: isolation });
    for await (const r of records) {
      processed++;
      if (!(await writeOut(formatRecord(r, format)))) break;
    }
  } catch (err) {
    // An interrupt while joining the group (the join aborted, its connection closed) is a normal stop.
    const interrupted = stop.signal.aborted && (err instanceof KafkaError || (err instanceof Error && err.name === 'AbortError'));
    if (!interrupted) code = reportFailure(err);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.stdout.off('error', onSignal);
    try {
      await group?.close();
    } catch (err) {
      code = reportFailure(err);
    }
    process.stderr.write(`Processed a total of ${processed} messages\n`);
    await client.close();
  }
  return code;
}

/** Kafka's console consumer's last words for a consumer failure; anything else is a bug and rethrown. */
function reportFailure(err: unknown): number {
  if (!(err instanceof KafkaError) && !(err instanceof NoOffsetForPartitionError)) throw err;
  process.stderr.write(`ERROR Error processing message, terminating consumer process: ${err.name}: ${err.message}\n`);
  return 1;
}
