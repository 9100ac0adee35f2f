import t from 'tap';
import { randomBytes } from 'node:crypto';
import { crc32c, crc32cHardware, crc32cSoftware, hasHardwareCrc32c } from '../../bindings/index.js';

type Crc = (data: Uint8Array, seed?: number) => number;
const paths: [string, Crc][] = [
  ['software', crc32cSoftware],
  ['best', crc32c],
];
if (hasHardwareCrc32c) paths.push(['hardware', crc32cHardware]);

t.test('the machine running the suite exposes its hardware path', async (t) => {
  // Every x86-64 server CPU since 2008 has SSE4.2; the hardware vectors below must not silently vanish.
  if (process.arch === 'x64') t.equal(hasHardwareCrc32c, true);
  else t.throws(() => crc32cHardware(new Uint8Array(1)), /SSE4\.2/);
});

t.test('RFC 3720 (iSCSI) vectors on every path', async (t) => {
  const vectors: [Uint8Array, number][] = [
    [new Uint8Array(32), 0x8a9136aa],
    [new Uint8Array(32).fill(0xff), 0x62a8ab43],
    [Buffer.from('123456789'), 0xe3069283],
    [new Uint8Array(0), 0],
  ];
  for (const [name, fn] of paths) {
    for (const [data, want] of vectors) t.equal(fn(data), want, `${name} over ${data.length} bytes`);
  }
});

t.test('hardware and software agree on random, odd-length, unaligned buffers', async (t) => {
  const pool = randomBytes(200_000);
  // Lengths straddle the 8-byte steps and the 3x256 and 3x8192 lane boundaries of the hardware path.
  const lengths = [1, 2, 7, 8, 9, 63, 767, 768, 769, 1000, 24_575, 24_576, 24_577, 65_537, 199_000];
  for (const length of lengths) {
    for (const offset of [0, 1, 3, 5]) {
      const slice = pool.subarray(offset, offset + length);
      const soft = crc32cSoftware(slice);
      for (const [name, fn] of paths) t.equal(fn(slice), soft, `${name} len=${length} offset=${offset}`);
    }
  }
});

t.test('chaining with seed equals one shot', async (t) => {
  const data = randomBytes(50_001);
  for (const [name, fn] of paths) {
    const whole = fn(data);
    for (const cut of [0, 1, 13, 25_000, 50_000, 50_001]) {
      t.equal(fn(data.subarray(cut), fn(data.subarray(0, cut))), whole, `${name} cut at ${cut}`);
    }
  }
});

t.test('results are unsigned 32-bit numbers', async (t) => {
  const value = crc32c(new Uint8Array(32)); // 0x8A9136AA has the top bit set
  t.ok(value > 0x7fffffff && Number.isInteger(value));
});

t.test('bad input is a TypeError or RangeError, not a crash', async (t) => {
  for (const [name, fn] of paths) {
    t.throws(() => fn('abc' as unknown as Uint8Array), TypeError, `${name} string`);
    t.throws(() => fn(new Uint16Array(4) as unknown as Uint8Array), TypeError, `${name} Uint16Array`);
    t.throws(() => fn(new Uint8Array(1), -1), RangeError, `${name} negative seed`);
    t.throws(() => fn(new Uint8Array(1), 2 ** 32), RangeError, `${name} seed too large`);
    t.throws(() => fn(new Uint8Array(1), 1.5), RangeError, `${name} fractional seed`);
  }
});
