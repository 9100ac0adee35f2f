// ListPartitionReassignments (key 46): the partitions whose reassignment is under way, with their
// replicas and the replicas being added and removed, as the active controller's image has them
// (all of them, or those of the named partitions). Served on the controller listener; brokers
// forward it.
import type { ListPartitionReassignmentsRequest } from '../../protocol/generated/messages/ListPartitionReassignmentsRequest.js';
import type { ListPartitionReassignmentsResponse } from '../../protocol/generated/messages/ListPartitionReassignmentsResponse.js';
import type { MetadataImage, PartitionImage } from '../../metadata/metadataImage.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';

type OngoingTopic = ListPartitionReassignmentsResponse['topics'][number];

const ongoing = (p: PartitionImage): boolean => p.addingReplicas.length > 0 || p.removingReplicas.length > 0;

export function listPartitionReassignmentsHandler(image: () => MetadataImage) {
  return defineHandler<ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse>({
    apiKey: 46,
    handle(_ctx, req) {
      const current = image();
      const wanted = req.topics === null ? null : new Map(req.topics.map((t) => [t.name, new Set(t.partitionIndexes)]));
      const topics: OngoingTopic[] = [];
      for (const topic of current.topicsByName.values()) {
        const only = wanted?.get(topic.name);
        if (wanted !== null && only === undefined) continue;
        const partitions = [...topic.partitions.values()]
          .filter((p) => ongoing(p) && (only === undefined || only.has(p.partitionId)))
          .map((p) => ({ partitionIndex: p.partitionId, replicas: [...p.replicas], addingReplicas: [...p.addingReplicas], removingReplicas: [...p.removingReplicas] }));
        if (partitions.length > 0) topics.push({ name: topic.name, partitions });
      }
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, topics };
    },
    errorResponse: (_ctx, req, errorCode) => listPartitionReassignmentsErrorResponse(req, errorCode),
  });
}

/** The response carrying only `errorCode` (also used when forwarding fails). */
export function listPartitionReassignmentsErrorResponse(_req: ListPartitionReassignmentsRequest, errorCode: number): ListPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode, errorMessage: null, topics: [] };
}
