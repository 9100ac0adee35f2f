// Idempotent-producer state of one partition (Kafka's ProducerStateManager): which producer ids
// have written here, at which epoch, and their last batches. The Produce path asks checkAppend
// before appending and reports the result with onAppended; log recovery loads the latest snapshot
// and replays the batches written after it with rebuild.
//
// Not here yet: the last stable offset (ongoing/unreplicated transaction tracking) and KIP-890
// transaction verification; currentTxnFirstOffset is tracked per producer so they can be added.
import { rm } from 'node:fs/promises';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { NO_PRODUCER_EPOCH, ProducerStateEntry, type BatchLike } from './producerStateEntry.js';
import {
  CorruptSnapshotError,
  deleteSnapshotsAbove,
  listProducerSnapshots,
  readProducerSnapshot,
  writeProducerSnapshot,
} from './producerSnapshot.js';
import { inSequence } from './sequence.js';

/** producer.id.expiration.ms default: one day. */
export const DEFAULT_PRODUCER_ID_EXPIRATION_MS = 86_400_000;

export interface AppendCheckError {
  readonly kind: 'error';
  readonly errorCode: number;
  readonly message: string;
}

export type AppendCheck =
  | { readonly kind: 'ok' }
  /** A retry of a batch already in the log: answer with its original offsets, append nothing. */
  | { readonly kind: 'duplicate'; readonly firstOffset: number; readonly lastOffset: number; readonly maxTimestamp: number }
  | AppendCheckError;

export interface SnapshotLoad {
  /** Offset of the snapshot loaded; replay the log from here (from the log start if null). */
  readonly snapshotOffset: number | null;
  /** Corrupt snapshots met on the way, deleted as Kafka does; the caller logs them. */
  readonly discarded: ReadonlyArray<{ readonly offset: number; readonly path: string; readonly reason: string }>;
}

export interface ProducerStateManagerOptions {
  readonly producerIdExpirationMs?: number;
  /** Wall clock used to drop expired producers while loading a snapshot. */
  readonly now?: () => number;
}

const OK: AppendCheck = { kind: 'ok' };

function fail(errorCode: number, message: string): AppendCheckError {
  return { kind: 'error', errorCode, message };
}

/** Validates one batch against the producer's state as it stands after the earlier batches. */
function validate(entry: ProducerStateEntry, batch: BatchLike): AppendCheckError | null {
  const { producerId, producerEpoch, baseSequence } = batch;
  if (producerEpoch < entry.producerEpoch) {
    return fail(
      ErrorCode.INVALID_PRODUCER_EPOCH,
      `epoch ${producerEpoch} of producer ${producerId} is older than the last seen epoch ${entry.producerEpoch}`,
    );
  }
  // End-transaction markers come from the coordinator, never from Produce: only the epoch applies.
  if (batch.isControl) return null;
  if (producerEpoch !== entry.producerEpoch) {
    // A bumped epoch restarts the sequence. An unknown producer (state expired, deleted by
    // retention, or never seen) may start anywhere: since KIP-360 Kafka accepts it instead of
    // answering UNKNOWN_PRODUCER_ID.
    if (baseSequence !== 0 && entry.producerEpoch !== NO_PRODUCER_EPOCH) {
      return fail(
        ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
        `producer ${producerId} started epoch ${producerEpoch} at sequence ${baseSequence}, expected 0`,
      );
    }
  } else if (!inSequence(entry.lastSeq, baseSequence)) {
    return fail(
      ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
      `producer ${producerId} sent sequence ${baseSequence} after ${entry.lastSeq}`,
    );
  }
  if (!batch.isTransactional && entry.currentTxnFirstOffset !== null) {
    return fail(
      ErrorCode.INVALID_TXN_STATE,
      `producer ${producerId} sent a non-transactional batch while its transaction is open`,
    );
  }
  return null;
}

export class ProducerStateManager {
  readonly producerIdExpirationMs: number;
  private readonly now: () => number;
  private producers = new Map<number, ProducerStateEntry>();

  constructor(options: ProducerStateManagerOptions = {}) {
    const expiration = options.producerIdExpirationMs ?? DEFAULT_PRODUCER_ID_EXPIRATION_MS;
    if (!Number.isSafeInteger(expiration) || expiration < 0) {
      throw new RangeError(`producer.id.expiration.ms must be a non-negative integer, got ${expiration}`);
    }
    this.producerIdExpirationMs = expiration;
    this.now = options.now ?? Date.now;
  }

  get producerIdCount(): number {
    return this.producers.size;
  }

  /** The state of one producer; callers must not mutate it. */
  lastEntry(producerId: number): ProducerStateEntry | undefined {
    return this.producers.get(producerId);
  }

  activeProducers(): ReadonlyMap<number, ProducerStateEntry> {
    return this.producers;
  }

