import { type Records, recordsLength } from './records.js';

const MAX_STRING_LENGTH = 0x7fff;
// Byte blobs at least this long are passed on by reference like records; shorter ones are cheaper
// to copy into the scratch buffer than to carry as a separate chunk through writev.
const BY_REFERENCE_MIN = 1024;
const UUID_FORM = /^[A-Za-z0-9_-]{21}[AQgw]$/;

/**
 * Builds a Kafka frame as a list of chunks. Small writes go into a scratch buffer; when it fills, the
 * written part is kept as a chunk and a larger scratch buffer is started, so nothing is ever copied
 * twice. Records (and large bytes) are inserted as chunks by reference: the caller must not modify
 * them until the frame has been written to the socket.
 *
 * Number types mirror Reader: int64/varlong/uvarlong take bigints, everything else numbers.
 */
export class Writer {
  private chunks: Buffer[] = [];
  private flushedLength = 0;
  private scratch: Buffer;
  private start = 0;
  private pos = 0;

  constructor(initialSize = 1024) {
    this.scratch = Buffer.allocUnsafe(Math.max(64, initialSize));
  }

  get length(): number {
    return this.flushedLength + (this.pos - this.start);
  }

  /** The frame so far, in order. The Writer must not be used afterwards. */
  finish(): Buffer[] {
    this.flushScratch();
    const out = this.chunks;
    this.chunks = [];
    return out;
  }

  private flushScratch(): void {
    if (this.pos > this.start) {
      this.chunks.push(this.scratch.subarray(this.start, this.pos));
      this.flushedLength += this.pos - this.start;
      this.start = this.pos;
    }
  }

  // May replace `scratch`: callers must call it before reading `this.scratch`.
  private reserve(n: number): number {
    if (this.scratch.length - this.pos < n) {
      this.flushScratch();
      this.scratch = Buffer.allocUnsafe(Math.max(n, this.scratch.length * 2));
      this.start = 0;
      this.pos = 0;
    }
    const p = this.pos;
    this.pos = p + n;
    return p;
  }

  /** Appends a buffer as its own chunk, by reference. */
  private appendChunk(b: Buffer): void {
    if (b.length === 0) return;
    this.flushScratch();
    this.chunks.push(b);
    this.flushedLength += b.length;
  }

  private copy(b: Buffer): void {
    const p = this.reserve(b.length);
    b.copy(this.scratch, p);
  }

  int8(v: number): void {
    const p = this.reserve(1);
    this.scratch[p] = v;
  }

  int16(v: number): void {
    const p = this.reserve(2);
    const s = this.scratch;
    s[p] = v >> 8;
    s[p + 1] = v;
  }

  uint16(v: number): void {
    this.int16(v);
  }

  int32(v: number): void {
    const p = this.reserve(4);
    const s = this.scratch;
    s[p] = v >> 24;
    s[p + 1] = v >> 16;
    s[p + 2] = v >> 8;
    s[p + 3] = v;
  }

  uint32(v: number): void {
    this.int32(v);
  }

  int64(v: bigint): void {
    const p = this.reserve(8);
    this.scratch.writeBigInt64BE(BigInt.asIntN(64, v), p);
  }

  float64(v: number): void {
    const p = this.reserve(8);
    this.scratch.writeDoubleBE(v, p);
  }

  bool(v: boolean): void {
    this.int8(v ? 1 : 0);
  }

  /** Takes Kafka's printed UUID form (22 base64url characters). */
  uuid(v: string): void {
    if (!UUID_FORM.test(v)) throw new TypeError(`not a Kafka UUID (22 base64url characters): ${JSON.stringify(v)}`);
    const p = this.reserve(16);
    this.scratch.write(v, p, 16, 'base64url');
  }

  uvarint(v: number): void {
    const p = this.reserve(5);
    const s = this.scratch;
    let i = p;
    let x = v >>> 0;
    while (x >= 0x80) {
      s[i++] = (x & 0x7f) | 0x80;
      x >>>= 7;
    }
    s[i++] = x;
    this.pos = i;
  }

