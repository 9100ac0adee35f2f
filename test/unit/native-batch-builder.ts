// Builds v2 record batches for the native tests and bench. The records section is filler bytes:
// the native code never decodes records, only the header and the CRC over attributes..end.
import { crc32c } from '../../bindings/index.js';

export interface BatchFields {
  baseOffset?: bigint;
  partitionLeaderEpoch?: number;
  magic?: number;
  attributes?: number;
  lastOffsetDelta?: number;
  firstTimestamp?: bigint;
  maxTimestamp?: bigint;
  producerId?: bigint;
  producerEpoch?: number;
  baseSequence?: number;
  recordCount?: number;
  /** Bytes after the 61-byte header. */
  recordsBytes?: number;
}

export const HEADER_SIZE = 61;

/** Stores the CRC32C of attributes..end at byte 17, as a producer does. */
export function sealBatch(batch: Buffer): Buffer {
  batch.writeUInt32BE(crc32c(batch.subarray(21)), 17);
  return batch;
}

export function buildBatch(fields: BatchFields = {}): Buffer {
  const count = fields.recordCount ?? 3;
  const recordsBytes = fields.recordsBytes ?? 40;
  const b = Buffer.alloc(HEADER_SIZE + recordsBytes);
  b.writeBigInt64BE(fields.baseOffset ?? 0n, 0);
  b.writeInt32BE(b.length - 12, 8);
  b.writeInt32BE(fields.partitionLeaderEpoch ?? -1, 12);
  b.writeInt8(fields.magic ?? 2, 16);
  b.writeInt16BE(fields.attributes ?? 0, 21);
  b.writeInt32BE(fields.lastOffsetDelta ?? count - 1, 23);
  b.writeBigInt64BE(fields.firstTimestamp ?? 1_700_000_000_000n, 27);
  b.writeBigInt64BE(fields.maxTimestamp ?? 1_700_000_000_005n, 35);
  b.writeBigInt64BE(fields.producerId ?? -1n, 43);
  b.writeInt16BE(fields.producerEpoch ?? -1, 51);
  b.writeInt32BE(fields.baseSequence ?? -1, 53);
  b.writeInt32BE(count, 57);
  for (let i = HEADER_SIZE; i < b.length; i++) b[i] = (i * 31) & 0xff;
  return sealBatch(b);
}