  /**
   * Decides, before appending, what to do with the batches of one Produce request for this
   * partition. Batches of one producer are checked in order, each against the state the earlier
   * ones leave. As in Kafka, a duplicate of any retained batch turns the whole request into that
   * duplicate's answer. Changes nothing: call onAppended after the append succeeds.
   */
  checkAppend(batches: readonly BatchLike[]): AppendCheck {
    const pending = new Map<number, ProducerStateEntry>();
    for (const batch of batches) {
      if (batch.producerId < 0) continue;
      const current = this.producers.get(batch.producerId);
      const duplicate = current?.findDuplicate(batch);
      if (duplicate !== undefined) {
        return {
          kind: 'duplicate',
          firstOffset: duplicate.firstOffset,
          lastOffset: duplicate.lastOffset,
          maxTimestamp: duplicate.maxTimestamp,
        };
      }
      let entry = pending.get(batch.producerId);
      if (entry === undefined) {
        entry = current?.clone() ?? new ProducerStateEntry(batch.producerId);
        pending.set(batch.producerId, entry);
      }
      const error = validate(entry, batch);
      if (error !== null) return error;
      entry.apply(batch);
    }
    return OK;
  }

  /** Records batches just appended (final offsets), from a client or from replication. */
  onAppended(batches: readonly BatchLike[]): void {
    this.rebuild(batches);
  }

  /** Replays batches scanned from the log after the loaded snapshot, in log order, unvalidated. */
  rebuild(batches: Iterable<BatchLike>): void {
    for (const batch of batches) {
      if (batch.producerId < 0) continue;
      let entry = this.producers.get(batch.producerId);
      if (entry === undefined) {
        entry = new ProducerStateEntry(batch.producerId);
        this.producers.set(batch.producerId, entry);
      }
      entry.apply(batch);
    }
  }

  private isExpired(entry: ProducerStateEntry, nowMs: number): boolean {
    // A producer with an open transaction is kept: forgetting it would break the transaction.
    return entry.currentTxnFirstOffset === null && nowMs - entry.lastTimestamp >= this.producerIdExpirationMs;
  }

  /** Forgets producers idle for producer.id.expiration.ms; returns their ids. */
  removeExpiredProducers(nowMs: number): number[] {
    const expired: number[] = [];
    for (const [producerId, entry] of this.producers) {
      if (this.isExpired(entry, nowMs)) expired.push(producerId);
    }
    for (const producerId of expired) this.producers.delete(producerId);
    return expired;
  }

  clear(): void {
    this.producers.clear();
  }

  /** Replaces the state with entries read from a snapshot, dropping producers already expired. */
  restore(entries: readonly ProducerStateEntry[]): void {
    const nowMs = this.now();
    this.producers = new Map(entries.filter((e) => !this.isExpired(e, nowMs)).map((e) => [e.producerId, e] as const));
  }

  /** Writes the current state as `<offset>.snapshot` in `dir`; returns the file's path. */
  takeSnapshot(dir: string, offset: number): Promise<string> {
    return writeProducerSnapshot(dir, offset, this.producers.values());
  }

  /**
   * Replaces the state with the newest intact snapshot at or below `upToOffset`, dropping expired
   * producers. Corrupt snapshots are deleted and the next older one is tried, as Kafka does.
   */
  async loadLatestSnapshot(dir: string, upToOffset: number): Promise<SnapshotLoad> {
    const discarded: Array<{ offset: number; path: string; reason: string }> = [];
    const candidates = (await listProducerSnapshots(dir)).filter((s) => s.offset <= upToOffset).reverse();
    const nowMs = this.now();
    for (const snapshot of candidates) {
      let entries: ProducerStateEntry[];
      try {
        entries = await readProducerSnapshot(snapshot.path);
      } catch (err) {
        if (!(err instanceof CorruptSnapshotError)) throw err;
        await rm(snapshot.path, { force: true });
        discarded.push({ offset: snapshot.offset, path: snapshot.path, reason: err.message });
        continue;
      }
      this.producers = new Map(
        entries.filter((e) => !this.isExpired(e, nowMs)).map((e) => [e.producerId, e] as const),
      );
      return { snapshotOffset: snapshot.offset, discarded };
    }
    this.producers = new Map();
    return { snapshotOffset: null, discarded };
  }

  /**
   * After the log is truncated to `logEndOffset`: deletes snapshots beyond it and reloads the
   * newest remaining one. The caller then rebuilds from the returned offset up to logEndOffset.
   */
  async truncateAndReload(dir: string, logEndOffset: number): Promise<SnapshotLoad> {
    await deleteSnapshotsAbove(dir, logEndOffset);
    return this.loadLatestSnapshot(dir, logEndOffset);
  }
}
