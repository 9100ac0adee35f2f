// Producer state snapshot files, `<20-digit offset>.snapshot` in the partition directory, in
// Kafka's version 1 layout (big-endian) so the files mean the same thing to a Kafka engineer:
//   int16 version | uint32 crc32c of every byte after the crc | int32 count | count x entry
//   entry: int64 producerId, int16 epoch, int32 lastSequence, int64 lastOffset,
//          int32 offsetDelta, int64 timestamp, int32 coordinatorEpoch, int64 currentTxnFirstOffset
// Only each producer's last batch is stored, as in Kafka: after a restart a retry of an older
// in-flight batch is answered OUT_OF_ORDER_SEQUENCE_NUMBER instead of as a duplicate.
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32c, fsyncDirectory } from '../../bindings/index.js';
import { ProducerStateEntry } from './producerStateEntry.js';
import { NO_SEQUENCE, decrementSequence } from './sequence.js';

export const PRODUCER_SNAPSHOT_VERSION = 1;
const SUFFIX = '.snapshot';
const CRC_OFFSET = 2;
const ENTRIES_OFFSET = CRC_OFFSET + 4;
const HEADER_SIZE = ENTRIES_OFFSET + 4;
const ENTRY_SIZE = 8 + 2 + 4 + 8 + 4 + 8 + 4 + 8;
const SNAPSHOT_NAME = /^(\d{20})\.snapshot$/;

export class CorruptSnapshotError extends Error {
  override readonly name = 'CorruptSnapshotError';
}

export interface SnapshotFile {
  readonly offset: number;
  readonly path: string;
}

export function snapshotFileName(offset: number): string {
  return String(offset).padStart(20, '0') + SUFFIX;
}

export function encodeProducerSnapshot(entries: Iterable<ProducerStateEntry>): Buffer {
  const list = [...entries];
  const buf = Buffer.alloc(HEADER_SIZE + list.length * ENTRY_SIZE);
  buf.writeInt16BE(PRODUCER_SNAPSHOT_VERSION, 0);
  buf.writeInt32BE(list.length, ENTRIES_OFFSET);
  let at = HEADER_SIZE;
  for (const entry of list) {
    const last = entry.batches.at(-1);
    at = buf.writeBigInt64BE(BigInt(entry.producerId), at);
    at = buf.writeInt16BE(entry.producerEpoch, at);
    at = buf.writeInt32BE(last?.lastSeq ?? NO_SEQUENCE, at);
    at = buf.writeBigInt64BE(BigInt(last?.lastOffset ?? -1), at);
    at = buf.writeInt32BE(last === undefined ? 0 : last.lastOffset - last.firstOffset, at);
    at = buf.writeBigInt64BE(BigInt(entry.lastTimestamp), at);
    at = buf.writeInt32BE(entry.coordinatorEpoch, at);
    at = buf.writeBigInt64BE(BigInt(entry.currentTxnFirstOffset ?? -1), at);
  }
  buf.writeUInt32BE(crc32c(buf.subarray(ENTRIES_OFFSET)) >>> 0, CRC_OFFSET);
  return buf;
}

function readInt64(buf: Buffer, at: number, field: string): number {
  const value = buf.readBigInt64BE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new CorruptSnapshotError(`snapshot ${field} ${value} is outside the safe integer range`);
  }
  return Number(value);
}

