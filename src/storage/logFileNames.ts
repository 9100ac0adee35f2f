/**
 * Kafka's on-disk names: files are named by a 20-digit zero-padded offset, partition directories
 * are `<topic>-<partition>`.
 */
import path from 'node:path';

export const LOG_SUFFIX = '.log';
export const INDEX_SUFFIX = '.index';
export const TIME_INDEX_SUFFIX = '.timeindex';
export const SNAPSHOT_SUFFIX = '.snapshot';
/** A file renamed for asynchronous deletion (file.delete.delay.ms). */
export const DELETED_SUFFIX = '.deleted';
/** A directory renamed for asynchronous deletion: `<topic>-<partition>.<uuid>-delete`. */
export const DELETE_DIR_SUFFIX = '-delete';

export function offsetFileName(offset: number, suffix: string): string {
  return String(offset).padStart(20, '0') + suffix;
}

export function offsetFilePath(dir: string, offset: number, suffix: string): string {
  return path.join(dir, offsetFileName(offset, suffix));
}

/** The offset a file name starts with, or null when the name is not `<20 digits><suffix>`. */
export function offsetFromFileName(name: string, suffix: string): number | null {
  if (!name.endsWith(suffix)) return null;
  const digits = name.slice(0, name.length - suffix.length);
  if (!/^\d{20}$/.test(digits)) return null;
  return Number(digits);
}

export interface TopicPartition {
  topic: string;
  partition: number;
}

export function partitionDirName(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

/** Parses `<topic>-<partition>`; null for anything else (deleted dirs, stray files). */
export function parsePartitionDirName(name: string): TopicPartition | null {
  const dash = name.lastIndexOf('-');
  if (dash <= 0) return null;
  const digits = name.slice(dash + 1);
  if (!/^\d+$/.test(digits)) return null;
  const topic = name.slice(0, dash);
  if (!/^[a-zA-Z0-9._-]+$/.test(topic)) return null;
  return { topic, partition: Number(digits) };
}
