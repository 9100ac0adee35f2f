/**
 * `runnel console-producer`: kafka-console-producer.sh. Reads stdin line by line and produces one
 * record per line, parsing keys and headers as Kafka's LineMessageReader does
 * (--property parse.key=true key.separator=: parse.headers=true ...). Lines are sent in batches:
 * when 500 are waiting, when stdin pauses, and at its end; on a terminal, after every line.
 */
import readline from 'node:readline';
import { KafkaError } from '../protocol/kafkaErrors.js';
import type { RecordHeader } from '../protocol/recordBatch.js';
import type { Acks, CompressionName, KafkaClient, ProducerRecord } from '../client/kafkaClient.js';
import { describeFlags, parseKeyValue, UsageError, type FlagSpecs, type ParsedArgs } from './args.js';
import { connect, parseToolArgs } from './toolSupport.js';

const flagSpecs = {
  'bootstrap-server': { kind: 'string', doc: 'REQUIRED: the broker to connect to (host:port[,host:port])' },
  topic: { kind: 'string', doc: 'REQUIRED: the topic to produce to' },
  property: { kind: 'list', doc: 'A line reader property, key=value (parse.key, key.separator, parse.headers, ...)' },
  'producer-property': { kind: 'list', doc: 'A producer property, key=value (acks, compression.type, client.id)' },
  'compression-codec': { kind: 'string', doc: 'none, gzip, snappy, lz4 or zstd' },
  'request-required-acks': { kind: 'string', doc: 'The acks the producer requires: -1 (all), 0 or 1' },
  'request-timeout-ms': { kind: 'string', doc: 'How long the broker may take to acknowledge' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel console-producer --bootstrap-server <host:port> --topic <topic> [options] < lines
${describeFlags(flagSpecs)}`;

const BATCH_LINES = 500;
const PAUSE_MS = 20;
const COMPRESSIONS: readonly CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** Kafka's LineMessageReader settings. */
export interface LineReaderConfig {
  parseKey: boolean;
  keySeparator: string;
  parseHeaders: boolean;
  headersDelimiter: string;
  headersSeparator: string;
  headersKeySeparator: string;
  ignoreError: boolean;
  nullMarker: string | undefined;
}

const isTrue = (v: string | undefined): boolean => v?.trim().toLowerCase() === 'true';

export function lineReaderConfig(props: ReadonlyMap<string, string>): LineReaderConfig {
  const c: LineReaderConfig = {
    parseKey: isTrue(props.get('parse.key')),
    keySeparator: props.get('key.separator') ?? '\t',
    parseHeaders: isTrue(props.get('parse.headers')),
    headersDelimiter: props.get('headers.delimiter') ?? '\t',
    headersSeparator: props.get('headers.separator') ?? ',',
    headersKeySeparator: props.get('headers.key.separator') ?? ':',
    ignoreError: isTrue(props.get('ignore.error')),
    nullMarker: props.get('null.marker'),
  };
  const mustDiffer: [keyof LineReaderConfig, keyof LineReaderConfig][] = [
    ['headersDelimiter', 'headersSeparator'],
    ['headersDelimiter', 'headersKeySeparator'],
    ['headersSeparator', 'headersKeySeparator'],
    ['keySeparator', 'nullMarker'],
    ['headersSeparator', 'nullMarker'],
    ['headersDelimiter', 'nullMarker'],
    ['headersKeySeparator', 'nullMarker'],
  ];
  const propName = (k: keyof LineReaderConfig): string => k.replace(/[A-Z]/g, (ch) => `.${ch.toLowerCase()}`);
  for (const [a, b] of mustDiffer) {
    if (c[a] === c[b]) throw new UsageError(`${propName(a)} and ${propName(b)} may not be equal`);
  }
  return c;
}

/** A line that the reader cannot split as configured (Kafka's KafkaException from LineMessageReader). */
export class LineFormatError extends Error {}

/** Splits one input line into a record the way Kafka's LineMessageReader does. */
export function parseLine(line: string, lineNumber: number, c: LineReaderConfig): ProducerRecord {
  const cut = (enabled: boolean, start: number, sep: string, what: string): string | null => {
    if (!enabled) return null;
    const at = line.indexOf(sep, start);
    if (at === -1) {
      if (c.ignoreError) return null;
      throw new LineFormatError(`No ${what} found on line number ${lineNumber}: '${line}'`);
    }
    return line.slice(start, at);
  };
  const headersText = cut(c.parseHeaders, 0, c.headersDelimiter, 'headers delimiter');
  const headerEnd = headersText === null ? 0 : headersText.length + c.headersDelimiter.length;
  const key = cut(c.parseKey, headerEnd, c.keySeparator, 'key separator');
  const keyEnd = key === null ? 0 : key.length + c.keySeparator.length;
  const value = line.slice(headerEnd + keyEnd);
  const record: ProducerRecord = {
    key: key === null || key === c.nullMarker ? null : key,
    value: value === c.nullMarker ? null : value,
  };
  if (headersText !== null && headersText !== c.nullMarker) {
    record.headers = headersText.split(c.headersSeparator).map((pair): RecordHeader => {
      const at = pair.indexOf(c.headersKeySeparator);
      if (at === -1) {
        if (c.ignoreError) return { key: pair, value: null };
        throw new LineFormatError(`No header key separator found in pair '${pair}' on line number ${lineNumber}`);
      }
      const name = pair.slice(0, at);
      if (name === c.nullMarker) throw new LineFormatError(`Header keys should not be equal to the null marker '${c.nullMarker}' as they can't be null`);
      const v = pair.slice(at + c.headersKeySeparator.length);
      return { key: name, value: v === c.nullMarker ? null : Buffer.from(v) };
    });
  }
  return record;
}

