// A classic (JoinGroup/SyncGroup) group: its members, generation, chosen protocol and leader, and
// the state machine Empty → PreparingRebalance → CompletingRebalance → Stable, with Dead for a
// group that was deleted or unloaded. Policy (timeouts, when to rebalance) lives in
// ClassicGroupCoordinator; this class keeps the state consistent.
import type { GroupMetadataValue } from '../protocol/generated/records/GroupMetadataValue.js';
import { ClassicGroupMember, type ClassicProtocol } from './classicGroupMember.js';

export type ClassicGroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

const VALID_PREVIOUS: Record<ClassicGroupState, readonly ClassicGroupState[]> = {
  Empty: ['PreparingRebalance'],
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Stable', 'PreparingRebalance', 'CompletingRebalance', 'Empty', 'Dead'],
};

export class ClassicGroup {
  readonly type = 'classic' as const;
  state: ClassicGroupState = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  currentStateTimestamp = Date.now();
  readonly members = new Map<string, ClassicGroupMember>();
  /** group.instance.id → member id of the static member holding it. */
  readonly staticMembers = new Map<string, string>();
  /** Member ids handed out with MEMBER_ID_REQUIRED (KIP-394) that have not joined yet. */
  readonly pendingMembers = new Map<string, NodeJS.Timeout>();
  /** Members of the current generation that have not sent SyncGroup yet. */
  readonly pendingSyncMembers = new Set<string>();
  /** The join-phase timer (initial delay or rebalance timeout) while PreparingRebalance. */
  joinTimer: NodeJS.Timeout | null = null;
  /** Bounds the sync phase: members that have not synced when it fires are removed. */
  syncTimer: NodeJS.Timeout | null = null;
  /** For group.initial.rebalance.delay.ms: members kept joining, so the delay was extended. */
  newMemberAdded = false;
  /** The join phase is the initial delay, which does not end early when everyone has joined. */
  inInitialDelay = false;

  constructor(readonly groupId: string) {}

  is(...states: ClassicGroupState[]): boolean {
    return states.includes(this.state);
  }

  transitionTo(next: ClassicGroupState): void {
    if (!VALID_PREVIOUS[next].includes(this.state)) {
      throw new Error(`group ${this.groupId} cannot go from ${this.state} to ${next}`);
    }
    this.state = next;
    this.currentStateTimestamp = Date.now();
  }

  get size(): number {
    return this.members.size;
  }

  hasMember(memberId: string): boolean {
    return this.members.has(memberId);
  }

  member(memberId: string): ClassicGroupMember {
    const m = this.members.get(memberId);
    if (!m) throw new Error(`no member ${memberId} in group ${this.groupId}`);
    return m;
  }

