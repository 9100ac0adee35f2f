import type { BatchSummary } from '../../bindings/index.js';

/**
 * Reads the fixed 61-byte record batch v2 header (Kafka's DefaultRecordBatch) at a position in a
 * buffer. Storage walks headers only, never records.
 */
export const LOG_OVERHEAD = 12;
export const BATCH_HEADER_BYTES = 61;

const BATCH_LENGTH = 8;
const PARTITION_LEADER_EPOCH = 12;
const ATTRIBUTES = 21;
const LAST_OFFSET_DELTA = 23;
const BASE_TIMESTAMP = 27;
const MAX_TIMESTAMP = 35;
const PRODUCER_ID = 43;
const PRODUCER_EPOCH = 51;
const BASE_SEQUENCE = 53;
const RECORDS_COUNT = 57;

function int64(buf: Buffer, pos: number): number {
  return buf.readInt32BE(pos) * 4294967296 + buf.readUInt32BE(pos + 4);
}

export function batchBaseOffset(buf: Buffer, pos: number): number {
  return int64(buf, pos);
}

/** Whole batch size including the offset and length fields; 0 when the header does not fit in `buf`. */
export function batchSize(buf: Buffer, pos: number): number {
  if (pos + BATCH_HEADER_BYTES > buf.length) return 0;
  return LOG_OVERHEAD + buf.readInt32BE(pos + BATCH_LENGTH);
}

export function batchLastOffset(buf: Buffer, pos: number): number {
  return int64(buf, pos) + buf.readInt32BE(pos + LAST_OFFSET_DELTA);
}

export function batchMaxTimestamp(buf: Buffer, pos: number): number {
  return int64(buf, pos + MAX_TIMESTAMP);
}

/** Every header field, for listeners (producer state) that need more than offsets. */
export function readBatchHeader(buf: Buffer, pos: number): BatchSummary {
  const attributes = buf.readInt16BE(pos + ATTRIBUTES);
  const lastOffsetDelta = buf.readInt32BE(pos + LAST_OFFSET_DELTA);
  const baseOffset = int64(buf, pos);
  return {
    position: pos,
    sizeInBytes: batchSize(buf, pos),
    baseOffset,
    lastOffsetDelta,
    lastOffset: baseOffset + lastOffsetDelta,
    partitionLeaderEpoch: buf.readInt32BE(pos + PARTITION_LEADER_EPOCH),
    attributes,
    compression: attributes & 0x7,
    timestampType: (attributes & 0x8) === 0 ? 0 : 1,
    isTransactional: (attributes & 0x10) !== 0,
    isControl: (attributes & 0x20) !== 0,
    firstTimestamp: int64(buf, pos + BASE_TIMESTAMP),
    maxTimestamp: int64(buf, pos + MAX_TIMESTAMP),
    producerId: int64(buf, pos + PRODUCER_ID),
    producerEpoch: buf.readInt16BE(pos + PRODUCER_EPOCH),
    baseSequence: buf.readInt32BE(pos + BASE_SEQUENCE),
    recordCount: buf.readInt32BE(pos + RECORDS_COUNT),
  };
}