function keyValues(flag: string, entries: readonly string[]): Map<string, string> {
  return new Map(entries.map((e) => parseKeyValue(flag, e)));
}

function parseAcks(text: string): Acks {
  const v = text.trim().toLowerCase();
  if (v === 'all' || v === '-1') return -1;
  if (v === '0' || v === '1') return Number(v) as 0 | 1;
  throw new UsageError(`acks must be all, -1, 0 or 1, got '${text}'`);
}

function parseCompression(text: string): CompressionName {
  const v = text.trim().toLowerCase() as CompressionName;
  if (!COMPRESSIONS.includes(v)) throw new UsageError(`compression must be one of ${COMPRESSIONS.join(', ')}, got '${text}'`);
  return v;
}

interface ProducerSettings {
  acks: Acks;
  compression: CompressionName;
  clientId: string;
  timeoutMs: number | undefined;
}

const KNOWN_PRODUCER_PROPERTIES = new Set(['acks', 'compression.type', 'client.id', 'request.timeout.ms']);

function producerSettings(flags: ParsedArgs<typeof flagSpecs>['flags']): ProducerSettings {
  const props = keyValues('producer-property', flags['producer-property']);
  for (const name of props.keys()) {
    if (!KNOWN_PRODUCER_PROPERTIES.has(name)) process.stderr.write(`WARN The configuration '${name}' was supplied but isn't a known config.\n`);
  }
  const acksText = flags['request-required-acks'] ?? props.get('acks');
  const compressionText = flags['compression-codec'] ?? props.get('compression.type');
  const timeoutText = flags['request-timeout-ms'] ?? props.get('request.timeout.ms');
  const timeoutMs = timeoutText === undefined ? undefined : Number(timeoutText);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) throw new UsageError(`request timeout must be a positive integer, got '${timeoutText}'`);
  return {
    acks: acksText === undefined ? -1 : parseAcks(acksText),
    compression: compressionText === undefined ? 'none' : parseCompression(compressionText),
    clientId: props.get('client.id') ?? 'console-producer',
    timeoutMs,
  };
}

const describeRecord = (r: ProducerRecord): string => {
  const size = (v: Buffer | string | null | undefined): string => (v == null ? 'null' : `${Buffer.byteLength(v)} bytes`);
  return `key: ${size(r.key)}, value: ${size(r.value)}`;
};

export async function main(argv: string[]): Promise<number> {
  const args = parseToolArgs(argv, flagSpecs, usage);
  if (args === null) return 0;
  const { flags, bootstrap } = args;
  const topic = flags.topic;
  if (topic === undefined) throw new UsageError('Missing required argument "[topic]"');
  const reader = lineReaderConfig(keyValues('property', flags.property));
  const settings = producerSettings(flags);
  const client: KafkaClient = connect(bootstrap, settings.clientId);

  const interactive = process.stdin.isTTY === true;
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  let waiting: ProducerRecord[] = [];
  let failed = false;
  let sending: Promise<void> = Promise.resolve();
  let pauseTimer: NodeJS.Timeout | undefined;

  const flush = (): Promise<void> => {
    clearTimeout(pauseTimer);
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return sending;
    sending = sending.then(async () => {
      try {
        await client.produce(topic, batch, { acks: settings.acks, compression: settings.compression, timeoutMs: settings.timeoutMs });
      } catch (err) {
        if (!(err instanceof KafkaError)) throw err;
        failed = true;
        for (const r of batch) {
          process.stderr.write(`ERROR Error when sending message to topic ${topic} with ${describeRecord(r)} with error: ${err.name}: ${err.message}\n`);
        }
      }
    });
    return sending;
  };

  try {
    if (interactive) process.stdout.write('>');
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      waiting.push(parseLine(line, lineNumber, reader));
      if (interactive) {
        await flush();
        process.stdout.write('>');
      } else if (waiting.length >= BATCH_LINES) {
        await flush();
      } else {
        clearTimeout(pauseTimer);
        // A failure here resurfaces from the final flush, which awaits the same chain.
        pauseTimer = setTimeout(() => flush().catch(() => undefined), PAUSE_MS);
      }
    }
    await flush();
    return failed ? 1 : 0;
  } catch (err) {
    if (!(err instanceof LineFormatError)) throw err;
    // Lines read before the bad one are still delivered, then the tool stops as Kafka's does.
    await flush();
    process.stderr.write(`ERROR ${err.message}\n`);
    return 1;
  } finally {
    clearTimeout(pauseTimer);
    lines.close();
    await client.close();
  }
}
