// Computes a consumer group's next target assignment with its assignor and the records that persist
// it (Kafka's TargetAssignmentBuilder): one ConsumerGroupTargetAssignmentMember record per member
// whose target changed, then the ConsumerGroupTargetAssignmentMetadata record with the new epoch.
import type { MetadataImage } from '../metadata/metadataImage.js';
import { assignmentEquals, EMPTY_ASSIGNMENT, type Assignment } from './assignment.js';
import type { AssignmentTopicMetadata, GroupAssignment, PartitionAssignor } from './assignor/partitionAssignor.js';
import type { ConsumerGroupMember } from './consumerGroupMember.js';
import { targetAssignmentEpochRecord, targetAssignmentRecord } from './consumerGroupRecords.js';
import type { GroupRecord } from './groupRecord.js';
import { subscribedTopicNames } from './subscribedTopics.js';

export interface TargetAssignmentInput {
  groupId: string;
  groupEpoch: number;
  assignor: PartitionAssignor;
  /** The members as they will be once this change is applied. */
  members: readonly ConsumerGroupMember[];
  /** Each member's current target (a static member replacing its old incarnation inherits its target). */
  currentTarget: (memberId: string) => Assignment | undefined;
  subscriptionMetadata: ReadonlyMap<string, AssignmentTopicMetadata>;
  image: MetadataImage;
}

export interface TargetAssignmentResult {
  records: GroupRecord[];
  targetAssignment: GroupAssignment;
}

export function buildTargetAssignment(input: TargetAssignmentInput): TargetAssignmentResult {
  const targetAssignment = input.assignor.assign({
    members: input.members.map((m) => ({
      memberId: m.memberId,
      instanceId: m.instanceId,
      subscribedTopicNames: subscribedTopicNames(m, input.image),
      assignment: input.currentTarget(m.memberId) ?? EMPTY_ASSIGNMENT,
    })),
    topics: input.subscriptionMetadata,
  });
  const records: GroupRecord[] = [];
  for (const m of input.members) {
    const next = targetAssignment.get(m.memberId) ?? EMPTY_ASSIGNMENT;
    const current = input.currentTarget(m.memberId);
    if (current === undefined || !assignmentEquals(current, next)) records.push(targetAssignmentRecord(input.groupId, m.memberId, next));
  }
  records.push(targetAssignmentEpochRecord(input.groupId, input.groupEpoch));
  return { records, targetAssignment };
}
