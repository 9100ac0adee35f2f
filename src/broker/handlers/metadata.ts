// Metadata (key 3): brokers, topics and partitions from the metadata image. Unknown topics are
// created on the fly when both auto.create.topics.enable and the request allow it.
import type { MetadataRequest } from '../../protocol/generated/messages/MetadataRequest.js';
import type { MetadataResponse } from '../../protocol/generated/messages/MetadataResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { listenerEndpoint, type MetadataImage, type TopicImage } from '../../metadata/metadataImage.js';
import { INTERNAL_TOPICS, invalidTopicNameReason } from '../../metadata/topicName.js';
import { ZERO_UUID } from '../../controller/quorumController.js';
import { defineHandler, type RequestContext } from '../handler.js';

type ResponseTopic = MetadataResponse['topics'][number];

export interface MetadataDeps {
  clusterId: string;
  controllerId: number;
  autoCreateTopicsEnable: boolean;
  /** Creates topics with the broker defaults; resolves once they are in the image. */
  autoCreateTopics(names: string[]): Promise<void>;
  /** The image after any auto-creation. */
  currentImage(): MetadataImage;
}

/** Replicas on brokers that are not registered or are fenced, as Kafka's KRaft metadata cache reports them. */
function offlineReplicas(replicas: readonly number[], image: MetadataImage): number[] {
  return replicas.filter((r) => image.brokers.get(r)?.fenced !== false);
}

function topicResponse(t: TopicImage, image: MetadataImage): ResponseTopic {
  const partitions = [...t.partitions.values()]
    .sort((a, b) => a.partitionId - b.partitionId)
    .map((p) => ({
      errorCode: p.leader < 0 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
      partitionIndex: p.partitionId,
      leaderId: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicaNodes: [...p.replicas],
      isrNodes: [...p.isr],
      offlineReplicas: offlineReplicas(p.replicas, image),
    }));
  return {
    errorCode: ErrorCode.NONE,
    name: t.name,
    topicId: t.id,
    isInternal: INTERNAL_TOPICS.has(t.name),
    partitions,
    topicAuthorizedOperations: -2147483648,
  };
}

function errorTopic(name: string | null, topicId: string, errorCode: number): ResponseTopic {
  return { errorCode, name, topicId, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 };
}

function brokers(ctx: RequestContext, image: MetadataImage): MetadataResponse['brokers'] {
  const out: MetadataResponse['brokers'] = [];
  for (const b of image.liveBrokers()) {
    const ep = listenerEndpoint(b, ctx.connection.listenerName);
    if (ep) out.push({ nodeId: b.id, host: ep.host, port: ep.port, rack: b.rack });
  }
  return out;
}

export function metadataHandler(deps: MetadataDeps) {
  return defineHandler<MetadataRequest, MetadataResponse>({
    apiKey: 3,
    async handle(ctx, req) {
      let image = ctx.image;
      let topics: ResponseTopic[];
      if (req.topics === null) {
        topics = [...image.topicsByName.values()].sort((a, b) => a.name.localeCompare(b.name)).map((t) => topicResponse(t, image));
      } else {
        const toCreate = req.topics
          .map((t) => t.name)
          .filter((n): n is string => n !== null && !image.topicsByName.has(n) && invalidTopicNameReason(n) === null && !INTERNAL_TOPICS.has(n));
        // Versions before 4 have no AllowAutoTopicCreation field and always allowed it.
        if (toCreate.length > 0 && deps.autoCreateTopicsEnable && req.allowAutoTopicCreation) {
          await deps.autoCreateTopics([...new Set(toCreate)]);
          image = deps.currentImage();
        }
        topics = req.topics.map((t) => {
          if (t.topicId !== ZERO_UUID && t.name === null) {
            const found = image.topicsById.get(t.topicId);
            return found ? topicResponse(found, image) : errorTopic(null, t.topicId, ErrorCode.UNKNOWN_TOPIC_ID);
          }
          const name = t.name ?? '';
          if (invalidTopicNameReason(name) !== null) return errorTopic(name, ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION);
          const found = image.topicsByName.get(name);
          return found ? topicResponse(found, image) : errorTopic(name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        });
      }
      return {
        throttleTimeMs: 0,
        brokers: brokers(ctx, image),
        clusterId: deps.clusterId,
        controllerId: deps.controllerId,
        topics,
        clusterAuthorizedOperations: -2147483648,
      };
    },
    errorResponse(_ctx, req, errorCode) {
      return {
        throttleTimeMs: 0,
        brokers: [],
        clusterId: null,
        controllerId: -1,
        topics: (req.topics ?? []).map((t) => errorTopic(t.name, t.topicId, errorCode)),
        clusterAuthorizedOperations: -2147483648,
      };
    },
  });
}
