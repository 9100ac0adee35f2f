// Delivers one partition to every gateway cursor on it. Cursors at the same position get the same
// chunk (one read, one decode, one encoding per format); cursors that caught up wait together on
// a single append watch; a cursor whose socket is full is skipped until it drains, so a slow
// socket never holds up the others.
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import type { FeedRegistry } from './feedRegistry.js';
import type { PartitionCursor } from './partitionCursor.js';
import type { RecordChunk } from './recordChunk.js';

// Chunks one cursor may take per turn before the others (and the event loop) get theirs.
const CHUNKS_PER_TURN = 4;

export class PartitionFeed {
  readonly cursors = new Set<PartitionCursor>();
  /** Chunks read from this partition, by the offset they were read from. */
  readonly chunks = new Map<number, RecordChunk>();
  private scheduled = false;
  private cancelWait: (() => void) | null = null;

  constructor(
    readonly topic: string,
    readonly partition: number,
    private readonly registry: FeedRegistry,
  ) {}

  add(cursor: PartitionCursor): void {
    this.cursors.add(cursor);
    this.schedule();
  }

  remove(cursor: PartitionCursor): void {
    this.cursors.delete(cursor);
    if (this.cursors.size === 0) this.registry.release(this);
  }

  /** Runs a delivery turn soon; calls in the same tick share it. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.turn();
    });
  }

  stopWaiting(): void {
    this.cancelWait?.();
    this.cancelWait = null;
  }

  private turn(): void {
    let caughtUp = false;
    let more = false;
    for (const cursor of this.cursors) {
      for (let n = 0; ; n++) {
        if (cursor.paused || !cursor.owner.writable || !this.cursors.has(cursor)) break;
        if (n === CHUNKS_PER_TURN) {
          more = true;
          break;
        }
        const read = this.registry.chunkAt(this, cursor.position);
        if (read.kind === 'caught-up') {
          caughtUp = true;
          break;
        }
        if (read.kind === 'error') {
          // The owner moves an out-of-range cursor (auto.offset.reset), which then reads on.
          if (read.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
            cursor.owner.outOfRange(cursor, read.logStartOffset, read.highWatermark);
            continue;
          }
          cursor.owner.failed(cursor, read.errorCode);
          break;
        }
        cursor.position = read.chunk.nextOffset;
        if (read.chunk.records.length > 0) cursor.owner.deliver(cursor, read.chunk);
      }
    }
    if (more) this.schedule();
    if (caughtUp && this.cancelWait === null) {
      this.cancelWait = this.registry.awaitAppend(this, () => {
        this.cancelWait = null;
        this.schedule();
      });
    }
  }
}
