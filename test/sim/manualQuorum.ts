/**
 * A small quorum for unit tests, stepped by hand: a fake clock, messages delivered in order unless
 * a link is cut, and helpers to advance time until something holds. Logs may be prepared before
 * start to set up divergent histories.
 */
import { MemoryQuorumStateStore } from '../../src/raft/electionState.js';
import { MemoryRaftLog } from '../../src/raft/memoryRaftLog.js';
import { RaftClient } from '../../src/raft/raftClient.js';
import { raftConfig, type RaftConfig } from '../../src/raft/raftConfig.js';
import type { RaftRequest, RaftResponse } from '../../src/raft/raftMessage.js';
import { SeededRandom } from './seededRandom.js';
import { SimStateMachine } from './simStateMachine.js';

export interface ManualNode {
  readonly id: number;
  client: RaftClient;
  stateMachine: SimStateMachine;
  readonly log: MemoryRaftLog;
  readonly store: MemoryQuorumStateStore;
  alive: boolean;
}

type Message =
  | { kind: 'request'; from: number; to: number; correlationId: number; request: RaftRequest }
  | { kind: 'response'; from: number; to: number; correlationId: number; response: RaftResponse };

export interface ManualQuorumOptions {
  readonly voters: readonly number[];
  readonly observers?: readonly number[];
  readonly config?: Partial<RaftConfig>;
  readonly seed?: number;
}

export class ManualQuorum {
  now = 0;
  readonly nodes = new Map<number, ManualNode>();
  readonly config: RaftConfig;
  /** Every request sent, in order, for tests that look at the traffic. */
  readonly sent: { from: number; to: number; request: RaftRequest }[] = [];
  private queue: Message[] = [];
  private readonly cut = new Set<string>();
  private readonly random: SeededRandom;
  private readonly voters: readonly number[];

  constructor(options: ManualQuorumOptions) {
    this.voters = options.voters;
    this.config = raftConfig({ fetchMaxBytes: 1024, ...options.config });
    this.random = new SeededRandom(options.seed ?? 1);
    for (const id of [...options.voters, ...(options.observers ?? [])]) {
      const node: ManualNode = { id, client: null as unknown as RaftClient, stateMachine: new SimStateMachine(), log: new MemoryRaftLog(), store: new MemoryQuorumStateStore(), alive: false };
      this.nodes.set(id, node);
    }
  }

  node(id: number): ManualNode {
    const node = this.nodes.get(id);
    if (node === undefined) throw new Error(`no node ${id}`);
    return node;
  }

  /** Starts (or restarts, from its log and store) one node. */
  async start(id: number): Promise<void> {
    const node = this.node(id);
    node.stateMachine = new SimStateMachine();
    node.client = new RaftClient({
      nodeId: id,
      voters: this.voters,
      config: this.config,
      log: node.log,
      store: node.store,
      stateMachine: node.stateMachine,
      transport: {
        send: (to, correlationId, request) => {
          this.sent.push({ from: id, to, request });
          this.queue.push({ kind: 'request', from: id, to, correlationId, request });
        },
      },
      clock: { now: () => this.now },
      random: this.random.fork(),
    });
    node.alive = true;
    await node.client.initialize();
  }

  async startAll(): Promise<void> {
    for (const id of this.nodes.keys()) await this.start(id);
  }

  /** A crash: the node stops and loses what it had not flushed. */
  crash(id: number): void {
    const node = this.node(id);
    node.alive = false;
    node.log.simulateCrash();
  }

  /** Cuts (or with `connected`, restores) both directions between two nodes. */
  link(a: number, b: number, connected: boolean): void {
    for (const key of [`${a}-${b}`, `${b}-${a}`]) {
      if (connected) this.cut.delete(key);
      else this.cut.add(key);
    }
  }

  /** Isolates a node from every other one (or reconnects it). */
  isolate(id: number, isolated = true): void {
    for (const other of this.nodes.keys()) if (other !== id) this.link(id, other, !isolated);
  }

  private deliverable(m: Message): boolean {
    return !this.cut.has(`${m.from}-${m.to}`) && this.node(m.to).alive && this.node(m.from).alive;
  }

  /** Delivers queued messages, and those they cause, until none is left; then polls every node. */
  async settle(): Promise<void> {
    for (let rounds = 0; rounds < 10_000; rounds++) {
      // Answers to parked fetches resolve on their own: let them reach the queue.
      await new Promise((resolve) => setImmediate(resolve));
      const message = this.queue.shift();
      if (message === undefined) {
        await this.pollAll();
        await new Promise((resolve) => setImmediate(resolve));
        if (this.queue.length === 0) return;
        continue;
      }
      if (!this.deliverable(message)) continue;
      const target = this.node(message.to);
      if (message.kind === 'request') {
        void target.client.handleRequest(message.from, message.request).then((response) => {
          this.queue.push({ kind: 'response', from: message.to, to: message.from, correlationId: message.correlationId, response });
        });
      } else {
        await target.client.handleResponse(message.from, message.correlationId, message.response);
      }
      await target.client.poll();
    }
    const pending = this.queue.slice(0, 6).map((m) => `${m.kind === 'request' ? m.request.api : `${m.response.api} answer`} ${m.from}->${m.to}`);
    throw new Error(`the quorum never settled at ${this.now} ms; pending: ${pending.join(', ')}`);
  }

  async pollAll(): Promise<void> {
    for (const node of this.nodes.values()) if (node.alive) await node.client.poll();
  }

  /** Moves the clock in steps, settling the network after each. */
  async advance(ms: number, stepMs = 10): Promise<void> {
    const end = this.now + ms;
    while (this.now < end) {
      this.now = Math.min(end, this.now + stepMs);
      await this.settle();
    }
  }

  /** Advances until `done` holds; throws after `maxMs`. */
  async advanceUntil(done: () => boolean, maxMs = 30_000, stepMs = 10): Promise<void> {
    const end = this.now + maxMs;
    await this.settle();
    while (!done()) {
      if (this.now >= end) throw new Error(`condition not reached within ${maxMs} ms`);
      this.now += stepMs;
      await this.settle();
    }
  }

  leader(): ManualNode | null {
    let found: ManualNode | null = null;
    for (const node of this.nodes.values()) {
      if (node.alive && node.client.stateName === 'leader' && (found === null || node.client.epoch > found.client.epoch)) found = node;
    }
    return found;
  }

  /** Waits for a leader whose high watermark has passed the start of its epoch. */
  async electLeader(maxMs = 30_000): Promise<ManualNode> {
    await this.advanceUntil(() => {
      const leader = this.leader();
      return leader !== null && (leader.client.highWatermark ?? -1) > 0;
    }, maxMs);
    return this.leader()!;
  }
}
