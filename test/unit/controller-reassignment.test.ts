// Partition reassignment on the controller, on images built from metadata records: a reorder
// completes at once, a move that adds replicas goes through adding/removing sets and completes
// when the last adding replica joins the ISR (moving leadership off a removed leader), cancels
// revert, and bad replica lists are refused by name.
import t from 'tap';
import { alterPartition } from '../../src/controller/alterPartitionControl.js';
import { reassignPartition } from '../../src/controller/partitionReassignment.js';
import { imageWithRecords } from '../../src/metadata/imageWithRecords.js';
import { MetadataImage } from '../../src/metadata/metadataImage.js';
import type { MetadataRecord } from '../../src/metadata/metadataRecord.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';

const TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAEA';

function cluster(replicas: number[], isr = replicas): MetadataImage {
  const records: MetadataRecord[] = [];
  for (const id of [1, 2, 3, 4]) {
    records.push({
      kind: 'RegisterBrokerRecord',
      data: { brokerId: id, isMigratingZkBroker: false, incarnationId: `AAAAAAAAAAAAAAAAAAAAA${'ABCD'[id - 1]}`, brokerEpoch: BigInt(id), endPoints: [], features: [], rack: null, fenced: false, inControlledShutdown: false, logDirs: [] },
    });
  }
  records.push({ kind: 'TopicRecord', data: { name: 't', topicId: TOPIC_ID } });
  records.push({
    kind: 'PartitionRecord',
    data: { partitionId: 0, topicId: TOPIC_ID, replicas, isr, removingReplicas: [], addingReplicas: [], leader: replicas[0]!, leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [], eligibleLeaderReplicas: null, lastKnownElr: null },
  });
  return imageWithRecords(MetadataImage.EMPTY, records);
}

const partition = (image: MetadataImage) => image.topicsById.get(TOPIC_ID)!.partitions.get(0)!;

function reassign(image: MetadataImage, target: number[] | null) {
  const step = reassignPartition(image, 't', 0, target);
  return { result: step.result, image: imageWithRecords(image, step.records) };
}

t.test('a reorder of the same replicas completes at once and keeps the leader', async (t) => {
  const { result, image } = reassign(cluster([1, 2, 3]), [2, 3, 1]);
  t.equal(result.errorCode, ErrorCode.NONE);
  t.match(partition(image), { replicas: [2, 3, 1], addingReplicas: [], removingReplicas: [], leader: 1 });
});

t.test('a move that adds replicas completes when they join the ISR; a removed leader hands over', async (t) => {
  const started = reassign(cluster([1, 2]), [2, 3]);
  t.equal(started.result.errorCode, ErrorCode.NONE);
  t.match(partition(started.image), { replicas: [2, 3, 1], addingReplicas: [3], removingReplicas: [1], leader: 1, isr: [1, 2] });
  const p = partition(started.image);
  const { records, result } = alterPartition(started.image, {
    brokerId: 1,
    brokerEpoch: 1n,
    topics: [{ topicName: '', topicId: TOPIC_ID, partitions: [{ partitionIndex: 0, leaderEpoch: p.leaderEpoch, newIsr: [], newIsrWithEpochs: [1, 2, 3].map((id) => ({ brokerId: id, brokerEpoch: BigInt(id) })), leaderRecoveryState: 0, partitionEpoch: p.partitionEpoch }] }],
  });
  t.match(result.topics[0]!.partitions[0], { errorCode: 0, leaderId: 2, leaderEpoch: 1, isr: [2, 3] }, 'the AlterPartition answer has the completed state');
  t.match(partition(imageWithRecords(started.image, records)), { replicas: [2, 3], addingReplicas: [], removingReplicas: [], leader: 2, isr: [2, 3], leaderEpoch: 1 });
});

t.test('a cancel reverts to the original replicas; without a move it is NO_REASSIGNMENT_IN_PROGRESS', async (t) => {
  const started = reassign(cluster([1, 2]), [3, 4]);
  const cancelled = reassign(started.image, null);
  t.equal(cancelled.result.errorCode, ErrorCode.NONE);
  t.match(partition(cancelled.image), { replicas: [1, 2], addingReplicas: [], removingReplicas: [], leader: 1 });
  t.equal(reassign(cancelled.image, null).result.errorCode, ErrorCode.NO_REASSIGNMENT_IN_PROGRESS);
});

t.test('bad replica lists and unknown partitions are refused', async (t) => {
  const image = cluster([1, 2]);
  t.match(reassign(image, []).result, { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: /empty/ });
  t.match(reassign(image, [1, 1]).result, { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: /twice/ });
  t.match(reassign(image, [1, 9]).result, { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: /Brokers 9 are not registered/ });
  t.equal(reassignPartition(image, 'nope', 0, [1]).result.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  t.equal(reassignPartition(image, 't', 5, [1]).result.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
});
