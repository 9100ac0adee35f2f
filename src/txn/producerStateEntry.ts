// What a partition remembers about one producer id: its epoch and the metadata of its last few
// batches, enough to recognise a retried batch and answer it with the offsets it was first given.
import { NO_SEQUENCE, incrementSequence } from './sequence.js';

/** Kafka keeps five: the most batches an idempotent producer may have in flight per partition. */
export const NUM_BATCHES_TO_RETAIN = 5;

/** RecordBatch.NO_PRODUCER_EPOCH: the producer has never written (or its state was lost). */
export const NO_PRODUCER_EPOCH = -1;

/**
 * The fields of a record batch header the producer state needs. The native validator's
 * BatchSummary satisfies it structurally; offsets are final only after the append.
 */
export interface BatchLike {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly lastOffsetDelta: number;
  readonly maxTimestamp: number;
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  readonly isTransactional: boolean;
  readonly isControl: boolean;
  /**
   * The coordinator epoch carried by a control batch's end-transaction marker. The native batch
   * summary does not parse records, so it is absent unless the caller decoded the marker.
   */
  readonly coordinatorEpoch?: number;
}

export interface BatchMetadata {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly maxTimestamp: number;
}

/** The last sequence of a batch: base + lastOffsetDelta, wrapping like the sequence itself. */
export function lastSequenceOf(batch: BatchLike): number {
  if (batch.baseSequence === NO_SEQUENCE) return NO_SEQUENCE;
  return incrementSequence(batch.baseSequence, batch.lastOffsetDelta);
}

export class ProducerStateEntry {
  producerEpoch = NO_PRODUCER_EPOCH;
  coordinatorEpoch = -1;
  lastTimestamp = -1;
  /** First offset of the transaction this producer has open on the partition, or null. */
  currentTxnFirstOffset: number | null = null;
  /** Oldest first; at most NUM_BATCHES_TO_RETAIN, all of the current epoch. */
  readonly batches: BatchMetadata[] = [];

  constructor(readonly producerId: number) {}

  clone(): ProducerStateEntry {
    const copy = new ProducerStateEntry(this.producerId);
    copy.producerEpoch = this.producerEpoch;
    copy.coordinatorEpoch = this.coordinatorEpoch;
    copy.lastTimestamp = this.lastTimestamp;
    copy.currentTxnFirstOffset = this.currentTxnFirstOffset;
    copy.batches.push(...this.batches);
    return copy;
  }

  get lastSeq(): number {
    const last = this.batches.at(-1);
    return last === undefined ? NO_SEQUENCE : last.lastSeq;
  }

  /** A retained batch of the same epoch with exactly this sequence range, if any. */
  findDuplicate(batch: BatchLike): BatchMetadata | undefined {
    if (batch.producerEpoch !== this.producerEpoch) return undefined;
    const lastSeq = lastSequenceOf(batch);
    return this.batches.find((b) => b.firstSeq === batch.baseSequence && b.lastSeq === lastSeq);
  }

  /** Applies an appended batch without validating it (validation is checkAppend's job). */
  apply(batch: BatchLike): void {
    // Sequences restart with each epoch, so the old epoch's batches can never match again.
    if (batch.producerEpoch !== this.producerEpoch) {
      this.producerEpoch = batch.producerEpoch;
      this.batches.length = 0;
    }
    this.lastTimestamp = batch.maxTimestamp;
    if (batch.isControl) {
      if (batch.coordinatorEpoch !== undefined) this.coordinatorEpoch = batch.coordinatorEpoch;
      this.currentTxnFirstOffset = null;
      return;
    }
    this.addBatch({
      firstSeq: batch.baseSequence,
      lastSeq: lastSequenceOf(batch),
      firstOffset: batch.baseOffset,
      lastOffset: batch.lastOffset,
      maxTimestamp: batch.maxTimestamp,
    });
    if (batch.isTransactional && this.currentTxnFirstOffset === null) {
      this.currentTxnFirstOffset = batch.baseOffset;
    }
  }

  addBatch(metadata: BatchMetadata): void {
    if (this.batches.length === NUM_BATCHES_TO_RETAIN) this.batches.shift();
    this.batches.push(metadata);
  }
}
