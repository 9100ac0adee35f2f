// The one typed face of the native addon: no other module loads the .node file.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Summary of one v2 record batch header (records inside are never decoded). */
export interface BatchSummary {
  /** Byte offset of the batch inside the buffer. */
  position: number;
  /** 12 + batchLength. */
  sizeInBytes: number;
  /** After patching (validateAndAssignOffsets) or as found. */
  baseOffset: number;
  lastOffsetDelta: number;
  /** baseOffset + lastOffsetDelta. */
  lastOffset: number;
  partitionLeaderEpoch: number;
  attributes: number;
  /** attributes & 7: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd. */
  compression: number;
  /** 1 = LogAppendTime. */
  timestampType: 0 | 1;
  isTransactional: boolean;
  isControl: boolean;
  firstTimestamp: number;
  /** After patching when LogAppendTime. */
  maxTimestamp: number;
  /** int64 read as a number; a batch with |producerId| >= 2^53 is rejected as corrupt. */
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
}

export interface ValidateOptions {
  /** Offset of the first record of the first batch; later batches get consecutive offsets. */
  baseOffset: number;
  /** Stamped into every batch (not covered by the CRC). */
  partitionLeaderEpoch: number;
  /**
   * The topic uses LogAppendTime: every batch gets the timestamp-type bit and this maxTimestamp,
   * then a fresh CRC. When absent the topic uses CreateTime and a producer's LogAppendTime bit
   * is cleared (as Kafka does), also re-sealing the CRC.
   */
  logAppendTimeMs?: number;
  /** max.message.bytes: a batch whose sizeInBytes exceeds it is MESSAGE_TOO_LARGE. */
  maxBatchBytes: number;
  /**
   * The append comes from a producer (Kafka's AppendOrigin.CLIENT): also rejects control batches,
   * a baseOffset other than 0 and a producer id with a negative base sequence (INVALID_RECORD).
   */
  fromClient?: boolean;
}

export type RecordBatchErrorCode =
  | 'CORRUPT_MESSAGE'
  | 'MESSAGE_TOO_LARGE'
  | 'INVALID_RECORD'
  | 'UNSUPPORTED_FOR_MESSAGE_FORMAT';

/** A produce buffer that Kafka would refuse, with the error code to put on the wire. */
export class RecordBatchError extends Error {
  override name = 'RecordBatchError';
  constructor(
    message: string,
    readonly kafkaError: RecordBatchErrorCode,
    /** Index of the offending batch inside the buffer. */
    readonly batchIndex: number,
  ) {
    super(message);
  }
}

export interface ScanResult {
  /** Bytes from the start of the buffer covered by whole, trusted batches. */
  validBytes: number;
  batchCount: number;
  /** Why scanning stopped early; null at a clean end or a partial (torn) tail. */
  error: string | null;
  /** Per batch, stride 4: position, baseOffset, lastOffset, maxTimestamp. */
  batches: Float64Array;
}

/** Shaped like Node's fs errors: errno is negative (libuv style), code is the errno name. */
export interface NativeIoError extends Error {
  errno: number;
  code: string;
  syscall: string;
  path: string;
}

/** One open segment file. Every failure throws (or rejects with) a NativeIoError. */
export interface SegmentFile {
  readonly path: string;
  /** -1 once closed. */
  readonly fd: number;
  /** fstat. */
  size(): number;
  /**
   * Appends at the end with one pwritev (repeated only on a short write) and returns the size
   * after. On failure (ENOSPC, EFBIG, EIO ...) the file is cut back to its previous end.
   */
  append(buffers: readonly Uint8Array[]): number;
  /** Reads until target is full or EOF; returns the bytes read (0 at EOF). */
  pread(target: Uint8Array, position: number): number;
  /**
   * Zero-copy read: a Buffer over a shared read-only mmap of the file, clamped to the file size
   * (empty at or past EOF). The mapping lives as long as any view. If the file is later
   * truncated by this object, views of the cut bytes read as zeros instead of faulting.
   */
  readView(position: number, length: number): Buffer;
  /** Lets go of the resident pages of the current mapping (madvise MADV_DONTNEED); views stay valid. */
  releaseMappedPages(): void;
  /** sendfile(2) to a non-blocking fd; returns bytes sent (short or 0 on EAGAIN or EOF). */
  sendfile(outFd: number, position: number, length: number): number;
  truncate(size: number): void;
  /** Runs on libuv's worker pool; the event loop never waits for the disk. */
  fsync(): Promise<void>;
  fdatasync(): Promise<void>;
  /** Idempotent; later calls on the file throw EBADF. A running fsync keeps the fd until done. */
  close(): void;
}

