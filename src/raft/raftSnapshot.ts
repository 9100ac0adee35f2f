/**
 * The snapshot format, as Kafka writes `<offset>-<epoch>.checkpoint` files: record batches whose
 * first is a control batch holding a SnapshotHeaderRecord, then the state machine's records in data
 * batches, then a control batch holding a SnapshotFooterRecord. Offsets inside a snapshot start at 0.
 */
import { ControlRecordType, decodeControlRecordKey, encodeControlRecordKey } from '../protocol/controlRecord.js';
import { encodeSnapshotFooterRecord } from '../protocol/generated/messages/SnapshotFooterRecord.js';
import { encodeSnapshotHeaderRecord } from '../protocol/generated/messages/SnapshotHeaderRecord.js';
import { decodeRecordBatches, encodeRecordBatch, type RecordBatch } from '../protocol/recordBatch.js';
import { Writer } from '../protocol/writer.js';
import type { OffsetAndEpoch } from './offsetAndEpoch.js';

/** Records per data batch inside a snapshot. */
const RECORDS_PER_BATCH = 1024;

export class SnapshotFormatError extends Error {
  override readonly name = 'SnapshotFormatError';
}

function controlBatch(baseOffset: number, epoch: number, type: ControlRecordType, value: Buffer, timestamp: number): Buffer {
  return encodeRecordBatch({
    baseOffset: BigInt(baseOffset),
    partitionLeaderEpoch: epoch,
    isControl: true,
    records: [{ key: encodeControlRecordKey(type), value, timestamp }],
  });
}

/** The bytes of snapshot `id` holding `records`; `lastContainedLogTimestamp` goes in the header. */
export function encodeSnapshot(id: OffsetAndEpoch, records: readonly Buffer[], lastContainedLogTimestamp: number, now: number): Buffer {
  const header = new Writer(32);
  encodeSnapshotHeaderRecord(header, { version: 0, lastContainedLogTimestamp: BigInt(lastContainedLogTimestamp) }, 0);
  const batches = [controlBatch(0, id.epoch, ControlRecordType.SnapshotHeader, Buffer.concat(header.finish()), now)];
  let offset = 1;
  for (let i = 0; i < records.length; i += RECORDS_PER_BATCH) {
    const chunk = records.slice(i, i + RECORDS_PER_BATCH);
    batches.push(encodeRecordBatch({ baseOffset: BigInt(offset), partitionLeaderEpoch: id.epoch, records: chunk.map((value) => ({ key: null, value, timestamp: now })) }));
    offset += chunk.length;
  }
  const footer = new Writer(16);
  encodeSnapshotFooterRecord(footer, { version: 0 }, 0);
  batches.push(controlBatch(offset, id.epoch, ControlRecordType.SnapshotFooter, Buffer.concat(footer.finish()), now));
  return Buffer.concat(batches);
}

function controlType(batch: RecordBatch): number | null {
  if (!batch.isControl || batch.records.length !== 1) return null;
  return decodeControlRecordKey(batch.records[0]!.key).type;
}

/** The state machine's records of a snapshot; throws SnapshotFormatError unless header and footer frame them. */
export function decodeSnapshot(bytes: Buffer): Buffer[] {
  let batches: RecordBatch[];
  try {
    batches = decodeRecordBatches(bytes);
  } catch (err) {
    throw new SnapshotFormatError(`snapshot batches do not decode: ${(err as Error).message}`, { cause: err });
  }
  if (batches.length < 2 || controlType(batches[0]!) !== ControlRecordType.SnapshotHeader || controlType(batches.at(-1)!) !== ControlRecordType.SnapshotFooter) {
    throw new SnapshotFormatError('a snapshot starts with a SnapshotHeader control batch and ends with a SnapshotFooter');
  }
  const records: Buffer[] = [];
  for (const batch of batches.slice(1, -1)) {
    if (batch.isControl) continue;
    for (const record of batch.records) records.push(Buffer.from(record.value ?? Buffer.alloc(0)));
  }
  return records;
}
