// A small Kafka client: bootstrap, a metadata cache, requests routed to partition leaders (or the
// controller, or a given broker), and retries with backoff on retriable errors. It uses only the
// Kafka protocol, so it works against any Kafka-compatible broker.
import { setTimeout as sleep } from 'node:timers/promises';
import { CompressionType } from '../protocol/compression/index.js';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import { decodeMemoryRecords, encodeRecordBatch, type RecordHeader } from '../protocol/recordBatch.js';
import {
  AlterPartitionReassignments,
  CreatePartitions,
  CreateTopics,
  DeleteTopics,
  DescribeCluster,
  DescribeConfigs,
  DescribeTopicPartitions,
  ElectLeaders,
  Fetch,
  IncrementalAlterConfigs,
  ListOffsets,
  ListPartitionReassignments,
  Metadata,
  Produce,
} from './clientApis.js';
import { clusterMetadataFrom, ZERO_UUID, type BrokerNode, type ClusterMetadata, type TopicMetadata } from './clusterMetadata.js';
import type { ConsumerRecord } from './consumerRecord.js';
import type { DescribeTopicPartitionsResponse } from '../protocol/generated/messages/DescribeTopicPartitionsResponse.js';
import { KafkaConnection, networkError } from './kafkaConnection.js';
import { Partitioner } from './partitioner.js';

export interface KafkaClientOptions {
  /** `host:port[,host:port...]` or a list of them. */
  bootstrap: string | readonly string[];
  clientId?: string;
  requestTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Attempts after the first one for a request that failed with a retriable error. */
  retries?: number;
  retryBackoffMs?: number;
  retryBackoffMaxMs?: number;
}

export type Acks = -1 | 0 | 1 | 'all';
export type CompressionName = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

export interface ProducerRecord {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: RecordHeader[];
  partition?: number;
  /** Milliseconds since the epoch; now when absent. */
  timestamp?: number | bigint;
}

export interface ProduceOptions {
  acks?: Acks;
  compression?: CompressionName;
  /** Sends every record without its own partition to this partition. */
  partition?: number;
  timeoutMs?: number;
}

export interface RecordMetadata {
  topic: string;
  partition: number;
  /** -1n with acks=0, where the broker does not answer. */
  offset: bigint;
  /** The broker's append time when the topic uses LogAppendTime, else -1n. */
  logAppendTime: bigint;
}

export interface FetchOptions {
  maxWaitMs?: number;
  minBytes?: number;
  maxBytes?: number;
  partitionMaxBytes?: number;
  /** 0: read_uncommitted, 1: read_committed. */
  isolationLevel?: 0 | 1;
}

export interface PartitionFetch {
  partition: number;
  records: ConsumerRecord[];
  highWatermark: bigint;
  lastStableOffset: bigint;
  logStartOffset: bigint;
  /** Where the next fetch of this partition starts. */
  nextOffset: bigint;
}

/** A position to read from: an offset, or the log start / end as ListOffsets reports them. */
export type OffsetSpec = 'earliest' | 'latest' | bigint;

export interface ConsumeOptions extends FetchOptions {
  /** Partitions to read; all of the topic's when absent. */
  partitions?: readonly number[];
  from: OffsetSpec;
  /** Stop after this many records. */
  maxRecords?: number;
  /** Stop when no record arrived for this long. */
  idleTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface NewTopic {
  name: string;
  /** -1: the broker's num.partitions. */
  numPartitions?: number;
  /** -1: the broker's default.replication.factor. */
  replicationFactor?: number;
  /** Partition index -> broker ids; numPartitions and replicationFactor must then be -1. */
  assignments?: ReadonlyMap<number, number[]>;
  configs?: Readonly<Record<string, string>>;
}

/** Entries grouped by topic, topics and entries in the order given (one request entry per topic). */
function groupByTopic<T extends { readonly topic: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.topic);
    if (group) group.push(item);
    else groups.set(item.topic, [item]);
  }
  return groups;
}

/** A partition's target replica list for a reassignment; null cancels the one under way. */
export interface PartitionMove {
  readonly topic: string;
  readonly partition: number;
  readonly replicas: readonly number[] | null;
}

export interface OngoingReassignment {
  readonly topic: string;
  readonly partition: number;
  readonly replicas: readonly number[];
  readonly addingReplicas: readonly number[];
  readonly removingReplicas: readonly number[];
}

export interface TopicResult {
  name: string;
  error: KafkaError | null;
}

export interface CreatedTopic extends TopicResult {
  topicId: string;
  numPartitions: number;
  replicationFactor: number;
}

export interface TopicPartitionDescription {
  partition: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  /** null when the broker does not report eligible leader replicas (no DescribeTopicPartitions). */
  elr: number[] | null;
  lastKnownElr: number[] | null;
}

export interface TopicDescription extends TopicResult {
  topicId: string;
  isInternal: boolean;
  partitions: TopicPartitionDescription[];
}

