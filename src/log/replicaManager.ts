// The partitions this broker hosts, kept in step with the metadata image: logs are created for new
// replicas and deleted with their topics, and each replica leads or follows as the image says
// (followers fetch through the replica fetchers). Produce appends through here and, with acks=all,
// waits in the produce purgatory for the ISR; Fetch reads through here and waits in the fetch
// purgatory when there is not yet enough data. Followers' fetches move the high watermark.
import type { Logger } from 'pino';
import type { LogManager } from '../storage/logManager.js';
import type { TopicLogConfig } from '../config/topicConfig.js';
import { MetadataImage } from '../metadata/metadataImage.js';
import { ErrorCode, errorName } from '../protocol/kafkaErrors.js';
import { CompressionType } from '../protocol/compression/compressionType.js';
import { FetchPurgatory } from './fetchPurgatory.js';
import { ProducerStateBridge } from './producerStateBridge.js';
import { Partition, leaderEpochError, tpKey, type IsrProposer, type PartitionAppendResult, type PartitionReadResult } from './partition.js';
import type { ReplicaFetcherManager } from '../replication/replicaFetcherManager.js';
import type { ReadableReplica, ReplicaSelector } from '../replication/replicaSelector.js';
import type { ReplicationThrottle } from '../replication/replicationQuota.js';
import type { ReplicaState } from '../replication/replicaState.js';

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
  /** The leader epoch the fetcher believes in (-1: unchecked). */
  currentLeaderEpoch?: number;
  /** A follower's: the epoch of its last batch, checked for divergence (-1: unchecked). */
  lastFetchedEpoch?: number;
  /** A follower's log start offset: the leader only points consumers at replicas that hold their offset. */
  logStartOffset?: number;
}

/** A partition that cannot be read here, with the reason. */
function unreadable(errorCode: number): PartitionReadResult {
  return { errorCode, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: [], sizeInBytes: 0 };
}

/** A consumer's client metadata (Fetch v11+, KIP-392): it may read from a follower and be pointed to one. */
export interface FetchClientMetadata {
  /** client.rack; '' when the consumer set none. */
  readonly rack: string;
  /** The listener it connected through: a replica it is pointed to must have an endpoint there. */
  readonly listenerName: string;
}

export interface FetchParams {
  /** The fetching follower's broker id, or -1 for a consumer. */
  replicaId?: number;
  /** Absent before Fetch v11: such consumers read from leaders only. */
  client?: FetchClientMetadata;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  partitions: readonly FetchPartitionSpec[];
}

/** A partition of an acks=all produce and the offset its high watermark must reach. */
export interface AcksWait {
  readonly topic: string;
  readonly partition: number;
  readonly nextOffset: number;
}

export interface ReplicationOptions {
  /** replica.lag.time.max.ms */
  readonly lagTimeMaxMs: number;
  /** replica.selector.class; null keeps consumers on leaders. */
  readonly replicaSelector?: ReplicaSelector | null;
  /** leader.replication.throttled.rate over the topics' leader.replication.throttled.replicas. */
  readonly leaderThrottle?: ReplicationThrottle;
}

export class ReplicaManager {
  private readonly partitions = new Map<string, Partition>();
  private readonly purgatory = new FetchPurgatory();
  /** acks=all produces waiting for the high watermark (Kafka's DelayedProduce). */
  private readonly producePurgatory = new FetchPurgatory();
  private closed = false;
  private proposeIsr: IsrProposer = async () => null;
  private fetchers: ReplicaFetcherManager | null = null;
  private isrTimer: NodeJS.Timeout | null = null;

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
  /** The image last applied: brokers' racks and liveness for choosing a consumer's read replica. */
  private image = MetadataImage.EMPTY;

  constructor(
    private readonly nodeId: number,
    private readonly configFor: TopicConfigResolver,
    private readonly logger: Logger,
    private readonly replication: ReplicationOptions = { lagTimeMaxMs: 30_000 },
  ) {}

  /**
   * Connects replication: ISR changes go to the controller through `proposeIsr`, followers fetch
   * through `fetchers`, and leaders check their followers' lag every half lag time.
   */
  startReplication(proposeIsr: IsrProposer, fetchers: ReplicaFetcherManager): void {
    this.proposeIsr = proposeIsr;
    this.fetchers = fetchers;
    this.isrTimer = setInterval(() => {
      const now = Date.now();
      for (const p of this.partitions.values()) p.maybeShrinkIsr(now);
    }, Math.max(100, Math.floor(this.replication.lagTimeMaxMs / 2)));
    this.isrTimer.unref();
  }

