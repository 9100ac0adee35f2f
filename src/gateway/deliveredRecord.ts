// Records as the gateway hands them to browsers and REST clients: read from a partition's log,
// decompressed with the protocol codecs, control batches (transaction markers) left out, and the
// records before the requested offset dropped (a read starts at the batch holding that offset).
import type { RecordHeader } from '../protocol/recordBatch.js';
import { decodeMemoryRecords } from '../protocol/recordBatch.js';

export interface DeliveredRecord {
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

export interface DecodedRead {
  records: DeliveredRecord[];
  /** The offset after the last whole batch read; where the next read starts. */
  nextOffset: number;
}

/** Decodes the batches of one partition read; `fromOffset` is the offset that was asked for. */
export function decodeRead(chunks: readonly Buffer[], fromOffset: number): DecodedRead {
  const buf = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const records: DeliveredRecord[] = [];
  let nextOffset = fromOffset;
  for (const batch of decodeMemoryRecords(buf).batches) {
    const base = Number(batch.baseOffset);
    nextOffset = Math.max(nextOffset, base + batch.lastOffsetDelta + 1);
    if (batch.isControl) continue;
    const firstTimestamp = Number(batch.firstTimestamp);
    for (const r of batch.records) {
      const offset = base + r.offsetDelta;
      if (offset < fromOffset) continue;
      records.push({
        offset,
        // LogAppendTime batches carry the broker's time in maxTimestamp for every record.
        timestamp: batch.timestampType === 1 ? Number(batch.maxTimestamp) : firstTimestamp + r.timestampDelta,
        key: r.key,
        value: r.value,
        headers: r.headers,
      });
    }
  }
  return { records, nextOffset };
}