/** Decodes and verifies a snapshot; any damage is a CorruptSnapshotError, never a partial result. */
export function decodeProducerSnapshot(buf: Buffer): ProducerStateEntry[] {
  if (buf.length < HEADER_SIZE) {
    throw new CorruptSnapshotError(`snapshot is ${buf.length} bytes, shorter than its ${HEADER_SIZE}-byte header`);
  }
  const version = buf.readInt16BE(0);
  if (version !== PRODUCER_SNAPSHOT_VERSION) {
    throw new CorruptSnapshotError(`snapshot has unknown version ${version}`);
  }
  const stored = buf.readUInt32BE(CRC_OFFSET);
  const computed = crc32c(buf.subarray(ENTRIES_OFFSET)) >>> 0;
  if (stored !== computed) {
    throw new CorruptSnapshotError(`snapshot CRC mismatch: stored ${stored}, computed ${computed}`);
  }
  const count = buf.readInt32BE(ENTRIES_OFFSET);
  if (count < 0 || buf.length !== HEADER_SIZE + count * ENTRY_SIZE) {
    throw new CorruptSnapshotError(`snapshot of ${buf.length} bytes cannot hold ${count} entries`);
  }
  const entries: ProducerStateEntry[] = [];
  let at = HEADER_SIZE;
  for (let i = 0; i < count; i++, at += ENTRY_SIZE) {
    const entry = new ProducerStateEntry(readInt64(buf, at, 'producer id'));
    entry.producerEpoch = buf.readInt16BE(at + 8);
    const lastSeq = buf.readInt32BE(at + 10);
    const lastOffset = readInt64(buf, at + 14, 'last offset');
    const offsetDelta = buf.readInt32BE(at + 22);
    entry.lastTimestamp = readInt64(buf, at + 26, 'timestamp');
    entry.coordinatorEpoch = buf.readInt32BE(at + 34);
    const txnFirstOffset = readInt64(buf, at + 38, 'current transaction first offset');
    entry.currentTxnFirstOffset = txnFirstOffset >= 0 ? txnFirstOffset : null;
    if (lastOffset >= 0) {
      entry.addBatch({
        firstSeq: lastSeq === NO_SEQUENCE ? NO_SEQUENCE : decrementSequence(lastSeq, offsetDelta),
        lastSeq,
        firstOffset: lastOffset - offsetDelta,
        lastOffset,
        maxTimestamp: entry.lastTimestamp,
      });
    }
    entries.push(entry);
  }
  return entries;
}

/** Snapshot files in `dir`, lowest offset first; other files (and unfinished temp files) are ignored. */
export async function listProducerSnapshots(dir: string): Promise<SnapshotFile[]> {
  const files: SnapshotFile[] = [];
  for (const name of await readdir(dir)) {
    const match = SNAPSHOT_NAME.exec(name);
    if (match !== null) files.push({ offset: Number(match[1]), path: join(dir, name) });
  }
  return files.sort((a, b) => a.offset - b.offset);
}

/** Writes temp, fsyncs, renames over the final name, then fsyncs the directory: all or nothing. */
export async function writeProducerSnapshot(
  dir: string,
  offset: number,
  entries: Iterable<ProducerStateEntry>,
): Promise<string> {
  const bytes = encodeProducerSnapshot(entries);
  const path = join(dir, snapshotFileName(offset));
  const temp = `${path}.tmp`;
  const file = await open(temp, 'w');
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, path);
  await fsyncDirectory(dir);
  return path;
}

export async function readProducerSnapshot(path: string): Promise<ProducerStateEntry[]> {
  return decodeProducerSnapshot(await readFile(path));
}

async function deleteSnapshotsWhere(dir: string, doomed: (offset: number) => boolean): Promise<number[]> {
  const deleted: number[] = [];
  for (const snapshot of await listProducerSnapshots(dir)) {
    if (!doomed(snapshot.offset)) continue;
    await rm(snapshot.path, { force: true });
    deleted.push(snapshot.offset);
  }
  return deleted;
}

/** Truncation: snapshots past the new log end offset describe records that no longer exist. */
export function deleteSnapshotsAbove(dir: string, offset: number): Promise<number[]> {
  return deleteSnapshotsWhere(dir, (o) => o > offset);
}

/** Retention: snapshots below the log start offset are never needed for recovery again. */
export function deleteSnapshotsBefore(dir: string, offset: number): Promise<number[]> {
  return deleteSnapshotsWhere(dir, (o) => o < offset);
}
