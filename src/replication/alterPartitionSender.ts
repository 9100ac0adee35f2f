// How a partition leader sends an ISR change to the active controller (Kafka's
// AlterPartitionManager, one partition per request): AlterPartition at the partition's leader and
// partition epochs, with each new member's broker epoch from the image. The answer is the
// committed state, or null when the controller refused (the next image says why).
import type { Logger } from 'pino';
import type { ControllerChannel } from '../broker/controllerChannel.js';
import { AlterPartition } from '../client/clientApis.js';
import type { IsrProposer } from '../log/partition.js';
import { tpKey } from '../log/partition.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import { ErrorCode, errorName } from '../protocol/kafkaErrors.js';

/** Every Runnel controller serves v3: topic ids, and each ISR member with its broker epoch. */
const ALTER_PARTITION_VERSION = 3;

export function alterPartitionSender(channel: ControllerChannel, brokerId: number, brokerEpoch: () => bigint, image: () => MetadataImage, logger: Logger): IsrProposer {
  return async (p, newIsr) => {
    const brokers = image().brokers;
    const response = await channel.send(AlterPartition, {
      brokerId,
      brokerEpoch: brokerEpoch(),
      topics: [
        {
          topicName: '',
          topicId: p.topicId,
          partitions: [
            {
              partitionIndex: p.partition,
              leaderEpoch: p.leaderEpoch,
              newIsr: [],
              newIsrWithEpochs: newIsr.map((id) => ({ brokerId: id, brokerEpoch: brokers.get(id)?.epoch ?? -1n })),
              leaderRecoveryState: 0,
              partitionEpoch: p.partitionEpoch,
            },
          ],
        },
      ],
    }, ALTER_PARTITION_VERSION);
    const data = response.topics[0]?.partitions[0];
    const errorCode = response.errorCode !== ErrorCode.NONE ? response.errorCode : (data?.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR);
    if (errorCode !== ErrorCode.NONE || data === undefined) {
      logger.info({ tp: tpKey(p), proposed: newIsr, error: errorName(errorCode) }, 'the controller refused an ISR change');
      return null;
    }
    logger.info({ tp: tpKey(p), isr: data.isr, partitionEpoch: data.partitionEpoch }, 'ISR changed');
    return { isr: data.isr, partitionEpoch: data.partitionEpoch, leaderEpoch: data.leaderEpoch };
  };
}
