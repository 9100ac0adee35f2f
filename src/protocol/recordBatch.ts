// The v2 record batch (magic 2), Kafka's DefaultRecordBatch: see docs/implementation.html "Record Batch".
// Not on the broker's produce/fetch path (batches stay opaque bytes there); this serves the project's
// client, the CLI, the gateway, compaction and transaction markers.
import { crc32c } from '../../bindings/index.js';
import {
  CompressionError,
  CompressionType,
  DEFAULT_MAX_DECOMPRESSED_SIZE,
  compress,
  decompress,
  isCompressionType,
} from './compression/index.js';
import {
  MalformedVarintError,
  readVarint,
  readVarlong,
  sizeOfVarint,
  sizeOfVarlong,
  writeVarint,
  writeVarlong,
  type ByteCursor,
} from './varint.js';

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

export interface Record {
  offsetDelta: number;
  timestampDelta: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  /** Unused by Kafka so far; carried through as read. */
  attributes: number;
}

export interface RecordBatch {
  baseOffset: bigint;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: 2;
  crc: number;
  attributes: number;
  compression: CompressionType;
  /** 0: CreateTime, 1: LogAppendTime. */
  timestampType: 0 | 1;
  isTransactional: boolean;
  isControl: boolean;
  /** Compaction set firstTimestamp to the delete horizon (KIP-534). */
  hasDeleteHorizon: boolean;
  lastOffsetDelta: number;
  firstTimestamp: bigint;
  maxTimestamp: bigint;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  /**
   * Keys, values and header values are views into the input buffer (or into the decompressed
   * records), not copies: copy them if the input buffer is reused.
   */
  records: Record[];
}

/** Everything found in a records field: whole batches, and the byte count of a truncated tail. */
export interface MemoryRecords {
  batches: RecordBatch[];
  /**
   * Bytes at the end that do not hold a whole batch. A fetch response may cut its last batch short;
   * anywhere else (a segment, a produce request) a non-zero value means the input is truncated.
   */
  partialBatchBytes: number;
}

export interface DecodeOptions {
  /** Check each batch's CRC32C (default true, as Kafka consumers' check.crcs). */
  verifyCrc?: boolean;
  /** Per-batch bound on decompressed records (default DEFAULT_MAX_DECOMPRESSED_SIZE). */
  maxDecompressedSize?: number;
}

export type RecordBatchDecodeErrorCode =
  | 'CORRUPT_BATCH'
  | 'CRC_MISMATCH'
  | 'UNSUPPORTED_MAGIC'
  | 'UNKNOWN_COMPRESSION'
  | 'DECOMPRESSION_FAILED'
  | 'DECOMPRESSED_TOO_LARGE'
  | 'CORRUPT_RECORD'
  | 'CORRUPT_CONTROL_RECORD';

export class RecordBatchDecodeError extends Error {
  override readonly name = 'RecordBatchDecodeError';
  readonly code: RecordBatchDecodeErrorCode;
  /** Byte position of the offending batch in the decoded buffer. */
  readonly position: number;

  constructor(code: RecordBatchDecodeErrorCode, position: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.position = position;
  }
}

export class RecordBatchEncodeError extends Error {
  override readonly name = 'RecordBatchEncodeError';
}

export interface RecordInput {
  key?: Buffer | null;
  value: Buffer | null;
  headers?: RecordHeader[];
  /** Milliseconds since the epoch; defaults to now. */
  timestamp?: bigint | number;
  /** Defaults to the record's index; must increase strictly (compaction leaves gaps). */
  offsetDelta?: number;
}

export interface RecordBatchInput {
  baseOffset?: bigint;
  records: RecordInput[];
  compression?: CompressionType;
  producerId?: bigint;
  producerEpoch?: number;
  baseSequence?: number;
  isTransactional?: boolean;
  isControl?: boolean;
  timestampType?: 0 | 1;
  partitionLeaderEpoch?: number;
  /** Base for the records' timestamp deltas; defaults to the first record's timestamp. */
  firstTimestamp?: bigint | number;
  /** Marks firstTimestamp as the compaction delete horizon (KIP-534). */
  hasDeleteHorizon?: boolean;
}

// Kafka's sentinels for a batch written without idempotence or a known leader epoch.
export const NO_PRODUCER_ID = -1n;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
export const NO_PARTITION_LEADER_EPOCH = -1;

