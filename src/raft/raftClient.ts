/**
 * One replica of a Raft quorum with KRaft's semantics (Kafka's KafkaRaftClient): pre-vote, vote,
 * BeginQuorumEpoch and EndQuorumEpoch for leadership; pull-based replication where followers Fetch
 * from the leader with (fetchOffset, lastFetchedEpoch) and truncate where the leader says they
 * diverge; a high watermark the leader advances and followers learn from fetch responses;
 * check-quorum; snapshots of the state machine every snapshotIntervalBytes with the log truncated
 * behind them, sent with FetchSnapshot to followers that fell behind the log start.
 *
 * The client does no I/O of its own: time, randomness, the network, the log and the quorum-state
 * file are injected. A driver calls poll() when the time it returned has passed and after every
 * message handed in; poll() sends what is due and says how long the client may sleep. Operations
 * run one at a time (an internal lock), each to completion, including the disk waits they need.
 */
import { pino, type Logger } from 'pino';
import type { DescribeQuorumResponse, DescribeQuorumResponseReplicaState } from '../protocol/generated/messages/DescribeQuorumResponse.js';
import type { BeginQuorumEpochRequest } from '../protocol/generated/messages/BeginQuorumEpochRequest.js';
import type { BeginQuorumEpochResponse } from '../protocol/generated/messages/BeginQuorumEpochResponse.js';
import type { EndQuorumEpochRequest } from '../protocol/generated/messages/EndQuorumEpochRequest.js';
import type { EndQuorumEpochResponse } from '../protocol/generated/messages/EndQuorumEpochResponse.js';
import type { FetchRequest, FetchRequestFetchPartition } from '../protocol/generated/messages/FetchRequest.js';
import type { FetchResponse } from '../protocol/generated/messages/FetchResponse.js';
import type { FetchSnapshotRequest } from '../protocol/generated/messages/FetchSnapshotRequest.js';
import type { FetchSnapshotResponse } from '../protocol/generated/messages/FetchSnapshotResponse.js';
import type { VoteRequest } from '../protocol/generated/messages/VoteRequest.js';
import type { VoteResponse } from '../protocol/generated/messages/VoteResponse.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import type { Clock } from './clock.js';
import { NO_REPLICA, type QuorumStateStore } from './electionState.js';
import type { EpochState, FollowerState, LeaderEpochState, ResignedState } from './epochState.js';
import { FetchPurgatory } from './fetchPurgatory.js';
import type { LeaderState } from './leaderState.js';
import { compareOffsetAndEpoch, formatOffsetAndEpoch, type OffsetAndEpoch } from './offsetAndEpoch.js';
import { dataBatch, decodeBatches, leaderChangeBatch } from './raftBatches.js';
import type { RaftConfig } from './raftConfig.js';
import { NotLeaderError, RaftInvariantError } from './raftErrors.js';
import { divergenceTruncationOffset, validateFetchPosition, type RaftLog } from './raftLog.js';
import type { RaftRequest, RaftResponse } from './raftMessage.js';
import {
  NO_DIRECTORY_ID,
  POSITION_OUT_OF_RANGE,
  beginQuorumEpochRequest,
  beginQuorumEpochResponse,
  electionPartition,
  endQuorumEpochRequest,
  endQuorumEpochResponse,
  fetchPartition,
  fetchReplicaId,
  fetchRequest,
  fetchResponse,
  fetchResponsePartition,
  fetchSnapshotPartition,
  fetchSnapshotRequest,
  fetchSnapshotResponse,
  fetchSnapshotResponsePartition,
  topLevelErrorResponse,
  voteRequest,
  voteResponse,
  type LeaderAndEpoch,
} from './raftRpc.js';
import { decodeSnapshot, encodeSnapshot } from './raftSnapshot.js';
import type { RaftStateMachine } from './raftStateMachine.js';
import type { RaftTransport } from './raftTransport.js';
import type { Random } from './random.js';
import { QuorumState } from './quorumState.js';
import { RequestManager } from './requestManager.js';

export interface RaftClientOptions {
  readonly nodeId: number;
  /** controller.quorum.voters' ids. A replica not among them is an observer: it only fetches. */
  readonly voters: readonly number[];
  readonly config: RaftConfig;
  readonly log: RaftLog;
  readonly store: QuorumStateStore;
  readonly stateMachine: RaftStateMachine;
  readonly transport: RaftTransport;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger?: Logger;
}

/** Bytes read from the log per step when applying committed batches. */
const APPLY_READ_BYTES = 1 << 20;

/** What a request handler produced: an answer now, or one the leader parked. */
type Answer = { readonly now: RaftResponse } | { readonly later: Promise<RaftResponse> };

export class RaftClient {
  readonly nodeId: number;
  private readonly voters: readonly number[];
  private readonly config: RaftConfig;
  private readonly log: RaftLog;
  private readonly stateMachine: RaftStateMachine;
  private readonly transport: RaftTransport;
  private readonly clock: Clock;
  private readonly random: Random;
  private readonly logger: Logger;
  private readonly quorum: QuorumState;
  private readonly requests: RequestManager;
  private readonly purgatory = new FetchPurgatory();
  private lock: Promise<unknown> = Promise.resolve();
  private initialized = false;
  private nextCorrelationId: number;
  /** Known to be committed; null until learned (it is not stored across restarts). */
  private hw: number | null = null;
  /** The next offset to hand to the state machine. */
  private nextApplyOffset = 0;
  private lastAppliedEpoch = 0;
  private lastAppliedTimestamp = -1;
  private bytesSinceSnapshot = 0;
  private notifiedLeader: LeaderAndEpoch = { leaderId: NO_REPLICA, epoch: -1 };

  constructor(options: RaftClientOptions) {
    this.nodeId = options.nodeId;
    this.voters = [...new Set(options.voters)].sort((a, b) => a - b);
    this.config = options.config;
    this.log = options.log;
    this.stateMachine = options.stateMachine;
    this.transport = options.transport;
    this.clock = options.clock;
    this.random = options.random;
    this.logger = (options.logger ?? pino({ level: 'silent' })).child({ raftNode: options.nodeId });
    this.quorum = new QuorumState(this.nodeId, this.voters, this.config, options.store, this.random, this.logger);
    this.requests = new RequestManager(this.config.requestTimeoutMs, this.config.retryBackoffMs);
    // Random start: answers to a previous incarnation's requests never match this one's.
    this.nextCorrelationId = this.random.nextInt(1 << 30);
  }

