/**
 * `runnel storage`: kafka-storage.sh. `random-uuid` prints a new cluster id, `format` writes
 * meta.properties into every log directory, `info` reports what the directories hold.
 */
import { statSync } from 'node:fs';
import { loadBrokerConfig } from '../config/brokerConfig.js';
import { ensembleProblems, formatDirectories, readEnsemble, storageDirectories } from '../config/metaPropertiesEnsemble.js';
import { metaPropertiesEntries, metaPropertiesPath, randomUuid, readMetaProperties, uuidProblem, type MetaProperties } from '../config/metaProperties.js';
import { ConfigError } from '../config/configError.js';
import { describeFlags, parseArgs, UsageError, type FlagSpecs } from './args.js';

const formatFlags = {
  config: { kind: 'string', short: 'c', doc: 'The server.properties file to read' },
  'cluster-id': { kind: 'string', short: 't', doc: 'The cluster id (see random-uuid)' },
  standalone: { kind: 'boolean', short: 's', doc: 'Format a controller as the only voter of a dynamic quorum (KIP-853: not supported yet)' },
  'initial-controllers': { kind: 'string', short: 'I', doc: 'The voters of a new dynamic quorum, id@host:port:directoryId,... (KIP-853: not supported yet)' },
  'ignore-formatted': { kind: 'boolean', short: 'g', doc: 'Skip directories that are already formatted' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const infoFlags = {
  config: { kind: 'string', short: 'c', doc: 'The server.properties file to read' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

const usage = `Usage: runnel storage <random-uuid | format | info> [options]
runnel storage format -t <cluster-id> -c <server.properties> [--ignore-formatted]
${describeFlags(formatFlags)}
runnel storage info -c <server.properties>
${describeFlags(infoFlags)}`;

function loadConfig(file: string | undefined) {
  if (file === undefined) throw new UsageError('option --config (-c) is required');
  const { config, warnings } = loadBrokerConfig(file, []);
  for (const w of warnings) process.stderr.write(`WARN ${w}\n`);
  return config;
}

function format(argv: string[]): number {
  const { flags, positionals } = parseArgs(argv, formatFlags);
  if (flags.help) return printUsage();
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (flags['cluster-id'] === undefined) throw new UsageError('option --cluster-id (-t) is required');
  const clusterId = flags['cluster-id'];
  const idProblem = uuidProblem(clusterId);
  if (idProblem !== undefined) throw new ConfigError([`Cluster ID string ${clusterId} does not appear to be a valid UUID: ${idProblem}`]);
  const config = loadConfig(flags.config);

  const isController = config.processRoles.includes('controller');
  if (flags.standalone && flags['initial-controllers'] !== undefined) throw new UsageError('give only one of --standalone and --initial-controllers');
  const dynamicFlag = flags.standalone ? '--standalone' : flags['initial-controllers'] !== undefined ? '--initial-controllers' : null;
  if (dynamicFlag !== null && !isController) throw new ConfigError([`You can only use ${dynamicFlag} on a controller (process.roles must contain controller).`]);
  if (dynamicFlag !== null) {
    throw new ConfigError([
      `${dynamicFlag} formats a dynamic quorum (KIP-853), which Runnel does not support yet: list every voter in controller.quorum.voters (id@host:port) and format without ${dynamicFlag}.`,
    ]);
  }
  if (config.quorumVoters.length === 0) {
    throw new ConfigError(['controller.quorum.voters is not set: Runnel runs static quorums only, so every node lists the voters as id@host:port.']);
  }

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
  for (const line of formatDirectories(config, ensemble.unformatted, clusterId)) process.stdout.write(`${line}\n`);
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
      return format(rest);
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
