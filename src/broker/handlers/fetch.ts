// Fetch (key 1): reads from the replica manager, long-polling in the purgatory for fetch.min.bytes,
// with incremental fetch sessions (KIP-227) and topic ids from v13. The records field carries the
// storage engine's zero-copy views straight into the response. A fetch with a replica id (v15+:
// ReplicaState) is a follower's: it reads to the log end and may be told where its log diverges.
import type { FetchRequest } from '../../protocol/generated/messages/FetchRequest.js';
import type { FetchResponse } from '../../protocol/generated/messages/FetchResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import type { ReplicaManager, FetchPartitionSpec } from '../../log/replicaManager.js';
import type { FetchSessionCache, SessionPartition } from '../../log/fetchSessionCache.js';
import type { PartitionReadResult } from '../../log/partition.js';
import { ZERO_UUID } from '../../controller/quorumController.js';
import type { MetadataImage } from '../../metadata/metadataImage.js';
import { CurrentLeaders, FETCH_LEADER_ERRORS } from '../currentLeader.js';
import { defineHandler } from '../handler.js';

type TopicResponse = FetchResponse['responses'][number];
type PartitionData = TopicResponse['partitions'][number];

const EMPTY = Buffer.alloc(0);

function partitionData(partitionIndex: number, errorCode: number, r?: PartitionReadResult): PartitionData {
  return {
    partitionIndex,
    errorCode,
    highWatermark: BigInt(r?.highWatermark ?? -1),
    lastStableOffset: BigInt(r?.lastStableOffset ?? -1),
    logStartOffset: BigInt(r?.logStartOffset ?? -1),
    abortedTransactions: null,
    preferredReadReplica: r?.preferredReadReplica ?? -1,
    records: r && r.records.length > 0 ? r.records : EMPTY,
    ...(r?.divergingEpoch ? { divergingEpoch: { epoch: r.divergingEpoch.epoch, endOffset: BigInt(r.divergingEpoch.endOffset) } } : {}),
  };
}

interface Wanted extends SessionPartition {
  errorCode: number;
}

