/**
 * A deterministic simulation of a Raft quorum built from RaftClient: a fake clock, a fake network
 * that drops, delays (and so reorders), duplicates and partitions messages, crashes with restarts
 * from what the log and quorum-state store made durable, graceful resignations, and a steady stream
 * of proposals with snapshots every few kilobytes. Everything random comes from one seed, so a run
 * replays exactly. The SafetyChecker runs after every step; after the faults stop ("heal"), a leader
 * must commit in its epoch within a bound.
 */
import { MemoryQuorumStateStore } from '../../src/raft/electionState.js';
import { RaftClient } from '../../src/raft/raftClient.js';
import { raftConfig, type RaftConfig } from '../../src/raft/raftConfig.js';
import { NotLeaderError } from '../../src/raft/raftErrors.js';
import type { RaftRequest, RaftResponse } from '../../src/raft/raftMessage.js';
import { SafetyChecker, SafetyViolation } from './safetyChecker.js';
import { SeededRandom } from './seededRandom.js';
import { SimRaftLog } from './simRaftLog.js';
import { SimStateMachine } from './simStateMachine.js';

export interface SimScenario {
  readonly seed: number;
  readonly voters: number;
  /** Replicas outside the voter set: they only fetch (as brokers will). */
  readonly observers: number;
  /** Simulated milliseconds of faults. */
  readonly chaosMs: number;
  /** After the heal, a leader must have committed in its epoch within this many milliseconds. */
  readonly livenessBoundMs: number;
  readonly dropRate: number;
  readonly duplicateRate: number;
  /** Share of messages delayed by 50-400 ms instead of 1-15 ms: they arrive out of order. */
  readonly slowRate: number;
  readonly crashes: boolean;
  readonly partitions: boolean;
  readonly resignations: boolean;
  readonly snapshotIntervalBytes: number;
}

export interface SimResult {
  readonly events: number;
  readonly committedEnd: number;
  readonly epochsWithLeader: number;
  /** Simulated milliseconds from the heal to a leader committing in its own epoch. */
  readonly recoveryMs: number;
  /** Then until every replica's high watermark reached what was committed at that moment. */
  readonly catchUpMs: number;
  /** The most requests one replica sent another within one simulated second. */
  readonly peakRequestsPerSecond: number;
  readonly snapshotsInstalled: number;
}

