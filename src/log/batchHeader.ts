// Reads the producer fields of each record batch header in a produce payload, so idempotence can
// be checked before the append. Only headers are read (fixed offsets of the magic v2 layout);
// records are never parsed. Bounds-checked: a malformed payload yields what could be read, and the
// native validator then rejects it with CORRUPT_MESSAGE.
import type { BatchLike } from '../txn/producerStateEntry.js';

const LENGTH_OFFSET = 8;
const ATTRIBUTES_OFFSET = 21;
const LAST_OFFSET_DELTA_OFFSET = 23;
const PRODUCER_ID_OFFSET = 43;
const PRODUCER_EPOCH_OFFSET = 51;
const BASE_SEQUENCE_OFFSET = 53;
const HEADER_SIZE = 61;
const MAX_TIMESTAMP_OFFSET = 35;
const TRANSACTIONAL_FLAG = 0x10;
const CONTROL_FLAG = 0x20;

/** The first batch's producer id, or -1 when the payload is too short to say (or not idempotent). */
export function firstProducerId(records: Buffer): number {
  if (records.length < HEADER_SIZE) return -1;
  return Number(records.readBigInt64BE(PRODUCER_ID_OFFSET));
}

/**
 * The batches of a produce payload as producer state sees them, with the offsets they will get
 * if appended at `nextOffset` (the log end offset).
 */
export function provisionalBatches(records: Buffer, nextOffset: number): BatchLike[] {
  const out: BatchLike[] = [];
  let pos = 0;
  let offset = nextOffset;
  while (pos + HEADER_SIZE <= records.length) {
    const size = 12 + records.readInt32BE(pos + LENGTH_OFFSET);
    if (size < HEADER_SIZE || pos + size > records.length) break;
    const lastOffsetDelta = records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
    const attributes = records.readInt16BE(pos + ATTRIBUTES_OFFSET);
    out.push({
      baseOffset: offset,
      lastOffset: offset + lastOffsetDelta,
      lastOffsetDelta,
      maxTimestamp: Number(records.readBigInt64BE(pos + MAX_TIMESTAMP_OFFSET)),
      producerId: Number(records.readBigInt64BE(pos + PRODUCER_ID_OFFSET)),
      producerEpoch: records.readInt16BE(pos + PRODUCER_EPOCH_OFFSET),
      baseSequence: records.readInt32BE(pos + BASE_SEQUENCE_OFFSET),
      isTransactional: (attributes & TRANSACTIONAL_FLAG) !== 0,
      isControl: (attributes & CONTROL_FLAG) !== 0,
    });
    offset += lastOffsetDelta + 1;
    pos += size;
  }
  return out;
}
