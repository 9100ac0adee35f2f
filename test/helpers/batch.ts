// A minimal v2 record batch encoder for storage tests: uncompressed records with a value and no
// key or headers. The full codec lives in src/protocol/; this only needs to produce valid bytes.
import { crc32c } from '../../bindings/index.js';

export interface TestBatchOptions {
  records: number;
  /** Bytes per record value; default 16. */
  valueBytes?: number;
  /** Default 0 (the broker assigns offsets on a leader append). */
  baseOffset?: number;
  /** Timestamp of the first record; record i gets firstTimestamp + i. Default 1_700_000_000_000. */
  firstTimestamp?: number;
  partitionLeaderEpoch?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  /** Fills every value byte; default derived from the record index. */
  fill?: number;
}

function zigzagVarint(value: number, out: number[]): void {
  let v = value >= 0 ? value * 2 : -value * 2 - 1;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export function buildBatch(opts: TestBatchOptions): Buffer {
  const valueBytes = opts.valueBytes ?? 16;
  const firstTimestamp = opts.firstTimestamp ?? 1_700_000_000_000;
  const records: Buffer[] = [];
  for (let i = 0; i < opts.records; i++) {
    const body: number[] = [0];
    zigzagVarint(i, body); // timestamp delta
    zigzagVarint(i, body); // offset delta
    zigzagVarint(-1, body); // null key
    zigzagVarint(valueBytes, body);
    const value = Buffer.alloc(valueBytes, opts.fill ?? (i * 7 + 1) & 0xff);
    const tail: number[] = [];
    zigzagVarint(0, tail); // no headers
    const length: number[] = [];
    zigzagVarint(body.length + valueBytes + tail.length, length);
    records.push(Buffer.from(length), Buffer.from(body), value, Buffer.from(tail));
  }
  const payload = Buffer.concat(records);
  const header = Buffer.alloc(61);
  header.writeBigInt64BE(BigInt(opts.baseOffset ?? 0), 0);
  header.writeInt32BE(61 - 12 + payload.length, 8);
  header.writeInt32BE(opts.partitionLeaderEpoch ?? 0, 12);
  header.writeInt8(2, 16);
  header.writeInt16BE(0, 21);
  header.writeInt32BE(opts.records - 1, 23);
  header.writeBigInt64BE(BigInt(firstTimestamp), 27);
  header.writeBigInt64BE(BigInt(firstTimestamp + opts.records - 1), 35);
  header.writeBigInt64BE(BigInt(opts.producerId ?? -1), 43);
  header.writeInt16BE(opts.producerEpoch ?? -1, 51);
  header.writeInt32BE(opts.baseSequence ?? -1, 53);
  header.writeInt32BE(opts.records, 57);
  const batch = Buffer.concat([header, payload]);
  batch.writeUInt32BE(crc32c(batch.subarray(21)), 17);
  return batch;
}

/** Overwrites the base offset (follower-style input) and leaves the CRC valid: it does not cover it. */
export function withBaseOffset(batch: Buffer, baseOffset: number): Buffer {
  const copy = Buffer.from(batch);
  copy.writeBigInt64BE(BigInt(baseOffset), 0);
  return copy;
}
