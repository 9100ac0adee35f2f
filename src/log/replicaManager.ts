// The partitions this broker hosts, kept in step with the metadata image: logs are created for new
// replicas and deleted with their topics. Produce appends through here; Fetch reads through here
// and waits in the fetch purgatory when there is not yet enough data.
import type { Logger } from 'pino';
import type { LogManager } from '../storage/logManager.js';
import type { TopicLogConfig } from '../config/topicConfig.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { CompressionType } from '../protocol/compression/compressionType.js';
import { FetchPurgatory } from './fetchPurgatory.js';
import { ProducerStateBridge } from './producerStateBridge.js';
import { Partition, tpKey, type PartitionAppendResult, type PartitionReadResult } from './partition.js';

const CODEC_IDS: Readonly<Record<string, CompressionType>> = {
  uncompressed: CompressionType.None,
  gzip: CompressionType.Gzip,
  snappy: CompressionType.Snappy,
  lz4: CompressionType.Lz4,
  zstd: CompressionType.Zstd,
};

/** The codec a topic's compression.type demands of every batch, or null for `producer`. */
function requiredCompression(compressionType: string): CompressionType | null {
  return CODEC_IDS[compressionType] ?? null;
}

export type TopicConfigResolver = (topic: string, image: MetadataImage) => TopicLogConfig;

export interface FetchPartitionSpec {
  topic: string;
  /** The id the client fetches by (Fetch v13+); a hosted partition of another id is a recreated topic. */
  topicId?: string;
  partition: number;
  fetchOffset: number;
  partitionMaxBytes: number;
}

/** A partition that cannot be read here, with the reason. */
function unreadable(errorCode: number): PartitionReadResult {
  return { errorCode, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: [], sizeInBytes: 0 };
}

export interface FetchParams {
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  partitions: readonly FetchPartitionSpec[];
}

export class ReplicaManager {
  private readonly partitions = new Map<string, Partition>();
  private readonly purgatory = new FetchPurgatory();
  private closed = false;

  /** Producer state per partition, created when the log manager opens the log (before any Partition). */
  private readonly producerStates = new Map<string, ProducerStateBridge>();

  /** For LogManagerOptions.producerStateFor: the hooks of a partition's log. */
  readonly producerStateFor = (tp: { topic: string; partition: number }): ProducerStateBridge => {
    const key = `${tp.topic}-${tp.partition}`;
    let bridge = this.producerStates.get(key);
    if (!bridge) this.producerStates.set(key, (bridge = new ProducerStateBridge(this.logger.child({ tp: key }))));
    return bridge;
  };

  private logManager!: LogManager;

  constructor(
    private readonly nodeId: number,
    private readonly configFor: TopicConfigResolver,
    private readonly logger: Logger,
  ) {}

  /** The log manager is opened with this replica manager's producer-state hooks, hence set after. */
  attachLogManager(logManager: LogManager): void {
    this.logManager = logManager;
  }

  /** The partition when this broker leads it; a follower replica is not served to clients. */
  getPartition(topic: string, partition: number): Partition | undefined {
    const p = this.partitions.get(`${topic}-${partition}`);
    return p?.isLeader ? p : undefined;
  }

  allPartitions(): IterableIterator<Partition> {
    return this.partitions.values();
  }

  private applying: Promise<void> = Promise.resolve();

  /** Brings hosted partitions in line with the image; calls run one after another. */
  applyImage(image: MetadataImage): Promise<void> {
    const run = this.applying.then(() => this.reconcile(image));
    this.applying = run.catch((err) => this.logger.error({ err }, 'failed to apply metadata image to hosted partitions'));
    return run;
  }

  /** Opens logs for new replicas and deletes the logs of deleted topics. */
  private async reconcile(image: MetadataImage): Promise<void> {
    const wanted = new Set<string>();
    for (const topic of image.topicsByName.values()) {
      const config = this.configFor(topic.name, image);
      for (const p of topic.partitions.values()) {
        if (!p.replicas.includes(this.nodeId)) continue;
        const key = `${topic.name}-${p.partitionId}`;
        wanted.add(key);
        const existing = this.partitions.get(key);
        if (existing && existing.topicId === topic.id) {
          existing.leaderEpoch = p.leaderEpoch;
          existing.isLeader = p.leader === this.nodeId;
          existing.log.updateConfig(config);
          continue;
        }
        const log = await this.logManager.getOrCreateLog({ topic: topic.name, partition: p.partitionId }, config, topic.id);
        const bridge = this.producerStateFor({ topic: topic.name, partition: p.partitionId });
        const partition = new Partition(topic.name, p.partitionId, topic.id, log, bridge.manager, p.leaderEpoch, this.logger, p.leader === this.nodeId);
        this.partitions.set(key, partition);
      }
    }
    for (const [key, partition] of this.partitions) {
      if (wanted.has(key)) continue;
      this.partitions.delete(key);
      this.logger.info({ tp: key }, 'deleting partition log: its topic was deleted');
      await this.logManager.deleteLog({ topic: partition.topic, partition: partition.partition });
      this.producerStates.delete(key);
    }
  }

