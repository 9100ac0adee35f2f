/**
 * The RaftLog on Runnel's storage engine (Kafka's KafkaMetadataLog): batches in a partition
 * directory's segments through src/storage/log.ts, whose leader-epoch-checkpoint is the epoch
 * history, and snapshots beside them as Kafka names them, `<20-digit offset>-<10-digit epoch>.checkpoint`,
 * each written to `.checkpoint.part`, fsynced and renamed.
 *
 * On open the latest snapshot is the truth about everything before it: a log that ends before it,
 * or disagrees with its epoch (a crash between storing a downloaded snapshot and resetting the log),
 * restarts empty at it; a log that starts before it (a crash between taking a snapshot and
 * truncating behind it) is truncated behind it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { fsyncDirectory } from '../../bindings/index.js';
import { Log } from '../storage/log.js';
import { logConfig, type LogConfig } from '../storage/logConfig.js';
import { LogDirCheckpoints } from '../storage/logDirCheckpoints.js';
import { parsePartitionDirName } from '../storage/logFileNames.js';
import { UNDEFINED_EPOCH } from '../storage/leaderEpochCache.js';
import { replaceFileDurably } from './durableFile.js';
import type { OffsetAndEpoch } from './offsetAndEpoch.js';
import type { RaftLog } from './raftLog.js';

export const SNAPSHOT_FILE_SUFFIX = '.checkpoint';
const PARTIAL_SUFFIX = '.part';
const SNAPSHOT_NAME = /^(\d{20})-(\d{10})\.checkpoint$/;

export function snapshotFileName(id: OffsetAndEpoch): string {
  return `${String(id.offset).padStart(20, '0')}-${String(id.epoch).padStart(10, '0')}${SNAPSHOT_FILE_SUFFIX}`;
}

export interface StorageRaftLogOptions {
  readonly logger?: Logger;
  /** Segment size; KRaft's metadata log rolls at 64 MiB here. */
  readonly segmentBytes?: number;
  /** The largest batch a leader may append (Kafka's KRaft caps batches at 8 MiB). */
  readonly maxBatchBytes?: number;
}

export class StorageRaftLog implements RaftLog {
  private log: Log;
  private snapshots: OffsetAndEpoch[];
  /** The bytes of the latest snapshot, read once: followers fetch it chunk by chunk. */
  private latestBytes: { id: OffsetAndEpoch; bytes: Buffer } | null = null;

  private constructor(
    readonly dir: string,
    private readonly config: LogConfig,
    private readonly checkpoints: LogDirCheckpoints,
    private readonly logger: Logger,
    snapshots: OffsetAndEpoch[],
  ) {
    this.log = this.openLog();
    this.snapshots = snapshots;
  }

  /** Opens (creating when absent) the log in `dir`, a partition directory named `<topic>-<partition>`. */
  static async open(dir: string, options: StorageRaftLogOptions = {}): Promise<StorageRaftLog> {
    if (parsePartitionDirName(path.basename(dir)) === null) throw new Error(`${dir}: a Raft log directory is named <topic>-<partition>`);
    const logger = options.logger ?? pino({ level: 'silent' });
    fs.mkdirSync(dir, { recursive: true });
    const snapshots: OffsetAndEpoch[] = [];
    for (const name of fs.readdirSync(dir)) {
      if (name.endsWith(SNAPSHOT_FILE_SUFFIX + PARTIAL_SUFFIX)) {
        // A snapshot whose write never finished.
        fs.rmSync(path.join(dir, name), { force: true });
        continue;
      }
      const match = SNAPSHOT_NAME.exec(name);
      if (match !== null) snapshots.push({ offset: Number(match[1]), epoch: Number(match[2]) });
    }
    snapshots.sort(compareSnapshotIds);
    const config = logConfig({
      retentionMs: -1,
      retentionBytes: -1,
      segmentBytes: options.segmentBytes ?? 64 * 1024 * 1024,
      maxMessageBytes: options.maxBatchBytes ?? 8 * 1024 * 1024,
    });
    // Its checkpoints live in its own directory, apart from the LogManager's in the log dir.
    const raftLog = new StorageRaftLog(dir, config, new LogDirCheckpoints(dir, logger), logger, snapshots);
    const latest = snapshots.at(-1);
    if (latest !== undefined) {
      if (!raftLog.holdsSnapshotEnd(latest)) await raftLog.truncateToSnapshot(latest);
      else if (latest.offset > raftLog.startOffset) await raftLog.deleteBeforeSnapshot(latest);
    }
    return raftLog;
  }

  private openLog(): Log {
    return Log.open(this.dir, this.config, { logger: this.logger, checkpoints: this.checkpoints, hadCleanShutdown: false });
  }

  /** Whether the log reaches the snapshot's end offset in the snapshot's epoch. */
  private holdsSnapshotEnd(id: OffsetAndEpoch): boolean {
    if (this.log.logEndOffset < id.offset) return false;
    if (this.log.logStartOffset === id.offset && this.log.leaderEpochCache.entries().length === 0) return true;
    const end = this.log.endOffsetForEpoch(id.epoch);
    return end.epoch === id.epoch && end.endOffset >= id.offset;
  }

  get startOffset(): number {
    return this.log.logStartOffset;
  }

  get endOffset(): number {
    return this.log.logEndOffset;
  }

