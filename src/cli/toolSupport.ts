/**
 * What the client-side tools (topics, console-producer, console-consumer, configs) share: the
 * usual flag prologue and a KafkaClient for --bootstrap-server.
 */
import { KafkaClient } from '../client/kafkaClient.js';
import { parseArgs, UsageError, type FlagSpecs, type ParsedArgs } from './args.js';

/**
 * Parses argv; prints the usage and returns null for --help. Otherwise requires
 * --bootstrap-server (Kafka's tools all do) and refuses positional arguments.
 */
export function parseToolArgs<S extends FlagSpecs & { 'bootstrap-server': FlagSpecs[string]; help: FlagSpecs[string] }>(
  argv: readonly string[],
  specs: S,
  usage: string,
): { flags: ParsedArgs<S>['flags']; bootstrap: string } | null {
  const { flags, positionals } = parseArgs(argv, specs);
  if (flags.help === true) {
    process.stdout.write(`${usage}\n`);
    return null;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const bootstrap = flags['bootstrap-server'];
  if (typeof bootstrap !== 'string') throw new UsageError('Missing required argument "[bootstrap-server]"');
  return { flags, bootstrap };
}

/** A client for a tool; a malformed --bootstrap-server is the user's typing mistake. */
export function connect(bootstrap: string, clientId: string): KafkaClient {
  try {
    return new KafkaClient({ bootstrap, clientId });
  } catch (err) {
    if (err instanceof RangeError) throw new UsageError(`--bootstrap-server: ${err.message}`);
    throw err;
  }
}
