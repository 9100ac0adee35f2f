import { compressionName, type CompressionType } from './compressionType.js';

export type CompressionErrorCode =
  /** The output would exceed the caller's bound: refused before (or while) allocating it. */
  | 'DECOMPRESSED_TOO_LARGE'
  /** The input is not a valid stream for the codec (bad magic, truncated, bad checksum). */
  | 'CORRUPT_INPUT'
  /** The codec id is not one Kafka defines. */
  | 'UNKNOWN_CODEC';

export class CompressionError extends Error {
  override readonly name = 'CompressionError';
  readonly code: CompressionErrorCode;
  readonly compression: number;

  constructor(code: CompressionErrorCode, compression: number, message: string, options?: { cause?: unknown }) {
    super(`${codecLabel(compression)}: ${message}`, options);
    this.code = code;
    this.compression = compression;
  }
}

function codecLabel(compression: number): string {
  return compression >= 0 && compression <= 4 ? compressionName(compression as CompressionType) : `codec ${compression}`;
}

export function tooLarge(compression: CompressionType, size: number | string, maxSize: number): CompressionError {
  return new CompressionError(
    'DECOMPRESSED_TOO_LARGE',
    compression,
    `decompressed size ${size} exceeds the limit of ${maxSize} bytes`,
  );
}

export function corrupt(compression: CompressionType, detail: string, cause?: unknown): CompressionError {
  return new CompressionError('CORRUPT_INPUT', compression, `corrupt input: ${detail}`, { cause });
}