export interface SegmentFileOpenOptions {
  /** O_CREAT with mode 0644. */
  create?: boolean;
  readOnly?: boolean;
}

interface SegmentFileClass {
  new (path: string, create: boolean, readOnly: boolean): SegmentFile;
}

interface NativeAddon {
  abiVersion: number;
  hasHardwareCrc32c: boolean;
  crc32c(data: Uint8Array, seed?: number): number;
  crc32cSoftware(data: Uint8Array, seed?: number): number;
  crc32cHardware(data: Uint8Array, seed?: number): number;
  murmur2(key: Uint8Array): number;
  murmur2Partition(key: Uint8Array, numPartitions: number): number;
  murmur2Partitions(keys: readonly Uint8Array[], numPartitions: number): Int32Array;
  validateAndAssignOffsets(buf: Uint8Array, opts: ValidateOptions): BatchSummary[];
  scanBatches(buf: Uint8Array, verifyCrc: boolean): ScanResult;
  SegmentFile: SegmentFileClass;
  fsyncDirectory(path: string): Promise<void>;
}

function load(): NativeAddon {
  for (const rel of ['../build/Release/runnel_native.node', '../../build/Release/runnel_native.node']) {
    try {
      return require(rel) as NativeAddon;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  throw new Error('runnel native addon not built: run `npm install` (node-gyp rebuild)');
}

export const native: NativeAddon = load();

/** Whether crc32c() uses the CPU's SSE4.2 crc32 instruction. */
export const hasHardwareCrc32c: boolean = native.hasHardwareCrc32c;

/** CRC32C, unsigned 32-bit. Pass a previous result as seed to continue over more bytes. */
export const crc32c: (data: Uint8Array, seed?: number) => number = native.crc32c;
/** Portable slicing-by-8 CRC32C. */
export const crc32cSoftware: (data: Uint8Array, seed?: number) => number = native.crc32cSoftware;
/** SSE4.2 CRC32C; throws on a CPU without it. */
export const crc32cHardware: (data: Uint8Array, seed?: number) => number = native.crc32cHardware;

/** Kafka's Utils.murmur2 (signed 32-bit). */
export const murmur2: (key: Uint8Array) => number = native.murmur2;
/** Kafka's default partitioner for a keyed record: toPositive(murmur2(key)) % numPartitions. */
export const murmur2Partition: (key: Uint8Array, numPartitions: number) => number =
  native.murmur2Partition;
/** murmur2Partition for many keys in one native call. */
export const murmur2Partitions: (keys: readonly Uint8Array[], numPartitions: number) => Int32Array =
  native.murmur2Partitions;

function isNativeBatchError(err: unknown): err is Error & { kafkaError: RecordBatchErrorCode; batchIndex: number } {
  return err instanceof Error && typeof (err as { kafkaError?: unknown }).kafkaError === 'string';
}

/**
 * Checks every batch in buf (back to back, covering it exactly) and, only when all pass, stamps
 * offsets, the leader epoch and the timestamp type in place. Otherwise throws RecordBatchError
 * and leaves buf untouched. See native/record_batch.cc for the checks and their Kafka codes.
 */
export function validateAndAssignOffsets(buf: Uint8Array, opts: ValidateOptions): BatchSummary[] {
  try {
    return native.validateAndAssignOffsets(buf, opts);
  } catch (err) {
    if (isNativeBatchError(err)) throw new RecordBatchError(err.message, err.kafkaError, err.batchIndex);
    throw err;
  }
}

/**
 * Walks batches from the start of buf without changing it, for log recovery and follower
 * appends: stops at a torn tail (error null) or at the first untrustworthy batch (error set).
 */
export const scanBatches: (buf: Uint8Array, verifyCrc: boolean) => ScanResult = native.scanBatches;

/** The native class itself (so `instanceof SegmentFile` holds), opened through open(). */
export const SegmentFile: {
  open(path: string, opts?: SegmentFileOpenOptions): SegmentFile;
  readonly prototype: SegmentFile;
} = Object.assign(native.SegmentFile, {
  open(path: string, opts: SegmentFileOpenOptions = {}): SegmentFile {
    return new native.SegmentFile(path, opts.create === true, opts.readOnly === true);
  },
});

/** fsync of a directory, after write-temp-then-rename, so the rename survives a crash. */
export const fsyncDirectory: (path: string) => Promise<void> = native.fsyncDirectory;