  lastFetchedEpoch(): number {
    const latest = this.log.leaderEpochCache.latestEpoch();
    return latest !== UNDEFINED_EPOCH ? latest : (this.latestSnapshotId()?.epoch ?? 0);
  }

  endOffsetForEpoch(epoch: number): OffsetAndEpoch {
    const found = this.log.endOffsetForEpoch(epoch);
    if (found.epoch === UNDEFINED_EPOCH) return { offset: this.endOffset, epoch: this.lastFetchedEpoch() };
    const earliest = this.earliestSnapshotId();
    // Older than anything in the log: the snapshot at the log start is the answer.
    if (earliest !== null && found.endOffset === earliest.offset && found.epoch < epoch) return earliest;
    return { offset: found.endOffset, epoch: found.epoch };
  }

  appendAsLeader(batch: Buffer, epoch: number): void {
    this.log.append(batch, { leaderEpoch: epoch, origin: 'coordinator' });
  }

  appendAsFollower(batches: Buffer): void {
    this.log.appendAsFollower(batches);
  }

  read(offset: number, maxBytes: number): Buffer {
    const info = this.log.read(offset, maxBytes, { minOneMessage: true });
    // Copied: the segment views must not outlive this call.
    return Buffer.concat(info.records, info.sizeInBytes);
  }

  truncateTo(offset: number): void {
    if (offset < this.startOffset) throw new RangeError(`cannot truncate to ${offset}, below the log start ${this.startOffset}`);
    this.log.truncateTo(offset);
  }

  flush(): Promise<void> {
    return this.log.flush();
  }

  updateHighWatermark(offset: number): void {
    this.log.highWatermark = offset;
  }

  latestSnapshotId(): OffsetAndEpoch | null {
    return this.snapshots.at(-1) ?? null;
  }

  earliestSnapshotId(): OffsetAndEpoch | null {
    return this.snapshots[0] ?? null;
  }

  readSnapshot(id: OffsetAndEpoch): Buffer | null {
    if (!this.snapshots.some((s) => compareSnapshotIds(s, id) === 0)) return null;
    if (this.latestBytes !== null && compareSnapshotIds(this.latestBytes.id, id) === 0) return this.latestBytes.bytes;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(this.dir, snapshotFileName(id)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const latest = this.latestSnapshotId();
    if (latest !== null && compareSnapshotIds(latest, id) === 0) this.latestBytes = { id, bytes };
    return bytes;
  }

  async storeSnapshot(id: OffsetAndEpoch, bytes: Buffer): Promise<void> {
    if (this.snapshots.some((s) => compareSnapshotIds(s, id) === 0)) return;
    const file = path.join(this.dir, snapshotFileName(id));
    await replaceFileDurably(file, file + PARTIAL_SUFFIX, bytes);
    this.snapshots.push({ offset: id.offset, epoch: id.epoch });
    this.snapshots.sort(compareSnapshotIds);
    if (compareSnapshotIds(this.snapshots.at(-1)!, id) === 0) this.latestBytes = { id, bytes };
  }

  async deleteBeforeSnapshot(id: OffsetAndEpoch): Promise<void> {
    if (id.offset > this.endOffset) throw new RangeError(`snapshot ${id.offset} is beyond the log end offset ${this.endOffset}`);
    if (id.offset > this.startOffset) {
      // The storage log deletes only below its high watermark; everything in a snapshot is committed.
      this.log.highWatermark = Math.max(this.log.highWatermark, id.offset);
      await this.log.deleteRecordsBefore(id.offset);
    }
    await this.forgetSnapshotsBefore(id);
  }

  async truncateToSnapshot(id: OffsetAndEpoch): Promise<void> {
    if (id.offset < this.startOffset) {
      // Below its start the storage log restarts empty at the offset by itself.
      this.log.truncateTo(id.offset);
    } else {
      // It cannot move its start past its end while open: it first drops every batch (truncating
      // below its start), then reopens with the snapshot's end as its start.
      this.log.truncateTo(Math.max(0, this.startOffset - 1));
      await this.log.close();
      this.checkpoints.logStartOffsets.set(this.log.topicPartition, id.offset);
      await this.checkpoints.logStartOffsets.write();
      this.log = this.openLog();
    }
    // Nothing is left in the log: its last epoch is the snapshot's.
    this.log.leaderEpochCache.clear();
    await this.log.leaderEpochCache.flush();
    this.log.highWatermark = id.offset;
    await this.forgetSnapshotsBefore(id);
    this.logger.info({ dir: this.dir, offset: id.offset, epoch: id.epoch }, 'raft log restarted at a snapshot');
  }

  private async forgetSnapshotsBefore(id: OffsetAndEpoch): Promise<void> {
    const doomed = this.snapshots.filter((s) => s.offset < id.offset);
    if (doomed.length === 0) return;
    this.snapshots = this.snapshots.filter((s) => s.offset >= id.offset);
    if (this.latestBytes !== null && this.latestBytes.id.offset < id.offset) this.latestBytes = null;
    for (const s of doomed) await fs.promises.rm(path.join(this.dir, snapshotFileName(s)), { force: true });
    await fsyncDirectory(this.dir);
  }

  close(): Promise<void> {
    return this.log.close();
  }
}

function compareSnapshotIds(a: OffsetAndEpoch, b: OffsetAndEpoch): number {
  return a.offset - b.offset || a.epoch - b.epoch;
}
