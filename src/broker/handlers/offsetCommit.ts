// OffsetCommit (key 8): a group's progress, checked against its generation and member.
import type { OffsetCommitRequest } from '../../protocol/generated/messages/OffsetCommitRequest.js';
import type { OffsetCommitResponse } from '../../protocol/generated/messages/OffsetCommitResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import type { PartitionError } from '../../group/offsetMetadataManager.js';
import { defineHandler } from '../handler.js';

function toResponse(results: readonly PartitionError[]): OffsetCommitResponse {
  const topics = new Map<string, OffsetCommitResponse['topics'][number]>();
  for (const r of results) {
    let t = topics.get(r.topic);
    if (!t) topics.set(r.topic, (t = { name: r.topic, partitions: [] }));
    t.partitions.push({ partitionIndex: r.partition, errorCode: r.errorCode });
  }
  return { throttleTimeMs: 0, topics: [...topics.values()] };
}

export function offsetCommitHandler(groups: GroupCoordinator) {
  return defineHandler<OffsetCommitRequest, OffsetCommitResponse>({
    apiKey: 8,
    async handle(ctx, req) {
      return toResponse(await groups.commitOffsets(req, ctx.image, ctx.apiVersion));
    },
    errorResponse: (_ctx, req, errorCode) =>
      toResponse(req.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, errorCode })))),
  });
}
