/**
 * Kafka's `.index`: sparse offset -> file position, 8-byte entries (relative offset int32, position
 * int32, big-endian). An entry points at the start of a batch whose base offset is the entry's offset.
 */
import { SparseIndex, entryCount } from './sparseIndex.js';

const ENTRY_BYTES = 8;

export interface OffsetPosition {
  offset: number;
  position: number;
}

export class OffsetIndex extends SparseIndex {
  constructor(baseOffset: number, maxIndexBytes: number) {
    super(baseOffset, maxIndexBytes, ENTRY_BYTES);
  }

  /**
   * Decodes an index file; null when it is inconsistent (torn, unsorted, or pointing past
   * `logSize`), which makes the caller rebuild it from the log.
   */
  static fromBytes(baseOffset: number, maxIndexBytes: number, bytes: Buffer, logSize: number): OffsetIndex | null {
    const n = entryCount(bytes, ENTRY_BYTES);
    if (n === null) return null;
    const index = new OffsetIndex(baseOffset, maxIndexBytes);
    let lastRelative = -1;
    let lastPosition = -1;
    for (let i = 0; i < n; i++) {
      const relative = bytes.readInt32BE(i * ENTRY_BYTES);
      const position = bytes.readInt32BE(i * ENTRY_BYTES + 4);
      if (relative <= lastRelative || position <= lastPosition || position >= logSize) return null;
      index.push(relative, position);
      lastRelative = relative;
      lastPosition = position;
    }
    return index;
  }

  append(offset: number, position: number): void {
    this.push(offset - this.baseOffset, position);
  }

  lastOffset(): number {
    return this.count === 0 ? this.baseOffset : this.baseOffset + this.keys[this.count - 1]!;
  }

  /** The greatest entry with offset <= target; the segment start when there is none. */
  lookup(offset: number): OffsetPosition {
    const i = this.floor(this.keys, offset - this.baseOffset);
    if (i < 0) return { offset: this.baseOffset, position: 0 };
    return { offset: this.baseOffset + this.keys[i]!, position: this.values[i]! };
  }

  /** Last entry at a position <= `position`, for scans that resume from a file position. */
  lookupPosition(position: number): OffsetPosition {
    const i = this.floor(this.values, position);
    if (i < 0) return { offset: this.baseOffset, position: 0 };
    return { offset: this.baseOffset + this.keys[i]!, position: this.values[i]! };
  }

  /** Removes entries for offsets >= `offset`. */
  truncateTo(offset: number): void {
    this.truncateWhere(this.keys, offset - this.baseOffset);
  }

  toBytes(): Buffer {
    const out = Buffer.allocUnsafe(this.count * ENTRY_BYTES);
    for (let i = 0; i < this.count; i++) {
      out.writeInt32BE(this.keys[i]!, i * ENTRY_BYTES);
      out.writeInt32BE(this.values[i]!, i * ENTRY_BYTES + 4);
    }
    return out;
  }
}
