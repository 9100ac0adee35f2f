#!/usr/bin/env -S node --initial-old-space-size=128
/**
 * `runnel <command> [args]`: the single entry point for the broker and its tools, each command
 * mirroring one Kafka script (kafka-server-start, kafka-storage, kafka-topics, ...).
 * Subcommands load lazily so `runnel storage random-uuid` never pays for the broker's imports.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from './args.js';
import { ConfigError } from '../config/configError.js';

export interface Subcommand {
  main(argv: string[]): Promise<number>;
}

/**
 * Loads a subcommand module by its path next to this file. The specifier is computed so this
 * table compiles before every tool exists; a module without `main` is a programming error.
 */
async function load(specifier: string): Promise<Subcommand> {
  const mod = (await import(new URL(specifier, import.meta.url).href)) as Partial<Subcommand>;
  if (typeof mod.main !== 'function') throw new Error(`${specifier} does not export main(argv)`);
  return mod as Subcommand;
}

const commands: Readonly<Record<string, () => Promise<Subcommand>>> = {
  'server-start': () => load('./serverStart.js'),
  storage: () => load('./storage.js'),
  topics: () => load('./topics.js'),
  'console-producer': () => load('./consoleProducer.js'),
  'console-consumer': () => load('./consoleConsumer.js'),
  configs: () => load('./configs.js'),
  'consumer-groups': () => load('./consumerGroups.js'),
  'metadata-quorum': () => load('./metadataQuorum.js'),
  'reassign-partitions': () => load('./reassignPartitions.js'),
  'leader-election': () => load('./leaderElection.js'),
};

const commandList = `Commands: ${Object.keys(commands).join(', ')}`;

function usage(): string {
  return `Usage: runnel <command> [options]\n${commandList}\nRun 'runnel <command> --help' for a command's options.`;
}

function unknownCommand(name: string): number {
  process.stderr.write(`runnel: unknown command ${name}\n${commandList}\n`);
  return 1;
}

/** True when the import failed because the subcommand's own file is absent, not one of its imports. */
function isMissingSubcommandModule(err: unknown): boolean {
  if (!(err instanceof Error) || (err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') return false;
  return err.message.includes(`imported from ${fileURLToPath(import.meta.url)}`);
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${usage()}\n`);
    return 1;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (load === undefined) return unknownCommand(name);

  let command: Subcommand;
  try {
    command = await load();
  } catch (err) {
    if (isMissingSubcommandModule(err)) return unknownCommand(name);
    throw err;
  }
  try {
    return await command.main(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`runnel ${name}: ${err.message}\n`);
      return 1;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.problems.join('\n')}\n`);
      return 1;
    }
    throw err;
  }
}

// Run only as the program itself (npm's bin link is a symlink, hence realpath), not when imported by tests.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`runnel: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
