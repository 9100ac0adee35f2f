// OffsetFetch (key 9): committed offsets of one group (v0-7) or of a batch of groups (v8+).
// Runnel has no transactional offset commits yet, so require_stable never finds pending ones.
import type { OffsetFetchRequest } from '../../protocol/generated/messages/OffsetFetchRequest.js';
import type { OffsetFetchResponse } from '../../protocol/generated/messages/OffsetFetchResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import type { FetchedOffset } from '../../group/offsetMetadataManager.js';
import { defineHandler } from '../handler.js';

const BATCHED_VERSION = 8;
/** v2+ carry a top-level error; v0-1 can only report one per partition. */
const TOP_LEVEL_ERROR_VERSION = 2;
const LEADER_EPOCH_VERSION = 5;

type TopicRequest = { name: string; partitionIndexes: number[] };

function partitionsOf(version: number, partitions: FetchedOffset[], errorCode: number) {
  return partitions.map((p) => ({
    partitionIndex: p.partition,
    committedOffset: p.offset,
    committedLeaderEpoch: version >= LEADER_EPOCH_VERSION ? p.leaderEpoch : -1,
    metadata: p.metadata,
    errorCode,
  }));
}

/** Every requested partition with no offset and the given error (v0-1 coordinator errors). */
function unanswered(topics: TopicRequest[] | null): Array<{ name: string; partitions: FetchedOffset[] }> {
  return (topics ?? []).map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((partition) => ({ partition, offset: -1n, leaderEpoch: -1, metadata: '' })) }));
}

function singleGroup(version: number, errorCode: number, topics: Array<{ name: string; partitions: FetchedOffset[] }>): OffsetFetchResponse {
  const perPartition = version < TOP_LEVEL_ERROR_VERSION ? errorCode : ErrorCode.NONE;
  return {
    throttleTimeMs: 0,
    errorCode: version < TOP_LEVEL_ERROR_VERSION ? ErrorCode.NONE : errorCode,
    topics: topics.map((t) => ({ name: t.name, partitions: partitionsOf(version, t.partitions, perPartition) })),
    groups: [],
  };
}

export function offsetFetchHandler(groups: GroupCoordinator) {
  return defineHandler<OffsetFetchRequest, OffsetFetchResponse>({
    apiKey: 9,
    handle(ctx, req) {
      const v = ctx.apiVersion;
      if (v < BATCHED_VERSION) {
        const result = groups.fetchOffsets(req.groupId, req.topics);
        return singleGroup(v, result.errorCode, result.errorCode === ErrorCode.NONE ? result.topics : v < TOP_LEVEL_ERROR_VERSION ? unanswered(req.topics) : []);
      }
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        topics: [],
        groups: req.groups.map((g) => {
          const result = groups.fetchOffsets(g.groupId, g.topics, { memberId: g.memberId, memberEpoch: g.memberEpoch });
          return { groupId: g.groupId, errorCode: result.errorCode, topics: result.topics.map((t) => ({ name: t.name, partitions: partitionsOf(v, t.partitions, ErrorCode.NONE) })) };
        }),
      };
    },
    errorResponse(ctx, req, errorCode) {
      if (ctx.apiVersion < BATCHED_VERSION) return singleGroup(ctx.apiVersion, errorCode, ctx.apiVersion < TOP_LEVEL_ERROR_VERSION ? unanswered(req.topics) : []);
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics: [], groups: req.groups.map((g) => ({ groupId: g.groupId, errorCode, topics: [] })) };
    },
  });
}