/** A failed run: the scenario to replay and what broke. */
export class SimulationFailure extends Error {
  override readonly name = 'SimulationFailure';
  constructor(
    readonly scenario: SimScenario,
    readonly atMs: number,
    cause: unknown,
  ) {
    super(`raft simulation ${JSON.stringify(scenario)} failed at ${atMs} ms: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function simConfig(snapshotIntervalBytes: number): RaftConfig {
  // Kafka's timeouts; small fetches and snapshots so transfers take several round trips.
  return raftConfig({ fetchMaxBytes: 1024, snapshotIntervalBytes });
}

type Event =
  | { kind: 'poll'; node: number; token: number }
  | { kind: 'request'; from: number; to: number; toIncarnation: number; fromIncarnation: number; correlationId: number; request: RaftRequest }
  | { kind: 'response'; from: number; to: number; toIncarnation: number; correlationId: number; response: RaftResponse }
  | { kind: 'restart'; node: number }
  | { kind: 'fault' }
  | { kind: 'heal-partition' }
  | { kind: 'propose' }
  | { kind: 'heal' };

interface Scheduled {
  readonly time: number;
  readonly seq: number;
  readonly event: Event;
}

/** A binary min-heap on (time, seq): equal times keep their scheduling order. */
class EventQueue {
  private heap: Scheduled[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(time: number, event: Event): void {
    const item = { time, seq: this.seq++, event };
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Scheduled | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(a: Scheduled, b: Scheduled): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

interface SimNode {
  readonly id: number;
  incarnation: number;
  alive: boolean;
  client: RaftClient;
  stateMachine: SimStateMachine;
  readonly log: SimRaftLog;
  readonly store: MemoryQuorumStateStore;
  pollToken: number;
  /** Polls run at the current time in a row: a client that never sleeps is a bug. */
  pollsAtSameTime: number;
  lastPollTime: number;
}

const MAX_POLLS_AT_ONE_TIME = 200;
/**
 * Requests one replica may send another within one simulated second. Long-poll fetches, wake-ups
 * on new records and the retry backoff keep healthy runs near 30; replicas answering each other
 * without ever backing off go well above.
 */
const MAX_REQUESTS_PER_SECOND = 60;
const MAX_SLEEP_MS = 60_000;

export class RaftSimulation {
  private now = 0;
  private readonly queue = new EventQueue();
  private readonly random: SeededRandom;
  private readonly nodes = new Map<number, SimNode>();
  private readonly checker = new SafetyChecker();
  private readonly config: RaftConfig;
  private readonly voterIds: number[];
  /** Which side of a partition each node is on; null when the network is whole. */
  private partition: Map<number, number> | null = null;
  private healed = false;
  private healTime = Infinity;
  private recoveredAt = -1;
  private catchUpTarget = 0;
  private caughtUpAt = -1;
  private asyncError: unknown = null;
  private events = 0;
  private proposalSeq = 0;
  private readonly requestsPerSecond = new Map<string, number>();
  private snapshotsInstalled = 0;

  /** RAFT_SIM_TRACE=1 prints every step: for replaying a failing scenario. */
  private readonly trace = process.env.RAFT_SIM_TRACE === '1';

  constructor(private readonly scenario: SimScenario) {
    this.random = new SeededRandom(scenario.seed);
    this.config = simConfig(scenario.snapshotIntervalBytes);
    this.voterIds = Array.from({ length: scenario.voters }, (_, i) => i + 1);
  }

  async run(): Promise<SimResult> {
    try {
      for (let id = 1; id <= this.scenario.voters + this.scenario.observers; id++) {
        const log = new SimRaftLog();
        const store = new MemoryQuorumStateStore();
        const node: SimNode = { id, incarnation: 0, alive: false, client: null as unknown as RaftClient, stateMachine: new SimStateMachine(), log, store, pollToken: 0, pollsAtSameTime: 0, lastPollTime: -1 };
        this.nodes.set(id, node);
        await this.start(node);
      }
      this.queue.push(this.random.between(100, 1500), { kind: 'fault' });
      this.queue.push(this.random.between(50, 300), { kind: 'propose' });
      this.queue.push(this.scenario.chaosMs, { kind: 'heal' });
      const end = this.scenario.chaosMs + this.scenario.livenessBoundMs;
      for (let next = this.queue.pop(); next !== undefined && next.time <= end; next = this.queue.pop()) {
        this.now = next.time;
        this.events++;
        await this.dispatch(next.event);
        if (this.trace) this.traceStep(next.event);
        if (this.asyncError !== null) throw this.asyncError;
        this.checker.check([...this.nodes.values()].filter((n) => n.alive));
        if (this.healed && this.recoveredAt < 0 && this.hasCommittingLeader()) {
          this.recoveredAt = this.now;
          this.catchUpTarget = this.checker.committedEnd;
        }
        // Then every replica, observers included, must learn what was committed by then.
        if (this.recoveredAt >= 0 && this.allCaughtUp()) {
          this.caughtUpAt = this.now;
          break;
        }
      }
      if (this.recoveredAt < 0) throw new SafetyViolation(`no leader committed within ${this.scenario.livenessBoundMs} ms of the heal`);
      if (this.caughtUpAt < 0) throw new SafetyViolation(`not every replica reached the committed offset ${this.catchUpTarget} within ${this.scenario.livenessBoundMs} ms of the heal`);
      return {
        events: this.events,
        committedEnd: this.checker.committedEnd,
        epochsWithLeader: this.checker.leaderCount,
        recoveryMs: this.recoveredAt - this.healTime,
        catchUpMs: this.caughtUpAt - this.recoveredAt,
        peakRequestsPerSecond: Math.max(0, ...this.requestsPerSecond.values()),
        snapshotsInstalled: this.snapshotsInstalled,
      };
    } catch (err) {
      throw new SimulationFailure(this.scenario, this.now, err);
    }
  }

  /** A leader whose high watermark covers the start of its epoch: elected and committing. */
  private hasCommittingLeader(): boolean {
    for (const n of this.nodes.values()) {
      if (!n.alive || n.client.stateName !== 'leader') continue;
      const hw = n.client.highWatermark;
      if (hw !== null && hw >= 1 && n.client.epoch > 0) return true;
    }
    return false;
  }

  private traceStep(event: Event): void {
    const what =
      event.kind === 'request'
        ? `${event.request.api}${event.request.api === 'Vote' && event.request.preVote ? '(pre)' : ''} ${event.from}->${event.to} ${JSON.stringify(event.request.data, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))}`
        : event.kind === 'response'
          ? `${event.response.api} reply ${event.from}->${event.to} ${JSON.stringify(event.response.data, (k, v: unknown) => (typeof v === 'bigint' ? Number(v) : k === 'records' || k === 'unalignedRecords' ? '<bytes>' : v))}`
          : JSON.stringify(event);
    const states = [...this.nodes.values()]
      .map((n) => (n.alive ? `${n.id}:${n.client.stateName[0]}e${n.client.epoch}L${n.client.leaderId} leo${n.log.endOffset}/${n.log.lastFetchedEpoch()} hw${n.client.highWatermark}` : `${n.id}:down`))
      .join(' ');
    console.log(`${this.now} ${what}\n    ${states}`);
  }

  private allCaughtUp(): boolean {
    for (const n of this.nodes.values()) {
      const hw = n.client.highWatermark;
      if (!n.alive || hw === null || hw < this.catchUpTarget) return false;
    }
    return true;
  }

  // ---- nodes ----

  private async start(node: SimNode): Promise<void> {
    node.incarnation++;
    node.alive = true;
    node.stateMachine = new SimStateMachine();
    const nodeRandom = this.random.fork();
    node.client = new RaftClient({
      nodeId: node.id,
      voters: this.voterIds,
      config: this.config,
      log: node.log,
      store: node.store,
      stateMachine: node.stateMachine,
      transport: { send: (to, correlationId, request) => this.sendRequest(node, to, correlationId, request) },
      clock: { now: () => this.now },
      random: nodeRandom,
    });
    await node.client.initialize();
    await this.poll(node);
  }

  private crash(node: SimNode): void {
    node.alive = false;
    node.pollToken++;
    node.log.simulateCrash();
  }

  private async poll(node: SimNode): Promise<void> {
    if (node.lastPollTime === this.now) {
      if (++node.pollsAtSameTime > MAX_POLLS_AT_ONE_TIME) throw new SafetyViolation(`replica ${node.id} polls without ever sleeping (${node.client.stateName})`);
    } else {
      node.lastPollTime = this.now;
      node.pollsAtSameTime = 0;
    }
    const wait = await node.client.poll();
    this.queue.push(this.now + Math.min(wait, MAX_SLEEP_MS), { kind: 'poll', node: node.id, token: ++node.pollToken });
  }

  // ---- network ----

  private linked(a: number, b: number): boolean {
    return this.partition === null || this.partition.get(a) === this.partition.get(b);
  }

  /** Loses, delays or duplicates a message as the scenario says (a healed network only delays). */
  private transmit(from: number, to: number, event: Event): void {
    if (!this.linked(from, to)) return;
    if (!this.healed && this.random.chance(this.scenario.dropRate)) return;
    const copies = !this.healed && this.random.chance(this.scenario.duplicateRate) ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      const slow = !this.healed && this.random.chance(this.scenario.slowRate);
      this.queue.push(this.now + (slow ? this.random.between(50, 400) : this.random.between(1, 15)), event);
    }
  }

  private sendRequest(from: SimNode, to: number, correlationId: number, request: RaftRequest): void {
    const key = `${from.id}->${to}@${Math.floor(this.now / 1000)}`;
    const sent = (this.requestsPerSecond.get(key) ?? 0) + 1;
    this.requestsPerSecond.set(key, sent);
    if (sent > MAX_REQUESTS_PER_SECOND) this.asyncError ??= new SafetyViolation(`replica ${from.id} sent ${sent} requests to ${to} within one second (${request.api}): a request storm`);
    const target = this.nodes.get(to);
    if (target === undefined || !target.alive) return;
    this.transmit(from.id, to, { kind: 'request', from: from.id, to, toIncarnation: target.incarnation, fromIncarnation: from.incarnation, correlationId, request });
  }

  private async dispatch(event: Event): Promise<void> {
    switch (event.kind) {
      case 'poll': {
        const node = this.nodes.get(event.node)!;
        if (node.alive && node.pollToken === event.token) await this.poll(node);
        return;
      }
      case 'request': {
        const node = this.nodes.get(event.to)!;
        if (!node.alive || node.incarnation !== event.toIncarnation) return;
        // A parked Fetch is answered later; the answer travels back when it comes.
        node.client.handleRequest(event.from, event.request).then(
          (response) => {
            if (!node.alive || node.incarnation !== event.toIncarnation) return;
            const requester = this.nodes.get(event.from)!;
            if (!requester.alive || requester.incarnation !== event.fromIncarnation) return;
            this.transmit(event.to, event.from, { kind: 'response', from: event.to, to: event.from, toIncarnation: event.fromIncarnation, correlationId: event.correlationId, response });
          },
          (err: unknown) => {
            this.asyncError ??= err;
          },
        );
        await this.poll(node);
        return;
      }
      case 'response': {
        const node = this.nodes.get(event.to)!;
        if (!node.alive || node.incarnation !== event.toIncarnation) return;
        const installedBefore = node.log.latestSnapshotId();
        await node.client.handleResponse(event.from, event.correlationId, event.response);
        if (event.response.api === 'FetchSnapshot' && node.log.latestSnapshotId() !== installedBefore) this.snapshotsInstalled++;
        await this.poll(node);
        return;
      }
      case 'restart': {
        const node = this.nodes.get(event.node)!;
        if (!node.alive) await this.start(node);
        return;
      }
      case 'fault':
        await this.injectFault();
        if (!this.healed) this.queue.push(this.now + this.random.between(200, 2500), { kind: 'fault' });
        return;
      case 'heal-partition':
        this.partition = null;
        return;
      case 'propose':
        await this.propose();
        this.queue.push(this.now + this.random.between(50, 300), { kind: 'propose' });
        return;
      case 'heal':
        if (this.healed) return;
        this.healed = true;
        this.healTime = this.now;
        this.partition = null;
        for (const node of this.nodes.values()) if (!node.alive) await this.start(node);
        return;
    }
  }

  private async injectFault(): Promise<void> {
    if (this.healed) return;
    const alive = [...this.nodes.values()].filter((n) => n.alive);
    const roll = this.random.nextFloat();
    if (this.scenario.crashes && roll < 0.4 && alive.length > 0) {
      const node = this.random.pick(alive);
      this.crash(node);
      this.queue.push(this.now + this.random.between(100, 4000), { kind: 'restart', node: node.id });
    } else if (this.scenario.partitions && roll < 0.75) {
      const sides = new Map<number, number>();
      for (const id of this.nodes.keys()) sides.set(id, this.random.nextInt(2));
      this.partition = sides;
      this.queue.push(this.now + this.random.between(300, 5000), { kind: 'heal-partition' });
    } else if (this.scenario.resignations) {
      const leader = alive.find((n) => n.client.stateName === 'leader');
      if (leader !== undefined) await leader.client.resign();
    }
  }

  private async propose(): Promise<void> {
    const leaders = [...this.nodes.values()].filter((n) => n.alive && n.client.stateName === 'leader');
    if (leaders.length === 0) return;
    const leader = this.random.pick(leaders);
    const count = this.random.between(1, 3);
    const values = Array.from({ length: count }, () => Buffer.from(`v${++this.proposalSeq}:${leader.id}`));
    try {
      await leader.client.propose(values);
    } catch (err) {
      if (!(err instanceof NotLeaderError)) throw err;
    }
  }
}

/** Runs one scenario; throws SimulationFailure naming the scenario when anything breaks. */
export function runSimulation(scenario: SimScenario): Promise<SimResult> {
  return new RaftSimulation(scenario).run();
}
