// Zigzag varints of the v2 record format (protobuf's sint32/sint64): an int32 takes at most 5 bytes,
// an int64 at most 10. Unsigned varints of the flexible message versions live with the message codec.

export class MalformedVarintError extends Error {
  override readonly name = 'MalformedVarintError';
}

/** A read position over buf[pos, end): decoders advance pos and never read at or past end. */
export interface ByteCursor {
  buf: Buffer;
  pos: number;
  end: number;
}

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;
// Above this magnitude a zigzag value no longer fits a double exactly, so BigInt takes over.
const EXACT_ZIGZAG_LIMIT = 2 ** 52;

export function sizeOfVarint(value: number): number {
  const zigzag = ((value << 1) ^ (value >> 31)) >>> 0;
  if (zigzag < 0x80) return 1;
  if (zigzag < 0x4000) return 2;
  if (zigzag < 0x200000) return 3;
  if (zigzag < 0x10000000) return 4;
  return 5;
}

/** Writes value (an int32) at pos and returns the position after it. */
export function writeVarint(buf: Buffer, pos: number, value: number): number {
  let zigzag = ((value << 1) ^ (value >> 31)) >>> 0;
  while (zigzag >= 0x80) {
    buf[pos++] = (zigzag & 0x7f) | 0x80;
    zigzag >>>= 7;
  }
  buf[pos++] = zigzag;
  return pos;
}

/** Size of value (any safe integer) as a zigzag varlong. */
export function sizeOfVarlong(value: number): number {
  if (value >= INT32_MIN && value <= INT32_MAX) return sizeOfVarint(value);
  let size = 1;
  for (let zigzag = zigzagLong(value); zigzag >= 0x80n; zigzag >>= 7n) size++;
  return size;
}

/** Writes value (any safe integer) at pos and returns the position after it. */
export function writeVarlong(buf: Buffer, pos: number, value: number): number {
  if (value >= INT32_MIN && value <= INT32_MAX) return writeVarint(buf, pos, value);
  if (Math.abs(value) < EXACT_ZIGZAG_LIMIT) {
    let zigzag = value >= 0 ? value * 2 : -value * 2 - 1;
    while (zigzag >= 0x80) {
      buf[pos++] = (zigzag % 0x80) | 0x80;
      zigzag = Math.floor(zigzag / 0x80);
    }
    buf[pos++] = zigzag;
    return pos;
  }
  let zigzag = zigzagLong(value);
  while (zigzag >= 0x80n) {
    buf[pos++] = Number(zigzag & 0x7fn) | 0x80;
    zigzag >>= 7n;
  }
  buf[pos++] = Number(zigzag);
  return pos;
}

function zigzagLong(value: number): bigint {
  const big = BigInt(value);
  return BigInt.asUintN(64, (big << 1n) ^ (big >> 63n));
}

/** Reads a zigzag int32. Like Kafka, bits past 32 in the fifth byte are dropped. */
export function readVarint(cursor: ByteCursor): number {
  const { buf, end } = cursor;
  let pos = cursor.pos;
  let raw = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (pos >= end) throw new MalformedVarintError('varint runs past the end of its field');
    const byte = buf[pos++]!;
    raw |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) {
      cursor.pos = pos;
      return (raw >>> 1) ^ -(raw & 1);
    }
  }
  throw new MalformedVarintError('varint longer than 5 bytes');
}

/**
 * Reads a zigzag int64 as a number. Values beyond Number.MAX_SAFE_INTEGER are refused rather than
 * rounded: record timestamp deltas that large (285,000 years) only come from corrupt input.
 */
export function readVarlong(cursor: ByteCursor): number {
  const { buf, end } = cursor;
  let pos = cursor.pos;
  let raw = 0;
  // Seven bytes carry 49 bits: exact in a double, so the common case never touches BigInt.
  for (let shift = 0; shift < 49; shift += 7) {
    if (pos >= end) throw new MalformedVarintError('varlong runs past the end of its field');
    const byte = buf[pos++]!;
    raw += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) {
      cursor.pos = pos;
      return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
    }
  }
  let big = BigInt(raw);
  for (let shift = 49n; shift < 70n; shift += 7n) {
    if (pos >= end) throw new MalformedVarintError('varlong runs past the end of its field');
    const byte = buf[pos++]!;
    big |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) {
      cursor.pos = pos;
      const zigzag = BigInt.asUintN(64, big);
      const value = Number((zigzag >> 1n) ^ -(zigzag & 1n));
      if (!Number.isSafeInteger(value)) throw new MalformedVarintError(`varlong ${value} is beyond the safe integer range`);
      return value;
    }
  }
  throw new MalformedVarintError('varlong longer than 10 bytes');
}