  // ---- public API ----

  /** Restores the election state and the latest snapshot; must finish before anything else. */
  initialize(): Promise<void> {
    return this.exclusive(async () => {
      if (this.initialized) return;
      const now = this.clock.now();
      await this.quorum.initialize(this.log.lastFetchedEpoch(), now);
      const snapshot = this.log.latestSnapshotId();
      if (snapshot !== null) this.loadSnapshot(snapshot);
      this.initialized = true;
      // A quorum of one needs nobody: it elects itself at once.
      if (this.voters.length === 1 && this.quorum.isVoter && this.quorum.state.kind !== 'leader') await this.startProspective(now, 1);
      await this.afterOperation();
    });
  }

  /** Runs what is due (timeouts, sends) and returns how many milliseconds the client may sleep. */
  poll(): Promise<number> {
    return this.exclusive(async () => {
      this.ensureInitialized();
      const now = this.clock.now();
      this.purgatory.completeExpired(now);
      this.requests.expire(now);
      const wait = await this.pollState(now);
      await this.afterOperation();
      return Math.max(0, Math.min(wait, this.requests.timeUntilNextChange(now), this.purgatory.timeUntilNextExpiry(now)));
    });
  }

  /** A request from replica `source`; the answer may wait (a parked Fetch). */
  async handleRequest(source: number, request: RaftRequest): Promise<RaftResponse> {
    const answer = await this.exclusive(async (): Promise<Answer> => {
      this.ensureInitialized();
      const now = this.clock.now();
      let answer: Answer;
      switch (request.api) {
        case 'Vote':
          answer = { now: { api: 'Vote', data: await this.handleVoteRequest(request.data, request.preVote, now) } };
          break;
        case 'BeginQuorumEpoch':
          answer = { now: { api: 'BeginQuorumEpoch', data: await this.handleBeginQuorumEpochRequest(source, request.data, now) } };
          break;
        case 'EndQuorumEpoch':
          answer = { now: { api: 'EndQuorumEpoch', data: await this.handleEndQuorumEpochRequest(source, request.data, now) } };
          break;
        case 'Fetch':
          answer = this.handleFetchRequest(request.data, now);
          break;
        case 'FetchSnapshot':
          answer = { now: { api: 'FetchSnapshot', data: this.handleFetchSnapshotRequest(request.data, now) } };
          break;
      }
      await this.afterOperation();
      return answer;
    });
    return 'now' in answer ? answer.now : answer.later;
  }

  /** The answer to a request this client sent; stale and unexpected answers are dropped. */
  handleResponse(source: number, correlationId: number, response: RaftResponse): Promise<void> {
    return this.exclusive(async () => {
      this.ensureInitialized();
      const now = this.clock.now();
      if (!this.requests.isExpected(source, correlationId, response.api)) return;
      // Answered either way: a handler that changes state resets the connections itself.
      this.requests.onResponse(source, true, now);
      let succeeded: boolean;
      switch (response.api) {
        case 'Vote':
          succeeded = await this.handleVoteResponse(source, response.data, now);
          break;
        case 'BeginQuorumEpoch':
          succeeded = await this.handleBeginQuorumEpochResponse(source, response.data, now);
          break;
        case 'EndQuorumEpoch':
          succeeded = await this.handleEndQuorumEpochResponse(source, response.data, now);
          break;
        case 'Fetch':
          succeeded = await this.handleFetchResponse(source, response.data, now);
          break;
        case 'FetchSnapshot':
          succeeded = await this.handleFetchSnapshotResponse(source, response.data, now);
          break;
      }
      if (!succeeded) this.requests.onResponse(source, false, now);
      await this.afterOperation();
    });
  }

  /**
   * Appends `values` as one batch in the leader's epoch and makes it durable locally; it is
   * committed once the high watermark passes it. Returns its last offset and epoch. Throws
   * NotLeaderError on any other replica.
   */
  propose(values: readonly Buffer[]): Promise<OffsetAndEpoch> {
    return this.exclusive(async () => {
      this.ensureInitialized();
      const state = this.quorum.state;
      if (state.kind !== 'leader') throw new NotLeaderError(this.quorum.leaderId, this.quorum.epoch);
      if (values.length === 0) throw new RangeError('propose needs at least one record');
      const now = this.clock.now();
      const baseOffset = this.log.endOffset;
      this.log.appendAsLeader(dataBatch(baseOffset, state.epoch, values, now), state.epoch);
      await this.flushLeaderLog(state.leader, now);
      await this.afterOperation();
      return { offset: baseOffset + values.length - 1, epoch: state.epoch };
    });
  }

  /** Graceful resignation: the leader hands over with EndQuorumEpoch (KIP-595). */
  resign(): Promise<void> {
    return this.exclusive(async () => {
      this.ensureInitialized();
      const state = this.quorum.state;
      if (state.kind !== 'leader') throw new NotLeaderError(this.quorum.leaderId, this.quorum.epoch);
      await this.resignLeadership(state.leader, this.clock.now());
      await this.afterOperation();
    });
  }

