// Hands out producer ids from blocks the active controller allocates (Kafka's
// RPCProducerIdManager): AllocateProducerIds returns a block, committed as a ProducerIdsRecord
// before it is handed out, so no two brokers, and no broker before and after a restart, ever
// issue the same id. Unused ids of a block are skipped after a restart.

/** Kafka's ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE. */
export const PRODUCER_ID_BLOCK_SIZE = 1000;

export interface ProducerIdBlock {
  readonly start: number;
  readonly length: number;
}

/** Asks the controller for the next block; rejects when none can be had (ids exhausted, no controller). */
export type AllocateProducerIdBlock = () => Promise<ProducerIdBlock>;

export class ProducerIdsExhaustedError extends Error {
  override readonly name = 'ProducerIdsExhaustedError';
}

export class ProducerIdManager {
  private next = 0;
  /** Exclusive end of the current block; the manager starts with none. */
  private blockEnd = 0;
  /** The in-flight allocation of the next block, shared by every caller waiting for it. */
  private allocating: Promise<void> | null = null;

  constructor(private readonly allocateBlock: AllocateProducerIdBlock) {}

  /**
   * The next unused producer id. Rejects with the allocation's error (ProducerIdsExhaustedError
   * when the controller has no ids left); nothing is issued from a block that was not allocated.
   */
  async nextProducerId(): Promise<number> {
    while (this.next >= this.blockEnd) {
      // .finally runs asynchronously, so it clears the field only after it has been assigned,
      // even when the allocation throws synchronously.
      this.allocating ??= this.allocate().finally(() => {
        this.allocating = null;
      });
      await this.allocating;
    }
    return this.next++;
  }

  private async allocate(): Promise<void> {
    const block = await this.allocateBlock();
    if (!Number.isSafeInteger(block.start) || block.start < 0 || !Number.isSafeInteger(block.length) || block.length <= 0) {
      throw new RangeError(`the controller allocated an invalid producer id block: start ${block.start}, length ${block.length}`);
    }
    this.next = block.start;
    this.blockEnd = block.start + block.length;
  }
}
