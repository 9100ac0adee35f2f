// OffsetForLeaderEpoch (key 23): for each partition, the end offset of the requested leader epoch
// at its leader. Consumers use it after a leader change to check that their position was not
// truncated away (KIP-320); it answers NOT_LEADER_OR_FOLLOWER, FENCED_LEADER_EPOCH or
// UNKNOWN_LEADER_EPOCH so they can re-route.
import type { OffsetForLeaderEpochRequest } from '../../protocol/generated/messages/OffsetForLeaderEpochRequest.js';
import type { OffsetForLeaderEpochResponse } from '../../protocol/generated/messages/OffsetForLeaderEpochResponse.js';
import type { ReplicaManager } from '../../log/replicaManager.js';
import { defineHandler } from '../handler.js';

export function offsetForLeaderEpochHandler(replicaManager: ReplicaManager) {
  return defineHandler<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse>({
    apiKey: 23,
    handle: (_ctx, req) => ({
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        topic: t.topic,
        partitions: t.partitions.map((p) => {
          const r = replicaManager.lastOffsetForLeaderEpoch(t.topic, p.partition, p.currentLeaderEpoch, p.leaderEpoch);
          return { errorCode: r.errorCode, partition: p.partition, leaderEpoch: r.leaderEpoch, endOffset: BigInt(r.endOffset) };
        }),
      })),
    }),
    errorResponse: (_ctx, req, errorCode) => ({
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({ topic: t.topic, partitions: t.partitions.map((p) => ({ errorCode, partition: p.partition, leaderEpoch: -1, endOffset: -1n })) })),
    }),
  });
}
