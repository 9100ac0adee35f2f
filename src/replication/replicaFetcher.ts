// One follower-to-leader fetch loop (Kafka's ReplicaFetcherThread): this broker fetches every
// partition it follows from one leader broker with the Fetch API consumers use, as replica
// `localId` (ReplicaState from v15), from its log end, naming the epoch of its last batch so the
// leader can answer with a diverging epoch, in an incremental fetch session (KIP-227) that names
// only partitions whose position changed. Records are appended verbatim; the leader's high
// watermark comes back with them. A partition that errs waits replica.fetch.backoff.ms.
import type { Logger } from 'pino';
import { Fetch } from '../client/clientApis.js';
import { KafkaConnection } from '../client/kafkaConnection.js';
import type { Partition } from '../log/partition.js';
import { tpKey } from '../log/partition.js';
import type { FetchRequest } from '../protocol/generated/messages/FetchRequest.js';
import type { FetchResponse } from '../protocol/generated/messages/FetchResponse.js';
import { ErrorCode, errorName } from '../protocol/kafkaErrors.js';
import type { ReplicationThrottle } from './replicationQuota.js';
import { FetchSessionHandler, type SessionFetchPlan, type SessionPartitionState } from './fetchSessionHandler.js';

export interface ReplicaFetcherSettings {
  readonly localId: number;
  readonly brokerEpoch: () => bigint;
  /** replica.fetch.wait.max.ms */
  readonly maxWaitMs: number;
  /** replica.fetch.min.bytes */
  readonly minBytes: number;
  /** replica.fetch.response.max.bytes */
  readonly maxBytes: number;
  /** replica.fetch.max.bytes */
  readonly partitionMaxBytes: number;
  /** replica.fetch.backoff.ms */
  readonly backoffMs: number;
  /** replica.socket.timeout.ms */
  readonly requestTimeoutMs: number;
  /** follower.replication.throttled.rate over the topics' follower.replication.throttled.replicas. */
  readonly throttle?: ReplicationThrottle;
  readonly logger: Logger;
}

export interface LeaderEndpoint {
  readonly host: string;
  readonly port: number;
}

interface FetchState {
  readonly partition: Partition;
  readonly leaderEpoch: number;
  delayedUntil: number;
}

type PartitionData = FetchResponse<Buffer>['responses'][number]['partitions'][number];

/** How long an idle fetcher sleeps before it looks for partitions again. */
const IDLE_POLL_MS = 100;

export class ReplicaFetcher {
  private readonly assigned = new Map<string, FetchState>();
  private connection: KafkaConnection | null = null;
  private readonly session = new FetchSessionHandler<Partition>();
  private running = true;
  private readonly done: Promise<void>;

  constructor(
    readonly leaderId: number,
    readonly endpoint: LeaderEndpoint,
    private readonly settings: ReplicaFetcherSettings,
    /** Whether `partition` is still the hosted replica (a deleted and recreated topic is another). */
    private readonly isHosted: (partition: Partition) => boolean,
  ) {
    this.done = this.run();
  }

  /** Fetches exactly `partitions` from now on; a partition that keeps its epoch keeps its backoff. */
  assign(partitions: readonly Partition[]): void {
    const next = new Map<string, FetchState>();
    for (const p of partitions) {
      const key = tpKey(p);
      const prev = this.assigned.get(key);
      const same = prev !== undefined && prev.partition === p && prev.leaderEpoch === p.leaderEpoch;
      next.set(key, same ? prev : { partition: p, leaderEpoch: p.leaderEpoch, delayedUntil: 0 });
    }
    this.assigned.clear();
    for (const [k, v] of next) this.assigned.set(k, v);
  }

  get partitionCount(): number {
    return this.assigned.size;
  }

