/**
 * The shared shape of Kafka's offset and time indexes: a sorted, append-only list of
 * (key, value) pairs searched for the greatest key <= a target. Kept in memory (typed arrays grown
 * by doubling) and written to the segment's index file when the segment rolls or closes; a crash
 * makes recovery rebuild the active segment's indexes from the log itself.
 */
export abstract class SparseIndex {
  readonly baseOffset: number;
  /** Entries that fit in segment.index.bytes; a full index forces a roll. */
  readonly maxEntries: number;
  protected keys: Float64Array;
  protected values: Float64Array;
  protected count = 0;

  protected constructor(baseOffset: number, maxIndexBytes: number, entryBytes: number) {
    this.baseOffset = baseOffset;
    this.maxEntries = Math.max(1, Math.floor(maxIndexBytes / entryBytes));
    this.keys = new Float64Array(16);
    this.values = new Float64Array(16);
  }

  get entries(): number {
    return this.count;
  }

  isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  protected push(key: number, value: number): void {
    if (this.count === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const values = new Float64Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
    }
    this.keys[this.count] = key;
    this.values[this.count] = value;
    this.count++;
  }

  /** Index of the greatest entry whose column value is <= target, or -1. */
  protected floor(column: Float64Array, target: number): number {
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (column[mid]! <= target) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Drops every entry from the first whose column value is >= target. */
  protected truncateWhere(column: Float64Array, target: number): void {
    this.count = this.floor(column, target - 1) + 1;
  }

  abstract toBytes(): Buffer;
}

/** Entries in an index file, or null when its size is not a whole number of entries (torn write). */
export function entryCount(bytes: Buffer, entryBytes: number): number | null {
  return bytes.length % entryBytes === 0 ? bytes.length / entryBytes : null;
}
