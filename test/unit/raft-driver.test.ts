// RaftClientDriver on real time, with the storage engine underneath: three replicas in this process
// on StorageRaftLog and FileQuorumStateStore, an in-memory transport, short timeouts. A leader is
// elected, commits, snapshots; when it stops another takes over; restarted, it catches up from disk
// and the quorum.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { systemClock } from '../../src/raft/clock.js';
import { FileQuorumStateStore } from '../../src/raft/fileQuorumStateStore.js';
import { mathRandom } from '../../src/raft/random.js';
import { RaftClient } from '../../src/raft/raftClient.js';
import { RaftClientDriver } from '../../src/raft/raftClientDriver.js';
import { raftConfig } from '../../src/raft/raftConfig.js';
import { NotLeaderError } from '../../src/raft/raftErrors.js';
import { StorageRaftLog } from '../../src/raft/storageRaftLog.js';
import { SimStateMachine } from '../sim/simStateMachine.js';

const config = raftConfig({
  electionTimeoutMs: 150,
  fetchTimeoutMs: 300,
  electionBackoffMaxMs: 150,
  requestTimeoutMs: 300,
  fetchMaxWaitMs: 50,
  snapshotIntervalBytes: 2000,
  clusterId: 'driver-test',
});

interface Replica {
  readonly id: number;
  driver: RaftClientDriver;
  log: StorageRaftLog;
  stateMachine: SimStateMachine;
  alive: boolean;
}

class Cluster {
  readonly replicas = new Map<number, Replica>();

  constructor(
    readonly root: string,
    readonly voters: readonly number[],
  ) {}

  async start(id: number): Promise<Replica> {
    const dir = path.join(this.root, `node-${id}`);
    const log = await StorageRaftLog.open(path.join(dir, '__cluster_metadata-0'));
    const stateMachine = new SimStateMachine();
    const client = new RaftClient({
      nodeId: id,
      voters: this.voters,
      config,
      log,
      store: new FileQuorumStateStore(dir),
      stateMachine,
      transport: { send: (to, correlationId, request) => this.deliver(id, to, correlationId, request) },
      clock: systemClock,
      random: mathRandom,
    });
    const replica: Replica = { id, driver: new RaftClientDriver(client), log, stateMachine, alive: true };
    this.replicas.set(id, replica);
    await replica.driver.start();
    return replica;
  }

  private deliver(from: number, to: number, correlationId: number, request: Parameters<RaftClient['handleRequest']>[1]): void {
    setImmediate(() => {
      const target = this.replicas.get(to);
      if (target === undefined || !target.alive) return;
      void target.driver.handleRequest(from, request).then((response) => {
        setImmediate(() => {
          const source = this.replicas.get(from);
          if (source !== undefined && source.alive) void source.driver.handleResponse(to, correlationId, response);
        });
      });
    });
  }

  /** Stops a replica as a killed process would: nothing more is delivered to or from it. */
  async stop(id: number): Promise<void> {
    const replica = this.replicas.get(id)!;
    replica.alive = false;
    replica.driver.stop();
    // Queued behind whatever it was doing: then its files can be closed.
    await replica.driver.client.describeQuorum();
    await replica.log.close();
  }

  leader(): Replica | null {
    for (const r of this.replicas.values()) if (r.alive && r.driver.client.stateName === 'leader' && (r.driver.client.highWatermark ?? 0) > 0) return r;
    return null;
  }

  async waitFor<T>(what: string, probe: () => T | null | false, timeoutMs = 10_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== null && value !== false) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stopAll(): Promise<void> {
    for (const r of this.replicas.values()) if (r.alive) await this.stop(r.id);
  }
}

t.test('a quorum on disk elects, commits, survives the loss of its leader and catches the old one up', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'raft-driver-'));
  const cluster = new Cluster(root, [1, 2, 3]);
  t.teardown(async () => {
    await cluster.stopAll();
    fs.rmSync(root, { recursive: true, force: true });
  });
  for (const id of [1, 2, 3]) await cluster.start(id);
  const first = await cluster.waitFor('a leader', () => cluster.leader());

  for (let i = 0; i < 40; i++) await first.driver.client.propose([Buffer.from(`record-${i}-${'m'.repeat(60)}`)]);
  const committed = first.driver.client.logEndOffset;
  await cluster.waitFor('every replica to apply', () => [...cluster.replicas.values()].every((r) => (r.driver.client.highWatermark ?? 0) >= committed));
  t.ok(first.log.latestSnapshotId() !== null, 'the leader took a snapshot');
  t.ok(fs.readdirSync(path.join(root, `node-${first.id}`, '__cluster_metadata-0')).some((n) => n.endsWith('.checkpoint')), 'as a Kafka-named file');
  t.ok(fs.existsSync(path.join(root, `node-${first.id}`, 'quorum-state')));

  const stoppedAt = Date.now();
  await cluster.stop(first.id);
  const second = await cluster.waitFor('a new leader', () => cluster.leader());
  const failoverMs = Date.now() - stoppedAt;
  t.not(second.id, first.id);
  t.ok(second.driver.client.epoch > first.driver.client.epoch);
  // The followers notice after the fetch timeout, then win a pre-vote and a vote.
  t.ok(failoverMs < config.fetchTimeoutMs + 4 * config.electionTimeoutMs + 1000, `new leader after ${failoverMs} ms`);
  t.same(second.stateMachine.applied.slice(0, 40).map((b) => b.key), first.stateMachine.applied.slice(0, 40).map((b) => b.key), 'nothing committed was lost');

  await second.driver.client.propose([Buffer.from('after-failover')]);
  const restarted = await cluster.start(first.id);
  const target = second.driver.client.logEndOffset;
  await cluster.waitFor('the old leader to catch up', () => restarted.driver.client.stateName === 'follower' && (restarted.driver.client.highWatermark ?? 0) >= target);
  t.equal(restarted.driver.client.leaderId, second.id);
  t.same(restarted.stateMachine.applied.map((b) => b.key), second.stateMachine.applied.map((b) => b.key), 'the same state, from its snapshot and the log');
  await t.rejects(restarted.driver.client.propose([Buffer.from('x')]), NotLeaderError);
});

t.test('a quorum of one leads as soon as it starts', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'raft-driver-'));
  const cluster = new Cluster(root, [7]);
  t.teardown(async () => {
    await cluster.stopAll();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const only = await cluster.start(7);
  t.equal(only.driver.client.stateName, 'leader');
  const last = await only.driver.client.propose([Buffer.from('solo')]);
  t.equal(only.driver.client.highWatermark, last.offset + 1);
  await cluster.stop(7);
  const again = await cluster.start(7);
  t.equal(again.driver.client.stateName, 'leader', 'and again after a restart, in a new epoch');
  t.ok(again.driver.client.epoch > 1);
  t.same(again.stateMachine.applied.map((b) => b.key), ['solo']);
});
