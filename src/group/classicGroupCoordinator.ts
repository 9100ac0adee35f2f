// The classic group protocol: JoinGroup, SyncGroup, Heartbeat and LeaveGroup on one coordinator
// shard (one instance per shard), with the timers that bound each phase. The rules follow Kafka's group coordinator:
// KIP-394 member ids, KIP-345 static membership, group.initial.rebalance.delay.ms for new groups,
// session timeouts that expel silent members, and rebalance timeouts on both the join and the
// sync phase. The group is persisted (GroupMetadata record) when the leader's assignment arrives.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { JoinGroupRequest } from '../protocol/generated/messages/JoinGroupRequest.js';
import type { JoinGroupResponse } from '../protocol/generated/messages/JoinGroupResponse.js';
import type { SyncGroupRequest } from '../protocol/generated/messages/SyncGroupRequest.js';
import type { SyncGroupResponse } from '../protocol/generated/messages/SyncGroupResponse.js';
import type { LeaveGroupRequestMemberIdentity } from '../protocol/generated/messages/LeaveGroupRequest.js';
import { ClassicGroup } from './classicGroup.js';
import { ClassicGroupMember } from './classicGroupMember.js';
import type { GroupCoordinatorShard } from './groupCoordinatorShard.js';
import type { GroupRecord } from './groupRecord.js';

export interface ClassicGroupConfig {
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
  initialRebalanceDelayMs: number;
  maxSize: number;
}

export interface ClientInfo {
  apiVersion: number;
  clientId: string;
  clientHost: string;
}

/** Appends to this shard's __consumer_offsets partition; throws a KafkaError on failure. */
export type AppendRecords = (records: readonly GroupRecord[]) => Promise<void>;

/** JoinGroup v4+ asks a new dynamic member to rejoin with the id it is given (KIP-394). */
const REQUIRE_KNOWN_MEMBER_ID_VERSION = 4;

export function joinError(errorCode: number, memberId = ''): JoinGroupResponse {
  return { throttleTimeMs: 0, errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', skipAssignment: false, memberId, members: [] };
}

export function syncError(errorCode: number): SyncGroupResponse {
  return { throttleTimeMs: 0, errorCode, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) };
}

export class ClassicGroupCoordinator {
  constructor(
    private readonly shard: GroupCoordinatorShard,
    private readonly config: ClassicGroupConfig,
    private readonly append: AppendRecords,
    private readonly logger: Logger,
  ) {}

  // ---- JoinGroup ----

