/**
 * The simulation's state machine: it keeps the fingerprint of every batch applied, so the safety
 * checker can compare what each replica applied with what was committed. Its snapshot is that list.
 */
import type { OffsetAndEpoch } from '../../src/raft/offsetAndEpoch.js';
import type { CommittedBatch } from '../../src/raft/raftBatches.js';
import type { RaftStateMachine } from '../../src/raft/raftStateMachine.js';
import { valuesKey, type BatchFingerprint } from './simRaftLog.js';

export class SimStateMachine implements RaftStateMachine {
  applied: BatchFingerprint[] = [];
  /** Set when a snapshot replaced the state: the checker then looks at the whole list again. */
  reloadedFrom: OffsetAndEpoch | null = null;
  /** What onLeaderChange said last. */
  leader = { leaderId: -1, epoch: -1 };

  apply(batch: CommittedBatch): void {
    this.applied.push({ base: batch.baseOffset, last: batch.lastOffset, epoch: batch.epoch, key: valuesKey(batch.records) });
  }

  takeSnapshot(): Buffer[] {
    return this.applied.map((f) => Buffer.from(JSON.stringify(f)));
  }

  loadSnapshot(id: OffsetAndEpoch, records: readonly Buffer[]): void {
    this.applied = records.map((r) => JSON.parse(r.toString()) as BatchFingerprint);
    this.reloadedFrom = id;
  }

  onLeaderChange(leaderId: number, epoch: number): void {
    this.leader = { leaderId, epoch };
  }
}