  /** DescribeQuorum as the leader answers it; other replicas answer NOT_LEADER_OR_FOLLOWER. */
  describeQuorum(): Promise<DescribeQuorumResponse> {
    return this.exclusive(async () => {
      this.ensureInitialized();
      const state = this.quorum.state;
      const partition = {
        partitionIndex: this.config.partition,
        errorCode: ErrorCode.NONE as number,
        errorMessage: null,
        leaderId: this.quorum.leaderId,
        leaderEpoch: this.quorum.epoch,
        highWatermark: BigInt(this.hw ?? -1),
        currentVoters: [] as DescribeQuorumResponseReplicaState[],
        observers: [] as DescribeQuorumResponseReplicaState[],
      };
      if (state.kind !== 'leader') {
        partition.errorCode = ErrorCode.NOT_LEADER_OR_FOLLOWER;
      } else {
        const now = this.clock.now();
        const describe = (replicaId: number, r: { endOffset: number | null; lastFetchTimestamp: number; lastCaughtUpTimestamp: number }): DescribeQuorumResponseReplicaState => ({
          replicaId,
          replicaDirectoryId: NO_DIRECTORY_ID,
          logEndOffset: BigInt(r.endOffset ?? -1),
          lastFetchTimestamp: BigInt(replicaId === this.nodeId ? now : r.lastFetchTimestamp),
          lastCaughtUpTimestamp: BigInt(replicaId === this.nodeId ? now : r.lastCaughtUpTimestamp),
        });
        for (const [id, r] of state.leader.voterStates) partition.currentVoters.push(describe(id, r));
        for (const [id, r] of state.leader.observerStates) partition.observers.push(describe(id, r));
      }
      return { errorCode: ErrorCode.NONE, errorMessage: null, topics: [{ topicName: this.config.topicName, partitions: [partition] }], nodes: [] };
    });
  }

  get stateName(): EpochState['kind'] {
    return this.quorum.state.kind;
  }

  get epoch(): number {
    return this.quorum.epoch;
  }

  get leaderId(): number {
    return this.quorum.leaderId;
  }

  get highWatermark(): number | null {
    return this.hw;
  }

  /**
   * True on a leader that has applied everything committed before its epoch: its epoch's first
   * batch is committed and applied. Only then may a state machine on top validate against its state.
   */
  get isLeaderCaughtUp(): boolean {
    const state = this.quorum.state;
    return state.kind === 'leader' && this.nextApplyOffset > state.leader.epochStartOffset;
  }

  get logEndOffset(): number {
    return this.log.endOffset;
  }

  /** The next offset the state machine will be handed: everything below it is applied. */
  get appliedOffset(): number {
    return this.nextApplyOffset;
  }

