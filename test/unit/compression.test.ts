import t from 'tap';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import * as snappy from 'snappy';
import {
  CompressionError,
  CompressionType,
  DEFAULT_MAX_DECOMPRESSED_SIZE,
  compress,
  decompress,
} from '../../src/protocol/compression/index.js';

const require = createRequire(import.meta.url);
const codecs = [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd] as const;
const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);

// Compressible but not trivial: repeated structure with a slowly changing byte.
function sample(size: number): Buffer {
  const data = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) data[i] = ((i * 7919) % 251) ^ (i >> 10);
  return data;
}

t.test('the codec packages load on this machine', async (t) => {
  for (const name of ['snappy', 'lz4-napi', 'zstd-napi', 'zstd-napi/binding']) {
    t.doesNotThrow(() => require(name), name);
  }
  const data = sample(1000);
  for (const type of codecs) t.same(decompress(type, compress(type, data)), data, `codec ${type} works`);
});

t.test('every codec round-trips empty, small and multi-block inputs', async (t) => {
  for (const type of [CompressionType.None, ...codecs]) {
    for (const size of [0, 1, 100, 70_000, 5_000_000]) {
      const data = sample(size);
      const packed = compress(type, data);
      t.ok(decompress(type, packed).equals(data), `codec ${type}, ${size} bytes`);
    }
  }
});

t.test('decompression stops at maxSize with a typed error, and accepts exactly maxSize', async (t) => {
  const data = sample(100_000);
  for (const type of [CompressionType.None, ...codecs]) {
    const packed = compress(type, data);
    t.equal(decompress(type, packed, data.length).length, data.length, `codec ${type} at the limit`);
    t.throws(() => decompress(type, packed, data.length - 1), { name: 'CompressionError', code: 'DECOMPRESSED_TOO_LARGE' }, `codec ${type} one byte over`);
  }
});

t.test('decompression bombs are refused', async (t) => {
  const zeros = Buffer.alloc(100 * 1024 * 1024);
  for (const type of codecs) {
    const bomb = compress(type, zeros);
    // Snappy tops out near 21:1; the others go far beyond.
    t.ok(bomb.length < zeros.length / 20, `codec ${type} bomb is ${bomb.length} bytes`);
    t.throws(() => decompress(type, bomb), { name: 'CompressionError', code: 'DECOMPRESSED_TOO_LARGE' }, `codec ${type} bomb at the default limit`);
  }
  t.ok(zeros.length > DEFAULT_MAX_DECOMPRESSED_SIZE);
  // Raw snappy declaring a 4 GiB output: refused from the length prefix, nothing allocated.
  t.throws(() => decompress(CompressionType.Snappy, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00])), { name: 'CompressionError', code: 'DECOMPRESSED_TOO_LARGE' }, 'snappy declared 4 GiB');
  // A zstd frame header declaring a huge content size.
  const zstd = compress(CompressionType.Zstd, Buffer.alloc(300 * 1024));
  t.throws(() => decompress(CompressionType.Zstd, zstd, 1024), { name: 'CompressionError', code: 'DECOMPRESSED_TOO_LARGE' }, 'zstd declared size');
});

t.test('snappy writes xerial framing in 32 KiB blocks, as the Java client does', async (t) => {
  const data = sample(100_000);
  const packed = compress(CompressionType.Snappy, data);
  t.ok(packed.subarray(0, 8).equals(XERIAL_MAGIC), 'magic header');
  t.equal(packed.readInt32BE(8), 1, 'version');
  t.equal(packed.readInt32BE(12), 1, 'compatible version');
  // Walk the chunks with the reference raw codec to check the framing independently.
  const parts: Buffer[] = [];
  for (let pos = 16; pos < packed.length; ) {
    const length = packed.readInt32BE(pos);
    parts.push(snappy.uncompressSync(packed.subarray(pos + 4, pos + 4 + length), { asBuffer: true }) as Buffer);
    pos += 4 + length;
  }
  t.same(parts.map((p) => p.length), [32768, 32768, 32768, 1696]);
  t.ok(Buffer.concat(parts).equals(data));
});

t.test('snappy reads raw blocks (librdkafka, kafkajs-snappy) and hand-built xerial streams', async (t) => {
  const data = sample(50_000);
  t.ok(decompress(CompressionType.Snappy, snappy.compressSync(data)).equals(data), 'raw block');
  const header = Buffer.concat([XERIAL_MAGIC, Buffer.from([0, 0, 0, 1, 0, 0, 0, 1])]);
  const chunks = [data.subarray(0, 1000), data.subarray(1000, 40_000), data.subarray(40_000)].map((part) => {
    const block = snappy.compressSync(part);
    const length = Buffer.alloc(4);
    length.writeInt32BE(block.length);
    return Buffer.concat([length, block]);
  });
  t.ok(decompress(CompressionType.Snappy, Buffer.concat([header, ...chunks])).equals(data), 'xerial, uneven chunks');
  t.equal(decompress(CompressionType.Snappy, header).length, 0, 'xerial header alone is empty');
  const badLength = Buffer.concat([header, Buffer.from([0x7f, 0, 0, 0, 1, 2, 3])]);
  t.throws(() => decompress(CompressionType.Snappy, badLength), { name: 'CompressionError', code: 'CORRUPT_INPUT' }, 'chunk length past the end');
  const zeroLength = Buffer.concat([header, Buffer.from([0, 0, 0, 0])]);
  t.throws(() => decompress(CompressionType.Snappy, zeroLength), { name: 'CompressionError', code: 'CORRUPT_INPUT' }, 'zero chunk length');
});

