/**
 * Raft's safety properties, checked after every simulation step:
 *  - election safety: at most one leader per epoch;
 *  - committed batches never change: every replica's log below its high watermark, and every batch
 *    its state machine applied, matches the one committed at that offset;
 *  - committed batches are never lost: a follower never truncates one, and the leader of an epoch
 *    holds every batch committed in an earlier epoch (leader completeness);
 *  - the state machine applies every committed data batch, once, in order, and a snapshot holds
 *    exactly the committed data batches below its offset;
 *  - a replica's high watermark never goes back (within one run of its process).
 * The committed set is learned from the replicas: whatever lies below some replica's high watermark.
 * A batch is taken as committed in the epoch of the first replica seen holding it below its high
 * watermark: the epoch of the leader that committed it, or a later one, so leader completeness is
 * never demanded of a leader that could lack the batch.
 */
import type { RaftClient } from '../../src/raft/raftClient.js';
import { formatFingerprint, sameFingerprint, type BatchFingerprint, type SimRaftLog } from './simRaftLog.js';
import type { SimStateMachine } from './simStateMachine.js';

export class SafetyViolation extends Error {
  override readonly name = 'SafetyViolation';
}

export interface ReplicaView {
  readonly id: number;
  readonly incarnation: number;
  readonly client: RaftClient;
  readonly log: SimRaftLog;
  readonly stateMachine: SimStateMachine;
}

interface Progress {
  incarnation: number;
  /** Log batches below this offset were checked against the committed set. */
  logChecked: number;
  leaderChecked: number;
  /** The epoch leaderChecked was measured in. */
  leaderEpoch: number;
  appliedChecked: number;
  highWatermark: number | null;
}

export class SafetyChecker {
  private readonly leaders = new Map<number, number>();
  private readonly committed = new Map<number, BatchFingerprint & { commitEpoch: number }>();
  /** For each epoch a batch was first seen committed in, the end of the committed batches so seen. */
  private readonly committedEndByEpoch = new Map<number, number>();
  private readonly progress = new Map<number, Progress>();
  committedEnd = 0;

  get leaderCount(): number {
    return this.leaders.size;
  }

  check(replicas: readonly ReplicaView[]): void {
    for (const r of replicas) this.checkReplica(r);
  }

  private fail(message: string): never {
    throw new SafetyViolation(message);
  }

  /** Holds `f` against the committed batch at its offset, or records it as committed in `epoch`. */
  private commit(f: BatchFingerprint, epoch: number, where: string): void {
    const known = this.committed.get(f.base);
    if (known === undefined) {
      this.committed.set(f.base, { ...f, commitEpoch: epoch });
      this.committedEndByEpoch.set(epoch, Math.max(this.committedEndByEpoch.get(epoch) ?? 0, f.last + 1));
    } else if (!sameFingerprint(known, f)) {
      this.fail(`${where} has ${formatFingerprint(f)} where ${formatFingerprint(known)} was committed`);
    }
  }

  /** The end of the batches committed before `epoch`. */
  private committedEndBefore(epoch: number): number {
    let end = 0;
    for (const [e, offset] of this.committedEndByEpoch) if (e < epoch) end = Math.max(end, offset);
    return end;
  }

  private checkReplica(r: ReplicaView): void {
    let p = this.progress.get(r.id);
    if (p === undefined || p.incarnation !== r.incarnation) {
      p = { incarnation: r.incarnation, logChecked: 0, leaderChecked: 0, leaderEpoch: -1, appliedChecked: 0, highWatermark: null };
      this.progress.set(r.id, p);
    }
    const where = `replica ${r.id}`;
    const client = r.client;

    if (client.stateName === 'leader') {
      const leader = this.leaders.get(client.epoch);
      if (leader === undefined) this.leaders.set(client.epoch, r.id);
      else if (leader !== r.id) this.fail(`two leaders in epoch ${client.epoch}: ${leader} and ${r.id}`);
    }

    const hw = client.highWatermark;
    if (p.highWatermark !== null && (hw === null || hw < p.highWatermark)) this.fail(`${where}'s high watermark went back from ${p.highWatermark} to ${hw}`);
    p.highWatermark = hw;

    for (const removed of r.log.takeTruncated()) {
      const known = this.committed.get(removed.base);
      if (known !== undefined && sameFingerprint(known, removed)) this.fail(`${where} truncated committed ${formatFingerprint(removed)}`);
    }
    const touched = r.log.takeLowestTouched();
    p.logChecked = Math.min(p.logChecked, touched);
    p.leaderChecked = Math.min(p.leaderChecked, touched);

    const batches = r.log.fingerprintedBatches;
    if (hw !== null) {
      this.committedEnd = Math.max(this.committedEnd, hw);
      for (const f of batches) {
        if (f.last < p.logChecked) continue;
        if (f.last >= hw) break;
        this.commit(f, client.epoch, `${where}'s log`);
        p.logChecked = f.last + 1;
      }
    }

    if (client.stateName === 'leader') {
      const epoch = client.epoch;
      if (p.leaderEpoch !== epoch) {
        p.leaderEpoch = epoch;
        p.leaderChecked = 0;
      }
      const mustHold = this.committedEndBefore(epoch);
      if (r.log.endOffset < mustHold) this.fail(`leader ${r.id} of epoch ${epoch} ends at ${r.log.endOffset}, before ${mustHold} committed in earlier epochs`);
      for (const f of batches) {
        if (f.last < p.leaderChecked) continue;
        if (f.base >= mustHold) break;
        const known = this.committed.get(f.base);
        if (known !== undefined && known.commitEpoch < epoch && !sameFingerprint(known, f)) {
          this.fail(`leader ${r.id} of epoch ${epoch} holds ${formatFingerprint(f)} where ${formatFingerprint(known)} was committed`);
        }
        p.leaderChecked = f.last + 1;
      }
    }

    this.checkApplied(r, p);
  }

  private checkApplied(r: ReplicaView, p: Progress): void {
    const sm = r.stateMachine;
    const where = `replica ${r.id}'s state machine`;
    if (sm.reloadedFrom !== null) {
      const id = sm.reloadedFrom;
      sm.reloadedFrom = null;
      p.appliedChecked = 0;
      const last = sm.applied.at(-1);
      if (last !== undefined && last.last >= id.offset) this.fail(`${where} loaded snapshot at ${id.offset} holding ${formatFingerprint(last)}`);
      this.checkGap(last === undefined ? 0 : last.last + 1, id.offset, `${where}'s snapshot at ${id.offset}`);
      if (sm.applied.length > 0) this.checkGap(0, sm.applied[0]!.base, `${where}'s snapshot at ${id.offset}`);
    }
    const applied = sm.applied;
    for (let i = p.appliedChecked; i < applied.length; i++) {
      const f = applied[i]!;
      this.commit(f, r.client.epoch, where);
      if (i > 0) {
        const prev = applied[i - 1]!;
        if (f.base <= prev.last) this.fail(`${where} applied ${formatFingerprint(f)} after ${formatFingerprint(prev)}`);
        this.checkGap(prev.last + 1, f.base, where);
      }
    }
    p.appliedChecked = applied.length;
  }

  /** Nothing but control batches may lie in [from, to) among the committed batches known. */
  private checkGap(from: number, to: number, where: string): void {
    let offset = from;
    while (offset < to) {
      const known = this.committed.get(offset);
      if (known === undefined) {
        offset++;
        continue;
      }
      if (known.key !== 'control') this.fail(`${where} skipped committed ${formatFingerprint(known)}`);
      offset = known.last + 1;
    }
  }
}
