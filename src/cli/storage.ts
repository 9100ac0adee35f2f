/**
 * `runnel storage`: kafka-storage.sh. `random-uuid` prints a new cluster id, `format` writes
 * meta.properties into every log directory (and, for a KIP-853 quorum formatted with --standalone
 * or --initial-controllers, the bootstrap checkpoint naming the initial voters), `info` reports
 * what the directories hold.
 */
import { statSync } from 'node:fs';
import { loadBrokerConfig } from '../config/brokerConfig.js';
import { ensembleProblems, formatDirectories, readEnsemble, storageDirectories } from '../config/metaPropertiesEnsemble.js';
import { metaPropertiesEntries, metaPropertiesPath, randomUuid, readMetaProperties, uuidProblem, type MetaProperties } from '../config/metaProperties.js';
import { ConfigError } from '../config/configError.js';
import type { BrokerConfig } from '../config/brokerConfig.js';
import { BootstrapVotersError, parseBootstrapVoters, writeBootstrapCheckpoint, type BootstrapVoter } from '../metadata/bootstrapVoters.js';
import { describeFlags, parseArgs, UsageError, type FlagSpecs } from './args.js';

const formatFlags = {
  config: { kind: 'string', short: 'c', doc: 'The server.properties file to read' },
  'cluster-id': { kind: 'string', short: 't', doc: 'The cluster id (see random-uuid)' },
  standalone: { kind: 'boolean', short: 's', doc: 'Format a controller as the only voter of a new quorum (KIP-853)' },
  'initial-controllers': { kind: 'string', short: 'I', doc: 'The voters of a new quorum, id@host:port:directoryId,... (KIP-853); the same on every node' },
  'ignore-formatted': { kind: 'boolean', short: 'g', doc: 'Skip directories that are already formatted' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const infoFlags = {
  config: { kind: 'string', short: 'c', doc: 'The server.properties file to read' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel storage <random-uuid | format | info> [options]
runnel storage format -t <cluster-id> -c <server.properties> [--standalone | --initial-controllers <voters>] [--ignore-formatted]
${describeFlags(formatFlags)}
runnel storage info -c <server.properties>
${describeFlags(infoFlags)}`;

function loadConfig(file: string | undefined) {
  if (file === undefined) throw new UsageError('option --config (-c) is required');
  const { config, warnings } = loadBrokerConfig(file, []);
  for (const w of warnings) process.stderr.write(`WARN ${w}\n`);
  return config;
}

/**
 * The initial voters --standalone or --initial-controllers ask for, or null for a static quorum
 * (controller.quorum.voters). Checks the flags against the node's roles and configured voters.
 */
function initialVoters(config: BrokerConfig, standalone: boolean, initialControllers: string | undefined): BootstrapVoter[] | null {
  const isController = config.processRoles.includes('controller');
  if (standalone && initialControllers !== undefined) throw new UsageError('give only one of --standalone and --initial-controllers');
  const flag = standalone ? '--standalone' : initialControllers !== undefined ? '--initial-controllers' : null;
  if (flag === null) {
    if (config.quorumVoters.length > 0) return null;
    throw new ConfigError([
      isController
        ? 'Because controller.quorum.voters is not set on this controller, you must specify --standalone or --initial-controllers.'
        : 'controller.quorum.voters is not set: a broker-only node needs the voters as id@host:port (Runnel does not yet find them through controller.quorum.bootstrap.servers).',
    ]);
  }
  if (!isController) throw new ConfigError([`You cannot use ${flag} on a broker node: process.roles must contain controller.`]);
  if (config.quorumVoters.length > 0) {
    throw new ConfigError([
      `You cannot use ${flag} when controller.quorum.voters is set: that list already defines the quorum. Remove controller.quorum.voters (and set controller.quorum.bootstrap.servers) to bootstrap a KIP-853 quorum, or format without ${flag}.`,
    ]);
  }
  if (standalone) {
    const listener = config.listeners.find((l) => l.name === config.controllerListenerNames[0]);
    if (listener === undefined) throw new ConfigError([`--standalone: no listener is named ${config.controllerListenerNames[0] ?? '(controller.listener.names is empty)'}.`]);
    return [{ id: config.nodeId, directoryId: randomUuid(), host: listener.host === '' ? 'localhost' : listener.host, port: listener.port }];
  }
  let voters: BootstrapVoter[];
  try {
    voters = parseBootstrapVoters(initialControllers!);
  } catch (err) {
    if (err instanceof BootstrapVotersError) throw new ConfigError([`--initial-controllers: ${err.message}`]);
    throw err;
  }
  if (!voters.some((v) => v.id === config.nodeId)) {
    throw new ConfigError([`--initial-controllers does not name this node (node.id=${config.nodeId}): a controller formatted with it must be one of the initial voters.`]);
  }
  return voters;
}

async function format(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, formatFlags);
  if (flags.help) return printUsage();
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (flags['cluster-id'] === undefined) throw new UsageError('option --cluster-id (-t) is required');
  const clusterId = flags['cluster-id'];
  const idProblem = uuidProblem(clusterId);
  if (idProblem !== undefined) throw new ConfigError([`Cluster ID string ${clusterId} does not appear to be a valid UUID: ${idProblem}`]);
  const config = loadConfig(flags.config);

  const voters = initialVoters(config, flags.standalone === true, flags['initial-controllers']);

  const ensemble = readEnsemble(storageDirectories(config));
  const [firstFormatted] = ensemble.formatted.keys();
  if (firstFormatted !== undefined && !flags['ignore-formatted']) {
    throw new ConfigError([`Log directory ${firstFormatted} is already formatted. Use --ignore-formatted to ignore this directory and format the others.`]);
  }
  const problems = ensembleProblems(ensemble, { nodeId: config.nodeId, clusterId });
  if (problems.length > 0) throw new ConfigError(problems);
  if (ensemble.unformatted.length === 0) {
    process.stdout.write('All of the log directories are already formatted.\n');
    return 0;
  }
  const self = voters?.find((v) => v.id === config.nodeId);
  if (voters !== null && ensemble.unformatted.includes(config.metadataLogDir)) {
    // Before meta.properties, as Kafka does: a directory is formatted only once its checkpoint exists.
    try {
      await writeBootstrapCheckpoint(config.metadataLogDir, voters, config.controllerListenerNames[0]!);
    } catch (err) {
      throw new ConfigError([`Error while writing the bootstrap checkpoint in ${config.metadataLogDir}: ${(err as Error).message}`]);
    }
  }
  for (const line of formatDirectories(config, ensemble.unformatted, clusterId, self?.directoryId)) process.stdout.write(`${line}\n`);
  return 0;
}

/** Prints what kafka-storage.sh info prints; exit code 1 when any problem was found. */
function info(argv: string[]): number {
  const { flags, positionals } = parseArgs(argv, infoFlags);
  if (flags.help) return printUsage();
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const config = loadConfig(flags.config);

  const problems: string[] = [];
  const found: string[] = [];
  let first: MetaProperties | undefined;
  for (const dir of storageDirectories(config)) {
    let isDir: boolean;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      problems.push(`${dir} does not exist`);
      continue;
    }
    if (!isDir) {
      problems.push(`${dir} is not a directory`);
      continue;
    }
    found.push(dir);
    let meta: MetaProperties | undefined;
    try {
      meta = readMetaProperties(dir);
    } catch (err) {
      problems.push(`Error loading ${metaPropertiesPath(dir)}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    if (meta === undefined) problems.push(`${dir} is not formatted.`);
    else if (first === undefined) first = meta;
    else if (first.clusterId !== meta.clusterId) problems.push('Mismatched cluster IDs between storage directories.');
    else if (first.nodeId !== meta.nodeId) problems.push('Mismatched node IDs between storage directories.');
  }

  const out: string[] = [];
  if (found.length > 0) {
    out.push(found.length === 1 ? 'Found log directory:' : 'Found log directories:', ...found.map((d) => `  ${d}`), '');
  }
  if (first !== undefined) {
    out.push(`Found metadata: {${metaPropertiesEntries(first).map(([k, v]) => `${k}=${v}`).join(', ')}}`, '');
  }
  if (problems.length > 0) {
    out.push(problems.length === 1 ? 'Found problem:' : 'Found problems:', ...problems.map((p) => `  ${p}`), '');
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return problems.length > 0 ? 1 : 0;
}

function printUsage(): number {
  process.stdout.write(`${usage}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  switch (action) {
    case 'random-uuid':
      if (rest.length > 0) throw new UsageError(`random-uuid takes no arguments, got '${rest[0]}'`);
      process.stdout.write(`${randomUuid()}\n`);
      return 0;
    case 'format':
      return await format(rest);
    case 'info':
      return info(rest);
    case '--help':
    case '-h':
      return printUsage();
    case undefined:
      process.stderr.write(`${usage}\n`);
      return 1;
    default:
      throw new UsageError(`unknown action '${action}' (expected random-uuid, format or info)`);
  }
}
