// Hands out producer ids in blocks, like Kafka's ProducerIdsRecord: before the first id of a block
// is given out, the end of that block (the next block's first id) is persisted through a callback
// the broker implements by writing a ProducerIdsRecord to its metadata log. A restart resumes at
// the persisted value, so an id is never issued twice, at the cost of skipping a block's unused ids.

/** Kafka's ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE. */
export const PRODUCER_ID_BLOCK_SIZE = 1000;

/**
 * Durably records `nextProducerId`, the first id not covered by any issued block. It is always a
 * non-negative safe integer; the returned promise settles once the value survives a crash.
 */
export type PersistProducerIdBlock = (nextProducerId: number) => Promise<void>;

export interface ProducerIdManagerOptions {
  /** NextProducerId of the last persisted ProducerIdsRecord, or 0 on a new cluster. */
  readonly nextProducerId: number;
  readonly persist: PersistProducerIdBlock;
  readonly blockSize?: number;
}

export class ProducerIdsExhaustedError extends Error {
  override readonly name = 'ProducerIdsExhaustedError';
}

export class ProducerIdManager {
  private readonly persist: PersistProducerIdBlock;
  private readonly blockSize: number;
  private next: number;
  /** Exclusive end of the block whose persistence has been confirmed. */
  private blockEnd: number;
  /** The in-flight persistence of the next block, shared by every caller waiting for it. */
  private extending: Promise<void> | null = null;

  constructor(options: ProducerIdManagerOptions) {
    const { nextProducerId, blockSize = PRODUCER_ID_BLOCK_SIZE } = options;
    if (!Number.isSafeInteger(nextProducerId) || nextProducerId < 0) {
      throw new RangeError(`nextProducerId must be a non-negative safe integer, got ${nextProducerId}`);
    }
    if (!Number.isSafeInteger(blockSize) || blockSize <= 0) {
      throw new RangeError(`blockSize must be a positive integer, got ${blockSize}`);
    }
    this.persist = options.persist;
    this.blockSize = blockSize;
    this.next = nextProducerId;
    this.blockEnd = nextProducerId;
  }

  /**
   * The next unused producer id. Rejects with ProducerIdsExhaustedError when ids run out, or
   * with the persistence callback's error (nothing is issued from a block that was not persisted).
   */
  async nextProducerId(): Promise<number> {
    while (this.next >= this.blockEnd) {
      // .finally runs asynchronously, so it clears the field only after it has been assigned,
      // even when persist throws synchronously.
      this.extending ??= this.extend().finally(() => {
        this.extending = null;
      });
      await this.extending;
    }
    return this.next++;
  }

  private async extend(): Promise<void> {
    const end = this.blockEnd + this.blockSize;
    if (end > Number.MAX_SAFE_INTEGER) {
      throw new ProducerIdsExhaustedError(`producer ids exhausted at ${this.blockEnd}`);
    }
    await this.persist(end);
    this.blockEnd = end;
  }
}
