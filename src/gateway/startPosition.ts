// Where a gateway reader starts in a partition: the log start, the high watermark, an offset, or
// the first batch at or after a timestamp (the high watermark when there is none, as Kafka's
// offsetsForTimes leaves a consumer at the end).
import type { ReplicaManager } from '../log/replicaManager.js';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { StartPosition } from './ws/gatewayMessages.js';

/** The offset to start from; throws KafkaError(UNKNOWN_TOPIC_OR_PARTITION) for a partition not hosted here. */
export function resolveStartPosition(replicaManager: ReplicaManager, topic: string, partition: number, start: StartPosition): number {
  const p = replicaManager.getPartition(topic, partition);
  if (!p) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic '${topic}' has no partition ${partition}`);
  if (start === 'earliest') return p.logStartOffset;
  if (start === 'latest') return p.highWatermark;
  if ('offset' in start) return start.offset;
  return p.log.offsetForTimestamp(start.timestamp)?.offset ?? p.highWatermark;
}