  /** A hosted replica in any role (the replica fetchers append to followers through this). */
  hostedPartition(topic: string, partition: number): Partition | undefined {
    return this.partitions.get(`${topic}-${partition}`);
  }

  /** The high watermark moved or the ISR changed: waiting produces and fetches look again. */
  private readonly onProgress = (p: Partition): void => {
    const key = tpKey(p);
    this.producePurgatory.checkAndComplete(key);
    this.purgatory.checkAndComplete(key);
  };

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

  /** Opens logs for new replicas, sets each replica's role, and deletes the logs of deleted topics. */
  private async reconcile(image: MetadataImage): Promise<void> {
    this.image = image;
    const wanted = new Set<string>();
    const now = Date.now();
    const followers: Partition[] = [];
    for (const topic of image.topicsByName.values()) {
      const config = this.configFor(topic.name, image);
      for (const p of topic.partitions.values()) {
        if (!p.replicas.includes(this.nodeId)) continue;
        const key = `${topic.name}-${p.partitionId}`;
        wanted.add(key);
        let partition = this.partitions.get(key);
        if (partition && partition.topicId === topic.id) {
          partition.log.updateConfig(config);
        } else {
          const log = await this.logManager.getOrCreateLog({ topic: topic.name, partition: p.partitionId }, config, topic.id);
          const bridge = this.producerStateFor({ topic: topic.name, partition: p.partitionId });
          partition = new Partition(topic.name, p.partitionId, topic.id, log, bridge.manager, this.nodeId, this.logger, {
            lagTimeMaxMs: this.replication.lagTimeMaxMs,
            proposeIsr: (part, isr) => this.proposeIsr(part, isr),
            onProgress: this.onProgress,
          });
          this.partitions.set(key, partition);
        }
        partition.applyImage(p, now);
        if (!partition.isLeader) {
          // A produce or fetch parked at a leader that lost the partition is answered now.
          this.onProgress(partition);
          followers.push(partition);
        }
      }
    }
    for (const [key, partition] of this.partitions) {
      if (wanted.has(key)) continue;
      this.partitions.delete(key);
      this.onProgress(partition);
      this.logger.info({ tp: key }, 'deleting partition log: its topic was deleted or this broker is no longer a replica');
      await this.logManager.deleteLog({ topic: partition.topic, partition: partition.partition });
      this.producerStates.delete(key);
    }
    this.fetchers?.follow(followers, image);
  }

