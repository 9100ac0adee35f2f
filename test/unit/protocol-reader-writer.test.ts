import t from 'tap';
import { ProtocolDecodeError } from '../../src/protocol/decodeError.js';
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';
import { decodeProduceRequest, decodeMetadataRequest } from '../../src/protocol/generated/messages/index.js';

const bytes = (...b: number[]): Buffer => Buffer.from(b);
const written = (fill: (w: Writer) => void): Buffer => {
  const w = new Writer(8);
  fill(w);
  return Buffer.concat(w.finish());
};

t.test('fixed-width integers round-trip at their limits', async (t) => {
  const b = written((w) => {
    w.int8(-128); w.int8(127); w.int16(-32768); w.uint16(65535); w.int32(-(2 ** 31)); w.uint32(2 ** 32 - 1);
    w.int64(-(2n ** 63n)); w.int64(2n ** 63n - 1n); w.float64(-1.5); w.bool(true); w.bool(false);
  });
  const r = new Reader(b);
  t.equal(r.int8(), -128); t.equal(r.int8(), 127); t.equal(r.int16(), -32768); t.equal(r.uint16(), 65535);
  t.equal(r.int32(), -(2 ** 31)); t.equal(r.uint32(), 2 ** 32 - 1);
  t.equal(r.int64(), -(2n ** 63n)); t.equal(r.int64(), 2n ** 63n - 1n); t.equal(r.float64(), -1.5);
  t.equal(r.bool(), true); t.equal(r.bool(), false); t.equal(r.remaining(), 0);
  t.throws(() => r.int8(), ProtocolDecodeError);
});

t.test('varints follow Kafka (zigzag, LEB128) and are bounded', async (t) => {
  t.same(written((w) => w.uvarint(300)), bytes(0xac, 0x02));
  t.same(written((w) => w.varint(-1)), bytes(0x01));
  t.same(written((w) => w.varint(-(2 ** 31))), bytes(0xff, 0xff, 0xff, 0xff, 0x0f));
  t.same(written((w) => w.varlong(-1n)), bytes(0x01));
  for (const v of [0, 1, -1, 63, -64, 2 ** 31 - 1, -(2 ** 31)]) t.equal(new Reader(written((w) => w.varint(v))).varint(), v);
  for (const v of [0n, -1n, 2n ** 63n - 1n, -(2n ** 63n)]) t.equal(new Reader(written((w) => w.varlong(v))).varlong(), v);
  t.equal(new Reader(bytes(0xff, 0xff, 0xff, 0xff, 0x0f)).uvarint(), 2 ** 32 - 1);
  t.throws(() => new Reader(bytes(0xff, 0xff, 0xff, 0xff, 0x10)).uvarint(), /longer than 32 bits/);
  t.throws(() => new Reader(bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x01)).uvarint(), ProtocolDecodeError);
  t.throws(() => new Reader(bytes(0x80, 0x80)).uvarint(), /past the end/);
  t.throws(() => new Reader(Buffer.alloc(11, 0x80)).varlong(), ProtocolDecodeError);
});

t.test('strings: null handling, UTF-8, limits', async (t) => {
  const b = written((w) => {
    w.string('héllo'); w.nullableString(null); w.compactString('ü'); w.compactNullableString(null); w.compactString('x'.repeat(200));
  });
  const r = new Reader(b);
  t.equal(r.string(), 'héllo'); t.equal(r.nullableString(), null); t.equal(r.compactString(), 'ü');
  t.equal(r.compactNullableString(), null); t.equal(r.compactString(), 'x'.repeat(200));
  t.throws(() => new Reader(bytes(0xff, 0xff)).string(), /null in a non-nullable string/);
  t.throws(() => new Reader(bytes(0x00)).compactString(), /null in a non-nullable string/);
  t.throws(() => new Reader(bytes(0xff, 0xfe)).nullableString(), /negative string length/);
  t.throws(() => new Writer().string('x'.repeat(0x8000)), RangeError);
});