  appendRecords(topic: string, partition: number, records: Buffer, requiredAcks: number, image: MetadataImage): PartitionAppendResult {
    const p = this.getPartition(topic, partition);
    const unknown = (errorCode: number): PartitionAppendResult => ({ errorCode, errorMessage: null, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, batchIndex: -1 });
    if (!p) return unknown(image.topicsByName.get(topic)?.partitions.has(partition) ? ErrorCode.NOT_LEADER_OR_FOLLOWER : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    if (requiredAcks === -1) {
      const part = image.topicsByName.get(topic)?.partitions.get(partition);
      const minIsr = this.configFor(topic, image).minInsyncReplicas;
      if (part && part.isr.length < minIsr) {
        return { ...unknown(ErrorCode.NOT_ENOUGH_REPLICAS), errorMessage: `The size of the current ISR ${part.isr.length} is insufficient to satisfy the min.isr requirement of ${minIsr}` };
      }
    }
    const result = p.appendRecordsAsLeader(records, Date.now(), requiredCompression(this.configFor(topic, image).compressionType));
    if (result.errorCode === ErrorCode.NONE) this.purgatory.checkAndComplete(tpKey(p));
    return result;
  }

  /** Reads once; waits in the purgatory while fewer than minBytes are available, up to maxWaitMs. */
  fetch(params: FetchParams): Promise<PartitionReadResult[]> {
    const first = this.readAll(params);
    const enough = (results: PartitionReadResult[]): boolean =>
      results.reduce((n, r) => n + r.sizeInBytes, 0) >= params.minBytes || results.some((r) => r.errorCode !== ErrorCode.NONE);
    if (params.maxWaitMs <= 0 || enough(first) || this.closed) return Promise.resolve(first);
    const keys = params.partitions.map((p) => `${p.topic}-${p.partition}`);
    return new Promise((resolve) => {
      let done = false;
      const finish = (results: PartitionReadResult[]): void => {
        done = true;
        clearTimeout(timer);
        this.purgatory.unwatch(keys, op);
        resolve(results);
      };
      const op = {
        tryComplete: (): boolean => {
          if (done) return true;
          const results = this.readAll(params);
          if (!enough(results)) return false;
          finish(results);
          return true;
        },
      };
      const timer = setTimeout(() => {
        if (!done) finish(this.readAll(params));
      }, params.maxWaitMs);
      this.purgatory.watch(keys, op);
    });
  }

  /**
   * Calls `listener` once, at the next append to the partition, for readers that keep their own
   * position (the gateway's fan-out); returns a function that cancels the wait.
   */
  awaitAppend(topic: string, partition: number, listener: () => void): () => void {
    const keys = [`${topic}-${partition}`];
    const op = {
      tryComplete: (): boolean => {
        this.purgatory.unwatch(keys, op);
        listener();
        return true;
      },
    };
    this.purgatory.watch(keys, op);
    return () => this.purgatory.unwatch(keys, op);
  }

  /** Reads every requested partition within the response's maxBytes; the first data may exceed it (KIP-74). */
  private readAll(params: FetchParams): PartitionReadResult[] {
    let remaining = params.maxBytes;
    let minOneMessage = true;
    return params.partitions.map((spec) => {
      const hosted = this.partitions.get(`${spec.topic}-${spec.partition}`);
      if (!hosted) return unreadable(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      const p = this.getPartition(spec.topic, spec.partition);
      if (!p) return unreadable(ErrorCode.NOT_LEADER_OR_FOLLOWER);
      // A fetch session may still hold the id of a topic since deleted and recreated under its name.
      if (spec.topicId !== undefined && spec.topicId !== p.topicId) return unreadable(ErrorCode.INCONSISTENT_TOPIC_ID);
      const limit = Math.max(0, Math.min(spec.partitionMaxBytes, remaining));
      const result = p.read(spec.fetchOffset, limit, minOneMessage);
      if (result.sizeInBytes > 0) {
        minOneMessage = false;
        remaining -= result.sizeInBytes;
      }
      return result;
    });
  }

  close(): void {
    this.closed = true;
  }
}
