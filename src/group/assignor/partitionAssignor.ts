// A server-side assignor of KIP-848 consumer groups (Kafka's ConsumerGroupPartitionAssignor): a pure
// function from the members (their subscriptions and current target assignment) and the metadata of
// the subscribed topics to the next target assignment. The coordinator persists what it returns.
import type { Assignment } from '../assignment.js';

export interface AssignmentMemberSpec {
  memberId: string;
  instanceId: string | null;
  /** Resolved topic names (regex matches included); names with no topic in `topics` are ignored. */
  subscribedTopicNames: ReadonlySet<string>;
  /** The member's current target assignment, which a sticky assignor keeps where it can. */
  assignment: Assignment;
}

export interface AssignmentTopicMetadata {
  id: string;
  name: string;
  numPartitions: number;
}

export interface GroupSpec {
  members: readonly AssignmentMemberSpec[];
  /** The subscribed topics that exist, by name. */
  topics: ReadonlyMap<string, AssignmentTopicMetadata>;
}

/** Member id → its new target assignment; every member of the spec has an entry. */
export type GroupAssignment = Map<string, Assignment>;

export interface PartitionAssignor {
  readonly name: string;
  assign(spec: GroupSpec): GroupAssignment;
}
