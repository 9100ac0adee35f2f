import { ProtocolDecodeError } from './decodeError.js';

// Kafka strings carry an int16 (or compact uvarint) length, and Kafka rejects anything longer.
const MAX_STRING_LENGTH = 0x7fff;

/**
 * A bounds-checked cursor over a Kafka frame. Every read checks the bytes it needs against `end`
 * first, and every length or count is checked against the bytes remaining before anything is
 * allocated, so a hostile length costs nothing. Failures throw ProtocolDecodeError.
 *
 * Number types: int8..int32, uint16, uint32, float64, uvarint and varint are numbers; int64 and
 * varlong/uvarlong are bigints (their full range does not fit a double). bytes(), records() and the
 * compact forms return subarrays of the input buffer: no copy, valid while that buffer is.
 */
export class Reader {
  readonly buf: Buffer;
  offset: number;
  readonly end: number;

  constructor(buf: Buffer, offset = 0, end = buf.length) {
    if (!Number.isInteger(offset) || !Number.isInteger(end) || offset < 0 || end > buf.length || offset > end) {
      throw new RangeError(`Reader bounds [${offset}, ${end}) outside a buffer of ${buf.length} bytes`);
    }
    this.buf = buf;
    this.offset = offset;
    this.end = end;
  }

  remaining(): number {
    return this.end - this.offset;
  }

  private need(n: number): number {
    const o = this.offset;
    if (this.end - o < n) {
      throw new ProtocolDecodeError(`needed ${n} bytes at offset ${o}, only ${this.end - o} remain`);
    }
    this.offset = o + n;
    return o;
  }

  skip(n: number): void {
    if (n < 0) throw new ProtocolDecodeError(`cannot skip ${n} bytes`);
    this.need(n);
  }

  int8(): number {
    const o = this.need(1);
    return (this.buf[o]! << 24) >> 24;
  }

  int16(): number {
    const o = this.need(2);
    const b = this.buf;
    return (((b[o]! << 8) | b[o + 1]!) << 16) >> 16;
  }

  uint16(): number {
    const o = this.need(2);
    const b = this.buf;
    return (b[o]! << 8) | b[o + 1]!;
  }

