// One partition replica on this broker: its Log, its leader epoch, and the idempotent-producer
// state that guards appends. On a single node every partition is led here and the high watermark
// is the log end offset; replication moves the high watermark behind the ISR.
import type { Logger } from 'pino';
import type { Log } from '../storage/log.js';
import { StorageError } from '../storage/errors.js';
import type { ProducerStateManager } from '../txn/producerStateManager.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { provisionalBatches } from './batchHeader.js';
import { CompressionType, compressionName } from '../protocol/compression/compressionType.js';

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

export function tpKey(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

export interface PartitionAppendResult {
  errorCode: number;
  errorMessage: string | null;
  baseOffset: number;
  logAppendTimeMs: number;
  logStartOffset: number;
  /** Index of the batch that made the request fail, for ProduceResponse record_errors. */
  batchIndex: number;
}

export interface PartitionReadResult {
  errorCode: number;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  records: Buffer[];
  sizeInBytes: number;
}

/** Maps a storage failure to its Kafka error code by the name it carries. */
export function storageErrorCode(err: unknown): number {
  if (err instanceof StorageError) {
    const code = (ErrorCode as Record<string, number>)[err.kafkaError];
    if (code !== undefined) return code;
  }
  return ErrorCode.KAFKA_STORAGE_ERROR;
}

export class Partition implements TopicPartition {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly topicId: string,
    readonly log: Log,
    /** Fed by the log itself (appends and recovery replay) through its producer-state hooks. */
    readonly producerState: ProducerStateManager,
    public leaderEpoch: number,
    private readonly logger: Logger,
    /** Whether this broker leads the partition; only the leader takes produce and consumer fetches. */
    public isLeader = true,
  ) {}

  get logEndOffset(): number {
    return this.log.logEndOffset;
  }

  get highWatermark(): number {
    return this.log.highWatermark;
  }

  get logStartOffset(): number {
    return this.log.logStartOffset;
  }

  /**
   * Appends a producer's batches. `requiredCompression` is the codec the topic's compression.type
   * demands (null for `producer`): Runnel stores batches as sent and does not recompress, so a
   * batch in another codec is refused with a message saying what to do.
   */
  appendRecordsAsLeader(records: Buffer, nowMs: number, requiredCompression: CompressionType | null): PartitionAppendResult {
    const failed = (errorCode: number, errorMessage: string | null, batchIndex = -1): PartitionAppendResult => ({
      errorCode,
      errorMessage,
      baseOffset: -1,
      logAppendTimeMs: -1,
      logStartOffset: this.safeLogStartOffset(),
      batchIndex,
    });
    const batches = provisionalBatches(records, this.log.logEndOffset);
    if (requiredCompression !== null) {
      const i = batches.findIndex((b) => b.compression !== requiredCompression);
      if (i >= 0) {
        const want = requiredCompression === CompressionType.None ? 'uncompressed' : compressionName(requiredCompression);
        return failed(
          ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
          `topic ${this.topic} has compression.type=${want} and Runnel does not recompress: produce ${want} batches or set compression.type=producer`,
          i,
        );
      }
    }
    if (batches.some((b) => b.producerId >= 0)) {
      const check = this.producerState.checkAppend(batches);
      if (check.kind === 'duplicate') {
        this.logger.debug({ tp: tpKey(this), firstOffset: check.firstOffset }, 'duplicate batch from idempotent producer; answering with its original offsets');
        return { errorCode: ErrorCode.NONE, errorMessage: null, baseOffset: check.firstOffset, logAppendTimeMs: -1, logStartOffset: this.log.logStartOffset, batchIndex: -1 };
      }
      if (check.kind === 'error') return failed(check.errorCode, check.message);
    }
    try {
      const info = this.log.append(records, { leaderEpoch: this.leaderEpoch, logAppendTimeMs: nowMs, origin: 'client' });
      return {
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        baseOffset: info.firstOffset,
        logAppendTimeMs: info.logAppendTimeMs,
        logStartOffset: info.logStartOffset,
        batchIndex: -1,
      };
    } catch (err) {
      const code = storageErrorCode(err);
      if (code === ErrorCode.KAFKA_STORAGE_ERROR) this.logger.error({ tp: tpKey(this), err }, 'append failed');
      const batchIndex = (err as { batchIndex?: number }).batchIndex ?? -1;
      return failed(code, (err as Error).message, batchIndex);
    }
  }

  read(fetchOffset: number, maxBytes: number, minOneMessage: boolean): PartitionReadResult {
    const base = { highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: [] as Buffer[], sizeInBytes: 0 };
    try {
      const hw = this.log.highWatermark;
      const result = { ...base, errorCode: ErrorCode.NONE, highWatermark: hw, lastStableOffset: hw, logStartOffset: this.log.logStartOffset };
      if (fetchOffset === hw) return result;
      const info = this.log.read(fetchOffset, maxBytes, { maxOffset: hw, minOneMessage });
      return { ...result, records: info.records, sizeInBytes: info.sizeInBytes };
    } catch (err) {
      const code = storageErrorCode(err);
      if (code === ErrorCode.KAFKA_STORAGE_ERROR) this.logger.error({ tp: tpKey(this), err }, 'read failed');
      return { ...base, errorCode: code, highWatermark: this.safeHighWatermark(), logStartOffset: this.safeLogStartOffset() };
    }
  }

  private safeLogStartOffset(): number {
    try {
      return this.log.logStartOffset;
    } catch {
      return -1;
    }
  }

  private safeHighWatermark(): number {
    try {
      return this.log.highWatermark;
    } catch {
      return -1;
    }
  }
}
