/**
 * The per-log-dir checkpoints Kafka keeps in each entry of log.dirs, one line per partition
 * ("<topic> <partition> <offset>"):
 *   log-start-offset-checkpoint       the log start offset (raised by retention and DeleteRecords)
 *   recovery-point-offset-checkpoint  offsets below it are fsynced; recovery starts from there
 *   replication-offset-checkpoint     the high watermark, written every few seconds and at shutdown
 * One instance per directory is shared by every Log in it, so writes never clobber each other.
 */
import path from 'node:path';
import type { Logger } from 'pino';
import { CheckpointFile, checkpointInteger } from './checkpointFile.js';
import { type TopicPartition, partitionDirName } from './logFileNames.js';

export const LOG_START_OFFSET_CHECKPOINT = 'log-start-offset-checkpoint';
export const RECOVERY_POINT_CHECKPOINT = 'recovery-point-offset-checkpoint';
export const REPLICATION_OFFSET_CHECKPOINT = 'replication-offset-checkpoint';

class PartitionOffsetCheckpoint {
  private readonly file: CheckpointFile;
  private readonly offsets = new Map<string, { tp: TopicPartition; offset: number }>();

  constructor(file: string, log: Logger) {
    this.file = new CheckpointFile(file);
    try {
      for (const [topic, partition, offset] of this.file.read()) {
        if (topic === undefined || topic === '') throw new Error(`${file}: empty topic`);
        const tp = { topic, partition: checkpointInteger(file, partition) };
        this.offsets.set(partitionDirName(tp), { tp, offset: checkpointInteger(file, offset) });
      }
    } catch (err) {
      // Losing a checkpoint costs a longer recovery or a lower log start, never data: start empty.
      log.warn({ err, file }, 'ignoring unreadable checkpoint');
      this.offsets.clear();
    }
  }

  get(tp: TopicPartition): number | undefined {
    return this.offsets.get(partitionDirName(tp))?.offset;
  }

  /** Records `offset`; true when it differs from what the file holds for the partition. */
  set(tp: TopicPartition, offset: number): boolean {
    const key = partitionDirName(tp);
    const changed = this.offsets.get(key)?.offset !== offset;
    this.offsets.set(key, { tp, offset });
    return changed;
  }

  delete(tp: TopicPartition): void {
    this.offsets.delete(partitionDirName(tp));
  }

  write(): Promise<void> {
    return this.file.write([...this.offsets.values()].map(({ tp, offset }) => `${tp.topic} ${tp.partition} ${offset}`));
  }
}

export class LogDirCheckpoints {
  readonly dir: string;
  readonly logStartOffsets: PartitionOffsetCheckpoint;
  readonly recoveryPoints: PartitionOffsetCheckpoint;
  readonly highWatermarks: PartitionOffsetCheckpoint;

  constructor(dir: string, log: Logger) {
    this.dir = dir;
    this.logStartOffsets = new PartitionOffsetCheckpoint(path.join(dir, LOG_START_OFFSET_CHECKPOINT), log);
    this.recoveryPoints = new PartitionOffsetCheckpoint(path.join(dir, RECOVERY_POINT_CHECKPOINT), log);
    this.highWatermarks = new PartitionOffsetCheckpoint(path.join(dir, REPLICATION_OFFSET_CHECKPOINT), log);
  }

  /** Forgets a deleted partition in every file. */
  async remove(tp: TopicPartition): Promise<void> {
    this.logStartOffsets.delete(tp);
    this.recoveryPoints.delete(tp);
    this.highWatermarks.delete(tp);
    await Promise.all([this.logStartOffsets.write(), this.recoveryPoints.write(), this.highWatermarks.write()]);
  }
}