  async close(): Promise<void> {
    this.running = false;
    this.connection?.close();
    await this.done;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const now = Date.now();
      // Over the follower throttle, throttled out-of-sync replicas sit out until the rate drops.
      const overQuota = this.settings.throttle?.quota.isExceeded(now) ?? false;
      const ready = [...this.assigned.values()].filter((s) => s.delayedUntil <= now && this.isHosted(s.partition) && !(overQuota && this.isThrottled(s.partition)));
      if (ready.length === 0) {
        await sleep(IDLE_POLL_MS);
        continue;
      }
      try {
        await this.fetchOnce(ready);
      } catch (err) {
        if (!this.running) return;
        this.settings.logger.warn({ leader: this.leaderId, err: (err as Error).message }, 'fetch from leader failed; retrying after backoff');
        this.connection?.close();
        this.connection = null;
        this.session.reset();
        await sleep(this.settings.backoffMs);
      }
    }
  }

  private async fetchOnce(ready: FetchState[]): Promise<void> {
    this.connection ??= await KafkaConnection.open({
      host: this.endpoint.host,
      port: this.endpoint.port,
      clientId: `runnel-replica-fetcher-${this.settings.localId}`,
      requestTimeoutMs: this.settings.requestTimeoutMs,
      connectTimeoutMs: Math.min(this.settings.requestTimeoutMs, 5000),
    });
    const version = this.connection.versionFor(Fetch);
    const offsets = new Map(ready.map((s) => [s, s.partition.logEndOffset]));
    const byPartition = new Map(ready.map((s) => [s.partition, s]));
    const wanted = new Map<Partition, SessionPartitionState>(
      ready.map((s) => [s.partition, { fetchOffset: offsets.get(s)!, logStartOffset: s.partition.logStartOffset, leaderEpoch: s.leaderEpoch, lastFetchedEpoch: s.partition.latestLogEpoch }]),
    );
    // Fetch v7 brought sessions; before it every fetch names every partition.
    const plan: SessionFetchPlan<Partition> = version >= 7 ? this.session.plan(wanted) : { sessionId: 0, sessionEpoch: -1, send: [...wanted.keys()], forget: [] };
    const response = await this.connection.send(Fetch, this.request(plan, byPartition, offsets, version), version);
    if (!this.running) return;
    if (response.errorCode === ErrorCode.FETCH_SESSION_ID_NOT_FOUND || response.errorCode === ErrorCode.INVALID_FETCH_SESSION_EPOCH) {
      this.settings.logger.info({ leader: this.leaderId, error: errorName(response.errorCode) }, 'fetch session lost; the next fetch opens a new one');
      this.session.reset();
      return;
    }
    if (response.errorCode !== ErrorCode.NONE) throw new Error(`leader ${this.leaderId} answered Fetch with ${errorName(response.errorCode)}`);
    if (version >= 7) this.session.answered(response.sessionId);
    const byKey = new Map<string, FetchState>();
    for (const s of ready) byKey.set(version >= 13 ? `${s.partition.topicId}:${s.partition.partition}` : tpKey(s.partition), s);
    for (const topic of response.responses) {
      for (const data of topic.partitions) {
        const state = byKey.get(version >= 13 ? `${topic.topicId}:${data.partitionIndex}` : `${topic.topic}-${data.partitionIndex}`);
        if (state === undefined) continue;
        this.process(state, offsets.get(state)!, data);
      }
    }
  }

  private request(plan: SessionFetchPlan<Partition>, states: ReadonlyMap<Partition, FetchState>, offsets: ReadonlyMap<FetchState, number>, version: number): FetchRequest {
    const byTopic = new Map<string, FetchRequest['topics'][number]>();
    for (const p of plan.send) {
      const s = states.get(p)!;
      let topic = byTopic.get(p.topic);
      if (!topic) byTopic.set(p.topic, (topic = { topic: p.topic, topicId: p.topicId, partitions: [] }));
      topic.partitions.push({
        partition: p.partition,
        currentLeaderEpoch: s.leaderEpoch,
        fetchOffset: BigInt(offsets.get(s)!),
        lastFetchedEpoch: p.latestLogEpoch,
        logStartOffset: BigInt(p.logStartOffset),
        partitionMaxBytes: this.settings.partitionMaxBytes,
      });
    }
    return {
      clusterId: null,
      // v15 moved the replica id into ReplicaState, with the broker epoch.
      replicaId: version >= 15 ? -1 : this.settings.localId,
      replicaState: version >= 15 ? { replicaId: this.settings.localId, replicaEpoch: this.settings.brokerEpoch() } : { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs: this.settings.maxWaitMs,
      minBytes: this.settings.minBytes,
      maxBytes: this.settings.maxBytes,
      isolationLevel: 0,
      sessionId: plan.sessionId,
      sessionEpoch: plan.sessionEpoch,
      topics: [...byTopic.values()],
      forgottenTopicsData: forgotten(plan.forget),
      rackId: '',
    };
  }

  private isThrottled(p: Partition): boolean {
    return this.settings.throttle?.applies(p.topic, p.partition, p.isr, this.settings.localId) ?? false;
  }

  /** Applies one partition's answer, unless the replica changed while the fetch was out. */
  private process(state: FetchState, fetchOffset: number, data: PartitionData): void {
    const p = state.partition;
    if (this.assigned.get(tpKey(p)) !== state || !this.isHosted(p) || p.isLeader || p.logEndOffset !== fetchOffset) return;
    const log = this.settings.logger;
    try {
      switch (data.errorCode) {
        case ErrorCode.NONE: {
          const diverging = data.divergingEpoch;
          if (diverging !== undefined && (diverging.epoch >= 0 || diverging.endOffset >= 0n)) {
            p.truncateToDivergence(diverging.epoch, Number(diverging.endOffset));
            return;
          }
          const records = data.records ?? Buffer.alloc(0);
          if (this.isThrottled(p)) this.settings.throttle!.quota.record(records.length, Date.now());
          p.appendAsFollower(records, Number(data.highWatermark));
          return;
        }
        case ErrorCode.OFFSET_OUT_OF_RANGE:
          p.resetToLeader(fetchOffset, Number(data.logStartOffset), Number(data.highWatermark));
          return;
        default:
          log.info({ tp: tpKey(p), leader: this.leaderId, error: errorName(data.errorCode) }, 'leader refused a replica fetch; backing off');
          this.session.refused(p);
          state.delayedUntil = Date.now() + this.settings.backoffMs;
      }
    } catch (err) {
      log.error({ tp: tpKey(p), leader: this.leaderId, err }, 'could not apply fetched records; backing off');
      this.session.refused(p);
      state.delayedUntil = Date.now() + this.settings.backoffMs;
    }
  }
}

/** The request's forgotten_topics_data: the partitions to drop from the session, by topic. */
function forgotten(partitions: readonly Partition[]): FetchRequest['forgottenTopicsData'] {
  const byTopic = new Map<string, FetchRequest['forgottenTopicsData'][number]>();
  for (const p of partitions) {
    let t = byTopic.get(p.topicId + p.topic);
    if (!t) byTopic.set(p.topicId + p.topic, (t = { topic: p.topic, topicId: p.topicId, partitions: [] }));
    t.partitions.push(p.partition);
  }
  return [...byTopic.values()];
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