  // ---- plumbing ----

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.lock.then(work);
    this.lock = result.catch(() => undefined);
    return result;
  }

  private ensureInitialized(): void {
    if (!this.initialized) throw new Error('RaftClient.initialize() has not completed');
  }

  /**
   * The leader and epoch every answer reports. A resigned leader reports no leader: it no longer
   * serves its epoch, and a replica hearing from it must not go back to following it.
   */
  private current(): LeaderAndEpoch {
    return { leaderId: this.quorum.state.kind === 'resigned' ? NO_REPLICA : this.quorum.leaderId, epoch: this.quorum.epoch };
  }

  private send(destination: number, request: RaftRequest, now: number): void {
    const correlationId = this.nextCorrelationId++;
    this.requests.onSent(destination, correlationId, request.api, now);
    this.transport.send(destination, correlationId, request);
  }

  private lastOffsetAndEpoch(): OffsetAndEpoch {
    return { offset: this.log.endOffset, epoch: this.log.lastFetchedEpoch() };
  }

  /** After every operation: hand newly committed batches to the state machine, snapshot if due. */
  private async afterOperation(): Promise<void> {
    this.notifyLeaderChange();
    await this.applyCommitted();
  }

  private notifyLeaderChange(): void {
    const current = this.current();
    if (current.leaderId === this.notifiedLeader.leaderId && current.epoch === this.notifiedLeader.epoch) return;
    this.notifiedLeader = current;
    this.stateMachine.onLeaderChange?.(current.leaderId, current.epoch);
  }

  // ---- state transitions ----

  /** Every transition drops in-flight requests (their answers are stale) and answers parked fetches. */
  private afterTransition(): void {
    this.requests.resetAll();
    if (this.quorum.state.kind !== 'leader') this.purgatory.completeAll();
  }

  private async becomeUnattached(epoch: number, now: number): Promise<void> {
    await this.quorum.transitionToUnattached(epoch, now);
    this.afterTransition();
  }

  private async becomeFollower(epoch: number, leaderId: number, now: number): Promise<void> {
    await this.quorum.transitionToFollower(epoch, leaderId, now);
    this.afterTransition();
  }

  private async startProspective(now: number, retries: number): Promise<void> {
    // Without pre-vote (a transport that cannot carry it) an election starts with a real vote.
    if (!this.config.preVote) return this.startCandidate(now, retries);
    await this.quorum.transitionToProspective(now, retries);
    this.afterTransition();
    const state = this.quorum.state;
    if (state.kind === 'prospective' && state.election.isWon()) await this.startCandidate(now, 1);
  }

  private async startCandidate(now: number, retries: number): Promise<void> {
    await this.quorum.transitionToCandidate(now, retries);
    this.afterTransition();
    const state = this.quorum.state;
    if (state.kind === 'candidate' && state.election.isWon()) await this.becomeLeader(now);
  }

  /** Wins the election: durably leader, then the LeaderChangeMessage opens the epoch in the log. */
  private async becomeLeader(now: number): Promise<void> {
    const leader = await this.quorum.transitionToLeader(this.log.endOffset, now);
    this.afterTransition();
    this.logger.info({ epoch: leader.epoch, epochStartOffset: leader.epochStartOffset }, 'became leader');
    this.log.appendAsLeader(leaderChangeBatch(this.log.endOffset, leader.epoch, this.nodeId, this.voters, leader.grantingVoters, now), leader.epoch);
    await this.flushLeaderLog(leader, now);
  }

  private async resignLeadership(leader: LeaderState, now: number): Promise<void> {
    await this.quorum.transitionToResigned(leader.successorsByEndOffset(), now);
    this.afterTransition();
    this.logger.info({ epoch: leader.epoch }, 'resigned leadership');
  }

  /**
   * A request or response names `leaderId` as leader of `epoch` (-1: none known). A higher epoch
   * is adopted. In the current epoch a replica that knows no leader follows the one named; one that
   * remembers a leader while running a pre-vote follows it again only on hearing from it directly,
   * so third-hand news of a dead leader cannot keep it from an election. Two leaders in one epoch
   * throw RaftInvariantError.
   */
  private async maybeTransition(leaderId: number, epoch: number, source: number, now: number): Promise<void> {
    const s = this.quorum.state;
    if (epoch > s.epoch) {
      if (leaderId >= 0 && leaderId !== this.nodeId) await this.becomeFollower(epoch, leaderId, now);
      else await this.becomeUnattached(epoch, now);
      return;
    }
    if (epoch < s.epoch || leaderId < 0) return;
    const known = this.quorum.leaderId;
    if (known >= 0 && known !== leaderId) throw new RaftInvariantError(`replica ${source} names ${leaderId} leader of epoch ${epoch}, which ${known} leads`);
    if (leaderId === this.nodeId) {
      if (known !== this.nodeId) throw new RaftInvariantError(`replica ${source} names this replica leader of epoch ${epoch}, which it is not`);
      return;
    }
    if (s.kind === 'unattached' || s.kind === 'candidate' || (s.kind === 'prospective' && (known < 0 || source === leaderId))) {
      await this.becomeFollower(epoch, leaderId, now);
    }
  }

  /**
   * What every response says about epochs and leaders (Kafka's maybeHandleCommonResponse): true or
   * false when the response was fully handled (false: back off before retrying), null when the
   * caller goes on with it.
   */
  private async handleCommonResponse(source: number, errorCode: number, leaderId: number, epoch: number, now: number): Promise<boolean | null> {
    if (epoch < this.quorum.epoch || errorCode === ErrorCode.UNKNOWN_LEADER_EPOCH) return true;
    if (epoch > this.quorum.epoch || errorCode === ErrorCode.FENCED_LEADER_EPOCH || errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER) {
      const before = this.quorum.state;
      await this.maybeTransition(leaderId, epoch, source, now);
      // Nothing learned: back off rather than ask again at once.
      return this.quorum.state !== before;
    }
    if (leaderId >= 0 && !this.isFollowing(leaderId)) {
      await this.maybeTransition(leaderId, epoch, source, now);
      if (errorCode !== ErrorCode.NONE) return true;
    }
    if (errorCode === ErrorCode.BROKER_NOT_AVAILABLE) return false;
    if (errorCode === ErrorCode.INVALID_VOTER_KEY) return true;
    return null;
  }

  /**
   * The partition of a Vote, BeginQuorumEpoch or EndQuorumEpoch answer that carries no error and
   * still needs its own handling; or whether the answer succeeded when it was fully handled here.
   */
  private async electionResponse<P extends { partitionIndex: number; errorCode: number; leaderId: number; leaderEpoch: number }>(
    source: number,
    data: { errorCode: number; topics: { topicName: string; partitions: P[] }[] },
    now: number,
  ): Promise<P | boolean> {
    if (data.errorCode !== ErrorCode.NONE) return false;
    const p = electionPartition(this.config, data.topics);
    if (p === null) return false;
    const handled = await this.handleCommonResponse(source, p.errorCode, p.leaderId, p.leaderEpoch, now);
    if (handled !== null) return handled;
    return p.errorCode === ErrorCode.NONE ? p : false;
  }

  /** A request naming another cluster is refused (a null or absent id is not checked, as Kafka). */
  private isOtherCluster(clusterId: string | null | undefined): boolean {
    return clusterId != null && this.config.clusterId !== null && clusterId !== this.config.clusterId;
  }

  /** Already settled on `leaderId` as leader of the current epoch (following it, or being it). */
  private isFollowing(leaderId: number): boolean {
    const s = this.quorum.state;
    if (leaderId === this.nodeId) return s.kind === 'leader' || s.kind === 'resigned';
    return s.kind === 'follower' && s.leaderId === leaderId;
  }

  // ---- poll ----

  private async pollState(now: number): Promise<number> {
    const s = this.quorum.state;
    switch (s.kind) {
      case 'leader':
        return this.pollLeader(s, now);
      case 'candidate':
      case 'prospective': {
        if (s.backoffUntil !== null) {
          if (now < s.backoffUntil) return s.backoffUntil - now;
          // KIP-996: a lost round, or a lost real election, is followed by a new pre-vote round.
          await this.startProspective(now, s.retries + 1);
          return 0;
        }
        if (now >= s.electionDeadline) {
          s.backoffUntil = now + this.quorum.electionBackoffMs(s.retries);
          return s.backoffUntil - now;
        }
        if (!s.election.isLost()) {
          for (const voter of s.election.unrecordedVoters()) {
            if (this.requests.isReady(voter, now)) this.send(voter, this.voteRequestTo(voter, s.kind === 'prospective'), now);
          }
        }
        return s.electionDeadline - now;
      }
      case 'follower':
        return this.pollFollower(s, now);
      case 'unattached':
        if (!this.quorum.isVoter) return this.fetchFromAnyVoter(now);
        if (now >= s.electionDeadline) {
          await this.startProspective(now, 1);
          return 0;
        }
        return s.electionDeadline - now;
      case 'resigned':
        return this.pollResigned(s, now);
    }
  }

  private async pollLeader(state: LeaderEpochState, now: number): Promise<number> {
    const leader = state.leader;
    const checkQuorum = leader.timeUntilCheckQuorumExpires(now);
    if (leader.resignRequested || checkQuorum === 0) {
      if (checkQuorum === 0) this.logger.warn({ epoch: leader.epoch }, 'no fetch from a majority of voters within the check-quorum timeout');
      await this.resignLeadership(leader, now);
      return 0;
    }
    if (now >= leader.beginQuorumEpochDue) {
      for (const voter of leader.nonAcknowledgingVoters()) {
        if (this.requests.isReady(voter, now)) this.send(voter, { api: 'BeginQuorumEpoch', data: beginQuorumEpochRequest(this.config, this.current(), voter) }, now);
      }
      leader.beginQuorumEpochDue = now + leader.beginQuorumEpochIntervalMs;
    }
    return Math.min(checkQuorum, leader.beginQuorumEpochDue - now);
  }

  private async pollFollower(state: FollowerState, now: number): Promise<number> {
    if (now >= state.fetchDeadline) {
      if (this.quorum.isVoter) {
        this.logger.info({ epoch: state.epoch, leaderId: state.leaderId }, this.config.preVote ? 'fetch timeout expired; starting a pre-vote' : 'fetch timeout expired; starting an election');
        await this.startProspective(now, 1);
        return 0;
      }
      // An observer cannot run: it asks any voter who leads now.
      return this.fetchFromAnyVoter(now);
    }
    if (this.requests.isReady(state.leaderId, now)) {
      const request: RaftRequest =
        state.download === null
          ? { api: 'Fetch', data: this.fetchRequestNow() }
          : { api: 'FetchSnapshot', data: fetchSnapshotRequest(this.config, { replicaId: this.nodeId, epoch: state.epoch, snapshotId: state.download.id, position: state.download.size }) };
      this.send(state.leaderId, request, now);
    }
    return state.fetchDeadline - now;
  }

  private fetchRequestNow(): FetchRequest {
    return fetchRequest(this.config, {
      replicaId: this.nodeId,
      epoch: this.quorum.epoch,
      fetchOffset: this.log.endOffset,
      lastFetchedEpoch: this.log.lastFetchedEpoch(),
      logStartOffset: this.log.startOffset,
    });
  }

  /** An observer without a live leader fetches from a random voter to learn of one. */
  private fetchFromAnyVoter(now: number): number {
    if (this.voters.some((v) => this.requests.hasInFlight(v))) return this.config.requestTimeoutMs;
    const ready = this.voters.filter((v) => v !== this.nodeId && this.requests.isReady(v, now));
    if (ready.length === 0) return this.config.retryBackoffMs;
    this.send(ready[this.random.nextInt(ready.length)]!, { api: 'Fetch', data: this.fetchRequestNow() }, now);
    return this.config.requestTimeoutMs;
  }

  private async pollResigned(state: ResignedState, now: number): Promise<number> {
    for (const voter of state.unacknowledged) {
      if (this.requests.isReady(voter, now)) {
        this.send(voter, { api: 'EndQuorumEpoch', data: endQuorumEpochRequest(this.config, { leaderId: this.nodeId, epoch: state.epoch }, state.preferredSuccessors) }, now);
      }
    }
    if (now >= state.electionDeadline) {
      // A leader that is no longer a voter moves on to the next epoch instead of running again.
      if (this.quorum.isVoter) await this.startProspective(now, 1);
      else await this.becomeUnattached(state.epoch + 1, now);
      return 0;
    }
    return state.electionDeadline - now;
  }

  private voteRequestTo(voter: number, preVote: boolean): RaftRequest {
    const data = voteRequest(this.config, { epoch: this.quorum.epoch, candidateId: this.nodeId, voterId: voter, lastOffset: this.lastOffsetAndEpoch() });
    return { api: 'Vote', preVote, data };
  }

  // ---- Vote ----

  private async handleVoteRequest(request: VoteRequest, preVote: boolean, now: number) {
    if (this.isOtherCluster(request.clusterId)) return topLevelErrorResponse('Vote', ErrorCode.INCONSISTENT_CLUSTER_ID);
    const p = electionPartition(this.config, request.topics);
    if (p === null) return topLevelErrorResponse('Vote', ErrorCode.INVALID_REQUEST);
    const lastOffset = Number(p.lastOffset);
    // A real candidate bumped its epoch past everything in its log; a prospective did not.
    const illegalEpoch = preVote ? p.lastOffsetEpoch > p.candidateEpoch : p.lastOffsetEpoch >= p.candidateEpoch;
    if (lastOffset < 0 || p.lastOffsetEpoch < 0 || illegalEpoch || p.candidateId < 0) return voteResponse(this.config, ErrorCode.INVALID_REQUEST, this.current(), false);
    if (p.candidateEpoch < this.quorum.epoch) return voteResponse(this.config, ErrorCode.FENCED_LEADER_EPOCH, this.current(), false);
    if (p.candidateEpoch > this.quorum.epoch) await this.becomeUnattached(p.candidateEpoch, now);
    if (request.voterId >= 0 && request.voterId !== this.nodeId) return voteResponse(this.config, ErrorCode.INVALID_VOTER_KEY, this.current(), false);
    const upToDate = compareOffsetAndEpoch({ offset: lastOffset, epoch: p.lastOffsetEpoch }, this.lastOffsetAndEpoch()) >= 0;
    const granted = this.quorum.canGrantVote(p.candidateId, upToDate, preVote);
    const s = this.quorum.state;
    if (granted && !preVote && (s.kind === 'unattached' || s.kind === 'prospective') && s.votedId === NO_REPLICA) {
      await this.quorum.transitionToUnattachedVoted(p.candidateEpoch, p.candidateId, now);
      this.afterTransition();
    }
    this.logger.debug({ candidateId: p.candidateId, epoch: p.candidateEpoch, preVote, granted }, 'vote request');
    return voteResponse(this.config, ErrorCode.NONE, this.current(), granted);
  }

  private async handleVoteResponse(source: number, data: VoteResponse, now: number): Promise<boolean> {
    const p = await this.electionResponse(source, data, now);
    if (typeof p === 'boolean') return p;
    const s = this.quorum.state;
    if (s.kind !== 'prospective' && s.kind !== 'candidate') return true;
    s.election.recordVote(source, p.voteGranted);
    if (s.election.isWon()) {
      if (s.kind === 'prospective') await this.startCandidate(now, s.retries);
      else await this.becomeLeader(now);
    } else if (s.election.isLost() && s.backoffUntil === null) {
      // Refused by a majority: back off now rather than wait out the election timeout.
      s.backoffUntil = now + this.quorum.electionBackoffMs(s.retries);
    }
    return true;
  }

  // ---- BeginQuorumEpoch / EndQuorumEpoch ----

  /**
   * What BeginQuorumEpoch and EndQuorumEpoch requests share: a leader announcing itself (or its
   * departure) for an epoch. Returns the error for the response, after adopting that leader.
   */
  private async acceptLeaderAnnouncement(source: number, leaderId: number, leaderEpoch: number, now: number): Promise<number> {
    if (leaderEpoch < this.quorum.epoch) return ErrorCode.FENCED_LEADER_EPOCH;
    if (leaderId < 0 || leaderId === this.nodeId) return ErrorCode.INVALID_REQUEST;
    await this.maybeTransition(leaderId, leaderEpoch, source, now);
    return ErrorCode.NONE;
  }

  private async handleBeginQuorumEpochRequest(source: number, request: BeginQuorumEpochRequest, now: number) {
    if (this.isOtherCluster(request.clusterId)) return topLevelErrorResponse('BeginQuorumEpoch', ErrorCode.INCONSISTENT_CLUSTER_ID);
    const p = electionPartition(this.config, request.topics);
    if (p === null) return topLevelErrorResponse('BeginQuorumEpoch', ErrorCode.INVALID_REQUEST);
    let error = await this.acceptLeaderAnnouncement(source, p.leaderId, p.leaderEpoch, now);
    if (error === ErrorCode.NONE && request.voterId >= 0 && request.voterId !== this.nodeId) error = ErrorCode.INVALID_VOTER_KEY;
    return beginQuorumEpochResponse(this.config, error, this.current());
  }

  private async handleBeginQuorumEpochResponse(source: number, data: BeginQuorumEpochResponse, now: number): Promise<boolean> {
    const p = await this.electionResponse(source, data, now);
    if (typeof p === 'boolean') return p;
    const s = this.quorum.state;
    if (s.kind === 'leader') s.leader.acknowledge(source);
    return true;
  }

  private async handleEndQuorumEpochRequest(source: number, request: EndQuorumEpochRequest, now: number) {
    if (this.isOtherCluster(request.clusterId)) return topLevelErrorResponse('EndQuorumEpoch', ErrorCode.INCONSISTENT_CLUSTER_ID);
    const p = electionPartition(this.config, request.topics);
    if (p === null) return topLevelErrorResponse('EndQuorumEpoch', ErrorCode.INVALID_REQUEST);
    const error = await this.acceptLeaderAnnouncement(source, p.leaderId, p.leaderEpoch, now);
    const s = this.quorum.state;
    if (error === ErrorCode.NONE && s.kind === 'follower' && s.leaderId === p.leaderId) {
      const successors = p.preferredCandidates.length > 0 ? p.preferredCandidates.map((c) => c.candidateId) : p.preferredSuccessors;
      s.fetchDeadline = Math.min(s.fetchDeadline, now + this.endEpochElectionBackoffMs(successors));
    }
    return endQuorumEpochResponse(this.config, error, this.current());
  }

  /**
   * Kafka's strict exponential backoff after EndQuorumEpoch: the first preferred successor runs at
   * once, each later one waits twice as long as the one before, and a replica not in the list waits
   * the longest, so the most caught-up voter most likely wins.
   */
  private endEpochElectionBackoffMs(successors: readonly number[]): number {
    const position = successors.indexOf(this.nodeId);
    const max = this.config.electionBackoffMaxMs;
    if (position === 0) return 0;
    if (position < 0) return max;
    return Math.min(max, (max >> (successors.length - 1)) << (position - 1));
  }

  private async handleEndQuorumEpochResponse(source: number, data: EndQuorumEpochResponse, now: number): Promise<boolean> {
    const p = await this.electionResponse(source, data, now);
    if (typeof p === 'boolean') return p;
    const s = this.quorum.state;
    if (s.kind === 'resigned') s.unacknowledged.delete(source);
    return true;
  }

  // ---- Fetch (leader side) ----

  /** The epoch check of requests only a leader answers (Kafka's validateLeaderOnlyRequest). */
  private leaderOnlyError(requestEpoch: number): number {
    if (requestEpoch < this.quorum.epoch) return ErrorCode.FENCED_LEADER_EPOCH;
    if (requestEpoch > this.quorum.epoch) return ErrorCode.UNKNOWN_LEADER_EPOCH;
    if (this.quorum.state.kind !== 'leader') return ErrorCode.NOT_LEADER_OR_FOLLOWER;
    return ErrorCode.NONE;
  }

  private handleFetchRequest(request: FetchRequest, now: number): Answer {
    if (this.isOtherCluster(request.clusterId)) return { now: { api: 'Fetch', data: topLevelErrorResponse('Fetch', ErrorCode.INCONSISTENT_CLUSTER_ID) } };
    const p = fetchPartition(this.config, request);
    if (p === null) return { now: { api: 'Fetch', data: topLevelErrorResponse('Fetch', ErrorCode.INVALID_REQUEST) } };
    const replicaId = fetchReplicaId(request);
    if (request.maxWaitMs < 0 || p.fetchOffset < 0n || p.lastFetchedEpoch < 0 || p.lastFetchedEpoch > p.currentLeaderEpoch) {
      return { now: { api: 'Fetch', data: this.fetchAnswer(ErrorCode.INVALID_REQUEST) } };
    }
    const first = this.tryCompleteFetch(replicaId, p, now);
    if (!first.park || request.maxWaitMs === 0) return { now: { api: 'Fetch', data: first.response } };
    const later = new Promise<RaftResponse>((resolve) => {
      this.purgatory.park(Number(p.fetchOffset), now + Math.min(request.maxWaitMs, this.config.fetchMaxWaitMs), () => {
        resolve({ api: 'Fetch', data: this.tryCompleteFetch(replicaId, p, this.clock.now()).response });
      });
    });
    return { later };
  }

  private fetchAnswer(errorCode: number): FetchResponse<Buffer> {
    return fetchResponse(this.config, { errorCode, current: this.current(), highWatermark: -1, logStartOffset: this.log.startOffset, records: Buffer.alloc(0) });
  }

  /** Answers a fetch with what the leader has now; `park` when there is nothing new to send yet. */
  private tryCompleteFetch(replicaId: number, p: FetchRequestFetchPartition, now: number): { response: FetchResponse<Buffer>; park: boolean } {
    const error = this.leaderOnlyError(p.currentLeaderEpoch);
    const state = this.quorum.state;
    if (error !== ErrorCode.NONE || state.kind !== 'leader') return { response: this.fetchAnswer(error), park: false };
    const leader = state.leader;
    const fetchOffset = Number(p.fetchOffset);
    const position = validateFetchPosition(this.log, fetchOffset, p.lastFetchedEpoch);
    if (leader.isVoter(replicaId)) leader.recordVoterContact(replicaId, now);
    let records: Buffer = Buffer.alloc(0);
    let committed = false;
    if (position.kind === 'valid') {
      if (fetchOffset < this.log.endOffset) records = this.log.read(fetchOffset, this.config.fetchMaxBytes);
      if (replicaId >= 0 && replicaId !== this.nodeId && leader.updateReplica(replicaId, fetchOffset, this.log.endOffset, now)) {
        this.onLeaderHighWatermark(leader);
        committed = true;
      }
    }
    const response = fetchResponse(this.config, {
      errorCode: ErrorCode.NONE,
      current: this.current(),
      highWatermark: leader.highWatermark ?? -1,
      logStartOffset: this.log.startOffset,
      records,
      ...(position.kind === 'diverging' ? { divergingEpoch: position.endOffset } : {}),
      ...(position.kind === 'snapshot' ? { snapshotId: position.snapshotId } : {}),
    });
    // A fetch that moved the high watermark is answered at once, so its replica learns of the
    // commit it made without waiting out the fetch wait (the others are woken by onLeaderHighWatermark).
    return { response, park: position.kind === 'valid' && records.length === 0 && !committed };
  }

  private onLeaderHighWatermark(leader: LeaderState): void {
    const hw = leader.highWatermark;
    if (hw === null) return;
    this.hw = hw;
    this.log.updateHighWatermark(hw);
    // Parked followers learn the new high watermark now rather than at the end of their wait.
    this.purgatory.completeAll();
  }

  /** The leader's own appends count towards the high watermark once they are durable. */
  private async flushLeaderLog(leader: LeaderState, now: number): Promise<void> {
    await this.log.flush();
    if (leader.updateLocalEndOffset(this.log.endOffset, now)) this.onLeaderHighWatermark(leader);
    this.purgatory.completeBelow(this.log.endOffset);
  }

  // ---- Fetch (follower side) ----

  private async handleFetchResponse(source: number, data: FetchResponse<Buffer>, now: number): Promise<boolean> {
    if (data.errorCode !== ErrorCode.NONE) return false;
    const p = fetchResponsePartition(this.config, data);
    if (p === null) return false;
    const handled = await this.handleCommonResponse(source, p.errorCode, p.currentLeader?.leaderId ?? NO_REPLICA, p.currentLeader?.leaderEpoch ?? -1, now);
    if (handled !== null) return handled;
    if (p.errorCode !== ErrorCode.NONE) return false;
    const s = this.quorum.state;
    if (s.kind !== 'follower' || s.leaderId !== source) return true;
    if (p.divergingEpoch !== undefined && p.divergingEpoch.epoch >= 0) {
      this.truncateToDivergence({ offset: Number(p.divergingEpoch.endOffset), epoch: p.divergingEpoch.epoch });
    } else if (p.snapshotId !== undefined && (p.snapshotId.epoch >= 0 || p.snapshotId.endOffset >= 0n)) {
      if (p.snapshotId.epoch < 0 || p.snapshotId.endOffset < 0n) return false;
      s.download = { id: { offset: Number(p.snapshotId.endOffset), epoch: p.snapshotId.epoch }, chunks: [], size: 0 };
      this.logger.info({ snapshotId: formatOffsetAndEpoch(s.download.id) }, 'fetching a snapshot from the leader');
    } else {
      const records = p.records;
      if (records !== null && records.length > 0) {
        // Records answer the position asked for; anything else is a confused or stale answer.
        if (records.length < 8 || Number(records.readBigInt64BE(0)) !== this.log.endOffset) return false;
        this.log.appendAsFollower(records);
        // A voter's fetch offset counts towards the high watermark: what it reports must be durable.
        await this.log.flush();
      }
      if (p.highWatermark >= 0n) this.updateFollowerHighWatermark(Number(p.highWatermark));
    }
    s.fetchDeadline = now + this.config.fetchTimeoutMs;
    s.hasFetched = true;
    return true;
  }

  private truncateToDivergence(diverging: OffsetAndEpoch): void {
    const offset = divergenceTruncationOffset(this.log, diverging);
    if ((this.hw !== null && offset < this.hw) || offset < this.log.startOffset) {
      throw new RaftInvariantError(`the leader asks to truncate to ${offset}, below the high watermark ${this.hw} or log start ${this.log.startOffset}`);
    }
    this.logger.info({ truncateTo: offset, diverging: formatOffsetAndEpoch(diverging), logEndOffset: this.log.endOffset }, 'truncating a diverging log');
    this.log.truncateTo(offset);
  }

  private updateFollowerHighWatermark(leaderHighWatermark: number): void {
    const hw = Math.min(leaderHighWatermark, this.log.endOffset);
    if (this.hw !== null && hw <= this.hw) return;
    this.hw = hw;
    this.log.updateHighWatermark(hw);
  }

  // ---- FetchSnapshot ----

  private handleFetchSnapshotRequest(request: FetchSnapshotRequest, now: number): FetchSnapshotResponse<Buffer> {
    if (this.isOtherCluster(request.clusterId)) return topLevelErrorResponse('FetchSnapshot', ErrorCode.INCONSISTENT_CLUSTER_ID);
    const p = fetchSnapshotPartition(this.config, request);
    if (p === null) return topLevelErrorResponse('FetchSnapshot', ErrorCode.INVALID_REQUEST);
    const error = this.leaderOnlyError(p.currentLeaderEpoch);
    const state = this.quorum.state;
    if (error !== ErrorCode.NONE || state.kind !== 'leader') return fetchSnapshotResponse(this.config, error, this.current());
    const id = { offset: Number(p.snapshotId.endOffset), epoch: p.snapshotId.epoch };
    const snapshot = this.log.readSnapshot(id);
    if (snapshot === null) return fetchSnapshotResponse(this.config, ErrorCode.SNAPSHOT_NOT_FOUND, this.current());
    const position = Number(p.position);
    if (position < 0 || position >= snapshot.length) return fetchSnapshotResponse(this.config, POSITION_OUT_OF_RANGE, this.current());
    if (state.leader.isVoter(request.replicaId)) state.leader.recordVoterContact(request.replicaId, now);
    const bytes = snapshot.subarray(position, position + Math.min(request.maxBytes, this.config.fetchMaxBytes));
    return fetchSnapshotResponse(this.config, ErrorCode.NONE, this.current(), { snapshotId: id, size: snapshot.length, position, bytes });
  }

  private async handleFetchSnapshotResponse(source: number, data: FetchSnapshotResponse<Buffer>, now: number): Promise<boolean> {
    if (data.errorCode !== ErrorCode.NONE) return false;
    const p = fetchSnapshotResponsePartition(this.config, data);
    if (p === null) return false;
    const handled = await this.handleCommonResponse(source, p.errorCode, p.currentLeader?.leaderId ?? NO_REPLICA, p.currentLeader?.leaderEpoch ?? -1, now);
    if (handled !== null) return handled;
    const s = this.quorum.state;
    if (s.kind !== 'follower' || s.leaderId !== source || s.download === null) return true;
    const download = s.download;
    const id = { offset: Number(p.snapshotId.endOffset), epoch: p.snapshotId.epoch };
    if (p.errorCode === ErrorCode.SNAPSHOT_NOT_FOUND || id.offset < 0 || id.epoch < 0) {
      // The leader replaced that snapshot: fetch again to learn the current one.
      this.logger.info({ snapshotId: formatOffsetAndEpoch(download.id) }, 'the leader no longer has the snapshot; fetching again');
      s.download = null;
      s.fetchDeadline = now + this.config.fetchTimeoutMs;
      return true;
    }
    if (p.errorCode !== ErrorCode.NONE) return false;
    const size = Number(p.size);
    if (compareOffsetAndEpoch(id, download.id) !== 0 || Number(p.position) !== download.size || download.size + p.unalignedRecords.length > size) {
      s.download = null;
      return false;
    }
    download.chunks.push(Buffer.from(p.unalignedRecords));
    download.size += p.unalignedRecords.length;
    if (download.size === size) {
      s.download = null;
      await this.installSnapshot(download.id, Buffer.concat(download.chunks, download.size));
    }
    s.fetchDeadline = now + this.config.fetchTimeoutMs;
    s.hasFetched = true;
    return true;
  }

  /** A complete snapshot from the leader replaces the follower's log and state. */
  private async installSnapshot(id: OffsetAndEpoch, bytes: Buffer): Promise<void> {
    const records = decodeSnapshot(bytes);
    await this.log.storeSnapshot(id, bytes);
    await this.log.truncateToSnapshot(id);
    this.stateMachine.loadSnapshot(id, records);
    this.setAppliedTo(id);
    this.logger.info({ snapshotId: formatOffsetAndEpoch(id), bytes: bytes.length }, 'installed a snapshot from the leader');
    // Everything in a snapshot was committed.
    if (this.hw === null || this.hw < id.offset) {
      this.hw = id.offset;
      this.log.updateHighWatermark(id.offset);
    }
  }

  // ---- the state machine ----

  private setAppliedTo(id: OffsetAndEpoch): void {
    this.nextApplyOffset = id.offset;
    this.lastAppliedEpoch = id.epoch;
    this.bytesSinceSnapshot = 0;
  }

  private loadSnapshot(id: OffsetAndEpoch): void {
    const bytes = this.log.readSnapshot(id);
    if (bytes === null) throw new Error(`snapshot ${formatOffsetAndEpoch(id)} is listed but cannot be read`);
    this.stateMachine.loadSnapshot(id, decodeSnapshot(bytes));
    this.setAppliedTo(id);
  }

  /** Hands committed batches to the state machine, then snapshots when enough bytes went by. */
  private async applyCommitted(): Promise<void> {
    const hw = this.hw;
    if (hw === null || this.nextApplyOffset >= hw) return;
    if (this.nextApplyOffset < this.log.startOffset) {
      // The log moved past what was applied (a snapshot replaced it): start from that snapshot.
      const snapshot = this.log.latestSnapshotId();
      if (snapshot === null || snapshot.offset < this.log.startOffset) throw new Error(`no snapshot covers offsets below the log start ${this.log.startOffset}`);
      this.loadSnapshot(snapshot);
    }
    while (this.nextApplyOffset < hw) {
      const bytes = this.log.read(this.nextApplyOffset, APPLY_READ_BYTES);
      if (bytes.length === 0) break;
      let progressed = false;
      for (const { isControl, batch } of decodeBatches(bytes)) {
        if (batch.lastOffset >= hw) break;
        if (batch.lastOffset < this.nextApplyOffset) continue;
        if (!isControl) {
          this.stateMachine.apply(batch);
          this.bytesSinceSnapshot += batch.sizeInBytes;
        }
        this.nextApplyOffset = batch.lastOffset + 1;
        this.lastAppliedEpoch = batch.epoch;
        this.lastAppliedTimestamp = batch.appendTimestamp;
        progressed = true;
      }
      if (!progressed) break;
    }
    if (this.bytesSinceSnapshot >= this.config.snapshotIntervalBytes) await this.takeSnapshot();
  }

  /** Snapshots the state machine at the applied offset and truncates the log behind it. */
  private async takeSnapshot(): Promise<void> {
    const id = { offset: this.nextApplyOffset, epoch: this.lastAppliedEpoch };
    const latest = this.log.latestSnapshotId();
    if (latest !== null && latest.offset >= id.offset) return;
    const bytes = encodeSnapshot(id, this.stateMachine.takeSnapshot(), this.lastAppliedTimestamp, this.clock.now(), this.config.snapshotControlRecords);
    await this.log.storeSnapshot(id, bytes);
    await this.log.deleteBeforeSnapshot(id);
    this.bytesSinceSnapshot = 0;
    this.logger.info({ snapshotId: formatOffsetAndEpoch(id), bytes: bytes.length, logStartOffset: this.log.startOffset }, 'took a snapshot');
  }
}
