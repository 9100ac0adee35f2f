// The batches of a produce payload as the produce path needs them before the append (producer
// state, the topic's compression rule), read from the batch headers only; records are never
// parsed. A malformed payload yields the batches that could be read, and the native validator
// then rejects it with CORRUPT_MESSAGE.
import type { BatchSummary } from '../../bindings/index.js';
import { BATCH_HEADER_BYTES, batchSize, readBatchHeader } from '../storage/batchHeader.js';

/** The batches with the offsets they will get if appended at `nextOffset` (the log end offset). */
export function provisionalBatches(records: Buffer, nextOffset: number): BatchSummary[] {
  const out: BatchSummary[] = [];
  let pos = 0;
  let offset = nextOffset;
  for (;;) {
    const size = batchSize(records, pos);
    if (size < BATCH_HEADER_BYTES || pos + size > records.length) break;
    const h = readBatchHeader(records, pos);
    out.push({ ...h, baseOffset: offset, lastOffset: offset + h.lastOffsetDelta });
    offset += h.lastOffsetDelta + 1;
    pos += size;
  }
  return out;
}
