// DeleteRecords (key 21): raises each partition's log start offset (its low watermark) to the
// requested offset, -1 meaning the high watermark. Beyond the high watermark is
// OFFSET_OUT_OF_RANGE; a topic without the delete cleanup policy refuses with POLICY_VIOLATION.
import type { Logger } from 'pino';
import type { DeleteRecordsRequest } from '../../protocol/generated/messages/DeleteRecordsRequest.js';
import type { DeleteRecordsResponse } from '../../protocol/generated/messages/DeleteRecordsResponse.js';
import type { TopicLogConfig } from '../../config/topicConfig.js';
import type { MetadataImage } from '../../metadata/metadataImage.js';
import type { ReplicaManager } from '../../log/replicaManager.js';
import { storageErrorCode } from '../../log/partition.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';

type PartitionResult = DeleteRecordsResponse['topics'][number]['partitions'][number];

/** DeleteRecordsRequest.HIGH_WATERMARK */
const HIGH_WATERMARK = -1n;

export interface DeleteRecordsDeps {
  replicaManager: Pick<ReplicaManager, 'getPartition'>;
  configFor(topic: string, image: MetadataImage): Pick<TopicLogConfig, 'cleanupPolicy'>;
  logger: Logger;
}

export function deleteRecordsHandler(deps: DeleteRecordsDeps) {
  const deleteFrom = async (image: MetadataImage, topic: string, partitionIndex: number, requested: bigint): Promise<PartitionResult> => {
    const failed = (errorCode: number): PartitionResult => ({ partitionIndex, lowWatermark: -1n, errorCode });
    if (!image.topicsByName.get(topic)?.partitions.has(partitionIndex)) return failed(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const partition = deps.replicaManager.getPartition(topic, partitionIndex);
    if (!partition) return failed(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    if (!deps.configFor(topic, image).cleanupPolicy.includes('delete')) return failed(ErrorCode.POLICY_VIOLATION);
    try {
      const offset = requested === HIGH_WATERMARK ? partition.highWatermark : Number(requested);
      const lowWatermark = await partition.log.deleteRecordsBefore(offset);
      return { partitionIndex, lowWatermark: BigInt(lowWatermark), errorCode: ErrorCode.NONE };
    } catch (err) {
      const code = storageErrorCode(err);
      if (code === ErrorCode.KAFKA_STORAGE_ERROR) deps.logger.error({ err, tp: `${topic}-${partitionIndex}` }, 'DeleteRecords failed');
      return failed(code);
    }
  };
  return defineHandler<DeleteRecordsRequest, DeleteRecordsResponse>({
    apiKey: 21,
    async handle(ctx, req) {
      return {
        throttleTimeMs: 0,
        topics: await Promise.all(
          req.topics.map(async (t) => ({
            name: t.name,
            partitions: await Promise.all(t.partitions.map((p) => deleteFrom(ctx.image, t.name, p.partitionIndex, p.offset))),
          })),
        ),
      };
    },
    errorResponse: (_ctx, req, errorCode) => ({
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode })) })),
    }),
  });
}
