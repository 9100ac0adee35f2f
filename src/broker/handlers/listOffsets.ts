// ListOffsets (key 2): earliest (-2), latest (-1), max timestamp (-3, KIP-734), earliest local
// (-4, the same as earliest without tiered storage) and by timestamp.
import type { ListOffsetsRequest } from '../../protocol/generated/messages/ListOffsetsRequest.js';
import type { ListOffsetsResponse } from '../../protocol/generated/messages/ListOffsetsResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import type { ReplicaManager } from '../../log/replicaManager.js';
import type { Partition } from '../../log/partition.js';
import { storageErrorCode } from '../../log/partition.js';
import { defineHandler } from '../handler.js';

type PartitionResponse = ListOffsetsResponse['topics'][number]['partitions'][number];

const LATEST = -1n;
const EARLIEST = -2n;
const MAX_TIMESTAMP = -3n;
const EARLIEST_LOCAL = -4n;

function answer(partitionIndex: number, errorCode: number, offset = -1, timestamp = -1, leaderEpoch = -1): PartitionResponse {
  return { partitionIndex, errorCode, oldStyleOffsets: [], timestamp: BigInt(timestamp), offset: BigInt(offset), leaderEpoch };
}

/** Leader epochs exist on the wire from v4; older versions cannot carry one. */
const LEADER_EPOCH_VERSION = 4;

function lookup(p: Partition, index: number, timestamp: bigint, version: number): PartitionResponse {
  const epoch = version >= LEADER_EPOCH_VERSION ? p.leaderEpoch : -1;
  if (timestamp === LATEST) return answer(index, ErrorCode.NONE, p.highWatermark, -1, epoch);
  if (timestamp === EARLIEST || timestamp === EARLIEST_LOCAL) return answer(index, ErrorCode.NONE, p.logStartOffset, -1, epoch);
  if (timestamp === MAX_TIMESTAMP) {
    const found = p.log.maxTimestampOffset();
    return found ? answer(index, ErrorCode.NONE, found.offset, found.timestamp, epoch) : answer(index, ErrorCode.NONE, -1, -1, epoch);
  }
  if (timestamp < 0n) return answer(index, ErrorCode.UNSUPPORTED_VERSION);
  const found = p.log.offsetForTimestamp(Number(timestamp));
  return found ? answer(index, ErrorCode.NONE, found.offset, found.timestamp, epoch) : answer(index, ErrorCode.NONE, -1, -1, epoch);
}

export function listOffsetsHandler(replicaManager: ReplicaManager) {
  return defineHandler<ListOffsetsRequest, ListOffsetsResponse>({
    apiKey: 2,
    handle(ctx, req) {
      return {
        throttleTimeMs: 0,
        topics: req.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((pr) => {
            const p = replicaManager.getPartition(t.name, pr.partitionIndex);
            if (!p) return answer(pr.partitionIndex, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
            if (pr.currentLeaderEpoch >= 0 && pr.currentLeaderEpoch < p.leaderEpoch) return answer(pr.partitionIndex, ErrorCode.FENCED_LEADER_EPOCH);
            if (pr.currentLeaderEpoch > p.leaderEpoch) return answer(pr.partitionIndex, ErrorCode.UNKNOWN_LEADER_EPOCH);
            try {
              return lookup(p, pr.partitionIndex, pr.timestamp, ctx.apiVersion);
            } catch (err) {
              return answer(pr.partitionIndex, storageErrorCode(err));
            }
          }),
        })),
      };
    },
    errorResponse(_ctx, req, errorCode) {
      return { throttleTimeMs: 0, topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => answer(p.partitionIndex, errorCode)) })) };
    },
  });
}
