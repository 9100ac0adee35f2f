// OffsetDelete (key 47): removes a group's committed offsets for topics it no longer consumes.
import type { OffsetDeleteRequest } from '../../protocol/generated/messages/OffsetDeleteRequest.js';
import type { OffsetDeleteResponse } from '../../protocol/generated/messages/OffsetDeleteResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import type { PartitionError } from '../../group/offsetMetadataManager.js';
import { defineHandler } from '../handler.js';

function toResponse(errorCode: number, results: readonly PartitionError[]): OffsetDeleteResponse {
  const topics = new Map<string, OffsetDeleteResponse['topics'][number]>();
  for (const r of results) {
    let t = topics.get(r.topic);
    if (!t) topics.set(r.topic, (t = { name: r.topic, partitions: [] }));
    t.partitions.push({ partitionIndex: r.partition, errorCode: r.errorCode });
  }
  return { errorCode, throttleTimeMs: 0, topics: [...topics.values()] };
}

export function offsetDeleteHandler(groups: GroupCoordinator) {
  return defineHandler<OffsetDeleteRequest, OffsetDeleteResponse>({
    apiKey: 47,
    async handle(_ctx, req) {
      const result = await groups.deleteOffsets(req.groupId, req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partitionIndex) })));
      return toResponse(result.errorCode, result.partitions);
    },
    errorResponse: (_ctx, _req, errorCode) => toResponse(errorCode, []),
  });
}