const MAGIC = 2;
const BATCH_LENGTH_OFFSET = 8;
const PARTITION_LEADER_EPOCH_OFFSET = 12;
const MAGIC_OFFSET = 16;
const CRC_OFFSET = 17;
const ATTRIBUTES_OFFSET = 21;
const LAST_OFFSET_DELTA_OFFSET = 23;
const BASE_TIMESTAMP_OFFSET = 27;
const MAX_TIMESTAMP_OFFSET = 35;
const PRODUCER_ID_OFFSET = 43;
const PRODUCER_EPOCH_OFFSET = 51;
const BASE_SEQUENCE_OFFSET = 53;
const RECORDS_COUNT_OFFSET = 57;
/** baseOffset + batchLength: the bytes batchLength does not count. */
const LOG_OVERHEAD = 12;
const RECORD_BATCH_OVERHEAD = 61;
// length, attributes, timestampDelta, offsetDelta, key length, value length, header count: one byte each.
const MIN_RECORD_SIZE = 7;

const COMPRESSION_MASK = 0x07;
const TIMESTAMP_TYPE_MASK = 0x08;
const TRANSACTIONAL_MASK = 0x10;
const CONTROL_MASK = 0x20;
const DELETE_HORIZON_MASK = 0x40;

export function decodeRecordBatches(buf: Buffer, opts?: DecodeOptions): RecordBatch[] {
  return decodeMemoryRecords(buf, opts).batches;
}

/** Decodes every whole batch in buf, decompressing each; a truncated last batch is reported, not thrown. */
export function decodeMemoryRecords(buf: Buffer, opts: DecodeOptions = {}): MemoryRecords {
  const verifyCrc = opts.verifyCrc ?? true;
  const maxDecompressedSize = opts.maxDecompressedSize ?? DEFAULT_MAX_DECOMPRESSED_SIZE;
  const batches: RecordBatch[] = [];
  let pos = 0;
  while (buf.length - pos >= LOG_OVERHEAD) {
    const remaining = buf.length - pos;
    const batchLength = buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
    if (remaining > MAGIC_OFFSET && buf[pos + MAGIC_OFFSET] !== MAGIC) {
      throw new RecordBatchDecodeError(
        'UNSUPPORTED_MAGIC',
        pos,
        `record batch magic ${buf.readInt8(pos + MAGIC_OFFSET)} is not supported (only v2)`,
      );
    }
    if (batchLength < RECORD_BATCH_OVERHEAD - LOG_OVERHEAD) {
      throw new RecordBatchDecodeError('CORRUPT_BATCH', pos, `batch length ${batchLength} is below the v2 minimum`);
    }
    if (remaining - LOG_OVERHEAD < batchLength) break;
    const end = pos + LOG_OVERHEAD + batchLength;
    batches.push(decodeBatch(buf, pos, end, verifyCrc, maxDecompressedSize));
    pos = end;
  }
  return { batches, partialBatchBytes: buf.length - pos };
}

function decodeBatch(buf: Buffer, start: number, end: number, verifyCrc: boolean, maxDecompressedSize: number): RecordBatch {
  const crc = buf.readUInt32BE(start + CRC_OFFSET);
  if (verifyCrc) {
    const computed = crc32c(buf.subarray(start + ATTRIBUTES_OFFSET, end));
    if (computed !== crc) {
      throw new RecordBatchDecodeError(
        'CRC_MISMATCH',
        start,
        `record batch CRC32C is 0x${computed.toString(16)}, the batch says 0x${crc.toString(16)}`,
      );
    }
  }
  const attributes = buf.readInt16BE(start + ATTRIBUTES_OFFSET);
  const compression = attributes & COMPRESSION_MASK;
  if (!isCompressionType(compression)) {
    throw new RecordBatchDecodeError('UNKNOWN_COMPRESSION', start, `unknown compression codec ${compression}`);
  }
  const count = buf.readInt32BE(start + RECORDS_COUNT_OFFSET);
  if (count < 0) throw new RecordBatchDecodeError('CORRUPT_BATCH', start, `negative record count ${count}`);
  const recordsStart = start + RECORD_BATCH_OVERHEAD;
  let cursor: ByteCursor;
  if (compression === CompressionType.None) {
    cursor = { buf, pos: recordsStart, end };
  } else {
    const records = decompressRecords(compression, buf.subarray(recordsStart, end), maxDecompressedSize, start);
    cursor = { buf: records, pos: 0, end: records.length };
  }
  return {
    baseOffset: buf.readBigInt64BE(start),
    batchLength: end - start - LOG_OVERHEAD,
    partitionLeaderEpoch: buf.readInt32BE(start + PARTITION_LEADER_EPOCH_OFFSET),
    magic: MAGIC,
    crc,
    attributes,
    compression,
    timestampType: attributes & TIMESTAMP_TYPE_MASK ? 1 : 0,
    isTransactional: (attributes & TRANSACTIONAL_MASK) !== 0,
    isControl: (attributes & CONTROL_MASK) !== 0,
    hasDeleteHorizon: (attributes & DELETE_HORIZON_MASK) !== 0,
    lastOffsetDelta: buf.readInt32BE(start + LAST_OFFSET_DELTA_OFFSET),
    firstTimestamp: buf.readBigInt64BE(start + BASE_TIMESTAMP_OFFSET),
    maxTimestamp: buf.readBigInt64BE(start + MAX_TIMESTAMP_OFFSET),
    producerId: buf.readBigInt64BE(start + PRODUCER_ID_OFFSET),
    producerEpoch: buf.readInt16BE(start + PRODUCER_EPOCH_OFFSET),
    baseSequence: buf.readInt32BE(start + BASE_SEQUENCE_OFFSET),
    records: decodeRecords(cursor, count, start),
  };
}

