import { gunzipSync, gzipSync } from 'node:zlib';
import { CompressionType } from './compressionType.js';
import { corrupt, tooLarge } from './compressionError.js';

export function gzipCompress(data: Buffer): Buffer {
  return gzipSync(data);
}

export function gzipDecompress(data: Buffer, maxSize: number): Buffer {
  try {
    // maxOutputLength makes zlib stop inflating at the bound instead of growing its buffer without end.
    return gunzipSync(data, { maxOutputLength: Math.max(1, maxSize) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(CompressionType.Gzip, `> ${maxSize}`, maxSize);
    }
    throw corrupt(CompressionType.Gzip, (err as Error).message, err);
  }
}
