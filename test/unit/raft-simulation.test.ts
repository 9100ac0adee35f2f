// Deterministic simulation of src/raft/ (test/sim/raftSimulation.ts): fast-check draws fault
// scenarios (3 or 5 voters, sometimes an observer, message loss, duplication, reordering,
// partitions, crashes with restarts from disk state, resignations, snapshot installs); every step
// is checked against Raft's safety properties (and against request storms), and after the faults
// stop a leader must commit and every replica catch up within a bound.
//
//   RAFT_SIM_RUNS=100000       more scenarios (default 2000)
//   RAFT_SIM_SCENARIO='{...}'  replay one scenario, as printed by a failure
//   RAFT_SIM_TRACE=1           with RAFT_SIM_SCENARIO: print every step
import { Worker } from 'node:worker_threads';
import t from 'tap';
import { runSimulation, type SimScenario } from '../sim/raftSimulation.js';
import type { WorkerReply, WorkerRequest } from '../sim/simulationWorker.js';

const LIVENESS_BOUND_MS = 60_000;

function runInWorker(request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../sim/simulationWorker.js', import.meta.url), { workerData: request });
    worker.once('message', (reply: WorkerReply) => resolve(reply));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`simulation worker exited with code ${code}`));
    });
  });
}

const replay = process.env.RAFT_SIM_SCENARIO;
if (replay !== undefined) {
  t.test('replays one scenario', async (t) => {
    const scenario = JSON.parse(replay) as SimScenario;
    const result = await runSimulation(scenario);
    t.comment(JSON.stringify(result));
    t.ok(result.recoveryMs <= scenario.livenessBoundMs);
  });
} else {
  const runs = Number(process.env.RAFT_SIM_RUNS ?? 2000);
  // A scenario takes a few milliseconds; long runs (RAFT_SIM_RUNS=100000) get the time they need.
  t.setTimeout(120_000 + runs * 50);
  t.test('safety on every step and liveness after the heal, over many scenarios', async (t) => {
    const seed = Number(process.env.RAFT_SIM_FC_SEED ?? Date.now() % 0x7fffffff);
    t.comment(`fast-check seed ${seed}, ${runs} scenarios (RAFT_SIM_FC_SEED=${seed} draws the same ones)`);
    const reply = await runInWorker({ runs, seed, livenessBoundMs: LIVENESS_BOUND_MS });
    if (!reply.ok) {
      t.fail(reply.error);
      return;
    }
    const totals = reply.totals;
    t.comment(JSON.stringify(totals));
    t.equal(totals.runs, runs);
    // The scenarios exercised what they are meant to.
    t.ok(totals.fiveVoters > 0 && totals.fiveVoters < runs, 'both quorum sizes ran');
    t.ok(totals.withObserver > 0, 'observers ran');
    t.ok(totals.snapshotsInstalled > 0, 'followers installed snapshots from leaders');
    t.ok(totals.committed > runs * 10, 'the quorums committed records');
    t.ok(totals.worstRecoveryMs <= LIVENESS_BOUND_MS);
  });

  t.test('a scenario replays exactly', async (t) => {
    const scenario: SimScenario = {
      seed: 42,
      voters: 5,
      observers: 1,
      chaosMs: 8000,
      livenessBoundMs: LIVENESS_BOUND_MS,
      dropRate: 0.2,
      duplicateRate: 0.05,
      slowRate: 0.2,
      crashes: true,
      partitions: true,
      resignations: true,
      snapshotIntervalBytes: 512,
    };
    t.same(await runSimulation(scenario), await runSimulation(scenario));
  });

  t.test('a quiet quorum elects a leader and commits at once', async (t) => {
    for (const voters of [1, 3, 5]) {
      const result = await runSimulation({
        seed: voters,
        voters,
        observers: 1,
        chaosMs: 3000,
        livenessBoundMs: 10_000,
        dropRate: 0,
        duplicateRate: 0,
        slowRate: 0,
        crashes: false,
        partitions: false,
        resignations: false,
        snapshotIntervalBytes: 2048,
      });
      t.equal(result.epochsWithLeader, 1, `${voters} voters: one election`);
      t.ok(result.committedEnd > 10, `${voters} voters: committed ${result.committedEnd}`);
      t.equal(result.recoveryMs, 0, `${voters} voters: already committing when the (empty) faults end`);
    }
  });
}
