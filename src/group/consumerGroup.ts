// A KIP-848 consumer group (Kafka's ConsumerGroup): the group epoch (bumped on every membership,
// subscription or metadata change), the target assignment and the epoch it was computed for, the
// members with their reconciliation state, and which member owns each partition right now. It is
// changed only by replaying ConsumerGroup* records (GroupCoordinatorShard.replay), so the state a
// coordinator serves is exactly the state a reload rebuilds. The state is derived, as in Kafka:
// Empty (no members), Assigning (group epoch ahead of the target assignment), Reconciling (some
// member not yet at the target), Stable; Dead once deleted or unloaded.
import { EMPTY_ASSIGNMENT, type Assignment } from './assignment.js';
import type { AssignmentTopicMetadata } from './assignor/partitionAssignor.js';
import { isReconciledTo, type ConsumerGroupMember } from './consumerGroupMember.js';

export type ConsumerGroupState = 'Empty' | 'Assigning' | 'Reconciling' | 'Stable' | 'Dead';

interface PartitionOwner {
  memberId: string;
  epoch: number;
}

export class ConsumerGroup {
  readonly type = 'consumer' as const;
  /** Consumer groups always speak the embedded consumer protocol, as Kafka reports in ListGroups. */
  readonly protocolType = 'consumer';
  state: ConsumerGroupState = 'Empty';
  groupEpoch = 0;
  /** The epoch of the target assignment; -1 once its metadata record was deleted. */
  assignmentEpoch = 0;
  /** The subscribed topics that exist, by name, as of the last group epoch bump. */
  subscriptionMetadata: ReadonlyMap<string, AssignmentTopicMetadata> = new Map();
  readonly members = new Map<string, ConsumerGroupMember>();
  /** group.instance.id → member id. */
  readonly staticMembers = new Map<string, string>();
  readonly targetAssignment = new Map<string, Assignment>();
  /** `${topicId}:${partition}` → the member that owns it (assigned or pending revocation). */
  private readonly owners = new Map<string, PartitionOwner>();

  constructor(readonly groupId: string) {}

  is(...states: ConsumerGroupState[]): boolean {
    return states.includes(this.state);
  }

  get size(): number {
    return this.members.size;
  }

  hasMember(memberId: string): boolean {
    return this.members.has(memberId);
  }

  staticMember(instanceId: string): ConsumerGroupMember | undefined {
    const memberId = this.staticMembers.get(instanceId);
    return memberId === undefined ? undefined : this.members.get(memberId);
  }

  /** The epoch of the member that owns the partition, or -1 when no member does. */
  currentPartitionEpoch(topicId: string, partition: number): number {
    return this.owners.get(`${topicId}:${partition}`)?.epoch ?? -1;
  }

  targetAssignmentOf(memberId: string): Assignment {
    return this.targetAssignment.get(memberId) ?? EMPTY_ASSIGNMENT;
  }

  /** The server assignor most members asked for (ties by name), or null when none asked. */
  preferredServerAssignor(members: Iterable<ConsumerGroupMember> = this.members.values()): string | null {
    const votes = new Map<string, number>();
    for (const m of members) if (m.serverAssignor !== null) votes.set(m.serverAssignor, (votes.get(m.serverAssignor) ?? 0) + 1);
    let best: string | null = null;
    for (const [name, n] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) if (best === null || n > votes.get(best)!) best = name;
    return best;
  }

  // ---- Replay ----

  updateMember(m: ConsumerGroupMember): void {
    const old = this.members.get(m.memberId);
    if (old) this.releasePartitions(old);
    this.members.set(m.memberId, m);
    if (old?.instanceId && old.instanceId !== m.instanceId && this.staticMembers.get(old.instanceId) === m.memberId) this.staticMembers.delete(old.instanceId);
    if (m.instanceId !== null) this.staticMembers.set(m.instanceId, m.memberId);
    this.claimPartitions(m);
    this.updateState();
  }

  removeMember(memberId: string): void {
    const old = this.members.get(memberId);
    if (!old) return;
    this.releasePartitions(old);
    this.members.delete(memberId);
    if (old.instanceId !== null && this.staticMembers.get(old.instanceId) === memberId) this.staticMembers.delete(old.instanceId);
    this.updateState();
  }

  setGroupEpoch(epoch: number): void {
    this.groupEpoch = epoch;
    this.updateState();
  }

  setAssignmentEpoch(epoch: number): void {
    this.assignmentEpoch = epoch;
    this.updateState();
  }

  updateTargetAssignment(memberId: string, assignment: Assignment): void {
    this.targetAssignment.set(memberId, assignment);
  }

  removeTargetAssignment(memberId: string): void {
    this.targetAssignment.delete(memberId);
  }

  setSubscriptionMetadata(metadata: ReadonlyMap<string, AssignmentTopicMetadata>): void {
    this.subscriptionMetadata = metadata;
  }

  /** The group was deleted or its coordinator unloaded: whoever still holds it must not use it. */
  markDead(): void {
    this.state = 'Dead';
  }

  private claimPartitions(m: ConsumerGroupMember): void {
    for (const a of [m.assignedPartitions, m.partitionsPendingRevocation]) {
      for (const [topicId, parts] of a) for (const p of parts) this.owners.set(`${topicId}:${p}`, { memberId: m.memberId, epoch: m.memberEpoch });
    }
  }

  private releasePartitions(m: ConsumerGroupMember): void {
    for (const a of [m.assignedPartitions, m.partitionsPendingRevocation]) {
      for (const [topicId, parts] of a) {
        for (const p of parts) {
          const key = `${topicId}:${p}`;
          if (this.owners.get(key)?.memberId === m.memberId) this.owners.delete(key);
        }
      }
    }
  }

  private updateState(): void {
    if (this.state === 'Dead') return;
    if (this.members.size === 0) this.state = 'Empty';
    else if (this.groupEpoch > this.assignmentEpoch) this.state = 'Assigning';
    else if ([...this.members.values()].some((m) => !isReconciledTo(m, this.assignmentEpoch))) this.state = 'Reconciling';
    else this.state = 'Stable';
  }
}
