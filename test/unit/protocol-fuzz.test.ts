// Mutated and truncated frames for every schema and version: decoding must either succeed or throw
// ProtocolDecodeError, never anything else, and never take long. FUZZ_FRAMES sets the frame count
// (default 200,000; `npm run fuzz:protocol` runs a longer pass).
import fc from 'fast-check';
import t from 'tap';
import { ProtocolDecodeError } from '../../src/protocol/decodeError.js';
import { apiKeyInfo } from '../../src/protocol/generated/apiKeys.js';
import { decodeRequestHeader, encodeRequestHeader } from '../../src/protocol/headers.js';
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';
import { type Codec, codecOf, loadModel, structArb, versionsOf } from './protocol-model.js';

const FRAMES = Number(process.env['FUZZ_FRAMES'] ?? 200_000);
// Generous for a shared 2-core machine (GC pauses); a runaway loop over a hostile count takes seconds.
const PER_FRAME_LIMIT_MS = 250;

interface Seed {
  name: string;
  codec: Codec;
  version: number;
  apiKey: number | undefined;
  bytes: Buffer;
}

const seeds: Seed[] = [];
for (const m of loadModel()) {
  const codec = codecOf(m);
  for (const version of versionsOf(m)) {
    for (const value of fc.sample(structArb(m.root, version), { numRuns: 2, seed: version + 1 })) {
      const w = new Writer(64);
      codec.encode(w, value, version);
      seeds.push({ name: m.name, codec, version, apiKey: m.type === 'request' ? m.apiKey : undefined, bytes: Buffer.concat(w.finish()) });
    }
  }
}

// xorshift32: deterministic, so a failure is reproducible from the frame number.
let state = 0x9e3779b9;
const rand = (n: number): number => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % n;
};

const HUGE = [
  Buffer.from([0x7f, 0xff, 0xff, 0xff]),
  Buffer.from([0xff, 0xff, 0xff, 0xff, 0x07]),
  Buffer.from([0x7f, 0xff]),
  Buffer.from([0x80, 0x00, 0x00, 0x00]),
  Buffer.from([0xff, 0xff, 0xff, 0xfe]),
  Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
];

function mutate(src: Buffer): Buffer {
  const b = Buffer.from(src);
  switch (rand(5)) {
    case 0: {
      const flips = 1 + rand(4);
      for (let i = 0; i < flips && b.length > 0; i++) b[rand(b.length)] = rand(256);
      return b;
    }
    case 1:
      return b.subarray(0, rand(b.length + 1));
    case 2: {
      const at = rand(b.length + 1);
      const huge = HUGE[rand(HUGE.length)]!;
      return Buffer.concat([b.subarray(0, at), huge, b.subarray(Math.min(b.length, at + huge.length))]);
    }
    case 3: {
      const at = rand(b.length + 1);
      const junk = Buffer.alloc(1 + rand(8));
      for (let i = 0; i < junk.length; i++) junk[i] = rand(256);
      return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
    }
    default: {
      const at = rand(b.length + 1);
      return Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + rand(4))]);
    }
  }
}

t.test(`${FRAMES} mutated frames decode or fail with ProtocolDecodeError`, async (t) => {
  t.ok(seeds.length > 1000, `${seeds.length} seed frames`);
  const foreign: string[] = [];
  let decoded = 0;
  let rejected = 0;
  let slowest = 0;
  const started = Date.now();
  for (let i = 0; i < FRAMES; i++) {
    const seed = seeds[rand(seeds.length)]!;
    const viaHeader = seed.apiKey !== undefined && rand(10) === 0;
    let frame = seed.bytes;
    if (viaHeader) {
      const w = new Writer(32);
      encodeRequestHeader(w, { apiKey: seed.apiKey!, apiVersion: seed.version, correlationId: i, clientId: 'fuzz' });
      frame = Buffer.concat([...w.finish(), frame]);
    }
    frame = mutate(frame);
    const t0 = performance.now();
    try {
      const r = new Reader(frame);
      if (viaHeader) {
        const h = decodeRequestHeader(r);
        const info = apiKeyInfo(h.apiKey);
        if (info !== undefined) info.decodeRequest(r, h.apiVersion);
      } else {
        seed.codec.decode(r, seed.version);
      }
      decoded++;
    } catch (e) {
      if (e instanceof ProtocolDecodeError) rejected++;
      else if (foreign.length < 10) foreign.push(`frame ${i} (${seed.name} v${seed.version}): ${String(e)}`);
    }
    slowest = Math.max(slowest, performance.now() - t0);
  }
  t.same(foreign, [], 'no exception other than ProtocolDecodeError');
  t.ok(slowest < PER_FRAME_LIMIT_MS, `slowest frame ${slowest.toFixed(2)} ms`);
  t.ok(rejected > FRAMES / 4, `${rejected} rejected, ${decoded} decoded in ${Date.now() - started} ms`);
});