t.test('hostile lengths fail fast without allocating', async (t) => {
  const tenLeft = (prefix: Buffer): Reader => new Reader(Buffer.concat([prefix, Buffer.alloc(10)]));
  const before = process.memoryUsage().arrayBuffers;
  const started = process.hrtime.bigint();
  t.throws(() => tenLeft(bytes(0x7f, 0xff)).string(), ProtocolDecodeError, 'int16 string length 0x7fff');
  t.throws(() => tenLeft(bytes(0xff, 0xff, 0xff, 0xff, 0x07)).compactString(), ProtocolDecodeError, 'compact string length 2^31');
  t.throws(() => tenLeft(bytes(0x7f, 0xff, 0xff, 0xff)).bytes(), /exceeds the 10 bytes remaining/, 'bytes length 0x7fffffff');
  t.throws(() => tenLeft(bytes(0x7f, 0xff, 0xff, 0xff)).arrayLength(false), /cannot fit/, 'array count 2^31-1');
  t.throws(() => tenLeft(bytes(0xff, 0xff, 0xff, 0xff, 0x07)).arrayLength(true), /cannot fit/, 'compact array count 2^31');
  t.throws(() => tenLeft(bytes(0x80, 0x00, 0x00, 0x00)).arrayLength(false), /negative array length/);
  t.throws(() => tenLeft(bytes(0xff, 0xff, 0xff, 0xfe)).nullableBytes(), /negative bytes length/);
  // A whole request whose first array claims 2^31-1 topics.
  const produce = Buffer.concat([bytes(0xff, 0xff, 0x00, 0x01, 0x00, 0x00, 0x03, 0xe8, 0x7f, 0xff, 0xff, 0xff), Buffer.alloc(10)]);
  const err = t.throws(() => decodeProduceRequest(new Reader(produce), 3)) as ProtocolDecodeError;
  t.equal(err.api, 'ProduceRequest');
  t.equal(err.version, 3);
  t.equal(err.field, 'topicData');
  t.match(err.message, /^ProduceRequest v3, field topicData: array of 2147483647 elements/);
  t.ok(process.hrtime.bigint() - started < 50_000_000n, 'under 50 ms');
  t.ok(process.memoryUsage().arrayBuffers - before < 1 << 20, 'no large allocation');
});

t.test('decode errors name the nested field path', async (t) => {
  // Metadata v1: topics = [ { name: <truncated> } ]
  const err = t.throws(() => decodeMetadataRequest(new Reader(bytes(0, 0, 0, 1, 0, 5, 0x61)), 1), ProtocolDecodeError) as ProtocolDecodeError;
  t.equal(err.field, 'topics.name');
  t.match(err.message, /MetadataRequest v1, field topics\.name: needed 5 bytes/);
  const bad = t.throws(() => decodeMetadataRequest(new Reader(bytes()), 99), ProtocolDecodeError) as ProtocolDecodeError;
  t.equal(bad.api, 'MetadataRequest');
  t.equal(bad.version, 99);
});

t.test('uuids use Kafka\'s base64url form', async (t) => {
  const raw = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
  const s = new Reader(raw).uuid();
  t.equal(s, raw.toString('base64url'));
  t.equal(s.length, 22);
  t.same(written((w) => w.uuid(s)), raw);
  t.equal(new Reader(Buffer.alloc(16)).uuid(), 'AAAAAAAAAAAAAAAAAAAAAA');
  t.throws(() => new Writer().uuid('not-a-uuid'), TypeError);
  t.throws(() => new Writer().uuid('AAAAAAAAAAAAAAAAAAAAAB'), TypeError, 'non-zero padding bits');
});

t.test('bytes and records are subarrays on read and references on write', async (t) => {
  const frame = written((w) => w.bytes(bytes(1, 2, 3)));
  const slice = new Reader(frame).bytes();
  t.equal(slice.buffer, frame.buffer, 'no copy');
  const big = Buffer.alloc(4096, 7);
  const chunkA = Buffer.from('abc');
  const w = new Writer(16);
  w.int32(1);
  w.records([chunkA, big], true);
  w.records(null, false);
  w.int8(9);
  const chunks = w.finish();
  t.ok(chunks.includes(chunkA) && chunks.includes(big), 'record chunks passed by reference');
  t.equal(chunks.reduce((n, c) => n + c.length, 0), 4 + 2 + 3 + 4096 + 4 + 1);
  const r = new Reader(Buffer.concat(chunks));
  t.equal(r.int32(), 1);
  t.same(r.records(true), Buffer.concat([chunkA, big]));
  t.equal(r.records(false), null);
  t.equal(r.int8(), 9);
});

t.test('writer length tracks chunks and growth', async (t) => {
  const w = new Writer(1);
  for (let i = 0; i < 1000; i++) w.int64(BigInt(i));
  t.equal(w.length, 8000);
  const all = Buffer.concat(w.finish());
  const r = new Reader(all);
  for (let i = 0; i < 1000; i++) t.equal(r.int64(), BigInt(i));
  t.throws(() => new Reader(all, 10, 5), RangeError);
});

t.test('tagged fields: size checked, unknown tags skipped', async (t) => {
  t.throws(() => new Reader(bytes(1, 0, 5, 0)).skipTaggedFields(), ProtocolDecodeError);
  const r = new Reader(bytes(2, 0, 1, 0xaa, 7, 0, 0x42));
  r.skipTaggedFields();
  t.equal(r.int8(), 0x42);
  t.throws(() => new Reader(bytes(1, 2)).taggedFieldEnd(5), /exceeds/);
});
