/**
 * The simulation's log: a MemoryRaftLog that also keeps a fingerprint of every batch it holds
 * (base and last offset, epoch, record values) so the safety checker compares logs without decoding
 * them again, and remembers the lowest offset a truncation touched since the checker last looked.
 */
import { decodeRecordBatches } from '../../src/protocol/recordBatch.js';
import { MemoryRaftLog } from '../../src/raft/memoryRaftLog.js';
import type { OffsetAndEpoch } from '../../src/raft/offsetAndEpoch.js';

export interface BatchFingerprint {
  readonly base: number;
  readonly last: number;
  readonly epoch: number;
  /** 'control' for control batches, else the record values joined. */
  readonly key: string;
}

export function valuesKey(values: readonly Buffer[]): string {
  return values.map((v) => v.toString('latin1')).join('|');
}

export function sameFingerprint(a: BatchFingerprint, b: BatchFingerprint): boolean {
  return a.base === b.base && a.last === b.last && a.epoch === b.epoch && a.key === b.key;
}

export function formatFingerprint(f: BatchFingerprint): string {
  return `[${f.base}..${f.last} e${f.epoch} ${f.key}]`;
}

export class SimRaftLog extends MemoryRaftLog {
  private fingerprints: BatchFingerprint[] = [];
  /** The lowest offset removed since takeLowestTouched() was last called; Infinity when none. */
  private lowestTouched = Infinity;
  /** Batches a follower truncation removed (not a crash), for the checker to hold against the committed ones. */
  private truncated: BatchFingerprint[] = [];
  private crashing = false;

  get fingerprintedBatches(): readonly BatchFingerprint[] {
    return this.fingerprints;
  }

  takeLowestTouched(): number {
    const lowest = this.lowestTouched;
    this.lowestTouched = Infinity;
    return lowest;
  }

  takeTruncated(): BatchFingerprint[] {
    const removed = this.truncated;
    this.truncated = [];
    return removed;
  }

  /** A crash may lose unflushed batches, committed or not: that is not a truncation by Raft. */
  override simulateCrash(): void {
    this.crashing = true;
    try {
      super.simulateCrash();
    } finally {
      this.crashing = false;
    }
  }

  private record(bytes: Buffer): void {
    for (const b of decodeRecordBatches(bytes, { verifyCrc: false })) {
      const base = Number(b.baseOffset);
      this.fingerprints.push({
        base,
        last: base + b.lastOffsetDelta,
        epoch: b.partitionLeaderEpoch,
        key: b.isControl ? 'control' : valuesKey(b.records.map((r) => r.value ?? Buffer.alloc(0))),
      });
    }
  }

  override appendAsLeader(batch: Buffer, epoch: number): void {
    super.appendAsLeader(batch, epoch);
    this.record(batch);
  }

  override appendAsFollower(batches: Buffer): void {
    super.appendAsFollower(batches);
    this.record(batches);
  }

  override truncateTo(offset: number): void {
    super.truncateTo(offset);
    const kept = this.fingerprints.filter((f) => f.last < offset);
    if (!this.crashing) this.truncated.push(...this.fingerprints.slice(kept.length));
    if (kept.length !== this.fingerprints.length) this.lowestTouched = Math.min(this.lowestTouched, kept.at(-1) === undefined ? 0 : kept.at(-1)!.last + 1);
    this.fingerprints = kept;
  }

  override async deleteBeforeSnapshot(id: OffsetAndEpoch): Promise<void> {
    await super.deleteBeforeSnapshot(id);
    this.fingerprints = this.fingerprints.filter((f) => f.last >= this.startOffset);
  }

  override async truncateToSnapshot(id: OffsetAndEpoch): Promise<void> {
    await super.truncateToSnapshot(id);
    this.fingerprints = [];
    this.lowestTouched = 0;
  }
}
