/**
 * Kafka's LogManager: every partition log under log.dirs. Loads (and, after an unclean shutdown,
 * recovers) all partition directories at start, creates and deletes logs, runs retention on a
 * timer, and marks each directory cleanly shut down on close.
 *
 * Clean-shutdown marker: one `.kafka_cleanshutdown` file per log dir, as Kafka does. It is removed
 * (durably) right after the dir's logs are loaded, before any append, and written back only when
 * every log in the dir closed without a disk error. Its absence makes the next start recover.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { fsyncDirectory } from '../../bindings/index.js';
import { Log } from './log.js';
import { type LogConfig, defaultLogConfig } from './logConfig.js';
import { LogDirCheckpoints } from './logDirCheckpoints.js';
import { DELETE_DIR_SUFFIX, type TopicPartition, parsePartitionDirName, partitionDirName } from './logFileNames.js';
import type { ProducerStateHooks } from './producerStateHooks.js';
import type { KafkaStorageError } from './errors.js';

export const CLEAN_SHUTDOWN_FILE = '.kafka_cleanshutdown';
/** Kafka's partition.metadata: the topic id, so a re-created topic never reuses an old directory. */
export const PARTITION_METADATA_FILE = 'partition.metadata';
/** The KRaft metadata log lives beside partition logs but is owned by the metadata layer. */
const METADATA_TOPIC = '__cluster_metadata';

/** The broker settings this uses (BrokerConfig satisfies it). */
export interface LogManagerConfig {
  readonly logDirs: readonly string[];
  /** log.retention.check.interval.ms */
  readonly logRetentionCheckIntervalMs: number;
  /** replica.high.watermark.checkpoint.interval.ms (default 5000) */
  readonly replicaHighWatermarkCheckpointIntervalMs?: number;
}

export interface LogManagerOptions {
  /** Config for logs loaded at start, until their topic config arrives via getOrCreateLog. */
  defaultConfig?: LogConfig;
  /** Producer-state hooks for each log, created before the log loads. */
  producerStateFor?: (tp: TopicPartition) => ProducerStateHooks | undefined;
  now?: () => number;
}

interface LogDir {
  path: string;
  checkpoints: LogDirCheckpoints;
}

export class LogManager {
  private readonly dirs: LogDir[];
  private readonly logs = new Map<string, { log: Log; dir: LogDir }>();
  private readonly offline = new Set<string>();
  private readonly logger: Logger;
  private readonly opts: LogManagerOptions;
  private readonly retentionTimer: NodeJS.Timeout;
  private readonly highWatermarkTimer: NodeJS.Timeout;
  private retentionRunning: Promise<number> | null = null;
  private closed = false;

  private constructor(config: LogManagerConfig, logger: Logger, opts: LogManagerOptions, dirs: LogDir[]) {
    this.logger = logger;
    this.opts = opts;
    this.dirs = dirs;
    this.retentionTimer = setInterval(() => void this.runRetention(), config.logRetentionCheckIntervalMs);
    this.retentionTimer.unref();
    this.highWatermarkTimer = setInterval(() => void this.checkpointHighWatermarks(), config.replicaHighWatermarkCheckpointIntervalMs ?? 5000);
    this.highWatermarkTimer.unref();
  }

  static async open(config: LogManagerConfig, logger: Logger = pino({ level: 'silent' }), opts: LogManagerOptions = {}): Promise<LogManager> {
    const dirs = config.logDirs.map((dir) => {
      fs.mkdirSync(dir, { recursive: true });
      return { path: dir, checkpoints: new LogDirCheckpoints(dir, logger) };
    });
    const manager = new LogManager(config, logger, opts, dirs);
    try {
      for (const dir of dirs) await manager.loadDir(dir);
    } catch (err) {
      clearInterval(manager.retentionTimer);
      clearInterval(manager.highWatermarkTimer);
      throw err;
    }
    return manager;
  }