export const ConfigResourceType = { topic: 2, broker: 4, brokerLogger: 8, clientMetrics: 16, group: 32 } as const;
export type ConfigResourceTypeName = keyof typeof ConfigResourceType;

export const ConfigSource = [
  'UNKNOWN',
  'DYNAMIC_TOPIC_CONFIG',
  'DYNAMIC_BROKER_CONFIG',
  'DYNAMIC_DEFAULT_BROKER_CONFIG',
  'STATIC_BROKER_CONFIG',
  'DEFAULT_CONFIG',
  'DYNAMIC_BROKER_LOGGER_CONFIG',
  'CLIENT_METRICS_CONFIG',
  'GROUP_CONFIG',
] as const;
export type ConfigSourceName = (typeof ConfigSource)[number];

export interface ConfigResource {
  type: ConfigResourceTypeName;
  /** Topic name, broker id, ...; '' for the cluster-wide broker defaults. */
  name: string;
}

export interface ConfigSynonym {
  name: string;
  value: string | null;
  source: ConfigSourceName;
}

export interface ConfigEntry {
  name: string;
  value: string | null;
  readOnly: boolean;
  isDefault: boolean;
  isSensitive: boolean;
  source: ConfigSourceName;
  synonyms: ConfigSynonym[];
}

export interface ConfigDescription extends ConfigResource {
  error: KafkaError | null;
  entries: ConfigEntry[];
}

export type AlterConfigOpType = 'set' | 'delete' | 'append' | 'subtract';
const ALTER_OP_CODES: Record<AlterConfigOpType, number> = { set: 0, delete: 1, append: 2, subtract: 3 };

export interface AlterConfigOp {
  name: string;
  op: AlterConfigOpType;
  value?: string | null;
}

export interface ConfigAlteration extends ConfigResource {
  ops: AlterConfigOp[];
}

export interface ConfigAlterationResult extends ConfigResource {
  error: KafkaError | null;
}

export interface ClusterDescription {
  clusterId: string | null;
  controllerId: number;
  brokers: BrokerNode[];
}

const COMPRESSION: Record<CompressionName, CompressionType> = {
  none: CompressionType.None,
  gzip: CompressionType.Gzip,
  snappy: CompressionType.Snappy,
  lz4: CompressionType.Lz4,
  zstd: CompressionType.Zstd,
};

// ListOffsets' sentinel timestamps.
const EARLIEST_TIMESTAMP = -2n;
const LATEST_TIMESTAMP = -1n;

const toBuffer = (v: Buffer | string): Buffer => (typeof v === 'string' ? Buffer.from(v) : v);
const errorOf = (code: number, message?: string | null): KafkaError | null =>
  code === ErrorCode.NONE ? null : new KafkaError(code, message ?? undefined);

/** Splits `host:port` (or `[v6]:port`) into its parts. */
export function parseHostPort(text: string): { host: string; port: number } {
  const m = /^\[?([^\][]+?)\]?:(\d+)$/.exec(text.trim());
  const port = m === null ? NaN : Number(m[2]);
  if (m === null || !(port > 0 && port < 65536)) throw new RangeError(`not a host:port address: '${text}'`);
  return { host: m[1], port };
}

export class KafkaClient {
  private readonly bootstrap: { host: string; port: number }[];
  private readonly clientId: string;
  private readonly requestTimeoutMs: number;
  private readonly connectTimeoutMs: number;
  private readonly retries: number;
  private readonly retryBackoffMs: number;
  private readonly retryBackoffMaxMs: number;
  private readonly connections = new Map<string, Promise<KafkaConnection>>();
  private readonly partitioner = new Partitioner();
  private cluster: ClusterMetadata = { clusterId: null, controllerId: -1, brokers: new Map(), topics: new Map() };

  constructor(opts: KafkaClientOptions) {
    const list = typeof opts.bootstrap === 'string' ? opts.bootstrap.split(',') : opts.bootstrap;
    this.bootstrap = list.filter((s) => s.trim() !== '').map(parseHostPort);
    if (this.bootstrap.length === 0) throw new RangeError('no bootstrap servers given');
    this.clientId = opts.clientId ?? 'runnel-client';
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 30_000;
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 10_000;
    this.retries = opts.retries ?? 5;
    this.retryBackoffMs = opts.retryBackoffMs ?? 100;
    this.retryBackoffMaxMs = opts.retryBackoffMaxMs ?? 1_000;
  }

  async close(): Promise<void> {
    const all = [...this.connections.values()];
    this.connections.clear();
    for (const c of await Promise.allSettled(all)) if (c.status === 'fulfilled') c.value.close();
  }

  // ---------------------------------------------------------------- connections and metadata

