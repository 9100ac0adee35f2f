import { compressFrameSync, decompressFrameSync } from 'lz4-napi';
import { CompressionType } from './compressionType.js';
import { corrupt, tooLarge } from './compressionError.js';

// Kafka v2 batches carry a standard LZ4 frame (KIP-57) with independent blocks; lz4-napi writes
// exactly that (FLG 0x60: version 01, independent blocks, no checksums).
export function lz4Compress(data: Buffer): Buffer {
  return compressFrameSync(data);
}

export function lz4Decompress(data: Buffer, maxSize: number): Buffer {
  const bound = lz4FrameBound(data);
  // The bound counts every compressed block as possibly full, so it can overshoot the real size by
  // up to one block; allow that slack here and enforce the exact limit on the real output below.
  if (bound.size > maxSize + bound.blockMaxSize) throw tooLarge(CompressionType.Lz4, `up to ${bound.size}`, maxSize);
  let out: Buffer;
  try {
    out = decompressFrameSync(data);
  } catch (err) {
    throw corrupt(CompressionType.Lz4, (err as Error).message, err);
  }
  if (out.length > maxSize) throw tooLarge(CompressionType.Lz4, out.length, maxSize);
  return out;
}

const FRAME_MAGIC = 0x184d2204;
const BLOCK_UNCOMPRESSED = 0x80000000;
// An LZ4 sequence can expand to at most ~255 bytes of output per input byte.
const MAX_EXPANSION = 256;

interface FrameBound {
  size: number;
  blockMaxSize: number;
}

/**
 * Walks the frame and block headers (no decoding) to bound the decompressed size, so a bomb is
 * refused before lz4-napi allocates its output. Kafka carries exactly one frame per batch, and
 * lz4-napi would silently ignore a second one, so trailing bytes are refused too.
 */
function lz4FrameBound(data: Buffer): FrameBound {
  if (data.length < 7) throw corrupt(CompressionType.Lz4, 'truncated frame header');
  const magic = data.readUInt32LE(0);
  if (magic !== FRAME_MAGIC) throw corrupt(CompressionType.Lz4, `bad frame magic 0x${magic.toString(16)}`);
  const flg = data[4]!;
  const bd = data[5]!;
  if (flg >> 6 !== 1) throw corrupt(CompressionType.Lz4, `unsupported frame version ${flg >> 6}`);
  const blockChecksum = (flg & 0x10) !== 0;
  const contentSize = (flg & 0x08) !== 0;
  const contentChecksum = (flg & 0x04) !== 0;
  const dictId = (flg & 0x01) !== 0;
  const blockSizeId = (bd >> 4) & 0x07;
  if (blockSizeId < 4) throw corrupt(CompressionType.Lz4, `bad block maximum size id ${blockSizeId}`);
  const blockMaxSize = 1 << (8 + 2 * blockSizeId);
  let size = 0;
  let pos = 4 + 2 + (contentSize ? 8 : 0) + (dictId ? 4 : 0) + 1;
  for (;;) {
    if (data.length - pos < 4) throw corrupt(CompressionType.Lz4, 'truncated block header');
    const header = data.readUInt32LE(pos);
    pos += 4;
    if (header === 0) break;
    const length = (header & ~BLOCK_UNCOMPRESSED) >>> 0;
    if (length > blockMaxSize || length > data.length - pos) {
      throw corrupt(CompressionType.Lz4, `block length ${length} with ${data.length - pos} bytes left`);
    }
    size += header & BLOCK_UNCOMPRESSED ? length : Math.min(blockMaxSize, length * MAX_EXPANSION);
    pos += length + (blockChecksum ? 4 : 0);
  }
  pos += contentChecksum ? 4 : 0;
  if (pos > data.length) throw corrupt(CompressionType.Lz4, 'truncated frame end');
  if (pos < data.length) throw corrupt(CompressionType.Lz4, `${data.length - pos} bytes after the frame`);
  return { size, blockMaxSize };
}