  addMember(member: ClassicGroupMember): void {
    if (this.members.size === 0) this.protocolType = member.protocolType;
    this.members.set(member.memberId, member);
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, member.memberId);
    this.leaderId ??= member.memberId;
    this.clearPending(member.memberId);
  }

  removeMember(memberId: string): ClassicGroupMember | undefined {
    const m = this.members.get(memberId);
    if (!m) return undefined;
    this.members.delete(memberId);
    if (m.groupInstanceId !== null && this.staticMembers.get(m.groupInstanceId) === memberId) this.staticMembers.delete(m.groupInstanceId);
    this.pendingSyncMembers.delete(memberId);
    if (m.heartbeatTimer) clearTimeout(m.heartbeatTimer);
    if (this.leaderId === memberId) this.leaderId = this.members.keys().next().value ?? null;
    return m;
  }

  /** Gives a static member a new member id (a restart), keeping its place and assignment. */
  replaceStaticMember(instanceId: string, oldMemberId: string, newMemberId: string): ClassicGroupMember {
    const m = this.member(oldMemberId);
    this.members.delete(oldMemberId);
    m.memberId = newMemberId;
    this.members.set(newMemberId, m);
    this.staticMembers.set(instanceId, newMemberId);
    if (this.leaderId === oldMemberId) this.leaderId = newMemberId;
    if (this.pendingSyncMembers.delete(oldMemberId)) this.pendingSyncMembers.add(newMemberId);
    return m;
  }

  clearPending(memberId: string): void {
    const t = this.pendingMembers.get(memberId);
    if (t) clearTimeout(t);
    this.pendingMembers.delete(memberId);
  }

  staticMemberId(instanceId: string): string | undefined {
    return this.staticMembers.get(instanceId);
  }

  /** A new member must speak the group's protocol type and share a protocol with every member. */
  supportsProtocols(protocolType: string, protocols: readonly ClassicProtocol[]): boolean {
    if (this.members.size === 0) return protocolType.length > 0 && protocols.length > 0;
    if (this.protocolType !== protocolType) return false;
    const candidates = this.candidateProtocols();
    return protocols.some((p) => candidates.has(p.name));
  }

  /** Protocols every member supports. */
  private candidateProtocols(): Set<string> {
    const [first, ...rest] = [...this.members.values()];
    if (!first) return new Set();
    return new Set(first.protocols.map((p) => p.name).filter((name) => rest.every((m) => m.protocols.some((p) => p.name === name))));
  }

  /** Kafka's vote: each member votes for its most preferred candidate; the most votes wins. */
  selectProtocol(): string {
    const candidates = this.candidateProtocols();
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const choice = m.protocols.find((p) => candidates.has(p.name));
      if (choice) votes.set(choice.name, (votes.get(choice.name) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [name, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = name;
    if (best === null) throw new Error(`group ${this.groupId} has no protocol common to all members`);
    return best;
  }

  allMembersJoined(): boolean {
    let joined = 0;
    for (const m of this.members.values()) if (m.isAwaitingJoin) joined++;
    return joined === this.members.size && this.pendingMembers.size === 0;
  }

  /** The largest rebalance timeout of the members: how long a join phase may last. */
  rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  /** Starts the next generation with the members that joined; an empty group becomes Empty. */
  initNextGeneration(): void {
    this.generationId++;
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.transitionTo('CompletingRebalance');
      this.pendingSyncMembers.clear();
      for (const id of this.members.keys()) this.pendingSyncMembers.add(id);
    } else {
      this.protocolName = null;
      this.transitionTo('Empty');
    }
  }

  /** The GroupMetadataValue that persists this group, with the given assignments. */
  toRecord(assignments: ReadonlyMap<string, Buffer>): GroupMetadataValue {
    return {
      protocolType: this.protocolType ?? '',
      generation: this.generationId,
      protocol: this.protocolName,
      leader: this.leaderId,
      currentStateTimestamp: BigInt(this.currentStateTimestamp),
      members: [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeout: m.rebalanceTimeoutMs,
        sessionTimeout: m.sessionTimeoutMs,
        subscription: this.protocolName ? m.metadataFor(this.protocolName) : Buffer.alloc(0),
        assignment: assignments.get(m.memberId) ?? Buffer.alloc(0),
      })),
    };
  }

  /** Rebuilds a group from its persisted record (loading a coordinator partition). */
  static fromRecord(groupId: string, v: GroupMetadataValue): ClassicGroup {
    const g = new ClassicGroup(groupId);
    g.generationId = v.generation;
    g.protocolType = v.protocolType === '' ? null : v.protocolType;
    g.protocolName = v.protocol;
    g.leaderId = v.leader;
    g.currentStateTimestamp = v.currentStateTimestamp >= 0n ? Number(v.currentStateTimestamp) : Date.now();
    for (const mv of v.members) {
      const m = new ClassicGroupMember(
        mv.memberId,
        mv.groupInstanceId,
        mv.clientId,
        mv.clientHost,
        mv.rebalanceTimeout,
        mv.sessionTimeout,
        v.protocolType,
        v.protocol ? [{ name: v.protocol, metadata: mv.subscription }] : [],
      );
      m.assignment = mv.assignment;
      g.members.set(m.memberId, m);
      if (m.groupInstanceId !== null) g.staticMembers.set(m.groupInstanceId, m.memberId);
    }
    g.state = g.members.size > 0 ? 'Stable' : 'Empty';
    if (g.members.size > 0 && (g.leaderId === null || !g.members.has(g.leaderId))) g.leaderId = g.members.keys().next().value ?? null;
    return g;
  }
}
