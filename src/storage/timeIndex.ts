/**
 * Kafka's `.timeindex`: sparse max-timestamp-so-far -> offset, 12-byte entries (timestamp int64,
 * relative offset int32, big-endian). Timestamps strictly increase: an entry is only added when
 * the segment's max timestamp grew, so the last entry is the segment's largest timestamp.
 */
import { SparseIndex, entryCount } from './sparseIndex.js';

const ENTRY_BYTES = 12;

export interface TimestampOffset {
  timestamp: number;
  offset: number;
}

export class TimeIndex extends SparseIndex {
  constructor(baseOffset: number, maxIndexBytes: number) {
    super(baseOffset, maxIndexBytes, ENTRY_BYTES);
  }

  /** Decodes an index file; null when it is inconsistent, which makes the caller rebuild it. */
  static fromBytes(baseOffset: number, maxIndexBytes: number, bytes: Buffer): TimeIndex | null {
    const n = entryCount(bytes, ENTRY_BYTES);
    if (n === null) return null;
    const index = new TimeIndex(baseOffset, maxIndexBytes);
    let lastTimestamp = -Infinity;
    let lastRelative = -1;
    for (let i = 0; i < n; i++) {
      const timestamp = Number(bytes.readBigInt64BE(i * ENTRY_BYTES));
      const relative = bytes.readInt32BE(i * ENTRY_BYTES + 8);
      if (timestamp <= lastTimestamp || relative < lastRelative) return null;
      index.push(timestamp, relative);
      lastTimestamp = timestamp;
      lastRelative = relative;
    }
    return index;
  }

  /** Appends when `timestamp` exceeds the last entry's; returns whether it did. */
  maybeAppend(timestamp: number, offset: number): boolean {
    if (this.count > 0 && timestamp <= this.keys[this.count - 1]!) return false;
    this.push(timestamp, offset - this.baseOffset);
    return true;
  }

  /** The last entry, or null for an empty index. */
  lastEntry(): TimestampOffset | null {
    if (this.count === 0) return null;
    return { timestamp: this.keys[this.count - 1]!, offset: this.baseOffset + this.values[this.count - 1]! };
  }

  /** The greatest entry with timestamp <= target; (-1, baseOffset) when there is none. */
  lookup(timestamp: number): TimestampOffset {
    const i = this.floor(this.keys, timestamp);
    if (i < 0) return { timestamp: -1, offset: this.baseOffset };
    return { timestamp: this.keys[i]!, offset: this.baseOffset + this.values[i]! };
  }

  /** Removes entries for offsets >= `offset`. */
  truncateTo(offset: number): void {
    this.truncateWhere(this.values, offset - this.baseOffset);
  }

  toBytes(): Buffer {
    const out = Buffer.allocUnsafe(this.count * ENTRY_BYTES);
    for (let i = 0; i < this.count; i++) {
      out.writeBigInt64BE(BigInt(this.keys[i]!), i * ENTRY_BYTES);
      out.writeInt32BE(this.values[i]!, i * ENTRY_BYTES + 8);
    }
    return out;
  }
}