  private connectionTo(host: string, port: number): Promise<KafkaConnection> {
    const key = `${host}:${port}`;
    const existing = this.connections.get(key);
    if (existing !== undefined) {
      return existing.then((c) => {
        if (c.isOpen) return c;
        if (this.connections.get(key) === existing) this.connections.delete(key);
        return this.connectionTo(host, port);
      });
    }
    const opening = KafkaConnection.open({ host, port, clientId: this.clientId, requestTimeoutMs: this.requestTimeoutMs, connectTimeoutMs: this.connectTimeoutMs });
    this.connections.set(key, opening);
    opening.catch(() => {
      if (this.connections.get(key) === opening) this.connections.delete(key);
    });
    return opening;
  }

  private async nodeConnection(nodeId: number): Promise<KafkaConnection> {
    let node = this.cluster.brokers.get(nodeId);
    if (node === undefined) {
      await this.refreshMetadata([]);
      node = this.cluster.brokers.get(nodeId);
    }
    if (node === undefined) throw new KafkaError(ErrorCode.BROKER_NOT_AVAILABLE, `broker ${nodeId} is not in the cluster metadata`);
    return this.connectionTo(node.host, node.port);
  }

  /** Any live broker: a known one first, else the bootstrap servers in order. */
  private async anyConnection(): Promise<KafkaConnection> {
    const candidates = [...this.cluster.brokers.values(), ...this.bootstrap];
    let last: unknown;
    for (const c of candidates) {
      try {
        return await this.connectionTo(c.host, c.port);
      } catch (err) {
        last = err;
      }
    }
    throw last instanceof Error ? last : networkError('no broker reachable');
  }

  private async controllerConnection(): Promise<KafkaConnection> {
    if (this.cluster.controllerId < 0) await this.refreshMetadata([]);
    return this.cluster.brokers.has(this.cluster.controllerId) ? this.nodeConnection(this.cluster.controllerId) : this.anyConnection();
  }

  // ---------------------------------------------------------------- connections for the group clients

  /** The pooled connection to a broker by address, e.g. a group coordinator named by FindCoordinator. */
  brokerConnection(host: string, port: number): Promise<KafkaConnection> {
    return this.connectionTo(host, port);
  }

  /** Any reachable broker: FindCoordinator may go to any of them. */
  anyBrokerConnection(): Promise<KafkaConnection> {
    return this.anyConnection();
  }

  /**
   * A connection outside the pool with its own request timeout: a group member's link to its
   * coordinator, where a JoinGroup may wait out a whole rebalance and must not hold up fetches.
   */
  openDedicatedConnection(host: string, port: number, requestTimeoutMs: number): Promise<KafkaConnection> {
    return KafkaConnection.open({ host, port, clientId: this.clientId, requestTimeoutMs, connectTimeoutMs: this.connectTimeoutMs });
  }

  get id(): string {
    return this.clientId;
  }

