import { compressSync, uncompressSync } from 'snappy';
import { CompressionType } from './compressionType.js';
import { corrupt, tooLarge } from './compressionError.js';

// Kafka's Java clients wrap snappy in snappy-java's (xerial) stream framing: this 8-byte magic,
// int32 version and int32 minimum-compatible version, then [int32 BE length][raw snappy block] chunks.
// librdkafka and kafkajs-snappy write one raw snappy block instead, so the reader accepts both.
const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_SIZE = XERIAL_MAGIC.length + 8;
const XERIAL_VERSION = 1;
const XERIAL_COMPATIBLE_VERSION = 1;
// snappy-java's SnappyOutputStream default block size, which Kafka's producer uses.
const XERIAL_BLOCK_SIZE = 32 * 1024;

export function snappyCompress(data: Buffer): Buffer {
  const chunks: Buffer[] = [];
  const header = Buffer.allocUnsafe(XERIAL_HEADER_SIZE);
  XERIAL_MAGIC.copy(header, 0);
  header.writeInt32BE(XERIAL_VERSION, 8);
  header.writeInt32BE(XERIAL_COMPATIBLE_VERSION, 12);
  chunks.push(header);
  for (let pos = 0; pos < data.length; pos += XERIAL_BLOCK_SIZE) {
    const block = compressSync(data.subarray(pos, pos + XERIAL_BLOCK_SIZE));
    const length = Buffer.allocUnsafe(4);
    length.writeInt32BE(block.length, 0);
    chunks.push(length, block);
  }
  return Buffer.concat(chunks);
}

export function snappyDecompress(data: Buffer, maxSize: number): Buffer {
  if (!isXerialFramed(data)) {
    const length = blockLength(data);
    if (length > maxSize) throw tooLarge(CompressionType.Snappy, length, maxSize);
    return uncompressBlock(data);
  }
  const blocks: Buffer[] = [];
  let total = 0;
  let pos = XERIAL_HEADER_SIZE;
  while (pos < data.length) {
    if (data.length - pos < 4) throw corrupt(CompressionType.Snappy, 'truncated xerial chunk length');
    const length = data.readInt32BE(pos);
    pos += 4;
    if (length <= 0 || length > data.length - pos) {
      throw corrupt(CompressionType.Snappy, `xerial chunk length ${length} with ${data.length - pos} bytes left`);
    }
    const block = data.subarray(pos, pos + length);
    pos += length;
    total += blockLength(block);
    if (total > maxSize) throw tooLarge(CompressionType.Snappy, `>= ${total}`, maxSize);
    blocks.push(uncompressBlock(block));
  }
  return blocks.length === 1 ? blocks[0]! : Buffer.concat(blocks, total);
}

function isXerialFramed(data: Buffer): boolean {
  return data.length >= XERIAL_HEADER_SIZE && data.subarray(0, XERIAL_MAGIC.length).equals(XERIAL_MAGIC);
}

// A raw snappy block starts with its uncompressed length as an unsigned varint (at most 32 bits):
// reading it first refuses a bomb before the codec allocates the output.
function blockLength(block: Buffer): number {
  let length = 0;
  for (let i = 0; i < 5; i++) {
    if (i >= block.length) break;
    const byte = block[i]!;
    length += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return length;
  }
  throw corrupt(CompressionType.Snappy, 'bad uncompressed-length varint');
}

function uncompressBlock(block: Buffer): Buffer {
  try {
    return uncompressSync(block, { asBuffer: true }) as Buffer;
  } catch (err) {
    throw corrupt(CompressionType.Snappy, (err as Error).message, err);
  }
}
