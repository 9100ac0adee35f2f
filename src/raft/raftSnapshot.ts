/**
 * The snapshot format, as Kafka writes `<offset>-<epoch>.checkpoint` files: record batches whose
 * first is a control batch opening with a SnapshotHeaderRecord (Kafka puts the KRaftVersion and
 * Voters control records of a KIP-853 quorum in the same batch), then the state machine's records
 * in data batches, then a control batch holding a SnapshotFooterRecord. Offsets inside a snapshot
 * start at 0. A snapshot may hold no state machine records at all (the bootstrap checkpoint
 * `storage format` writes for a quorum).
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

/** A control record riding in a snapshot's header batch (KRaftVersion, KRaftVoters). */
export interface SnapshotControlRecord {
  readonly type: ControlRecordType;
  readonly value: Buffer;
}

function controlBatch(baseOffset: number, epoch: number, records: readonly SnapshotControlRecord[], timestamp: number): Buffer {
  return encodeRecordBatch({
    baseOffset: BigInt(baseOffset),
    partitionLeaderEpoch: epoch,
    isControl: true,
    records: records.map(({ type, value }) => ({ key: encodeControlRecordKey(type), value, timestamp })),
  });
}

/**
 * The bytes of snapshot `id` holding `records`; `lastContainedLogTimestamp` goes in the header,
 * `controlRecords` right after it in the header batch.
 */
export function encodeSnapshot(
  id: OffsetAndEpoch,
  records: readonly Buffer[],
  lastContainedLogTimestamp: number,
  now: number,
  controlRecords: readonly SnapshotControlRecord[] = [],
): Buffer {
  const header = new Writer(32);
  encodeSnapshotHeaderRecord(header, { version: 0, lastContainedLogTimestamp: BigInt(lastContainedLogTimestamp) }, 0);
  const headerRecord = { type: ControlRecordType.SnapshotHeader, value: Buffer.concat(header.finish()) };
  const batches = [controlBatch(0, id.epoch, [headerRecord, ...controlRecords], now)];
  let offset = 1 + controlRecords.length;
  for (let i = 0; i < records.length; i += RECORDS_PER_BATCH) {
    const chunk = records.slice(i, i + RECORDS_PER_BATCH);
    batches.push(encodeRecordBatch({ baseOffset: BigInt(offset), partitionLeaderEpoch: id.epoch, records: chunk.map((value) => ({ key: null, value, timestamp: now })) }));
    offset += chunk.length;
  }
  const footer = new Writer(16);
  encodeSnapshotFooterRecord(footer, { version: 0 }, 0);
  batches.push(controlBatch(offset, id.epoch, [{ type: ControlRecordType.SnapshotFooter, value: Buffer.concat(footer.finish()) }], now));
  return Buffer.concat(batches);
}

/** The type of a control batch's first record, or null for a data batch. */
function controlType(batch: RecordBatch): number | null {
  if (!batch.isControl || batch.records.length === 0) return null;
  return decodeControlRecordKey(batch.records[0]!.key).type;
}

/** Offset of a batch's length field, and the bytes before the part it counts (baseOffset, length). */
const BATCH_LENGTH_OFFSET = 8;
export const BATCH_LOG_OVERHEAD = 12;

/** The size of a snapshot's header batch, from the first BATCH_LOG_OVERHEAD bytes of the snapshot. */
export function headerBatchSize(head: Buffer): number {
  if (head.length < BATCH_LOG_OVERHEAD) throw new SnapshotFormatError(`a snapshot of ${head.length} bytes holds no header batch`);
  return BATCH_LOG_OVERHEAD + Math.max(0, head.readInt32BE(BATCH_LENGTH_OFFSET));
}

/**
 * The control records after the SnapshotHeader in a snapshot's header batch. Reads only that
 * first batch, so finding a snapshot's voters does not decode the whole state machine.
 */
export function decodeSnapshotControlRecords(bytes: Buffer): Array<{ type: number; value: Buffer }> {
  const firstBatchEnd = headerBatchSize(bytes);
  let batches: RecordBatch[];
  try {
    batches = decodeRecordBatches(bytes.subarray(0, Math.min(firstBatchEnd, bytes.length)));
  } catch (err) {
    throw new SnapshotFormatError(`snapshot header batch does not decode: ${(err as Error).message}`, { cause: err });
  }
  const first = batches[0];
  if (first === undefined || controlType(first) !== ControlRecordType.SnapshotHeader) {
    throw new SnapshotFormatError('a snapshot starts with a SnapshotHeader control batch');
  }
  return first.records.slice(1).map((record) => ({
    type: decodeControlRecordKey(record.key).type,
    value: Buffer.from(record.value ?? Buffer.alloc(0)),
  }));
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