function decompressRecords(compression: CompressionType, data: Buffer, maxSize: number, position: number): Buffer {
  try {
    return decompress(compression, data, maxSize);
  } catch (err) {
    if (!(err instanceof CompressionError)) throw err;
    const code = err.code === 'DECOMPRESSED_TOO_LARGE' ? 'DECOMPRESSED_TOO_LARGE' : 'DECOMPRESSION_FAILED';
    throw new RecordBatchDecodeError(code, position, err.message, { cause: err });
  }
}

function decodeRecords(cursor: ByteCursor, count: number, position: number): Record[] {
  // Bounding the count by the bytes present keeps a hostile count from allocating a huge array.
  if (count > (cursor.end - cursor.pos) / MIN_RECORD_SIZE) {
    throw new RecordBatchDecodeError(
      'CORRUPT_BATCH',
      position,
      `record count ${count} cannot fit in ${cursor.end - cursor.pos} bytes of records`,
    );
  }
  const records = new Array<Record>(count);
  const batchEnd = cursor.end;
  try {
    for (let i = 0; i < count; i++) {
      const length = readVarint(cursor);
      if (length < MIN_RECORD_SIZE - 1 || length > batchEnd - cursor.pos) {
        throw new MalformedVarintError(`record ${i} length ${length} with ${batchEnd - cursor.pos} bytes left`);
      }
      cursor.end = cursor.pos + length;
      records[i] = decodeRecord(cursor);
      if (cursor.pos !== cursor.end) {
        throw new MalformedVarintError(`record ${i} declares ${length} bytes but its fields end ${cursor.end - cursor.pos} bytes early`);
      }
      cursor.end = batchEnd;
    }
  } catch (err) {
    if (!(err instanceof MalformedVarintError)) throw err;
    throw new RecordBatchDecodeError('CORRUPT_RECORD', position, `corrupt record: ${err.message}`, { cause: err });
  }
  if (cursor.pos !== batchEnd) {
    throw new RecordBatchDecodeError('CORRUPT_BATCH', position, `${batchEnd - cursor.pos} bytes remain after ${count} records`);
  }
  return records;
}

function decodeRecord(cursor: ByteCursor): Record {
  if (cursor.pos >= cursor.end) throw new MalformedVarintError('record attributes missing');
  const attributes = cursor.buf.readInt8(cursor.pos++);
  const timestampDelta = readVarlong(cursor);
  const offsetDelta = readVarint(cursor);
  const key = readNullableBytes(cursor, 'key');
  const value = readNullableBytes(cursor, 'value');
  const headerCount = readVarint(cursor);
  // Each header takes at least two bytes (key length, value length).
  if (headerCount < 0 || headerCount > (cursor.end - cursor.pos) / 2) {
    throw new MalformedVarintError(`header count ${headerCount} with ${cursor.end - cursor.pos} bytes left`);
  }
  const headers = new Array<RecordHeader>(headerCount);
  for (let i = 0; i < headerCount; i++) {
    const keyLength = readLength(cursor, 'header key');
    if (keyLength < 0) throw new MalformedVarintError('null header key');
    const headerKey = cursor.buf.toString('utf8', cursor.pos, cursor.pos + keyLength);
    cursor.pos += keyLength;
    headers[i] = { key: headerKey, value: readNullableBytes(cursor, 'header value') };
  }
  return { offsetDelta, timestampDelta, key, value, headers, attributes };
}

