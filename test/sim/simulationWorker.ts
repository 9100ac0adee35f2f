/**
 * Runs simulation scenarios drawn by fast-check in a worker thread. The simulation creates a
 * promise at every step; in tap's own thread each one goes through tap's async hooks and runs
 * several times slower, so the test hands the work to this worker and only reports.
 */
import fc from 'fast-check';
import { parentPort, workerData } from 'node:worker_threads';
import { runSimulation, type SimScenario } from './raftSimulation.js';

export interface WorkerRequest {
  readonly runs: number;
  readonly seed: number;
  readonly livenessBoundMs: number;
}

export interface WorkerTotals {
  runs: number;
  events: number;
  committed: number;
  snapshotsInstalled: number;
  worstRecoveryMs: number;
  peakRequestsPerSecond: number;
  fiveVoters: number;
  withObserver: number;
}

export type WorkerReply = { readonly ok: true; readonly totals: WorkerTotals } | { readonly ok: false; readonly error: string };

export function scenarioArbitrary(livenessBoundMs: number): fc.Arbitrary<SimScenario> {
  return fc.record({
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
    voters: fc.constantFrom(3, 5),
    observers: fc.constantFrom(0, 0, 1),
    chaosMs: fc.integer({ min: 2000, max: 15000 }),
    livenessBoundMs: fc.constant(livenessBoundMs),
    dropRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
    duplicateRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
    slowRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
    crashes: fc.boolean(),
    partitions: fc.boolean(),
    resignations: fc.boolean(),
    snapshotIntervalBytes: fc.constantFrom(512, 2048, 8192),
  });
}

export function replayHint(scenario: SimScenario): string {
  return `replay: RAFT_SIM_SCENARIO='${JSON.stringify(scenario)}' RAFT_SIM_TRACE=1 node dist/test/unit/raft-simulation.test.js`;
}

async function run(request: WorkerRequest): Promise<WorkerReply> {
  const totals: WorkerTotals = { runs: 0, events: 0, committed: 0, snapshotsInstalled: 0, worstRecoveryMs: 0, peakRequestsPerSecond: 0, fiveVoters: 0, withObserver: 0 };
  try {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(request.livenessBoundMs), async (scenario) => {
        try {
          const result = await runSimulation(scenario);
          totals.runs++;
          totals.events += result.events;
          totals.committed += result.committedEnd;
          totals.snapshotsInstalled += result.snapshotsInstalled;
          totals.worstRecoveryMs = Math.max(totals.worstRecoveryMs, result.recoveryMs + result.catchUpMs);
          totals.peakRequestsPerSecond = Math.max(totals.peakRequestsPerSecond, result.peakRequestsPerSecond);
          if (scenario.voters === 5) totals.fiveVoters++;
          if (scenario.observers > 0) totals.withObserver++;
        } catch (err) {
          throw new Error(`${(err as Error).message}\n${replayHint(scenario)}`, { cause: err });
        }
      }),
      { numRuns: request.runs, seed: request.seed },
    );
    return { ok: true, totals };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

if (parentPort !== null) parentPort.postMessage(await run(workerData as WorkerRequest));
