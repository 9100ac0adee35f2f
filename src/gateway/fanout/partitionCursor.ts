// One subscriber's position in one partition. Its owner sends what the feed hands it and says
// whether its socket can take more; a paused cursor (the client asked) is skipped.
import type { Encoding } from '../ws/gatewayMessages.js';
import type { RecordChunk } from './recordChunk.js';

export interface CursorOwner {
  /** False while the socket holds more unsent bytes than its bound. */
  readonly writable: boolean;
  deliver(cursor: PartitionCursor, chunk: RecordChunk): void;
  /** The position fell outside the log (truncated, or past its end): the owner resets it. */
  outOfRange(cursor: PartitionCursor, logStartOffset: number, highWatermark: number): void;
  /** The partition cannot be read (deleted topic, storage error): the cursor is dropped. */
  failed(cursor: PartitionCursor, errorCode: number): void;
}

export class PartitionCursor {
  paused = false;

  constructor(
    readonly topic: string,
    readonly partition: number,
    /** The next offset to deliver. */
    public position: number,
    readonly encoding: Encoding,
    readonly owner: CursorOwner,
  ) {}
}