  private async loadDir(dir: LogDir): Promise<void> {
    const marker = path.join(dir.path, CLEAN_SHUTDOWN_FILE);
    const hadCleanShutdown = fs.existsSync(marker);
    const started = performance.now();
    for (const entry of fs.readdirSync(dir.path, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = path.join(dir.path, entry.name);
      if (entry.name.endsWith(DELETE_DIR_SUFFIX)) {
        fs.rmSync(full, { recursive: true, force: true });
        continue;
      }
      const tp = parsePartitionDirName(entry.name);
      if (tp === null || tp.topic === METADATA_TOPIC) continue;
      try {
        this.openLog(dir, tp, this.opts.defaultConfig ?? defaultLogConfig, hadCleanShutdown);
      } catch (err) {
        // One unreadable partition must not keep the others (or the broker) down.
        this.offline.add(partitionDirName(tp));
        this.logger.error({ err, topicPartition: partitionDirName(tp), path: full }, 'failed to load log; it stays offline');
      }
    }
    if (hadCleanShutdown) {
      fs.rmSync(marker, { force: true });
      await fsyncDirectory(dir.path);
    }
    this.logger.info({ dir: dir.path, logs: this.logsIn(dir).length, hadCleanShutdown, ms: Math.round(performance.now() - started) }, 'log dir loaded');
  }

  private openLog(dir: LogDir, tp: TopicPartition, config: LogConfig, hadCleanShutdown: boolean): Log {
    const log = Log.open(path.join(dir.path, partitionDirName(tp)), config, {
      logger: this.logger,
      hadCleanShutdown,
      checkpoints: dir.checkpoints,
      producerState: this.opts.producerStateFor?.(tp),
      onOffline: (failed: Log, error: KafkaStorageError) => this.onOffline(failed, error),
      ...(this.opts.now === undefined ? {} : { now: this.opts.now }),
    });
    this.logs.set(partitionDirName(tp), { log, dir });
    return log;
  }

  private onOffline(log: Log, error: KafkaStorageError): void {
    this.offline.add(partitionDirName(log.topicPartition));
    this.logger.error({ topicPartition: partitionDirName(log.topicPartition), err: error }, 'partition offline');
  }

  getLog(tp: TopicPartition): Log | undefined {
    return this.logs.get(partitionDirName(tp))?.log;
  }

  allLogs(): Log[] {
    return [...this.logs.values()].map((e) => e.log);
  }

  /** Partitions whose log hit a disk error (or failed to load) since start. */
  offlinePartitions(): string[] {
    return [...this.offline];
  }

  /**
   * The partition's log with `config` applied, created in the log dir holding the fewest logs when
   * absent. A log whose partition.metadata names another topic id belongs to a deleted topic of
   * the same name: it is deleted and replaced.
   */
  async getOrCreateLog(tp: TopicPartition, config: LogConfig, topicId?: string): Promise<Log> {
    if (this.closed) throw new Error('LogManager is closed');
    const existing = this.logs.get(partitionDirName(tp));
    if (existing !== undefined) {
      const storedId = readTopicId(existing.log.dir);
      if (topicId === undefined || storedId === null || storedId === topicId) {
        existing.log.updateConfig(config);
        if (storedId === null && topicId !== undefined) await writeTopicId(existing.log.dir, topicId);
        return existing.log;
      }
      this.logger.warn({ topicPartition: partitionDirName(tp), storedId, topicId }, 'log belongs to an older topic with the same name; replacing it');
      await this.deleteLog(tp);
    }
    const dir = this.dirs.reduce((best, d) => (this.logsIn(d).length < this.logsIn(best).length ? d : best));
    const log = this.openLog(dir, tp, config, false);
    if (topicId !== undefined) await writeTopicId(log.dir, topicId);
    await fsyncDirectory(dir.path);
    return log;
  }

  async deleteLog(tp: TopicPartition): Promise<void> {
    const entry = this.logs.get(partitionDirName(tp));
    if (entry === undefined) return;
    this.logs.delete(partitionDirName(tp));
    this.offline.delete(partitionDirName(tp));
    await entry.log.delete();
  }

  /** One retention pass over every online log; returns the segments deleted. Passes never overlap. */
  runRetention(nowMs: number = (this.opts.now ?? Date.now)()): Promise<number> {
    this.retentionRunning ??= this.retainAll(nowMs).finally(() => {
      this.retentionRunning = null;
    });
    return this.retentionRunning;
  }

  private async retainAll(nowMs: number): Promise<number> {
    let deleted = 0;
    for (const { log } of this.logs.values()) {
      if (log.isOffline) continue;
      try {
        deleted += await log.deleteOldSegments(nowMs);
      } catch (err) {
        this.logger.error({ err, topicPartition: partitionDirName(log.topicPartition) }, 'retention failed');
      }
    }
    return deleted;
  }

  /** Writes each log dir's replication-offset-checkpoint with its online logs' high watermarks, when one moved. */
  async checkpointHighWatermarks(): Promise<void> {
    for (const dir of this.dirs) {
      let moved = false;
      for (const log of this.logsIn(dir)) if (!log.isOffline && log.checkpointHighWatermark()) moved = true;
      if (!moved) continue;
      try {
        await dir.checkpoints.highWatermarks.write();
      } catch (err) {
        // A missed checkpoint only makes consumers wait for the ISR after a restart.
        this.logger.warn({ err, dir: dir.path }, 'could not write replication-offset-checkpoint');
      }
    }
  }

  /** Closes every log, then marks each dir whose logs all closed cleanly with `.kafka_cleanshutdown`. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.retentionTimer);
    clearInterval(this.highWatermarkTimer);
    await this.retentionRunning;
    await this.checkpointHighWatermarks();
    for (const dir of this.dirs) {
      const logs = this.logsIn(dir);
      for (const log of logs) await log.close();
      if (logs.some((log) => log.isOffline)) {
        this.logger.warn({ dir: dir.path }, 'not marking the log dir clean: a log in it is offline');
        continue;
      }
      try {
        fs.writeFileSync(path.join(dir.path, CLEAN_SHUTDOWN_FILE), '');
        await fsyncDirectory(dir.path);
      } catch (err) {
        this.logger.error({ err, dir: dir.path }, 'could not write the clean-shutdown marker; the next start will recover');
      }
    }
  }

  private logsIn(dir: LogDir): Log[] {
    return [...this.logs.values()].filter((e) => e.dir === dir).map((e) => e.log);
  }
}

function readTopicId(logDir: string): string | null {
  try {
    const match = /^topic_id: (\S+)$/m.exec(fs.readFileSync(path.join(logDir, PARTITION_METADATA_FILE), 'utf8'));
    return match?.[1] ?? null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

async function writeTopicId(logDir: string, topicId: string): Promise<void> {
  const file = path.join(logDir, PARTITION_METADATA_FILE);
  await fs.promises.writeFile(file + '.tmp', `version: 0\ntopic_id: ${topicId}\n`);
  await fs.promises.rename(file + '.tmp', file);
  await fsyncDirectory(logDir);
}