  join(req: JoinGroupRequest, client: ClientInfo): Promise<JoinGroupResponse> {
    if (req.sessionTimeoutMs < this.config.minSessionTimeoutMs || req.sessionTimeoutMs > this.config.maxSessionTimeoutMs) {
      return Promise.resolve(joinError(ErrorCode.INVALID_SESSION_TIMEOUT, req.memberId));
    }
    const unknownMember = req.memberId === '';
    let group = this.shard.groups.get(req.groupId);
    if (!group) {
      if (!unknownMember) return Promise.resolve(joinError(ErrorCode.UNKNOWN_MEMBER_ID, req.memberId));
      group = new ClassicGroup(req.groupId);
      this.shard.groups.set(req.groupId, group);
    }
    if (group.is('Dead')) return Promise.resolve(joinError(ErrorCode.COORDINATOR_NOT_AVAILABLE, req.memberId));
    if (!group.supportsProtocols(req.protocolType, req.protocols)) {
      return Promise.resolve(joinError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, req.memberId));
    }
    const g = group;
    if (unknownMember) {
      if (req.groupInstanceId !== null) return this.joinUnknownStaticMember(g, req, client);
      if (g.size + g.pendingMembers.size >= this.config.maxSize) return Promise.resolve(joinError(ErrorCode.GROUP_MAX_SIZE_REACHED));
      const memberId = `${client.clientId}-${randomUUID()}`;
      if (client.apiVersion >= REQUIRE_KNOWN_MEMBER_ID_VERSION) {
        // The id stays reserved for one session timeout; a member that never comes back frees it.
        g.pendingMembers.set(
          memberId,
          setTimeout(() => this.expirePendingMember(g, memberId), req.sessionTimeoutMs),
        );
        return Promise.resolve(joinError(ErrorCode.MEMBER_ID_REQUIRED, memberId));
      }
      return this.addMemberAndRebalance(g, memberId, req, client);
    }
    if (g.pendingMembers.has(req.memberId)) return this.addMemberAndRebalance(g, req.memberId, req, client);
    const error = this.validateMember(g, req.memberId, req.groupInstanceId);
    if (error !== ErrorCode.NONE) return Promise.resolve(joinError(error, req.memberId));
    const member = g.member(req.memberId);
    switch (g.state) {
      case 'PreparingRebalance':
        return this.updateMemberAndRebalance(g, member, req);
      case 'CompletingRebalance':
        if (member.matches(req.protocols)) return Promise.resolve(this.joinResponse(g, member));
        return this.updateMemberAndRebalance(g, member, req);
      case 'Stable':
        if (g.leaderId === member.memberId || !member.matches(req.protocols)) return this.updateMemberAndRebalance(g, member, req);
        return Promise.resolve(this.joinResponse(g, member));
      default:
        return Promise.resolve(joinError(ErrorCode.UNKNOWN_MEMBER_ID, req.memberId));
    }
  }

  /** A static member without a member id: a new instance, or a restart that takes over the old id. */
  private async joinUnknownStaticMember(g: ClassicGroup, req: JoinGroupRequest, client: ClientInfo): Promise<JoinGroupResponse> {
    const instanceId = req.groupInstanceId!;
    const newMemberId = `${instanceId}-${randomUUID()}`;
    const existingId = g.staticMemberId(instanceId);
    if (existingId === undefined) {
      if (g.size + g.pendingMembers.size >= this.config.maxSize) return joinError(ErrorCode.GROUP_MAX_SIZE_REACHED);
      return this.addMemberAndRebalance(g, newMemberId, req, client);
    }
    const old = g.member(existingId);
    const protocolsUnchanged = old.matches(req.protocols);
    // The previous holder of the instance id is fenced: anything it still waits for fails.
    old.awaitingJoin?.(joinError(ErrorCode.FENCED_INSTANCE_ID, existingId));
    old.awaitingJoin = null;
    old.awaitingSync?.(syncError(ErrorCode.FENCED_INSTANCE_ID));
    old.awaitingSync = null;
    const member = g.replaceStaticMember(instanceId, existingId, newMemberId);
    member.clientId = client.clientId;
    member.clientHost = client.clientHost;
    member.sessionTimeoutMs = req.sessionTimeoutMs;
    member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
    this.logger.info({ group: g.groupId, instanceId, oldMemberId: existingId, memberId: newMemberId, state: g.state }, 'static member rejoined with a new member id');
    if (g.is('Stable') && protocolsUnchanged) {
      // A restart within the session timeout: same generation and assignment, no rebalance.
      this.scheduleHeartbeat(g, member);
      const generation = g.generationId;
      try {
        await this.append([this.groupMetadataRecord(g)]);
      } catch (err) {
        if (g.hasMember(newMemberId) && g.generationId === generation) g.replaceStaticMember(instanceId, newMemberId, existingId);
        return joinError(err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR);
      }
      const response = this.joinResponse(g, member);
      // KIP-814: a static leader that restarts learns the members but must not reassign.
      return g.leaderId === member.memberId ? { ...response, skipAssignment: true } : response;
    }
    member.protocols = req.protocols.map((p) => ({ name: p.name, metadata: p.metadata }));
    return this.waitForJoin(g, member, () => this.maybePrepareRebalance(g, `static member ${instanceId} rejoined`));
  }

  private addMemberAndRebalance(g: ClassicGroup, memberId: string, req: JoinGroupRequest, client: ClientInfo): Promise<JoinGroupResponse> {
    const member = new ClassicGroupMember(
      memberId,
      req.groupInstanceId,
      client.clientId,
      client.clientHost,
      req.rebalanceTimeoutMs,
      req.sessionTimeoutMs,
      req.protocolType,
      req.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
    );
    member.isNew = true;
    if (g.is('PreparingRebalance') && g.generationId === 0) g.newMemberAdded = true;
    return this.waitForJoin(g, member, () => {
      g.addMember(member);
      this.maybePrepareRebalance(g, `new member ${memberId} joined`);
    });
  }

  private updateMemberAndRebalance(g: ClassicGroup, member: ClassicGroupMember, req: JoinGroupRequest): Promise<JoinGroupResponse> {
    member.protocols = req.protocols.map((p) => ({ name: p.name, metadata: p.metadata }));
    member.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
    member.sessionTimeoutMs = req.sessionTimeoutMs;
    return this.waitForJoin(g, member, () => this.maybePrepareRebalance(g, `member ${member.memberId} rejoined`));
  }

  /** Parks the member's JoinGroup until the join phase completes, then runs `then`. */
  private waitForJoin(g: ClassicGroup, member: ClassicGroupMember, then: () => void): Promise<JoinGroupResponse> {
    return new Promise((resolve) => {
      // A second JoinGroup from the same member replaces the first, which is told to retry.
      member.awaitingJoin?.(joinError(ErrorCode.REBALANCE_IN_PROGRESS, member.memberId));
      member.awaitingJoin = resolve;
      // While it waits, the join phase's own timer bounds the member, not its session.
      if (member.heartbeatTimer) clearTimeout(member.heartbeatTimer);
      member.heartbeatTimer = null;
      then();
      if (g.is('PreparingRebalance')) this.tryCompleteJoin(g);
    });
  }

  private joinResponse(g: ClassicGroup, member: ClassicGroupMember): JoinGroupResponse {
    const isLeader = g.leaderId === member.memberId;
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      generationId: g.generationId,
      protocolType: g.protocolType,
      protocolName: g.protocolName,
      leader: g.leaderId ?? '',
      skipAssignment: false,
      memberId: member.memberId,
      members: isLeader
        ? [...g.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadataFor(g.protocolName!) }))
        : [],
    };
  }

  // ---- Rebalance ----

  private maybePrepareRebalance(g: ClassicGroup, reason: string): void {
    if (g.is('Stable', 'CompletingRebalance', 'Empty')) this.prepareRebalance(g, reason);
  }

  private prepareRebalance(g: ClassicGroup, reason: string): void {
    if (g.is('CompletingRebalance')) this.failAwaitingSync(g, ErrorCode.REBALANCE_IN_PROGRESS);
    if (g.syncTimer) clearTimeout(g.syncTimer);
    g.syncTimer = null;
    const wasEmpty = g.is('Empty');
    g.transitionTo('PreparingRebalance');
    this.logger.info({ group: g.groupId, generation: g.generationId, members: g.size, reason }, 'preparing to rebalance group');
    if (wasEmpty && this.config.initialRebalanceDelayMs > 0) {
      // A new group waits for more members before its first generation, extending the wait while
      // they keep arriving, up to the rebalance timeout.
      g.newMemberAdded = false;
      const delay = Math.min(this.config.initialRebalanceDelayMs, g.rebalanceTimeoutMs());
      let remaining = Math.max(0, g.rebalanceTimeoutMs() - delay);
      const fire = (): void => {
        if (g.newMemberAdded && remaining > 0) {
          g.newMemberAdded = false;
          const next = Math.min(this.config.initialRebalanceDelayMs, remaining);
          remaining = Math.max(0, remaining - next);
          g.joinTimer = setTimeout(fire, next);
        } else {
          this.completeJoin(g);
        }
      };
      g.joinTimer = setTimeout(fire, delay);
      g.inInitialDelay = true;
      return;
    }
    g.joinTimer = setTimeout(() => this.completeJoin(g), g.rebalanceTimeoutMs());
  }

  private tryCompleteJoin(g: ClassicGroup): void {
    if (!g.inInitialDelay && g.is('PreparingRebalance') && g.allMembersJoined()) this.completeJoin(g);
  }

  private completeJoin(g: ClassicGroup): void {
    if (g.joinTimer) clearTimeout(g.joinTimer);
    g.joinTimer = null;
    g.inInitialDelay = false;
    if (!g.is('PreparingRebalance')) return;
    // Members that did not rejoin within the rebalance timeout are out, static ones included.
    for (const m of [...g.members.values()]) {
      if (!m.isAwaitingJoin) {
        this.logger.info({ group: g.groupId, memberId: m.memberId, generation: g.generationId }, 'removing member that did not rejoin before the rebalance timeout');
        g.removeMember(m.memberId);
      }
    }
    for (const id of [...g.pendingMembers.keys()]) g.clearPending(id);
    g.initNextGeneration();
    if (g.is('Empty')) {
      this.logger.info({ group: g.groupId, generation: g.generationId }, 'group is now empty');
      this.append([this.groupMetadataRecord(g)]).catch((err: unknown) =>
        this.logger.warn({ group: g.groupId, err }, 'failed to persist the empty group'),
      );
      return;
    }
    this.logger.info({ group: g.groupId, generation: g.generationId, protocol: g.protocolName, leader: g.leaderId, members: g.size }, 'completed join phase; waiting for the leader to sync');
    for (const m of g.members.values()) {
      const respond = m.awaitingJoin!;
      m.awaitingJoin = null;
      m.isNew = false;
      this.scheduleHeartbeat(g, m);
      respond(this.joinResponse(g, m));
    }
    const generation = g.generationId;
    g.syncTimer = setTimeout(() => this.expirePendingSync(g, generation), g.rebalanceTimeoutMs());
  }

  /** The sync phase is bounded too: members that never sent SyncGroup are removed. */
  private expirePendingSync(g: ClassicGroup, generation: number): void {
    g.syncTimer = null;
    if (g.generationId !== generation || !g.is('CompletingRebalance', 'Stable') || g.pendingSyncMembers.size === 0) return;
    const late = [...g.pendingSyncMembers];
    this.logger.info({ group: g.groupId, generation, members: late }, 'removing members that did not sync before the rebalance timeout');
    for (const id of late) g.removeMember(id);
    this.prepareRebalance(g, `members ${late.join(', ')} did not sync in time`);
  }

  private failAwaitingSync(g: ClassicGroup, errorCode: number): void {
    for (const m of g.members.values()) {
      m.assignment = Buffer.alloc(0);
      m.awaitingSync?.(syncError(errorCode));
      m.awaitingSync = null;
    }
  }

  // ---- SyncGroup ----

  async sync(req: SyncGroupRequest): Promise<SyncGroupResponse> {
    const g = this.shard.groups.get(req.groupId);
    if (!g) return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    if (g.is('Dead')) return syncError(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    const error = this.validateMember(g, req.memberId, req.groupInstanceId);
    if (error !== ErrorCode.NONE) return syncError(error);
    if (req.generationId !== g.generationId) return syncError(ErrorCode.ILLEGAL_GENERATION);
    if ((req.protocolType !== null && req.protocolType !== g.protocolType) || (req.protocolName !== null && req.protocolName !== g.protocolName)) {
      return syncError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    switch (g.state) {
      case 'Empty':
        return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
      case 'PreparingRebalance':
        return syncError(ErrorCode.REBALANCE_IN_PROGRESS);
      case 'Stable': {
        g.pendingSyncMembers.delete(req.memberId);
        return this.syncResponse(g, g.member(req.memberId));
      }
      case 'CompletingRebalance':
        break;
      default:
        return syncError(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    }
    const member = g.member(req.memberId);
    const response = new Promise<SyncGroupResponse>((resolve) => {
      member.awaitingSync?.(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
      member.awaitingSync = resolve;
    });
    g.pendingSyncMembers.delete(req.memberId);
    if (g.leaderId === req.memberId) {
      const assignments = new Map<string, Buffer>();
      for (const a of req.assignments) if (g.hasMember(a.memberId)) assignments.set(a.memberId, a.assignment);
      const missing = [...g.members.keys()].filter((id) => !assignments.has(id));
      if (missing.length > 0) this.logger.warn({ group: g.groupId, generation: g.generationId, members: missing }, 'leader sent no assignment for some members; they get an empty one');
      const generation = g.generationId;
      try {
        await this.append([this.groupMetadataRecord(g, assignments)]);
        if (g.is('CompletingRebalance') && g.generationId === generation) {
          for (const m of g.members.values()) {
            m.assignment = assignments.get(m.memberId) ?? Buffer.alloc(0);
            m.awaitingSync?.(this.syncResponse(g, m));
            m.awaitingSync = null;
          }
          g.transitionTo('Stable');
          this.logger.info({ group: g.groupId, generation, members: g.size }, 'group is stable');
        }
      } catch (err) {
        if (g.is('CompletingRebalance') && g.generationId === generation) {
          this.failAwaitingSync(g, err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR);
          this.prepareRebalance(g, 'storing the assignment failed');
        }
      }
    }
    return response;
  }

  private syncResponse(g: ClassicGroup, m: ClassicGroupMember): SyncGroupResponse {
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, protocolType: g.protocolType, protocolName: g.protocolName, assignment: m.assignment };
  }

  // ---- Heartbeat ----

  heartbeat(groupId: string, memberId: string, groupInstanceId: string | null, generationId: number): number {
    const g = this.shard.groups.get(groupId);
    if (!g) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (g.is('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    const error = this.validateMember(g, memberId, groupInstanceId);
    if (error !== ErrorCode.NONE) return error;
    if (generationId !== g.generationId) return ErrorCode.ILLEGAL_GENERATION;
    switch (g.state) {
      case 'Empty':
        return ErrorCode.UNKNOWN_MEMBER_ID;
      case 'PreparingRebalance':
        this.scheduleHeartbeat(g, g.member(memberId));
        return ErrorCode.REBALANCE_IN_PROGRESS;
      default:
        this.scheduleHeartbeat(g, g.member(memberId));
        return ErrorCode.NONE;
    }
  }

  // ---- LeaveGroup ----

  /** Removes each listed member (v3+ batches them); returns the error for each, in order. */
  leave(groupId: string, members: readonly LeaveGroupRequestMemberIdentity[]): { errorCode: number; memberErrors: number[] } {
    const g = this.shard.groups.get(groupId);
    if (!g) return { errorCode: ErrorCode.UNKNOWN_MEMBER_ID, memberErrors: members.map(() => ErrorCode.UNKNOWN_MEMBER_ID) };
    if (g.is('Dead')) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, memberErrors: members.map(() => ErrorCode.COORDINATOR_NOT_AVAILABLE) };
    const removed: string[] = [];
    const memberErrors = members.map((identity) => {
      let memberId = identity.memberId;
      if (identity.groupInstanceId !== null) {
        const holder = g.staticMemberId(identity.groupInstanceId);
        if (holder === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
        if (memberId !== '' && memberId !== holder) return ErrorCode.FENCED_INSTANCE_ID;
        memberId = holder;
      }
      if (g.pendingMembers.has(memberId)) {
        g.clearPending(memberId);
        removed.push(memberId);
        return ErrorCode.NONE;
      }
      if (!g.hasMember(memberId)) return ErrorCode.UNKNOWN_MEMBER_ID;
      this.removeMember(g, memberId, ErrorCode.UNKNOWN_MEMBER_ID);
      this.logger.info({ group: g.groupId, memberId, reason: identity.reason }, 'member left the group');
      removed.push(memberId);
      return ErrorCode.NONE;
    });
    if (removed.length > 0) this.afterMembersRemoved(g, `members left: ${removed.join(', ')}`);
    return { errorCode: ErrorCode.NONE, memberErrors };
  }

  private removeMember(g: ClassicGroup, memberId: string, errorForWaiters: number): void {
    const m = g.removeMember(memberId);
    if (!m) return;
    m.awaitingJoin?.(joinError(errorForWaiters, memberId));
    m.awaitingJoin = null;
    m.awaitingSync?.(syncError(errorForWaiters));
    m.awaitingSync = null;
  }

  private afterMembersRemoved(g: ClassicGroup, reason: string): void {
    this.maybePrepareRebalance(g, reason);
    // As Kafka's DelayedJoin, checked at once: when the last member left, the group empties (and
    // is stored empty) now, not at the rebalance timeout, which a shutdown would cut short.
    if (g.is('PreparingRebalance')) this.tryCompleteJoin(g);
  }

  // ---- Timers and validation ----

  private scheduleHeartbeat(g: ClassicGroup, m: ClassicGroupMember): void {
    if (m.heartbeatTimer) clearTimeout(m.heartbeatTimer);
    const memberId = m.memberId;
    m.heartbeatTimer = setTimeout(() => {
      m.heartbeatTimer = null;
      if (!g.hasMember(memberId) || g.members.get(memberId) !== m || m.isAwaitingJoin) return;
      this.logger.info({ group: g.groupId, memberId, sessionTimeoutMs: m.sessionTimeoutMs }, 'member session expired; removing it');
      this.removeMember(g, memberId, ErrorCode.UNKNOWN_MEMBER_ID);
      this.afterMembersRemoved(g, `member ${memberId} session expired`);
    }, m.sessionTimeoutMs);
  }

  private expirePendingMember(g: ClassicGroup, memberId: string): void {
    if (!g.pendingMembers.has(memberId)) return;
    g.clearPending(memberId);
    this.logger.info({ group: g.groupId, memberId }, 'pending member did not join with its member id in time');
    if (g.is('PreparingRebalance')) this.tryCompleteJoin(g);
  }

  /** Kafka's member check: a static id must map to this member id; a dynamic id must exist. */
  private validateMember(g: ClassicGroup, memberId: string, groupInstanceId: string | null): number {
    if (groupInstanceId !== null) {
      const holder = g.staticMemberId(groupInstanceId);
      if (holder === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      if (holder !== memberId) return ErrorCode.FENCED_INSTANCE_ID;
      return ErrorCode.NONE;
    }
    return g.hasMember(memberId) ? ErrorCode.NONE : ErrorCode.UNKNOWN_MEMBER_ID;
  }

  groupMetadataRecord(g: ClassicGroup, assignments?: ReadonlyMap<string, Buffer>): GroupRecord {
    const current = assignments ?? new Map([...g.members.values()].map((m) => [m.memberId, m.assignment]));
    return { kind: 'GroupMetadata', key: { group: g.groupId }, value: g.toRecord(current) };
  }

  /** After a load: members of a loaded generation must heartbeat within their session timeout. */
  resumeLoadedGroup(g: ClassicGroup): void {
    for (const m of g.members.values()) this.scheduleHeartbeat(g, m);
  }

  /** Stops every timer of a group (unload or delete) and fails what its members wait for. */
  shutdownGroup(g: ClassicGroup): void {
    if (g.joinTimer) clearTimeout(g.joinTimer);
    if (g.syncTimer) clearTimeout(g.syncTimer);
    g.joinTimer = g.syncTimer = null;
    for (const id of [...g.pendingMembers.keys()]) g.clearPending(id);
    for (const m of g.members.values()) {
      if (m.heartbeatTimer) clearTimeout(m.heartbeatTimer);
      m.heartbeatTimer = null;
      m.awaitingJoin?.(joinError(ErrorCode.NOT_COORDINATOR, m.memberId));
      m.awaitingJoin = null;
      m.awaitingSync?.(syncError(ErrorCode.NOT_COORDINATOR));
      m.awaitingSync = null;
    }
    g.inInitialDelay = false;
  }
}
