// AlterPartition on the active controller (Kafka's ReplicationControlManager.alterPartition): a
// partition leader asks to shrink or expand its ISR. The request must come from the current
// registration of the current leader, at the current leader and partition epochs; every new ISR
// member must be an unfenced replica (with v3, at the broker epoch the leader saw). The change is
// committed as a PartitionChangeRecord and answered with the new state; one that brings the last
// adding replica of a reassignment into the ISR also completes the reassignment.
import type { AlterPartitionRequest } from '../protocol/generated/messages/AlterPartitionRequest.js';
import type { AlterPartitionResponse, AlterPartitionResponsePartitionData } from '../protocol/generated/messages/AlterPartitionResponse.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import type { MetadataRecord } from '../metadata/metadataRecord.js';
import { completeReassignment } from './partitionReassignment.js';
import { ZERO_UUID } from './quorumController.js';

export function alterPartition(image: MetadataImage, req: AlterPartitionRequest): { records: MetadataRecord[]; result: AlterPartitionResponse } {
  const broker = image.brokers.get(req.brokerId);
  if (!broker || broker.fenced || broker.epoch !== req.brokerEpoch) {
    return { records: [], result: { throttleTimeMs: 0, errorCode: ErrorCode.STALE_BROKER_EPOCH, topics: [] } };
  }
  const records: MetadataRecord[] = [];
  const topics = req.topics.map((t) => {
    const topic = t.topicId !== ZERO_UUID ? image.topicsById.get(t.topicId) : image.topicsByName.get(t.topicName);
    const partitions = t.partitions.map((p): AlterPartitionResponsePartitionData => {
      const fail = (errorCode: number): AlterPartitionResponsePartitionData => ({ partitionIndex: p.partitionIndex, errorCode, leaderId: -1, leaderEpoch: -1, isr: [], leaderRecoveryState: -1, partitionEpoch: -1 });
      const current = topic?.partitions.get(p.partitionIndex);
      if (!topic || !current) return fail(t.topicId !== ZERO_UUID ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      if (current.leader !== req.brokerId) return fail(ErrorCode.INVALID_REQUEST);
      if (p.leaderEpoch !== current.leaderEpoch) return fail(p.leaderEpoch < current.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.INVALID_REQUEST);
      if (p.partitionEpoch !== current.partitionEpoch) return fail(ErrorCode.INVALID_UPDATE_VERSION);
      const members = p.newIsrWithEpochs.length > 0 ? p.newIsrWithEpochs : p.newIsr.map((brokerId) => ({ brokerId, brokerEpoch: -1n }));
      if (members.length === 0 || !members.some((m) => m.brokerId === req.brokerId) || new Set(members.map((m) => m.brokerId)).size !== members.length) {
        return fail(ErrorCode.INVALID_REQUEST);
      }
      for (const m of members) {
        const b = image.brokers.get(m.brokerId);
        const ineligible = !current.replicas.includes(m.brokerId) || !b || b.fenced || (m.brokerEpoch !== -1n && m.brokerEpoch !== b.epoch);
        if (ineligible) return fail(ErrorCode.INELIGIBLE_REPLICA);
      }
      const isr = members.map((m) => m.brokerId);
      // The last adding replica of a reassignment joining the ISR completes it in the same change.
      const done = completeReassignment(image, current, isr);
      if (done !== null) {
        records.push({ kind: 'PartitionChangeRecord', data: { topicId: topic.id, partitionId: p.partitionIndex, ...done } });
        const leaderId = done.leader ?? current.leader;
        const leaderEpoch = leaderId !== current.leader ? current.leaderEpoch + 1 : current.leaderEpoch;
        return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE, leaderId, leaderEpoch, isr: done.isr ?? isr, leaderRecoveryState: 0, partitionEpoch: current.partitionEpoch + 1 };
      }
      records.push({ kind: 'PartitionChangeRecord', data: { topicId: topic.id, partitionId: p.partitionIndex, isr } });
      return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.NONE, leaderId: current.leader, leaderEpoch: current.leaderEpoch, isr, leaderRecoveryState: 0, partitionEpoch: current.partitionEpoch + 1 };
    });
    return { topicName: t.topicName, topicId: t.topicId, partitions };
  });
  return { records, result: { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics } };
}