function readLength(cursor: ByteCursor, field: string): number {
  const length = readVarint(cursor);
  if (length < -1 || length > cursor.end - cursor.pos) {
    throw new MalformedVarintError(`${field} length ${length} with ${cursor.end - cursor.pos} bytes left`);
  }
  return length;
}

function readNullableBytes(cursor: ByteCursor, field: string): Buffer | null {
  const length = readLength(cursor, field);
  if (length < 0) return null;
  const bytes = cursor.buf.subarray(cursor.pos, cursor.pos + length);
  cursor.pos += length;
  return bytes;
}

/**
 * Encodes records into one v2 batch: timestamp deltas from firstTimestamp, lastOffsetDelta and
 * maxTimestamp from the records, the records compressed as one block, CRC32C over attributes..end.
 */
export function encodeRecordBatch(input: RecordBatchInput): Buffer {
  const { records } = input;
  const count = records.length;
  if (count === 0) throw new RecordBatchEncodeError('a record batch needs at least one record');
  const compression = input.compression ?? CompressionType.None;
  if (!isCompressionType(compression)) throw new RecordBatchEncodeError(`unknown compression codec ${compression}`);

  const timestamps = new Float64Array(count);
  let now: number | undefined;
  let maxTimestamp = -Infinity;
  for (let i = 0; i < count; i++) {
    const given = records[i]!.timestamp;
    const timestamp = given === undefined ? (now ??= Date.now()) : toSafeInteger(given, `record ${i} timestamp`);
    timestamps[i] = timestamp;
    if (timestamp > maxTimestamp) maxTimestamp = timestamp;
  }
  const firstTimestamp =
    input.firstTimestamp === undefined ? timestamps[0]! : toSafeInteger(input.firstTimestamp, 'firstTimestamp');
  const timestampDeltas = timestamps.map((timestamp) => timestamp - firstTimestamp);
  if (!timestampDeltas.every(Number.isSafeInteger)) {
    throw new RecordBatchEncodeError(`a record timestamp is too far from firstTimestamp ${firstTimestamp}`);
  }

  // Pass 1: every record's size, so the records are written once into one buffer.
  const offsetDeltas = new Int32Array(count);
  const bodySizes = new Int32Array(count);
  const headerKeyLengths: number[] = [];
  let recordsSize = 0;
  let previousOffsetDelta = -1;
  for (let i = 0; i < count; i++) {
    const record = records[i]!;
    const offsetDelta = record.offsetDelta ?? i;
    if (!Number.isInteger(offsetDelta) || offsetDelta <= previousOffsetDelta || offsetDelta > 0x7fffffff) {
      throw new RecordBatchEncodeError(`record ${i} offsetDelta ${offsetDelta} does not follow ${previousOffsetDelta}`);
    }
    offsetDeltas[i] = previousOffsetDelta = offsetDelta;
    let size =
      1 +
      sizeOfVarlong(timestampDeltas[i]!) +
      sizeOfVarint(offsetDelta) +
      sizeOfNullableBytes(record.key ?? null) +
      sizeOfNullableBytes(record.value);
    const headers = record.headers ?? [];
    size += sizeOfVarint(headers.length);
    for (const header of headers) {
      if (typeof header.key !== 'string') throw new RecordBatchEncodeError(`record ${i} has a header without a string key`);
      const keyLength = Buffer.byteLength(header.key, 'utf8');
      headerKeyLengths.push(keyLength);
      size += sizeOfVarint(keyLength) + keyLength + sizeOfNullableBytes(header.value);
    }
    bodySizes[i] = size;
    recordsSize += sizeOfVarint(size) + size;
  }

  // Pass 2: write. Uncompressed records go straight behind the header; compressed ones are
  // written to a scratch buffer first, since the codec needs them whole.
  const uncompressed = compression === CompressionType.None;
  const recordsBuf = uncompressed
    ? Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + recordsSize)
    : Buffer.allocUnsafe(recordsSize);
  let pos = uncompressed ? RECORD_BATCH_OVERHEAD : 0;
  let headerIndex = 0;
  for (let i = 0; i < count; i++) {
    const record = records[i]!;
    pos = writeVarint(recordsBuf, pos, bodySizes[i]!);
    recordsBuf[pos++] = 0;
    pos = writeVarlong(recordsBuf, pos, timestampDeltas[i]!);
    pos = writeVarint(recordsBuf, pos, offsetDeltas[i]!);
    pos = writeNullableBytes(recordsBuf, pos, record.key ?? null);
    pos = writeNullableBytes(recordsBuf, pos, record.value);
    const headers = record.headers ?? [];
    pos = writeVarint(recordsBuf, pos, headers.length);
    for (const header of headers) {
      const keyLength = headerKeyLengths[headerIndex++]!;
      pos = writeVarint(recordsBuf, pos, keyLength);
      pos += recordsBuf.write(header.key, pos, keyLength, 'utf8');
      pos = writeNullableBytes(recordsBuf, pos, header.value);
    }
  }

  let batch = recordsBuf;
  if (!uncompressed) {
    const compressed = compress(compression, recordsBuf);
    batch = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + compressed.length);
    compressed.copy(batch, RECORD_BATCH_OVERHEAD);
  }

  const attributes =
    compression |
    (input.timestampType === 1 ? TIMESTAMP_TYPE_MASK : 0) |
    (input.isTransactional ? TRANSACTIONAL_MASK : 0) |
    (input.isControl ? CONTROL_MASK : 0) |
    (input.hasDeleteHorizon ? DELETE_HORIZON_MASK : 0);
  batch.writeBigInt64BE(checkInt64(input.baseOffset ?? 0n, 'baseOffset'), 0);
  batch.writeInt32BE(batch.length - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
  batch.writeInt32BE(checkInt(input.partitionLeaderEpoch ?? NO_PARTITION_LEADER_EPOCH, 32, 'partitionLeaderEpoch'), PARTITION_LEADER_EPOCH_OFFSET);
  batch.writeInt8(MAGIC, MAGIC_OFFSET);
  batch.writeInt16BE(attributes, ATTRIBUTES_OFFSET);
  batch.writeInt32BE(offsetDeltas[count - 1]!, LAST_OFFSET_DELTA_OFFSET);
  batch.writeBigInt64BE(BigInt(firstTimestamp), BASE_TIMESTAMP_OFFSET);
  batch.writeBigInt64BE(BigInt(maxTimestamp), MAX_TIMESTAMP_OFFSET);
  batch.writeBigInt64BE(checkInt64(input.producerId ?? NO_PRODUCER_ID, 'producerId'), PRODUCER_ID_OFFSET);
  batch.writeInt16BE(checkInt(input.producerEpoch ?? NO_PRODUCER_EPOCH, 16, 'producerEpoch'), PRODUCER_EPOCH_OFFSET);
  batch.writeInt32BE(checkInt(input.baseSequence ?? NO_SEQUENCE, 32, 'baseSequence'), BASE_SEQUENCE_OFFSET);
  batch.writeInt32BE(count, RECORDS_COUNT_OFFSET);
  batch.writeUInt32BE(crc32c(batch.subarray(ATTRIBUTES_OFFSET)), CRC_OFFSET);
  return batch;
}

function sizeOfNullableBytes(bytes: Buffer | null): number {
  return bytes === null ? 1 : sizeOfVarint(bytes.length) + bytes.length;
}

function writeNullableBytes(buf: Buffer, pos: number, bytes: Buffer | null): number {
  if (bytes === null) return writeVarint(buf, pos, -1);
  pos = writeVarint(buf, pos, bytes.length);
  return pos + bytes.copy(buf, pos);
}

function toSafeInteger(value: bigint | number, field: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RecordBatchEncodeError(`${field} ${value} is not a safe integer`);
  return n;
}

function checkInt(value: number, bits: 16 | 32, field: string): number {
  const limit = 2 ** (bits - 1);
  if (!Number.isInteger(value) || value < -limit || value >= limit) {
    throw new RecordBatchEncodeError(`${field} ${value} is not an int${bits}`);
  }
  return value;
}

function checkInt64(value: bigint, field: string): bigint {
  if (BigInt.asIntN(64, value) !== value) throw new RecordBatchEncodeError(`${field} ${value} is not an int64`);
  return value;
}