  int32(): number {
    const o = this.need(4);
    const b = this.buf;
    return (b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!;
  }

  uint32(): number {
    return this.int32() >>> 0;
  }

  int64(): bigint {
    return this.buf.readBigInt64BE(this.need(8));
  }

  float64(): number {
    return this.buf.readDoubleBE(this.need(8));
  }

  /** Kafka reads any non-zero byte as true. */
  bool(): boolean {
    return this.buf[this.need(1)] !== 0;
  }

  /** A 16-byte UUID in Kafka's printed form: base64url without padding, 22 characters. */
  uuid(): string {
    const o = this.need(16);
    return this.buf.toString('base64url', o, o + 16);
  }

  /** Unsigned LEB128, at most 5 bytes, value in [0, 2^32). */
  uvarint(): number {
    const b = this.buf;
    let o = this.offset;
    const end = this.end;
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (o >= end) throw new ProtocolDecodeError(`varint runs past the end at offset ${o}`);
      const byte = b[o++]!;
      if (shift === 28 && byte > 0x0f) throw new ProtocolDecodeError(`varint longer than 32 bits at offset ${this.offset}`);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        this.offset = o;
        return value;
      }
    }
    throw new ProtocolDecodeError(`varint longer than 5 bytes at offset ${this.offset}`);
  }

  /** Zigzag-encoded signed 32-bit varint. */
  varint(): number {
    const u = this.uvarint();
    return (u >>> 1) ^ -(u & 1);
  }

  /** Unsigned LEB128, at most 10 bytes, value in [0, 2^64). */
  uvarlong(): bigint {
    const b = this.buf;
    let o = this.offset;
    const end = this.end;
    let value = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (o >= end) throw new ProtocolDecodeError(`varlong runs past the end at offset ${o}`);
      const byte = b[o++]!;
      if (shift === 63n && byte > 0x01) throw new ProtocolDecodeError(`varlong longer than 64 bits at offset ${this.offset}`);
      value |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) {
        this.offset = o;
        return value;
      }
    }
    throw new ProtocolDecodeError(`varlong longer than 10 bytes at offset ${this.offset}`);
  }

  /** Zigzag-encoded signed 64-bit varlong. */
  varlong(): bigint {
    const u = this.uvarlong();
    return (u >> 1n) ^ -(u & 1n);
  }

  private utf8(length: number): string {
    if (length > MAX_STRING_LENGTH) throw new ProtocolDecodeError(`string length ${length} exceeds ${MAX_STRING_LENGTH}`);
    const o = this.need(length);
    return this.buf.toString('utf8', o, o + length);
  }

  string(): string {
    const n = this.int16();
    if (n < 0) throw new ProtocolDecodeError(n === -1 ? 'null in a non-nullable string' : `negative string length ${n}`);
    return this.utf8(n);
  }

  nullableString(): string | null {
    const n = this.int16();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolDecodeError(`negative string length ${n}`);
    return this.utf8(n);
  }

  compactString(): string {
    const n = this.uvarint();
    if (n === 0) throw new ProtocolDecodeError('null in a non-nullable string');
    return this.utf8(n - 1);
  }

  compactNullableString(): string | null {
    const n = this.uvarint();
    return n === 0 ? null : this.utf8(n - 1);
  }

  private slice(length: number): Buffer {
    if (length > this.end - this.offset) {
      throw new ProtocolDecodeError(`length ${length} exceeds the ${this.end - this.offset} bytes remaining`);
    }
    const o = this.need(length);
    return this.buf.subarray(o, o + length);
  }

  bytes(): Buffer {
    const n = this.int32();
    if (n < 0) throw new ProtocolDecodeError(n === -1 ? 'null in non-nullable bytes' : `negative bytes length ${n}`);
    return this.slice(n);
  }

  nullableBytes(): Buffer | null {
    const n = this.int32();
    if (n === -1) return null;
    if (n < 0) throw new ProtocolDecodeError(`negative bytes length ${n}`);
    return this.slice(n);
  }

  compactBytes(): Buffer {
    const n = this.uvarint();
    if (n === 0) throw new ProtocolDecodeError('null in non-nullable bytes');
    return this.slice(n - 1);
  }

  compactNullableBytes(): Buffer | null {
    const n = this.uvarint();
    return n === 0 ? null : this.slice(n - 1);
  }

  /** A records field: nullable bytes, left as one opaque slice (record batches are parsed elsewhere). */
  records(compact: boolean): Buffer | null {
    return compact ? this.compactNullableBytes() : this.nullableBytes();
  }

  /**
   * The element count of an array, or -1 for a null array. A count larger than the bytes remaining
   * cannot be honest (as in Kafka, every element is taken to need at least one byte), so it throws
   * before the caller allocates.
   */
  arrayLength(compact: boolean): number {
    let n: number;
    if (compact) {
      n = this.uvarint() - 1;
    } else {
      n = this.int32();
      if (n < -1) throw new ProtocolDecodeError(`negative array length ${n}`);
    }
    if (n > this.end - this.offset) {
      throw new ProtocolDecodeError(`array of ${n} elements cannot fit in the ${this.end - this.offset} bytes remaining`);
    }
    return n;
  }

  /**
   * Starts one tagged field: returns where its data must end, after checking the size fits.
   * The caller decodes the field, then calls endTaggedField.
   */
  taggedFieldEnd(size: number): number {
    if (size > this.end - this.offset) {
      throw new ProtocolDecodeError(`tagged field of ${size} bytes exceeds the ${this.end - this.offset} bytes remaining`);
    }
    return this.offset + size;
  }

  endTaggedField(tag: number, end: number): void {
    if (this.offset !== end) {
      throw new ProtocolDecodeError(`tagged field ${tag} declared to end at offset ${end} but its data ends at ${this.offset}`);
    }
  }

  /** Skips a whole tagged-field section (for structures whose tags this codec does not know). */
  skipTaggedFields(): void {
    const count = this.uvarint();
    for (let i = 0; i < count; i++) {
      this.uvarint();
      this.skip(this.uvarint());
    }
  }
}
