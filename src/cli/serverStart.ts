/**
 * `runnel server-start [server.properties] [--override k=v]...`: kafka-server-start.sh. Loads
 * and validates the configuration, checks (or, for the bundled default config, creates) the
 * storage format, starts the broker and shuts it down cleanly on SIGINT/SIGTERM.
 */
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { loadBrokerConfig, type BrokerConfig } from '../config/brokerConfig.js';
import { ConfigError } from '../config/configError.js';
import { randomUuid } from '../config/metaProperties.js';
import { ensembleProblems, formatDirectories, readEnsemble, storageDirectories } from '../config/metaPropertiesEnsemble.js';
import { startBroker } from '../broker/broker.js';
import { BROKER_HEAP_OPTIONS, hasBrokerHeapOptions } from './brokerHeapOptions.js';
import { describeFlags, parseArgs, UsageError, type FlagSpecs } from './args.js';

const flags = {
  override: { kind: 'list', doc: 'Override a property of the file, key=value' },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

/** The configuration shipped with Runnel, used when no file is given. */
export const DEFAULT_CONFIG_FILE = fileURLToPath(new URL('../../../config/server.properties', import.meta.url));

/** Human-readable logs on a terminal, JSON lines otherwise; level from RUNNEL_LOG_LEVEL. */
export function createLogger(): Logger {
  const level = process.env['RUNNEL_LOG_LEVEL'] ?? 'info';
  return process.stdout.isTTY ? pino({ level }, pretty({ colorize: true })) : pino({ level });
}

/**
 * Verifies every directory's meta.properties. Directories still empty are formatted when the
 * metadata directory already is (a disk added later, as Kafka does) or when the configuration
 * asks for it (runnel.auto.format); otherwise startup is refused as Kafka refuses it.
 */
export function prepareStorage(config: BrokerConfig, say: (line: string) => void): string {
  const ensemble = readEnsemble(storageDirectories(config));
  const problems = ensembleProblems(ensemble, { nodeId: config.nodeId });
  if (problems.length > 0) throw new ConfigError(problems);
  const metadataMeta = ensemble.formatted.get(config.metadataLogDir);
  const [anyFormatted] = ensemble.formatted.values();
  if (ensemble.unformatted.length === 0) return anyFormatted!.clusterId;

  let clusterId: string;
  if (metadataMeta !== undefined) clusterId = metadataMeta.clusterId;
  else if (config.autoFormat) clusterId = anyFormatted?.clusterId ?? randomUuid();
  else {
    throw new ConfigError([
      `No \`meta.properties\` found in ${ensemble.unformatted[0]} (have you run \`runnel storage format\` to format the directory?)`,
    ]);
  }
  formatDirectories(config, ensemble.unformatted, clusterId);
  for (const dir of ensemble.unformatted) say(`Formatted ${dir} with cluster id ${clusterId}`);
  return clusterId;
}

function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

export async function main(argv: string[]): Promise<number> {
  const { flags: f, positionals } = parseArgs(argv, flags);
  if (f.help) {
    process.stdout.write(`Usage: runnel server-start [server.properties] [--override key=value]...\n${describeFlags(flags)}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`expected one properties file, got ${positionals.length}: ${positionals.join(' ')}`);
  const file = positionals[0] ?? DEFAULT_CONFIG_FILE;

  const logger = createLogger();
  const { config, warnings } = loadBrokerConfig(file, f.override);
  for (const w of warnings) logger.warn(w);
  const clusterId = prepareStorage(config, (line) => process.stdout.write(`${line}\n`));
  logger.info({ nodeId: config.nodeId, clusterId, config: file }, 'starting broker');

  if (!hasBrokerHeapOptions()) {
    logger.warn({ expected: BROKER_HEAP_OPTIONS, got: process.execArgv }, 'node was started without the broker heap options: expect frequent full GCs and worse tail latency under load (npm start and the runnel command set them)');
  }
  let broker: { close(): Promise<void> };
  try {
    broker = await startBroker(config, { logger });
  } catch (err) {
    logger.fatal({ err }, 'broker failed to start');
    return 1;
  }
  const signal = await waitForShutdownSignal();
  logger.info({ signal }, 'shutting down');
  await broker.close();
  logger.info('shut down complete');
  return 0;
}