  /** Runs `attempt` again after retriable errors, refreshing metadata in between. */
  private async withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (err) {
        if (!(err instanceof KafkaError) || !err.retriable || n >= this.retries) throw err;
        await sleep(Math.min(this.retryBackoffMs * 2 ** n, this.retryBackoffMaxMs));
        await this.refreshMetadata([...this.cluster.topics.keys()]).catch(() => undefined);
      }
    }
  }

  /** Asks a broker for metadata: `topics` null means all topics, [] only the brokers. Never creates topics. */
  private async refreshMetadata(topics: readonly string[] | null): Promise<ClusterMetadata> {
    const conn = await this.anyConnection();
    const res = await conn.send(Metadata, {
      topics: topics === null ? null : topics.map((name) => ({ topicId: ZERO_UUID, name })),
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    });
    const fresh = clusterMetadataFrom(res);
    const cached = topics === null ? new Map<string, TopicMetadata>() : new Map(this.cluster.topics);
    for (const [name, t] of fresh.topics) {
      if (t.errorCode === ErrorCode.NONE) cached.set(name, t);
      else cached.delete(name);
    }
    this.cluster = { ...fresh, topics: cached };
    return fresh;
  }

  /** Fresh metadata for the given topics (all topics when null). Topic errors are in each entry. */
  async metadata(topics: readonly string[] | null = null): Promise<ClusterMetadata> {
    return this.withRetries(() => this.refreshMetadata(topics));
  }

  /** The topic's metadata, waiting out a leader election; throws KafkaError for an unknown topic. */
  async topicMetadata(topic: string): Promise<TopicMetadata> {
    return this.withRetries(async () => {
      const md = await this.refreshMetadata([topic]);
      const t = md.topics.get(topic);
      if (t === undefined) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `no metadata for topic '${topic}'`);
      if (t.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) {
        throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic '${topic}' does not exist`);
      }
      if (t.errorCode !== ErrorCode.NONE) throw new KafkaError(t.errorCode, `metadata for topic '${topic}'`);
      return t;
    });
  }

  private async leaderOf(topic: string, partition: number): Promise<number> {
    let t = this.cluster.topics.get(topic);
    if (t === undefined) t = await this.topicMetadata(topic);
    const p = t.partitions[partition];
    if (p === undefined || p.partition !== partition) {
      throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic '${topic}' has no partition ${partition}`);
    }
    if (p.leader < 0) throw new KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, `${topic}-${partition} has no leader`);
    return p.leader;
  }

  /** Groups partitions by their leader's node id. */
  private async byLeader<P extends { partition: number }>(topic: string, parts: readonly P[]): Promise<Map<number, P[]>> {
    const groups = new Map<number, P[]>();
    for (const p of parts) {
      const leader = await this.leaderOf(topic, p.partition);
      groups.set(leader, [...(groups.get(leader) ?? []), p]);
    }
    return groups;
  }

  // ---------------------------------------------------------------- produce

  /**
   * Sends the records, one batch per partition, and resolves with where each landed (in input
   * order). Partition: the record's own, else opts.partition, else murmur2 of the key, else one
   * sticky partition for all unkeyed records of this call. Without idempotence a retried batch
   * may be written twice, as with any Kafka producer that has enable.idempotence=false.
   */
  async produce(topic: string, records: readonly ProducerRecord[], opts: ProduceOptions = {}): Promise<RecordMetadata[]> {
    const acks = opts.acks === 'all' ? -1 : (opts.acks ?? -1);
    const compression = COMPRESSION[opts.compression ?? 'none'];
    if (compression === undefined) throw new RangeError(`unknown compression '${opts.compression}'`);
    const meta = await this.topicMetadata(topic);
    const numPartitions = meta.partitions.length;
    let sticky: number | undefined;
    const perPartition = new Map<number, number[]>();
    records.forEach((r, i) => {
      let p = r.partition ?? opts.partition;
      if (p === undefined) {
        p = r.key != null
          ? Partitioner.forKey(toBuffer(r.key), numPartitions)
          : (sticky ??= this.partitioner.stickyPartition(topic, numPartitions, meta.partitions.filter((x) => x.leader >= 0).map((x) => x.partition)));
      }
      if (!Number.isInteger(p) || p < 0 || p >= numPartitions) {
        throw new RangeError(`invalid partition ${p} for topic '${topic}' with ${numPartitions} partitions`);
      }
      perPartition.set(p, [...(perPartition.get(p) ?? []), i]);
    });

    const batches = [...perPartition].map(([partition, indexes]) => ({
      partition,
      indexes,
      batch: encodeRecordBatch({
        compression,
        records: indexes.map((i) => {
          const r = records[i];
          return {
            key: r.key == null ? null : toBuffer(r.key),
            value: r.value === null ? null : toBuffer(r.value),
            headers: r.headers ?? [],
            timestamp: r.timestamp ?? Date.now(),
          };
        }),
      }),
    }));

    const results: RecordMetadata[] = new Array(records.length);
    let pending = batches;
    await this.withRetries(async () => {
      const groups = await this.byLeader(topic, pending);
      const failed: typeof pending = [];
      const retriable: KafkaError[] = [];
      await Promise.all([...groups].map(async ([leader, parts]) => {
        const conn = await this.nodeConnection(leader);
        const request = {
          transactionalId: null,
          acks,
          timeoutMs: opts.timeoutMs ?? this.requestTimeoutMs,
          topicData: [{ name: topic, partitionData: parts.map((p) => ({ index: p.partition, records: p.batch })) }],
        };
        if (acks === 0) {
          await conn.sendWithoutResponse(Produce, request);
          for (const p of parts) for (const i of p.indexes) results[i] = { topic, partition: p.partition, offset: -1n, logAppendTime: -1n };
          return;
        }
        const res = await conn.send(Produce, request);
        for (const tr of res.responses) {
          for (const pr of tr.partitionResponses) {
            const part = parts.find((p) => p.partition === pr.index);
            if (part === undefined) continue;
            const err = errorOf(pr.errorCode, pr.errorMessage);
            if (err === null) {
              part.indexes.forEach((i, n) => {
                results[i] = { topic, partition: part.partition, offset: pr.baseOffset + BigInt(n), logAppendTime: pr.logAppendTimeMs };
              });
            } else if (err.retriable) {
              failed.push(part);
              retriable.push(err);
            } else {
              throw err;
            }
          }
        }
      }));
      pending = failed;
      if (retriable.length > 0) throw retriable[0];
    });
    return results;
  }

  // ---------------------------------------------------------------- fetch and offsets

  /** One fetch of one partition from `offset`. Throws KafkaError (e.g. OFFSET_OUT_OF_RANGE). */
  async fetch(topic: string, partition: number, offset: bigint, opts: FetchOptions = {}): Promise<PartitionFetch> {
    const [result] = await this.fetchPartitions(topic, new Map([[partition, offset]]), opts);
    return result;
  }

  /** One fetch round over several partitions, one request per leader, in parallel. */
  async fetchPartitions(topic: string, offsets: ReadonlyMap<number, bigint>, opts: FetchOptions = {}): Promise<PartitionFetch[]> {
    return this.withRetries(async () => {
      const meta = this.cluster.topics.get(topic) ?? (await this.topicMetadata(topic));
      const groups = await this.byLeader(topic, [...offsets].map(([partition, offset]) => ({ partition, offset })));
      const rounds = await Promise.all([...groups].map(async ([leader, parts]) => {
        const conn = await this.nodeConnection(leader);
        let version = conn.versionFor(Fetch);
        // Fetch v13+ names topics by id; a broker without topic ids is read with v12.
        if (version >= 13 && meta.topicId === ZERO_UUID) version = 12;
        const res = await conn.send(Fetch, {
          replicaId: -1,
          maxWaitMs: opts.maxWaitMs ?? 500,
          minBytes: opts.minBytes ?? 1,
          maxBytes: opts.maxBytes ?? 50 * 1024 * 1024,
          isolationLevel: opts.isolationLevel ?? 0,
          sessionId: 0,
          sessionEpoch: -1,
          topics: [{
            topic,
            topicId: meta.topicId,
            partitions: parts.map((p) => ({
              partition: p.partition,
              currentLeaderEpoch: -1,
              fetchOffset: p.offset,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: opts.partitionMaxBytes ?? 1024 * 1024,
            })),
          }],
          forgottenTopicsData: [],
          rackId: '',
        }, version);
        if (res.errorCode !== ErrorCode.NONE) throw new KafkaError(res.errorCode, `Fetch from broker ${leader}`);
        return res.responses.flatMap((tr) => tr.partitions.map((pd) => {
          const err = errorOf(pd.errorCode);
          if (err !== null) {
            err.message = `${topic}-${pd.partitionIndex}: ${err.message}`;
            throw err;
          }
          const fetchOffset = offsets.get(pd.partitionIndex) ?? 0n;
          return this.partitionFetch(topic, pd.partitionIndex, fetchOffset, pd.records, pd);
        }));
      }));
      return rounds.flat().sort((a, b) => a.partition - b.partition);
    });
  }

  private partitionFetch(
    topic: string,
    partition: number,
    fetchOffset: bigint,
    records: Buffer | null,
    pd: { highWatermark: bigint; lastStableOffset: bigint; logStartOffset: bigint },
  ): PartitionFetch {
    const out: ConsumerRecord[] = [];
    let nextOffset = fetchOffset;
    if (records !== null && records.length > 0) {
      for (const batch of decodeMemoryRecords(records).batches) {
        nextOffset = batch.baseOffset + BigInt(batch.lastOffsetDelta) + 1n;
        if (batch.isControl) continue;
        const logAppend = batch.timestampType === 1;
        for (const r of batch.records) {
          const offset = batch.baseOffset + BigInt(r.offsetDelta);
          // A compressed batch comes whole, so it may start before the offset asked for.
          if (offset < fetchOffset) continue;
          out.push({
            topic,
            partition,
            offset,
            timestamp: logAppend ? batch.maxTimestamp : batch.firstTimestamp + BigInt(r.timestampDelta),
            timestampType: logAppend ? 'LogAppendTime' : 'CreateTime',
            key: r.key === null ? null : Buffer.from(r.key),
            value: r.value === null ? null : Buffer.from(r.value),
            headers: r.headers.map((h) => ({ key: h.key, value: h.value === null ? null : Buffer.from(h.value) })),
          });
        }
      }
    }
    return { partition, records: out, highWatermark: pd.highWatermark, lastStableOffset: pd.lastStableOffset, logStartOffset: pd.logStartOffset, nextOffset };
  }

  /** Offsets per partition: the log start ('earliest'), the log end ('latest'), or the first at/after a timestamp. */
  async listOffsets(topic: string, spec: OffsetSpec, partitions?: readonly number[]): Promise<Map<number, bigint>> {
    const timestamp = spec === 'earliest' ? EARLIEST_TIMESTAMP : spec === 'latest' ? LATEST_TIMESTAMP : spec;
    return this.withRetries(async () => {
      const meta = await this.topicMetadata(topic);
      const wanted = partitions ?? meta.partitions.map((p) => p.partition);
      const groups = await this.byLeader(topic, wanted.map((partition) => ({ partition })));
      const out = new Map<number, bigint>();
      await Promise.all([...groups].map(async ([leader, parts]) => {
        const conn = await this.nodeConnection(leader);
        const res = await conn.send(ListOffsets, {
          replicaId: -1,
          isolationLevel: 0,
          topics: [{ name: topic, partitions: parts.map((p) => ({ partitionIndex: p.partition, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 })) }],
          timeoutMs: this.requestTimeoutMs,
        });
        for (const t of res.topics) {
          for (const p of t.partitions) {
            const err = errorOf(p.errorCode);
            if (err !== null) throw err;
            out.set(p.partitionIndex, p.offset);
          }
        }
      }));
      return out;
    });
  }

  /**
   * Reads the topic's partitions (no consumer group: every partition is assigned to this reader)
   * from `from`, yielding records as they arrive, until maxRecords, idleTimeoutMs or the signal.
   */
  async *consume(topic: string, opts: ConsumeOptions): AsyncGenerator<ConsumerRecord> {
    const meta = await this.topicMetadata(topic);
    const partitions = opts.partitions ?? meta.partitions.map((p) => p.partition);
    for (const p of partitions) {
      if (!meta.partitions.some((x) => x.partition === p)) {
        throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic '${topic}' has no partition ${p}`);
      }
    }
    const positions = typeof opts.from === 'bigint'
      ? new Map(partitions.map((p) => [p, opts.from as bigint]))
      : await this.listOffsets(topic, opts.from, partitions);
    let delivered = 0;
    let lastRecordAt = Date.now();
    const maxRecords = opts.maxRecords ?? Infinity;
    while (delivered < maxRecords && opts.signal?.aborted !== true) {
      const remaining = opts.idleTimeoutMs === undefined ? undefined : opts.idleTimeoutMs - (Date.now() - lastRecordAt);
      if (remaining !== undefined && remaining <= 0) return;
      const round = await this.fetchPartitions(topic, positions, {
        ...opts,
        maxWaitMs: Math.max(0, Math.min(opts.maxWaitMs ?? 500, remaining ?? Infinity)),
      });
      for (const pf of round) {
        positions.set(pf.partition, pf.nextOffset);
        for (const r of pf.records) {
          if (delivered >= maxRecords) return;
          delivered++;
          lastRecordAt = Date.now();
          yield r;
        }
      }
    }
  }

  // ---------------------------------------------------------------- admin

  async createTopics(topics: readonly NewTopic[], opts: { validateOnly?: boolean; timeoutMs?: number } = {}): Promise<CreatedTopic[]> {
    return this.withRetries(async () => {
      const conn = await this.controllerConnection();
      const res = await conn.send(CreateTopics, {
        topics: topics.map((t) => ({
          name: t.name,
          numPartitions: t.numPartitions ?? -1,
          replicationFactor: t.replicationFactor ?? -1,
          assignments: [...(t.assignments ?? new Map<number, number[]>())].map(([partitionIndex, brokerIds]) => ({ partitionIndex, brokerIds })),
          configs: Object.entries(t.configs ?? {}).map(([name, value]) => ({ name, value })),
        })),
        timeoutMs: opts.timeoutMs ?? this.requestTimeoutMs,
        validateOnly: opts.validateOnly ?? false,
      });
      retryIfControllerMoved(res.topics.map((t) => t.errorCode));
      return res.topics.map((t) => ({
        name: t.name,
        topicId: t.topicId,
        numPartitions: t.numPartitions,
        replicationFactor: t.replicationFactor,
        error: errorOf(t.errorCode, t.errorMessage),
      }));
    });
  }

  async deleteTopics(names: readonly string[], opts: { timeoutMs?: number } = {}): Promise<TopicResult[]> {
    return this.withRetries(async () => {
      const conn = await this.controllerConnection();
      const res = await conn.send(DeleteTopics, {
        topics: names.map((name) => ({ name, topicId: ZERO_UUID })),
        topicNames: [...names],
        timeoutMs: opts.timeoutMs ?? this.requestTimeoutMs,
      });
      retryIfControllerMoved(res.responses.map((t) => t.errorCode));
      return res.responses.map((t) => ({ name: t.name ?? '', error: errorOf(t.errorCode, t.errorMessage) }));
    });
  }

  /** Raises each topic's partition count to `count` (Kafka never lowers it). */
  async createPartitions(increases: readonly { topic: string; count: number }[], opts: { validateOnly?: boolean; timeoutMs?: number } = {}): Promise<TopicResult[]> {
    return this.withRetries(async () => {
      const conn = await this.controllerConnection();
      const res = await conn.send(CreatePartitions, {
        topics: increases.map((i) => ({ name: i.topic, count: i.count, assignments: null })),
        timeoutMs: opts.timeoutMs ?? this.requestTimeoutMs,
        validateOnly: opts.validateOnly ?? false,
      });
      retryIfControllerMoved(res.results.map((t) => t.errorCode));
      return res.results.map((t) => ({ name: t.name, error: errorOf(t.errorCode, t.errorMessage) }));
    });
  }

  /**
   * AlterPartitionReassignments: moves each partition to `replicas` (null cancels its ongoing move);
   * one result per entry, in order.
   */
  async alterPartitionReassignments(moves: readonly PartitionMove[], opts: { timeoutMs?: number } = {}): Promise<Array<PartitionMove & { error: KafkaError | null }>> {
    return this.withRetries(async () => {
      const conn = await this.controllerConnection();
      const res = await conn.send(AlterPartitionReassignments, {
        timeoutMs: opts.timeoutMs ?? this.requestTimeoutMs,
        topics: [...groupByTopic(moves)].map(([name, ms]) => ({ name, partitions: ms.map((m) => ({ partitionIndex: m.partition, replicas: m.replicas === null ? null : [...m.replicas] })) })),
      });
      retryIfControllerMoved([res.errorCode]);
      const answers = new Map<string, KafkaError | null>();
      for (const t of res.responses) {
        for (const p of t.partitions) answers.set(`${t.name}-${p.partitionIndex}`, errorOf(res.errorCode !== ErrorCode.NONE ? res.errorCode : p.errorCode, p.errorMessage ?? res.errorMessage));
      }
      return moves.map((m) => {
        const key = `${m.topic}-${m.partition}`;
        return { ...m, error: answers.has(key) ? answers.get(key)! : new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, 'no answer for this partition') };
      });
    });
  }

  /** ElectLeaders: one result per partition that was named (or, with null, that needed an election). */
  async electLeaders(electionType: number, partitions: ReadonlyArray<{ topic: string; partition: number }> | null): Promise<Array<{ topic: string; partition: number; error: KafkaError | null }>> {
    return this.withRetries(async () => {
      const conn = await this.controllerConnection();
      const res = await conn.send(ElectLeaders, {
        electionType,
        topicPartitions: partitions === null ? null : [...groupByTopic(partitions)].map(([topic, ps]) => ({ topic, partitions: ps.map((p) => p.partition) })),
        timeoutMs: this.requestTimeoutMs,
      });
      retryIfControllerMoved([res.errorCode]);
      const error = errorOf(res.errorCode);
      if (error) throw error;
      return res.replicaElectionResults.flatMap((t) => t.partitionResult.map((p) => ({ topic: t.topic, partition: p.partitionId, error: errorOf(p.errorCode, p.errorMessage) })));
    });
  }

  /** ListPartitionReassignments: the moves under way (all, or those of `partitions`). */
  async listPartitionReassignments(partitions: ReadonlyArray<{ topic: string; partition: number }> | null = null): Promise<OngoingReassignment[]> {
    return this.withRetries(async () => {
      const conn = await this.controllerConnection();
      const res = await conn.send(ListPartitionReassignments, {
        timeoutMs: this.requestTimeoutMs,
        topics: partitions === null ? null : [...groupByTopic(partitions)].map(([name, ps]) => ({ name, partitionIndexes: ps.map((p) => p.partition) })),
      });
      retryIfControllerMoved([res.errorCode]);
      const error = errorOf(res.errorCode, res.errorMessage);
      if (error) throw error;
      return res.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, replicas: p.replicas, addingReplicas: p.addingReplicas, removingReplicas: p.removingReplicas })));
    });
  }

  /** Topics with partitions, replicas, ISR and (where the broker offers DescribeTopicPartitions) ELR. */
  async describeTopics(names: readonly string[]): Promise<TopicDescription[]> {
    return this.withRetries(async () => {
      const conn = await this.anyConnection();
      if (conn.brokerRange(DescribeTopicPartitions.apiKey) === undefined) {
        const md = await this.refreshMetadata(names);
        return names.map((name) => {
          const t = md.topics.get(name);
          if (t === undefined) return { name, error: new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION), topicId: ZERO_UUID, isInternal: false, partitions: [] };
          return {
            name,
            error: errorOf(t.errorCode),
            topicId: t.topicId,
            isInternal: t.isInternal,
            partitions: t.partitions.map((p) => ({ partition: p.partition, leader: p.leader, leaderEpoch: p.leaderEpoch, replicas: p.replicas, isr: p.isr, elr: null, lastKnownElr: null })),
          };
        });
      }
      const byName = new Map<string, TopicDescription>();
      let cursor: { topicName: string; partitionIndex: number } | null = null;
      do {
        const res: DescribeTopicPartitionsResponse = await conn.send(DescribeTopicPartitions, { topics: names.map((name) => ({ name })), responsePartitionLimit: 2000, cursor });
        for (const t of res.topics) {
          const name = t.name ?? '';
          const d: TopicDescription = byName.get(name) ?? { name, error: errorOf(t.errorCode), topicId: t.topicId, isInternal: t.isInternal, partitions: [] };
          for (const p of t.partitions) {
            d.partitions.push({
              partition: p.partitionIndex,
              leader: p.leaderId,
              leaderEpoch: p.leaderEpoch,
              replicas: p.replicaNodes,
              isr: p.isrNodes,
              elr: p.eligibleLeaderReplicas,
              lastKnownElr: p.lastKnownElr,
            });
          }
          byName.set(name, d);
        }
        cursor = res.nextCursor;
      } while (cursor !== null);
      return names.map((name) => byName.get(name) ?? { name, error: new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION), topicId: ZERO_UUID, isInternal: false, partitions: [] });
    });
  }

  /** Broker resources are asked of that broker (its static configs live there); others of any broker. */
  private async connectionFor(resource: ConfigResource): Promise<KafkaConnection> {
    if ((resource.type === 'broker' || resource.type === 'brokerLogger') && resource.name !== '') {
      const id = Number(resource.name);
      if (!Number.isInteger(id)) throw new RangeError(`broker id must be an integer, got '${resource.name}'`);
      return this.nodeConnection(id);
    }
    return this.anyConnection();
  }

  async describeConfigs(resources: readonly (ConfigResource & { keys?: string[] | null })[], opts: { includeSynonyms?: boolean; includeDocumentation?: boolean } = {}): Promise<ConfigDescription[]> {
    return this.withRetries(async () => Promise.all(resources.map(async (resource) => {
      const conn = await this.connectionFor(resource);
      const res = await conn.send(DescribeConfigs, {
        resources: [{ resourceType: ConfigResourceType[resource.type], resourceName: resource.name, configurationKeys: resource.keys ?? null }],
        includeSynonyms: opts.includeSynonyms ?? false,
        includeDocumentation: opts.includeDocumentation ?? false,
      });
      const [result] = res.results;
      if (result === undefined) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `DescribeConfigs answered no result for ${resource.type} '${resource.name}'`);
      retryIfControllerMoved([result.errorCode]);
      return {
        ...resource,
        error: errorOf(result.errorCode, result.errorMessage),
        entries: result.configs.map((c) => {
          const source = ConfigSource[c.configSource] ?? 'UNKNOWN';
          return {
            name: c.name,
            value: c.value,
            readOnly: c.readOnly,
            // v0 has an explicit flag; from v1 Kafka derives it from the source.
            isDefault: c.configSource === -1 ? c.isDefault : source === 'DEFAULT_CONFIG',
            isSensitive: c.isSensitive,
            source,
            synonyms: c.synonyms.map((s) => ({ name: s.name, value: s.value, source: ConfigSource[s.source] ?? 'UNKNOWN' })),
          };
        }),
      };
    })));
  }

  async incrementalAlterConfigs(alterations: readonly ConfigAlteration[], opts: { validateOnly?: boolean } = {}): Promise<ConfigAlterationResult[]> {
    return this.withRetries(async () => Promise.all(alterations.map(async (a) => {
      const conn = await this.connectionFor(a);
      const res = await conn.send(IncrementalAlterConfigs, {
        resources: [{
          resourceType: ConfigResourceType[a.type],
          resourceName: a.name,
          configs: a.ops.map((op) => ({ name: op.name, configOperation: ALTER_OP_CODES[op.op], value: op.value ?? null })),
        }],
        validateOnly: opts.validateOnly ?? false,
      });
      const [result] = res.responses;
      if (result === undefined) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `IncrementalAlterConfigs answered no result for ${a.type} '${a.name}'`);
      retryIfControllerMoved([result.errorCode]);
      return { type: a.type, name: a.name, error: errorOf(result.errorCode, result.errorMessage) };
    })));
  }

  /** The cluster id, controller and live brokers (DescribeCluster, or Metadata on brokers without it). */
  async describeCluster(): Promise<ClusterDescription> {
    return this.withRetries(async () => {
      const conn = await this.anyConnection();
      if (conn.brokerRange(DescribeCluster.apiKey) === undefined) {
        const md = await this.refreshMetadata([]);
        return { clusterId: md.clusterId, controllerId: md.controllerId, brokers: [...md.brokers.values()] };
      }
      const res = await conn.send(DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 });
      const err = errorOf(res.errorCode, res.errorMessage);
      if (err !== null) throw err;
      return {
        clusterId: res.clusterId,
        controllerId: res.controllerId,
        brokers: res.brokers.map((b) => ({ nodeId: b.brokerId, host: b.host, port: b.port, rack: b.rack })),
      };
    });
  }

  /** Names of all topics, internal ones included. */
  async listTopics(): Promise<TopicMetadata[]> {
    const md = await this.withRetries(() => this.refreshMetadata(null));
    return [...md.topics.values()].filter((t) => t.errorCode === ErrorCode.NONE).sort((a, b) => a.name.localeCompare(b.name));
  }
}

/**
 * A per-item NOT_CONTROLLER (the controller moved) retries the whole admin request, as Kafka's
 * admin client does. Other per-item errors, retriable or not (UNKNOWN_TOPIC_OR_PARTITION for a
 * missing topic), are the answer and go back to the caller.
 */
function retryIfControllerMoved(codes: readonly number[]): void {
  if (codes.includes(ErrorCode.NOT_CONTROLLER)) throw new KafkaError(ErrorCode.NOT_CONTROLLER);
}
