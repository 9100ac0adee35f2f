/**
 * The storage layer's typed failures. Each carries `kafkaError`, the Kafka error name the broker
 * puts on the wire for the partition, so a handler maps any of them without knowing the class.
 */
export abstract class StorageError extends Error {
  abstract readonly kafkaError: string;
}

/** A refused batch; `batchIndex` is its index in the appended buffer, -1 when unknown. */
export abstract class RecordBatchRejection extends StorageError {
  readonly batchIndex: number;

  constructor(message: string, batchIndex = -1, options?: ErrorOptions) {
    super(message, options);
    this.batchIndex = batchIndex;
  }
}

/** A batch failed validation (bad CRC, bad header, torn bytes): CORRUPT_MESSAGE. */
export class CorruptRecordError extends RecordBatchRejection {
  override readonly name = 'CorruptRecordError';
  readonly kafkaError = 'CORRUPT_MESSAGE';
}

/** One batch is larger than max.message.bytes: MESSAGE_TOO_LARGE. */
export class RecordTooLargeError extends RecordBatchRejection {
  override readonly name = 'RecordTooLargeError';
  readonly kafkaError = 'MESSAGE_TOO_LARGE';
}

/** The whole produce payload could never fit in one segment (segment.bytes): RECORD_LIST_TOO_LARGE. */
export class RecordListTooLargeError extends StorageError {
  override readonly name = 'RecordListTooLargeError';
  readonly kafkaError = 'RECORD_LIST_TOO_LARGE';
}

/**
 * Any other batch rejection reported by native validation (INVALID_RECORD, UNSUPPORTED_FOR_MESSAGE_FORMAT...),
 * keeping the native Kafka error name.
 */
export class InvalidRecordError extends RecordBatchRejection {
  override readonly name = 'InvalidRecordError';
  readonly kafkaError: string;

  constructor(kafkaError: string, message: string, batchIndex = -1, options?: ErrorOptions) {
    super(message, batchIndex, options);
    this.kafkaError = kafkaError;
  }
}

/** A fetch or truncation asked for an offset outside [logStartOffset, logEndOffset]: OFFSET_OUT_OF_RANGE. */
export class OffsetOutOfRangeError extends StorageError {
  override readonly name = 'OffsetOutOfRangeError';
  readonly kafkaError = 'OFFSET_OUT_OF_RANGE';
  readonly offset: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;

  constructor(offset: number, logStartOffset: number, logEndOffset: number) {
    super(`offset ${offset} is outside the log range [${logStartOffset}, ${logEndOffset}]`);
    this.offset = offset;
    this.logStartOffset = logStartOffset;
    this.logEndOffset = logEndOffset;
  }
}

/** A follower append whose first offset is behind the log end offset. */
export class UnexpectedAppendOffsetError extends StorageError {
  override readonly name = 'UnexpectedAppendOffsetError';
  readonly kafkaError = 'UNKNOWN_SERVER_ERROR';
}

/**
 * The log's disk failed (ENOSPC, EIO, EROFS...): the log is offline until the broker restarts.
 * KAFKA_STORAGE_ERROR; `cause` holds the native error with errno, code, syscall and path.
 */
export class KafkaStorageError extends StorageError {
  override readonly name = 'KafkaStorageError';
  readonly kafkaError = 'KAFKA_STORAGE_ERROR';
}

/** True for errors raised by a system call (native or node:fs): they carry a syscall name. */
export function isIoError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}
