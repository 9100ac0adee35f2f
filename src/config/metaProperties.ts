/**
 * meta.properties, the file `runnel storage format` writes into every log directory: Kafka's
 * KRaft layout (version=1, node.id, cluster.id, directory.id). A broker refuses a directory
 * whose file disagrees with its node id or with the other directories, so mixing up disks
 * cannot silently merge two clusters.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './configError.js';
import { formatProperties, parseProperties, toMap } from './properties.js';

export const META_PROPERTIES_FILE = 'meta.properties';

export interface MetaProperties {
  readonly version: 1;
  readonly nodeId: number;
  readonly clusterId: string;
  /** Absent in files written before directory ids existed (Kafka 3.6 and older). */
  readonly directoryId: string | undefined;
}

/**
 * A new Kafka Uuid as Kafka prints it: 16 random bytes in base64url without padding (22 chars).
 * Like Kafka's Uuid.randomUuid it never returns the all-zero id, the reserved id 1, or an id
 * starting with '-', which command-line parsers would take for a flag.
 */
export function randomUuid(): string {
  for (;;) {
    const bytes = randomBytes(16);
    // RFC 4122 version 4 / variant bits, as java.util.UUID.randomUUID sets them.
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const id = bytes.toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Checks a Kafka Uuid string; returns a problem text or undefined. */
export function uuidProblem(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{22}$/.test(text)) return 'expected 22 base64url characters';
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length !== 16 || bytes.toString('base64url') !== text) return 'not the base64url encoding of 16 bytes';
  if (bytes.every((b) => b === 0)) return 'the all-zero id is reserved';
  return undefined;
}

export function metaPropertiesPath(dir: string): string {
  return join(dir, META_PROPERTIES_FILE);
}

/**
 * Reads a directory's meta.properties. Returns undefined when the file does not exist (the
 * directory is not formatted); throws ConfigError when it exists but is unreadable or invalid.
 */
export function readMetaProperties(dir: string): MetaProperties | undefined {
  const path = metaPropertiesPath(dir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return undefined;
    throw new ConfigError([`Error loading ${path}: ${e.code ?? e.message}`]);
  }
  const props = toMap(parseProperties(text, path));
  const problems: string[] = [];
  const version = props.get('version');
  if (version === '0') problems.push(`${path}: version=0 is the ZooKeeper-mode format; Runnel only runs in KRaft mode`);
  else if (version !== '1') problems.push(`${path}: unsupported version '${version ?? ''}' (expected 1)`);
  const nodeIdText = props.get('node.id');
  if (nodeIdText === undefined || !/^\d+$/.test(nodeIdText)) problems.push(`${path}: node.id is missing or not a non-negative integer`);
  const clusterId = props.get('cluster.id');
  if (clusterId === undefined || clusterId === '') problems.push(`${path}: cluster.id is missing`);
  const directoryId = props.get('directory.id');
  const dirProblem = directoryId === undefined ? undefined : uuidProblem(directoryId);
  if (dirProblem !== undefined) problems.push(`${path}: directory.id '${directoryId}' is invalid: ${dirProblem}`);
  if (problems.length > 0) throw new ConfigError(problems);
  return { version: 1, nodeId: Number(nodeIdText), clusterId: clusterId!, directoryId };
}

/** Kafka's property order for display and files: sorted by key, as `kafka-storage info` shows them. */
export function metaPropertiesEntries(meta: MetaProperties): [string, string][] {
  const entries: [string, string][] = [
    ['cluster.id', meta.clusterId],
    ['node.id', String(meta.nodeId)],
    ['version', String(meta.version)],
  ];
  if (meta.directoryId !== undefined) entries.splice(1, 0, ['directory.id', meta.directoryId]);
  return entries;
}

/** Writes meta.properties durably: temp file, fsync, rename over, fsync the directory. */
export function writeMetaProperties(dir: string, meta: MetaProperties): void {
  const path = metaPropertiesPath(dir);
  const tmp = `${path}.tmp`;
  const text = formatProperties(metaPropertiesEntries(meta), [new Date().toString()]);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dirFd = openSync(dir, 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}