t.test('lz4 interoperates with the reference lz4 tool', async (t) => {
  const data = sample(300_000);
  // The tool writes 64 KiB blocks with a content checksum; the others add the content size, block checksums, linked blocks.
  for (const args of [['-c', '-q'], ['-c', '-q', '--content-size', '-BX'], ['-c', '-q', '-BD']]) {
    const framed = execFileSync('lz4', args, { input: data });
    t.ok(decompress(CompressionType.Lz4, framed).equals(data), `reads lz4 ${args.join(' ')}`);
  }
  const ours = compress(CompressionType.Lz4, data);
  t.equal(ours[4]! & 0x20, 0x20, 'independent blocks (KIP-57)');
  t.ok(execFileSync('lz4', ['-d', '-c', '-q'], { input: ours, maxBuffer: 1 << 24 }).equals(data), 'lz4 -d reads ours');
  t.throws(() => decompress(CompressionType.Lz4, Buffer.concat([ours, ours])), { name: 'CompressionError', code: 'CORRUPT_INPUT' }, 'a second frame');
  t.throws(() => decompress(CompressionType.Lz4, Buffer.from('not lz4 at all')), { name: 'CompressionError', code: 'CORRUPT_INPUT' }, 'bad magic');
});

t.test('zstd reads streaming frames without a content size, and several frames', async (t) => {
  const { getFrameContentSize } = require('zstd-napi/binding') as typeof import('zstd-napi/binding.js');
  const data = sample(3_000_000);
  // Piped input gives the tool no size, so it writes a streaming frame, as streaming producers do.
  const streamed = execFileSync('zstd', ['-c', '-q'], { input: data });
  t.equal(getFrameContentSize(streamed), null, 'the frame carries no content size');
  t.ok(decompress(CompressionType.Zstd, streamed).equals(data), 'streaming frame');
  t.throws(() => decompress(CompressionType.Zstd, streamed, data.length - 1), { name: 'CompressionError', code: 'DECOMPRESSED_TOO_LARGE' }, 'streaming frame over the limit');
  const ours = compress(CompressionType.Zstd, data);
  t.ok(execFileSync('zstd', ['-d', '-c', '-q'], { input: ours, maxBuffer: 1 << 24 }).equals(data), 'zstd -d reads ours');
  const two = Buffer.concat([compress(CompressionType.Zstd, data.subarray(0, 10)), streamed]);
  t.ok(decompress(CompressionType.Zstd, two).equals(Buffer.concat([data.subarray(0, 10), data])), 'two frames');
});

t.test('gzip interoperates with GNU gzip', async (t) => {
  const data = sample(200_000);
  t.ok(execFileSync('gzip', ['-d', '-c'], { input: compress(CompressionType.Gzip, data), maxBuffer: 1 << 24 }).equals(data), 'gzip -d reads ours');
  t.ok(decompress(CompressionType.Gzip, execFileSync('gzip', ['-c', '-9'], { input: data })).equals(data), 'reads gzip -9');
  // Two gzip members back to back (Java's GZIPInputStream reads them as one stream).
  const two = Buffer.concat([gzipSync(data.subarray(0, 5)), gzipSync(data.subarray(5, 10))]);
  t.ok(decompress(CompressionType.Gzip, two).equals(data.subarray(0, 10)), 'concatenated members');
});

t.test('truncated and garbage inputs give CORRUPT_INPUT', async (t) => {
  const data = sample(100_000);
  for (const type of codecs) {
    const packed = compress(type, data);
    for (const cut of [1, 7, Math.floor(packed.length / 2)]) {
      t.throws(() => decompress(type, packed.subarray(0, packed.length - cut)), { name: 'CompressionError', code: 'CORRUPT_INPUT' }, `codec ${type} cut by ${cut}`);
    }
    t.throws(() => decompress(type, Buffer.alloc(0)), { name: 'CompressionError', code: 'CORRUPT_INPUT' }, `codec ${type} empty input`);
  }
});

t.test('random and bit-flipped inputs never escape as anything but CompressionError', async (t) => {
  const valid = codecs.map((type) => compress(type, sample(5000)));
  fc.assert(
    fc.property(fc.constantFrom(0, 1, 2, 3), fc.uint8Array({ maxLength: 64 }), fc.nat(), fc.boolean(), (i, noise, at, flip) => {
      const type = codecs[i]!;
      let input: Buffer;
      if (flip) {
        input = Buffer.from(valid[i]!);
        for (let k = 0; k < noise.length; k++) input[(at + k * 131) % input.length] ^= noise[k]! | 1;
      } else {
        input = Buffer.from(noise);
      }
      try {
        decompress(type, input, 1 << 20);
      } catch (err) {
        if (!(err instanceof CompressionError)) throw err;
      }
    }),
    { numRuns: 2000 },
  );
  t.pass('2000 mangled inputs handled');
});

t.test('an unknown codec id is refused', async (t) => {
  t.throws(() => decompress(5 as CompressionType, Buffer.alloc(1)), { name: 'CompressionError', code: 'UNKNOWN_CODEC' }, 'decompress codec 5');
  t.throws(() => compress(7 as CompressionType, Buffer.alloc(1)), { name: 'CompressionError', code: 'UNKNOWN_CODEC' }, 'compress codec 7');
});