  varint(v: number): void {
    this.uvarint(((v << 1) ^ (v >> 31)) >>> 0);
  }

  uvarlong(v: bigint): void {
    let x = BigInt.asUintN(64, v);
    const p = this.reserve(10);
    const s = this.scratch;
    let i = p;
    while (x >= 0x80n) {
      s[i++] = Number(x & 0x7fn) | 0x80;
      x >>= 7n;
    }
    s[i++] = Number(x);
    this.pos = i;
  }

  varlong(v: bigint): void {
    const x = BigInt.asIntN(64, v);
    this.uvarlong((x << 1n) ^ (x >> 63n));
  }

  // Writes the string after its length prefix (int16, or a uvarint of length+1 when compact),
  // measuring the UTF-8 length only when the worst case (3 bytes per UTF-16 unit) does not settle it.
  private utf8(v: string, compact: boolean): void {
    const worst = v.length * 3;
    if (compact && worst < 127) {
      const p = this.reserve(1 + worst);
      const n = this.scratch.write(v, p + 1, 'utf8');
      this.scratch[p] = n + 1;
      this.pos = p + 1 + n;
      return;
    }
    if (!compact && worst <= MAX_STRING_LENGTH) {
      const p = this.reserve(2 + worst);
      const n = this.scratch.write(v, p + 2, 'utf8');
      this.scratch[p] = n >> 8;
      this.scratch[p + 1] = n;
      this.pos = p + 2 + n;
      return;
    }
    const n = Buffer.byteLength(v, 'utf8');
    if (n > MAX_STRING_LENGTH) throw new RangeError(`string of ${n} bytes exceeds Kafka's limit of ${MAX_STRING_LENGTH}`);
    if (compact) this.uvarint(n + 1);
    else this.int16(n);
    const p = this.reserve(n);
    this.scratch.write(v, p, 'utf8');
  }

  string(v: string): void {
    this.utf8(v, false);
  }

  nullableString(v: string | null): void {
    if (v === null) this.int16(-1);
    else this.utf8(v, false);
  }

  compactString(v: string): void {
    this.utf8(v, true);
  }

  compactNullableString(v: string | null): void {
    if (v === null) this.uvarint(0);
    else this.utf8(v, true);
  }

  private blob(v: Buffer): void {
    if (v.length >= BY_REFERENCE_MIN) this.appendChunk(v);
    else this.copy(v);
  }

  bytes(v: Buffer): void {
    this.int32(v.length);
    this.blob(v);
  }

  nullableBytes(v: Buffer | null): void {
    if (v === null) this.int32(-1);
    else this.bytes(v);
  }

  compactBytes(v: Buffer): void {
    this.uvarint(v.length + 1);
    this.blob(v);
  }

  compactNullableBytes(v: Buffer | null): void {
    if (v === null) this.uvarint(0);
    else this.compactBytes(v);
  }

  /** A records field: length prefix, then the chunks by reference (no copy). */
  records(r: Records | null, compact: boolean): void {
    if (r === null) {
      if (compact) this.uvarint(0);
      else this.int32(-1);
      return;
    }
    const n = recordsLength(r);
    if (compact) this.uvarint(n + 1);
    else this.int32(n);
    if (Buffer.isBuffer(r)) this.appendChunk(r);
    else for (const chunk of r as readonly Buffer[]) this.appendChunk(chunk);
  }

  /** Array length prefix; -1 (null) is written as a null array. */
  arrayLength(n: number, compact: boolean): void {
    if (compact) this.uvarint(n + 1);
    else this.int32(n);
  }

  /** One entry of a tagged-field section: tag, size, then the field's bytes written into `field`. */
  taggedField(tag: number, field: Writer): void {
    this.uvarint(tag);
    this.uvarint(field.length);
    for (const chunk of field.finish()) {
      if (chunk.length >= BY_REFERENCE_MIN) this.appendChunk(chunk);
      else this.copy(chunk);
    }
  }
}
