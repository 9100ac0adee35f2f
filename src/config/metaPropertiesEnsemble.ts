/**
 * The meta.properties files of all of a node's directories taken together (Kafka's
 * MetaPropertiesEnsemble): which are formatted, and whether they agree on cluster and node id.
 * `runnel storage` formats and inspects them; server-start verifies them before the broker opens
 * any log.
 */
import { mkdirSync } from 'node:fs';
import type { BrokerConfig } from './brokerConfig.js';
import { ConfigError } from './configError.js';
import { metaPropertiesPath, randomUuid, readMetaProperties, writeMetaProperties, type MetaProperties } from './metaProperties.js';

/** The directories that carry meta.properties: every log dir plus metadata.log.dir, sorted, once each. */
export function storageDirectories(config: BrokerConfig): string[] {
  return [...new Set([...config.logDirs, config.metadataLogDir])].sort();
}

export interface MetaPropertiesEnsemble {
  readonly formatted: ReadonlyMap<string, MetaProperties>;
  readonly unformatted: readonly string[];
}

export function readEnsemble(dirs: readonly string[]): MetaPropertiesEnsemble {
  const formatted = new Map<string, MetaProperties>();
  const unformatted: string[] = [];
  for (const dir of dirs) {
    const meta = readMetaProperties(dir);
    if (meta === undefined) unformatted.push(dir);
    else formatted.set(dir, meta);
  }
  return { formatted, unformatted };
}

/** Problems with formatted directories that disagree with each other or with the expected ids. */
export function ensembleProblems(ensemble: MetaPropertiesEnsemble, expect: { nodeId: number; clusterId?: string }): string[] {
  const problems: string[] = [];
  let clusterId = expect.clusterId;
  for (const [dir, meta] of ensemble.formatted) {
    if (clusterId === undefined) clusterId = meta.clusterId;
    else if (meta.clusterId !== clusterId) {
      problems.push(`Invalid cluster.id in: ${metaPropertiesPath(dir)}. Expected ${clusterId}, but read ${meta.clusterId}`);
    }
    if (meta.nodeId !== expect.nodeId) {
      problems.push(
        `Stored node id ${meta.nodeId} doesn't match the configured node.id ${expect.nodeId} in ${metaPropertiesPath(dir)}. If you moved your data, make sure your configured node id matches. If you intend to create a new node, you should remove all data in your data directories.`,
      );
    }
  }
  return problems;
}

/**
 * Writes meta.properties into each unformatted directory (creating it), giving each a new
 * directory id. Returns one "Formatting ..." line per directory, in Kafka's wording.
 * `metadataVoterDirectoryId` is this node's directory id in a KIP-853 quorum's initial voters:
 * Kafka gives it to the metadata log directory, since the voter set names that directory.
 */
export function formatDirectories(config: BrokerConfig, dirs: readonly string[], clusterId: string, metadataVoterDirectoryId?: string): string[] {
  const lines: string[] = [];
  for (const dir of dirs) {
    const isMetadataVoterDir = dir === config.metadataLogDir && metadataVoterDirectoryId !== undefined;
    try {
      mkdirSync(dir, { recursive: true });
      writeMetaProperties(dir, { version: 1, nodeId: config.nodeId, clusterId, directoryId: isMetadataVoterDir ? metadataVoterDirectoryId : randomUuid() });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new ConfigError([`Error while writing meta.properties in ${dir}: ${e.code ?? e.message}${e.path !== undefined ? ` (${e.path})` : ''}`]);
    }
    const kind = isMetadataVoterDir ? 'dynamic metadata voter' : dir === config.metadataLogDir ? 'metadata' : 'data';
    lines.push(`Formatting ${kind} directory ${dir} with cluster id ${clusterId}.`);
  }
  return lines;
}