export function fetchHandler(replicaManager: ReplicaManager, sessions: FetchSessionCache, currentImage: () => MetadataImage) {
  return defineHandler<FetchRequest, FetchResponse>({
    apiKey: 1,
    async handle(ctx, req) {
      const useIds = ctx.apiVersion >= 13;
      const lookup = sessions.lookup(req.sessionId, req.sessionEpoch);
      if (lookup.kind === 'error') return this.errorResponse(ctx, req, lookup.errorCode);
      const session = lookup.kind === 'sessionless' ? null : lookup.session;

      const requested: Wanted[] = [];
      for (const t of req.topics) {
        const topic = useIds ? ctx.image.topicsById.get(t.topicId) : ctx.image.topicsByName.get(t.topic);
        for (const p of t.partitions) {
          requested.push({
            topic: topic?.name ?? t.topic,
            topicId: topic?.id ?? t.topicId,
            partition: p.partition,
            fetchOffset: Number(p.fetchOffset),
            partitionMaxBytes: p.partitionMaxBytes,
            currentLeaderEpoch: p.currentLeaderEpoch,
            lastFetchedEpoch: ctx.apiVersion >= 12 ? p.lastFetchedEpoch : -1,
            logStartOffset: ctx.apiVersion >= 5 ? Number(p.logStartOffset) : -1,
            lastHighWatermark: -2,
            lastLogStartOffset: -2,
            errorCode: topic ? ErrorCode.NONE : useIds ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
          });
        }
      }
      const unresolved = requested.filter((w) => w.errorCode !== ErrorCode.NONE);
      let toFetch: SessionPartition[] = requested.filter((w) => w.errorCode === ErrorCode.NONE);
      if (session) {
        // By id from v13, as Kafka keys sessions: a deleted topic's id can still be forgotten, and a
        // topic recreated under the same name is another partition, not the old one.
        const sessionKey = (topic: string, topicId: string, partition: number): string => (useIds ? `${topicId}:${partition}` : `${topic}-${partition}`);
        for (const f of req.forgottenTopicsData) {
          for (const p of f.partitions) session.partitions.delete(sessionKey(f.topic, f.topicId, p));
        }
        for (const w of toFetch) {
          const key = sessionKey(w.topic, w.topicId, w.partition);
          const prev = session.partitions.get(key);
          session.partitions.set(key, { ...w, lastHighWatermark: prev?.lastHighWatermark ?? -2, lastLogStartOffset: prev?.lastLogStartOffset ?? -2 });
        }
        toFetch = [...session.partitions.values()];
      }
      const specs: FetchPartitionSpec[] = toFetch.map((s) => ({
        topic: s.topic,
        topicId: useIds ? s.topicId : undefined,
        partition: s.partition,
        fetchOffset: s.fetchOffset,
        partitionMaxBytes: s.partitionMaxBytes,
        currentLeaderEpoch: s.currentLeaderEpoch,
        lastFetchedEpoch: s.lastFetchedEpoch,
        logStartOffset: s.logStartOffset,
      }));
      const replicaId = ctx.apiVersion >= 15 ? (req.replicaState?.replicaId ?? -1) : req.replicaId;
      // From v11 a consumer's fetch carries client metadata (its rack): it may read from followers.
      const client = ctx.apiVersion >= 11 && replicaId < 0 ? { rack: req.rackId, listenerName: ctx.connection.listenerName } : undefined;
      const results = await replicaManager.fetch({ replicaId, client, maxWaitMs: req.maxWaitMs, minBytes: req.minBytes, maxBytes: req.maxBytes, partitions: specs });

      const byTopic = new Map<string, TopicResponse>();
      const leaders = ctx.apiVersion >= 12 ? new CurrentLeaders(currentImage, ctx.connection.listenerName, FETCH_LEADER_ERRORS) : null;
      const add = (topic: string, topicId: string, data: PartitionData): void => {
        const leader = leaders?.forError(topic, data.partitionIndex, data.errorCode);
        if (leader) data.currentLeader = leader;
        let t = byTopic.get(topicId + topic);
        if (!t) byTopic.set(topicId + topic, (t = { topic, topicId, partitions: [] }));
        t.partitions.push(data);
      };
      const incremental = lookup.kind === 'incremental';
      toFetch.forEach((s, i) => {
        const r = results[i];
        const changed = r.sizeInBytes > 0 || r.errorCode !== ErrorCode.NONE || r.preferredReadReplica !== undefined || r.divergingEpoch !== undefined || r.highWatermark !== s.lastHighWatermark || r.logStartOffset !== s.lastLogStartOffset;
        s.lastHighWatermark = r.highWatermark;
        s.lastLogStartOffset = r.logStartOffset;
        if (!incremental || changed) add(s.topic, s.topicId, partitionData(s.partition, r.errorCode, r));
      });
      for (const w of unresolved) add(w.topic, w.topicId, partitionData(w.partition, w.errorCode));
      const nodeEndpoints = ctx.apiVersion >= 16 && leaders ? leaders.nodeEndpoints() : [];
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, sessionId: session?.id ?? 0, responses: [...byTopic.values()], nodeEndpoints };
    },
    errorResponse(_ctx, req, errorCode) {
      const partitionError = errorCode === ErrorCode.UNSUPPORTED_VERSION ? errorCode : ErrorCode.NONE;
      return {
        throttleTimeMs: 0,
        errorCode,
        sessionId: 0,
        responses:
          partitionError === ErrorCode.NONE
            ? []
            : req.topics.map((t) => ({ topic: t.topic, topicId: t.topicId ?? ZERO_UUID, partitions: t.partitions.map((p) => partitionData(p.partition, partitionError)) })),
      };
    },
  });
}
