import { compress as zstdCompressBuffer } from 'zstd-napi';
import zstdBinding from 'zstd-napi/binding.js';
import { CompressionType } from './compressionType.js';
import { corrupt, tooLarge } from './compressionError.js';

export function zstdCompress(data: Buffer): Buffer {
  return zstdCompressBuffer(data);
}

// The low-level binding is a CommonJS module without named ESM exports.
const { DCtx, ResetDirective, dStreamOutSize, getFrameContentSize } = zstdBinding;

// One decompression context, reused: creating a DCtx per batch costs more than the batch.
let context: InstanceType<typeof DCtx> | undefined;
const STREAM_OUT_SIZE = dStreamOutSize();

/**
 * Streams frame by frame so frames without a content size (written by streaming producers) work,
 * and never holds more than maxSize + 1 output bytes, whatever a frame header claims.
 */
export function zstdDecompress(data: Buffer, maxSize: number): Buffer {
  const dctx = (context ??= new DCtx());
  dctx.reset(ResetDirective.sessionOnly);
  const declared = declaredContentSize(data);
  if (declared !== null && declared > maxSize) throw tooLarge(CompressionType.Zstd, declared, maxSize);
  const chunks: Buffer[] = [];
  let total = 0;
  let input = data;
  let frameDone = false;
  for (;;) {
    const room = maxSize - total + 1;
    const chunk = Buffer.allocUnsafe(Math.min(room, Math.max(STREAM_OUT_SIZE, declared ?? 0, input.length * 4)));
    let result: [number, number, number];
    try {
      result = dctx.decompressStream(chunk, input);
    } catch (err) {
      dctx.reset(ResetDirective.sessionOnly);
      throw corrupt(CompressionType.Zstd, (err as Error).message, err);
    }
    const [remaining, produced, consumed] = result;
    if (produced > 0) chunks.push(chunk.subarray(0, produced));
    total += produced;
    input = input.subarray(consumed);
    if (total > maxSize) {
      dctx.reset(ResetDirective.sessionOnly);
      throw tooLarge(CompressionType.Zstd, `> ${maxSize}`, maxSize);
    }
    frameDone = remaining === 0;
    if (frameDone && input.length === 0) break;
    if (produced === 0 && consumed === 0) {
      dctx.reset(ResetDirective.sessionOnly);
      throw corrupt(CompressionType.Zstd, 'truncated frame');
    }
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function declaredContentSize(data: Buffer): number | null {
  try {
    return getFrameContentSize(data);
  } catch (err) {
    throw corrupt(CompressionType.Zstd, (err as Error).message, err);
  }
}
