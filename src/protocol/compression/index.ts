import { CompressionType, isCompressionType } from './compressionType.js';
import { CompressionError } from './compressionError.js';
import { gzipCompress, gzipDecompress } from './gzip.js';
import { lz4Compress, lz4Decompress } from './lz4.js';
import { snappyCompress, snappyDecompress } from './snappy.js';
import { zstdCompress, zstdDecompress } from './zstd.js';

export { CompressionType, compressionName, isCompressionType } from './compressionType.js';
export { CompressionError, type CompressionErrorCode } from './compressionError.js';

/**
 * Default ceiling on one batch's decompressed records. Kafka's own limits are on compressed bytes
 * (message.max.bytes, 1 MiB by default), so this leaves room for very compressible data while
 * refusing a bomb long before it hurts the process.
 */
export const DEFAULT_MAX_DECOMPRESSED_SIZE = 64 * 1024 * 1024;

const codecs: Record<CompressionType, { compress(data: Buffer): Buffer; decompress(data: Buffer, maxSize: number): Buffer }> = {
  [CompressionType.None]: { compress: (data) => data, decompress: noneDecompress },
  [CompressionType.Gzip]: { compress: gzipCompress, decompress: gzipDecompress },
  [CompressionType.Snappy]: { compress: snappyCompress, decompress: snappyDecompress },
  [CompressionType.Lz4]: { compress: lz4Compress, decompress: lz4Decompress },
  [CompressionType.Zstd]: { compress: zstdCompress, decompress: zstdDecompress },
};

export function compress(type: CompressionType, data: Buffer): Buffer {
  return codecFor(type).compress(data);
}

/** Throws CompressionError: DECOMPRESSED_TOO_LARGE past maxSize bytes, CORRUPT_INPUT, UNKNOWN_CODEC. */
export function decompress(type: CompressionType, data: Buffer, maxSize = DEFAULT_MAX_DECOMPRESSED_SIZE): Buffer {
  return codecFor(type).decompress(data, maxSize);
}

function codecFor(type: number): (typeof codecs)[CompressionType] {
  if (!isCompressionType(type)) throw new CompressionError('UNKNOWN_CODEC', type, 'unknown compression codec');
  return codecs[type];
}

function noneDecompress(data: Buffer, maxSize: number): Buffer {
  if (data.length > maxSize) {
    throw new CompressionError('DECOMPRESSED_TOO_LARGE', CompressionType.None, `${data.length} bytes exceed the limit of ${maxSize}`);
  }
  return data;
}