  appendRecords(topic: string, partition: number, records: Buffer, requiredAcks: number, image: MetadataImage): PartitionAppendResult {
    const p = this.getPartition(topic, partition);
    const unknown = (errorCode: number): PartitionAppendResult => ({ errorCode, errorMessage: null, baseOffset: -1, nextOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, batchIndex: -1 });
    if (!p) return unknown(image.topicsByName.get(topic)?.partitions.has(partition) ? ErrorCode.NOT_LEADER_OR_FOLLOWER : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    if (requiredAcks === -1) {
      const minIsr = this.configFor(topic, image).minInsyncReplicas;
      if (p.isr.length < minIsr) {
        return { ...unknown(ErrorCode.NOT_ENOUGH_REPLICAS), errorMessage: `The size of the current ISR ${p.isr.length} is insufficient to satisfy the min.isr requirement of ${minIsr}` };
      }
    }
    const result = p.appendRecordsAsLeader(records, Date.now(), requiredCompression(this.configFor(topic, image).compressionType));
    if (result.errorCode === ErrorCode.NONE) this.purgatory.checkAndComplete(tpKey(p));
    return result;
  }

  /**
   * acks=all: resolves with one error code per entry once the high watermark has passed each one's
   * records (NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR shrank below min.insync.replicas meanwhile),
   * the partition's leadership moved (NOT_LEADER_OR_FOLLOWER), or `timeoutMs` passed (REQUEST_TIMED_OUT).
   */
  waitForAcks(entries: readonly AcksWait[], timeoutMs: number, image: MetadataImage): Promise<number[]> {
    const minIsr = new Map(entries.map((e) => [e.topic, this.configFor(e.topic, image).minInsyncReplicas]));
    const status = (e: AcksWait): number | null => {
      const p = this.getPartition(e.topic, e.partition);
      if (!p) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
      if (p.highWatermark < e.nextOffset) return null;
      return p.isr.length < minIsr.get(e.topic)! ? ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND : ErrorCode.NONE;
    };
    const first = entries.map(status);
    if (first.every((c) => c !== null) || this.closed) return Promise.resolve(first.map((c) => c ?? ErrorCode.REQUEST_TIMED_OUT));
    const keys = [...new Set(entries.map((e) => `${e.topic}-${e.partition}`))];
    return new Promise((resolve) => {
      const codes = first;
      const finish = (): void => {
        clearTimeout(timer);
        this.producePurgatory.unwatch(keys, op);
        const answer = codes.map((c) => c ?? ErrorCode.REQUEST_TIMED_OUT);
        answer.forEach((code, i) => {
          if (code !== ErrorCode.NONE) this.logger.info({ tp: keys[i], nextOffset: entries[i]!.nextOffset, error: errorName(code) }, 'appended records not acknowledged to an acks=all producer');
        });
        resolve(answer);
      };
      const op = {
        tryComplete: (): boolean => {
          entries.forEach((e, i) => {
            if (codes[i] === null) codes[i] = status(e);
          });
          if (codes.some((c) => c === null)) return false;
          finish();
          return true;
        },
      };
      const timer = setTimeout(finish, timeoutMs);
      this.producePurgatory.watch(keys, op);
    });
  }

  /**
   * OffsetForLeaderEpoch at the leader: the largest epoch at most `leaderEpoch` in the log and the
   * offset where the next one starts, after the caller's current_leader_epoch check.
   */
  lastOffsetForLeaderEpoch(topic: string, partition: number, currentLeaderEpoch: number, leaderEpoch: number): { errorCode: number; leaderEpoch: number; endOffset: number } {
    const failed = (errorCode: number) => ({ errorCode, leaderEpoch: -1, endOffset: -1 });
    if (!this.partitions.has(`${topic}-${partition}`)) return failed(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const p = this.getPartition(topic, partition);
    if (!p) return failed(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    const epochError = leaderEpochError(currentLeaderEpoch, p.leaderEpoch);
    if (epochError !== ErrorCode.NONE) return failed(epochError);
    const end = p.log.endOffsetForEpoch(leaderEpoch);
    return { errorCode: ErrorCode.NONE, leaderEpoch: end.epoch, endOffset: end.endOffset };
  }

  /** Reads once; waits in the purgatory while fewer than minBytes are available, up to maxWaitMs. */
  fetch(params: FetchParams): Promise<PartitionReadResult[]> {
    const replicaId = params.replicaId ?? -1;
    // One pass over a follower's partitions: its fetch offset is its log end, recorded once, on
    // arrival, as Kafka does; out-of-sync followers of throttled replicas share the leader's
    // throttle (reassignment catch-up); and its state says which high watermark it last got.
    const refused = new Map<number, number>();
    const throttle = this.replication.leaderThrottle;
    const throttled = new Set<number>();
    const followers: Array<ReplicaState | undefined> = [];
    if (replicaId >= 0) {
      const now = Date.now();
      params.partitions.forEach((spec, i) => {
        const p = this.getPartition(spec.topic, spec.partition);
        followers[i] = p?.followerState(replicaId);
        if (!p || leaderEpochError(spec.currentLeaderEpoch ?? -1, p.leaderEpoch) !== ErrorCode.NONE) return;
        const code = p.recordFollowerFetch(replicaId, spec.fetchOffset, now, spec.logStartOffset ?? -1);
        if (code !== ErrorCode.NONE) refused.set(i, code);
        if (throttle?.applies(p.topic, p.partition, p.isr, replicaId)) throttled.add(i);
      });
    }
    const first = this.readAll(params, refused, throttled);
    // A follower's fetch also returns when it can carry a higher high watermark than the follower
    // last got, so consumers reading from followers (KIP-392) see new records without waiting out
    // replica.fetch.wait.max.ms.
    const enough = (results: PartitionReadResult[]): boolean =>
      results.reduce((n, r) => n + r.sizeInBytes, 0) >= params.minBytes ||
      results.some((r, i) => r.errorCode !== ErrorCode.NONE || r.divergingEpoch !== undefined || r.preferredReadReplica !== undefined || r.highWatermark > (followers[i]?.lastSentHighWatermark ?? Infinity));
    const answer = (results: PartitionReadResult[]): PartitionReadResult[] => {
      if (throttle) for (const i of throttled) throttle.quota.record(results[i]!.sizeInBytes, Date.now());
      results.forEach((r, i) => {
        const f = followers[i];
        if (f && r.errorCode === ErrorCode.NONE) f.lastSentHighWatermark = r.highWatermark;
      });
      return results;
    };
    if (params.maxWaitMs <= 0 || enough(first) || this.closed) return Promise.resolve(answer(first));
    const keys = params.partitions.map((p) => `${p.topic}-${p.partition}`);
    return new Promise((resolve) => {
      let done = false;
      const finish = (results: PartitionReadResult[]): void => {
        done = true;
        clearTimeout(timer);
        this.purgatory.unwatch(keys, op);
        resolve(answer(results));
      };
      const op = {
        tryComplete: (): boolean => {
          if (done) return true;
          const results = this.readAll(params, refused, throttled);
          if (!enough(results)) return false;
          finish(results);
          return true;
        },
      };
      const timer = setTimeout(() => {
        if (!done) finish(this.readAll(params, refused, throttled));
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
  private readAll(params: FetchParams, refused: ReadonlyMap<number, number>, throttled: ReadonlySet<number> = new Set()): PartitionReadResult[] {
    const overQuota = throttled.size > 0 && this.replication.leaderThrottle!.quota.isExceeded(Date.now());
    let remaining = params.maxBytes;
    let minOneMessage = true;
    const follower = (params.replicaId ?? -1) >= 0;
    return params.partitions.map((spec, i) => {
      const p = this.partitions.get(`${spec.topic}-${spec.partition}`);
      if (!p) return unreadable(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      // Consumers with client metadata (v11+) may read a follower's copy up to its high watermark.
      if (!p.isLeader && (follower || params.client === undefined)) return unreadable(ErrorCode.NOT_LEADER_OR_FOLLOWER);
      // A fetch session may still hold the id of a topic since deleted and recreated under its name.
      if (spec.topicId !== undefined && spec.topicId !== p.topicId) return unreadable(ErrorCode.INCONSISTENT_TOPIC_ID);
      const epochError = leaderEpochError(spec.currentLeaderEpoch ?? -1, p.leaderEpoch);
      if (epochError !== ErrorCode.NONE) return unreadable(epochError);
      const refusal = refused.get(i);
      if (refusal !== undefined) return unreadable(refusal);
      if (!follower && params.client !== undefined && p.isLeader) {
        const preferred = this.preferredReadReplica(p, spec.fetchOffset, params.client);
        if (preferred !== null) return { ...p.emptyRead(), preferredReadReplica: preferred };
      }
      if (overQuota && throttled.has(i)) return p.emptyRead();
      const limit = Math.max(0, Math.min(spec.partitionMaxBytes, remaining));
      const result = follower ? p.readForFollower(spec.fetchOffset, spec.lastFetchedEpoch ?? -1, limit, minOneMessage) : p.read(spec.fetchOffset, limit, minOneMessage);
      if (result.sizeInBytes > 0) {
        minOneMessage = false;
        remaining -= result.sizeInBytes;
      }
      return result;
    });
  }

  /**
   * KIP-392 at the leader: the replica replica.selector.class picks for this consumer among the
   * leader and the ISR followers that hold its offset on unfenced brokers with its listener; null
   * when that is the leader itself (or no selector is configured).
   */
  private preferredReadReplica(p: Partition, fetchOffset: number, client: FetchClientMetadata): number | null {
    const select = this.replication.replicaSelector;
    if (!select) return null;
    const reachable = (id: number) => {
      const broker = this.image.brokers.get(id);
      return broker && !broker.fenced && broker.endpoints.some((e) => e.name === client.listenerName) ? broker : undefined;
    };
    const now = Date.now();
    const leader: ReadableReplica = { brokerId: this.nodeId, rack: this.image.brokers.get(this.nodeId)?.rack ?? null, logEndOffset: p.logEndOffset, lastCaughtUpTimeMs: now };
    const candidates: ReadableReplica[] = [];
    for (const r of p.replicasHolding(fetchOffset)) {
      const broker = reachable(r.brokerId);
      if (broker) candidates.push({ brokerId: r.brokerId, rack: broker.rack, logEndOffset: r.logEndOffset, lastCaughtUpTimeMs: r.lastCaughtUpTimeMs });
    }
    const chosen = select(client.rack, leader, candidates);
    return chosen === this.nodeId ? null : chosen;
  }

  close(): void {
    this.closed = true;
    if (this.isrTimer !== null) clearInterval(this.isrTimer);
    this.fetchers?.close();
  }
}
