import t from 'tap';
import { crc32c } from '../../bindings/index.js';
import { CompressionType } from '../../src/protocol/compression/index.js';
import {
  ControlRecordType,
  decodeControlRecordKey,
  decodeEndTxnMarker,
  encodeControlRecordKey,
  encodeEndTxnMarker,
} from '../../src/protocol/controlRecord.js';
import {
  RecordBatchDecodeError,
  RecordBatchEncodeError,
  decodeMemoryRecords,
  decodeRecordBatches,
  encodeRecordBatch,
  type RecordInput,
} from '../../src/protocol/recordBatch.js';
import {
  MalformedVarintError,
  readVarint,
  readVarlong,
  sizeOfVarint,
  sizeOfVarlong,
  writeVarint,
  writeVarlong,
} from '../../src/protocol/varint.js';

const codecs = [CompressionType.None, CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd] as const;

// Rewrites the CRC after a test edits bytes behind it, so the edit, not the CRC, is what is tested.
function fixCrc(batch: Buffer, start = 0): Buffer {
  const end = start + 12 + batch.readInt32BE(start + 8);
  batch.writeUInt32BE(crc32c(batch.subarray(start + 21, end)), start + 17);
  return batch;
}

const mixed: RecordInput[] = [
  { key: Buffer.from('k1'), value: Buffer.from('v1'), timestamp: 1_700_000_000_000n },
  { key: null, value: Buffer.from('no key'), timestamp: 1_700_000_000_005 },
  { key: Buffer.from('tombstone'), value: null, timestamp: 1_699_999_999_990n },
  {
    key: Buffer.alloc(0),
    value: Buffer.alloc(0),
    timestamp: 1_700_000_000_001n,
    headers: [
      { key: 'trace-id', value: Buffer.from('abc') },
      { key: 'null-header', value: null },
      { key: 'ünïcødé', value: Buffer.alloc(0) },
      { key: 'trace-id', value: Buffer.from('dup') },
    ],
  },
];

t.test('round trip with every codec: keys, null keys and values, headers, timestamp deltas', async (t) => {
  for (const compression of codecs) {
    const bytes = encodeRecordBatch({ baseOffset: 42n, records: mixed, compression, partitionLeaderEpoch: 7 });
    const [batch, ...rest] = decodeRecordBatches(bytes);
    t.equal(rest.length, 0);
    t.equal(batch!.baseOffset, 42n);
    t.equal(batch!.batchLength, bytes.length - 12);
    t.equal(batch!.partitionLeaderEpoch, 7);
    t.equal(batch!.magic, 2);
    t.equal(batch!.compression, compression);
    t.equal(batch!.lastOffsetDelta, 3);
    t.equal(batch!.firstTimestamp, 1_700_000_000_000n);
    t.equal(batch!.maxTimestamp, 1_700_000_000_005n);
    t.equal(batch!.producerId, -1n);
    t.equal(batch!.producerEpoch, -1);
    t.equal(batch!.baseSequence, -1);
    t.equal(batch!.crc, bytes.readUInt32BE(17));
    t.same(
      batch!.records.map((r) => [r.offsetDelta, r.timestampDelta, r.key?.toString() ?? null, r.value?.toString() ?? null, r.attributes]),
      [
        [0, 0, 'k1', 'v1', 0],
        [1, 5, null, 'no key', 0],
        [2, -10, 'tombstone', null, 0],
        [3, 1, '', '', 0],
      ],
      `codec ${compression} records`,
    );
    t.same(
      batch!.records[3]!.headers.map((h) => [h.key, h.value?.toString() ?? null]),
      [
        ['trace-id', 'abc'],
        ['null-header', null],
        ['ünïcødé', ''],
        ['trace-id', 'dup'],
      ],
    );
  }
});

t.test('batch attributes and producer fields round-trip', async (t) => {
  const bytes = encodeRecordBatch({
    baseOffset: 2n ** 62n,
    records: [{ value: Buffer.from('x'), timestamp: 5 }],
    compression: CompressionType.Zstd,
    producerId: 9_007_199_254_740_993n,
    producerEpoch: 32767,
    baseSequence: 2_147_483_000,
    isTransactional: true,
    timestampType: 1,
    firstTimestamp: 1n,
    hasDeleteHorizon: true,
  });
  const [batch] = decodeRecordBatches(bytes);
  t.equal(batch!.baseOffset, 2n ** 62n);
  t.equal(batch!.attributes, 4 | 0x08 | 0x10 | 0x40);
  t.equal(batch!.timestampType, 1);
  t.ok(batch!.isTransactional);
  t.notOk(batch!.isControl);
  t.ok(batch!.hasDeleteHorizon);
  t.equal(batch!.producerId, 9_007_199_254_740_993n);
  t.equal(batch!.producerEpoch, 32767);
  t.equal(batch!.baseSequence, 2_147_483_000);
  t.equal(batch!.firstTimestamp, 1n, 'an explicit firstTimestamp is the delta base');
  t.equal(batch!.records[0]!.timestampDelta, 4);
});

t.test('explicit offset deltas with gaps (a compacted batch) set lastOffsetDelta', async (t) => {
  const bytes = encodeRecordBatch({
    baseOffset: 100n,
    records: [0, 3, 250, 100_000].map((offsetDelta) => ({ value: Buffer.from(String(offsetDelta)), offsetDelta, timestamp: 1n })),
  });
  const [batch] = decodeRecordBatches(bytes);
  t.equal(batch!.lastOffsetDelta, 100_000);
  t.same(batch!.records.map((r) => r.offsetDelta), [0, 3, 250, 100_000]);
});

t.test('large timestamps deltas and large batches round-trip', async (t) => {
  const records: RecordInput[] = [];
  const value = Buffer.alloc(100, 'v');
  for (let i = 0; i < 10_000; i++) records.push({ key: Buffer.from(`key-${i}`), value, timestamp: 1_700_000_000_000 + i * 1_000_003 });
  // Deltas beyond 32 bits, and a negative one of 2^40.
  records.push({ value, timestamp: 1_700_000_000_000 + 2 ** 40 }, { value, timestamp: 1_700_000_000_000 - 2 ** 40 });
  for (const compression of codecs) {
    const [batch] = decodeRecordBatches(encodeRecordBatch({ records, compression }));
    t.equal(batch!.records.length, records.length, `codec ${compression}`);
    t.equal(batch!.records[9_999]!.timestampDelta, 9_999 * 1_000_003);
    t.equal(batch!.records[10_000]!.timestampDelta, 2 ** 40);
    t.equal(batch!.records[10_001]!.timestampDelta, -(2 ** 40));
    t.equal(batch!.records[4321]!.key!.toString(), 'key-4321');
    t.ok(batch!.records[10_001]!.value!.equals(value));
    t.equal(batch!.maxTimestamp, BigInt(1_700_000_000_000 + 2 ** 40));
  }
  const big = Buffer.alloc(3 * 1024 * 1024, 7);
  const [batch] = decodeRecordBatches(encodeRecordBatch({ records: [{ value: big, timestamp: 0 }], compression: CompressionType.Lz4 }));
  t.ok(batch!.records[0]!.value!.equals(big), 'a 3 MiB value');
});

t.test('records without a timestamp get the current time', async (t) => {
  const before = BigInt(Date.now());
  const [batch] = decodeRecordBatches(encodeRecordBatch({ records: [{ value: null }, { value: null }] }));
  t.ok(batch!.firstTimestamp >= before && batch!.firstTimestamp <= BigInt(Date.now()));
  t.same(batch!.records.map((r) => r.timestampDelta), [0, 0]);
});

t.test('control batches: transaction markers', async (t) => {
  for (const type of [ControlRecordType.Abort, ControlRecordType.Commit]) {
    const bytes = encodeRecordBatch({
      baseOffset: 77n,
      isControl: true,
      isTransactional: true,
      producerId: 4000n,
      producerEpoch: 3,
      records: [{ key: encodeControlRecordKey(type), value: encodeEndTxnMarker(12), timestamp: 1_700_000_000_000 }],
    });
    // The record starts at 61: length, attributes, timestampDelta, offsetDelta, key length, key.
    t.same([...bytes.subarray(66, 70)], [0, 0, 0, type], 'key bytes: version 0, type');
    const [batch] = decodeRecordBatches(bytes);
    t.ok(batch!.isControl);
    t.ok(batch!.isTransactional);
    t.equal(batch!.producerId, 4000n);
    t.same(decodeControlRecordKey(batch!.records[0]!.key), { version: 0, type });
    t.same(decodeEndTxnMarker(batch!.records[0]!.value), { version: 0, coordinatorEpoch: 12 });
  }
  // A newer key version with an extra field is read as version 0, as Kafka does.
  t.same(decodeControlRecordKey(Buffer.from([0, 5, 0, 1, 9, 9, 9, 9])), { version: 5, type: 1 });
  t.same(decodeControlRecordKey(Buffer.from([0, 0, 0x01, 0x51])), { version: 0, type: 337 }, 'unknown types are kept');
  t.throws(() => decodeControlRecordKey(Buffer.from([0, 0, 1])), { name: 'RecordBatchDecodeError', code: 'CORRUPT_CONTROL_RECORD' }, 'short key');
  t.throws(() => decodeControlRecordKey(null), { name: 'RecordBatchDecodeError', code: 'CORRUPT_CONTROL_RECORD' }, 'null key');
  t.throws(() => decodeControlRecordKey(Buffer.from([0xff, 0xff, 0, 1])), { name: 'RecordBatchDecodeError', code: 'CORRUPT_CONTROL_RECORD' }, 'negative version');
  t.throws(() => decodeEndTxnMarker(Buffer.from([0, 0, 0, 0, 1])), { name: 'RecordBatchDecodeError', code: 'CORRUPT_CONTROL_RECORD' }, 'short marker');
  t.throws(() => decodeEndTxnMarker(Buffer.from([0x80, 0, 0, 0, 0, 1])), { name: 'RecordBatchDecodeError', code: 'CORRUPT_CONTROL_RECORD' }, 'negative marker version');
});

t.test('several batches in one buffer, and a partial last batch as in a fetch response', async (t) => {
  const a = encodeRecordBatch({ baseOffset: 0n, records: mixed, compression: CompressionType.Gzip });
  const b = encodeRecordBatch({ baseOffset: 4n, records: mixed.slice(0, 2) });
  const c = encodeRecordBatch({ baseOffset: 6n, records: mixed, compression: CompressionType.Snappy });
  const whole = Buffer.concat([a, b, c]);
  t.same(decodeRecordBatches(whole).map((batch) => batch.baseOffset), [0n, 4n, 6n]);
  for (const cut of [1, 11, 12, 30, c.length - 1]) {
    const result = decodeMemoryRecords(whole.subarray(0, whole.length - cut));
    t.same(result.batches.map((batch) => batch.baseOffset), [0n, 4n], `cut ${cut}`);
    t.equal(result.partialBatchBytes, c.length - cut, `cut ${cut} reported`);
  }
  t.same(decodeMemoryRecords(Buffer.alloc(0)), { batches: [], partialBatchBytes: 0 });
});

t.test('encoding refuses bad input', async (t) => {
  const bad: Array<[string, () => unknown]> = [
    ['empty batch', () => encodeRecordBatch({ records: [] })],
    ['offset deltas not increasing', () => encodeRecordBatch({ records: [{ value: null, offsetDelta: 2 }, { value: null, offsetDelta: 2 }] })],
    ['negative offset delta', () => encodeRecordBatch({ records: [{ value: null, offsetDelta: -1 }] })],
    ['unsafe timestamp', () => encodeRecordBatch({ records: [{ value: null, timestamp: 2n ** 60n }] })],
    ['producerEpoch beyond int16', () => encodeRecordBatch({ records: [{ value: null }], producerEpoch: 40_000 })],
    ['baseOffset beyond int64', () => encodeRecordBatch({ records: [{ value: null }], baseOffset: 2n ** 63n })],
    ['unknown codec', () => encodeRecordBatch({ records: [{ value: null }], compression: 6 as CompressionType })],
    ['non-string header key', () => encodeRecordBatch({ records: [{ value: null, headers: [{ key: null as unknown as string, value: null }] }] })],
  ];
  for (const [what, fn] of bad) t.throws(fn, RecordBatchEncodeError, what);
});

t.test('corrupt batches throw typed errors', async (t) => {
  const good = encodeRecordBatch({ baseOffset: 10n, records: mixed });
  const flipped = Buffer.from(good);
  flipped[70] ^= 0x01;
  t.throws(() => decodeRecordBatches(flipped), { name: 'RecordBatchDecodeError', code: 'CRC_MISMATCH' }, 'flipped record byte');
  t.equal(decodeRecordBatches(flipped, { verifyCrc: false }).length, 1, 'verifyCrc: false skips the check');

  const magic1 = Buffer.from(good);
  magic1[16] = 1;
  t.throws(() => decodeRecordBatches(magic1), { name: 'RecordBatchDecodeError', code: 'UNSUPPORTED_MAGIC' }, 'magic 1');

  const shortLength = Buffer.from(good);
  shortLength.writeInt32BE(20, 8);
  t.throws(() => decodeRecordBatches(shortLength), { name: 'RecordBatchDecodeError', code: 'CORRUPT_BATCH' }, 'batch length below the header');

  const codec7 = fixCrc(Buffer.from(good));
  codec7.writeInt16BE(7, 21);
  t.throws(() => decodeRecordBatches(fixCrc(codec7)), { name: 'RecordBatchDecodeError', code: 'UNKNOWN_COMPRESSION' }, 'codec 7');

  for (const [count, code] of [[-1, 'CORRUPT_BATCH'], [2_000_000_000, 'CORRUPT_BATCH'], [3, 'CORRUPT_BATCH'], [5, 'CORRUPT_RECORD']] as const) {
    const wrongCount = Buffer.from(good);
    wrongCount.writeInt32BE(count, 57);
    t.throws(() => decodeRecordBatches(fixCrc(wrongCount)), { name: 'RecordBatchDecodeError', code: code }, `record count ${count}`);
  }

  const hugeCountGzip = encodeRecordBatch({ records: mixed, compression: CompressionType.Gzip });
  hugeCountGzip.writeInt32BE(0x7fffffff, 57);
  t.throws(() => decodeRecordBatches(fixCrc(hugeCountGzip)), { name: 'RecordBatchDecodeError', code: 'CORRUPT_BATCH' }, 'huge count in a compressed batch');

  const truncatedZstd = encodeRecordBatch({ records: mixed, compression: CompressionType.Zstd });
  const cutZstd = truncatedZstd.subarray(0, truncatedZstd.length - 4);
  cutZstd.writeInt32BE(cutZstd.length - 12, 8);
  t.throws(() => decodeRecordBatches(fixCrc(cutZstd)), { name: 'RecordBatchDecodeError', code: 'DECOMPRESSION_FAILED' }, 'truncated zstd payload');

  const bomb = encodeRecordBatch({ records: [{ value: Buffer.alloc(8 * 1024 * 1024) }], compression: CompressionType.Gzip });
  t.throws(() => decodeRecordBatches(bomb, { maxDecompressedSize: 1024 * 1024 }), { name: 'RecordBatchDecodeError', code: 'DECOMPRESSED_TOO_LARGE' }, 'bomb');
});

// One record by hand: [length][attributes][timestampDelta][offsetDelta][key][value][headers], every
// varint zigzag-encoded (7 is written 14, -1 is written 1).
function batchWithRecordBytes(record: number[]): Buffer {
  const header = encodeRecordBatch({ records: [{ value: null, timestamp: 0 }] }).subarray(0, 61);
  const batch = Buffer.concat([header, Buffer.from(record)]);
  batch.writeInt32BE(batch.length - 12, 8);
  batch.writeInt32BE(1, 57);
  return fixCrc(batch);
}

t.test('corrupt records throw CORRUPT_RECORD', async (t) => {
  const [valid] = decodeRecordBatches(batchWithRecordBytes([14, 0, 0, 0, 1, 2, 0x41, 0]));
  t.same(valid!.records[0]!.value, Buffer.from('A'), 'the hand-built record is valid');
  const cases: Array<[string, number[]]> = [
    ['varint longer than 5 bytes', [0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0, 0]],
    ['record length past the end', [80, 0, 0, 0, 1, 1, 0]],
    ['negative record length', [7, 0, 0, 0, 1, 1, 0]],
    ['record length below the minimum', [8, 0, 0, 0, 1, 1, 0, 0]],
    ['record length longer than its fields', [16, 0, 0, 0, 1, 1, 0, 0, 0]],
    ['key length past the record', [14, 0, 0, 0, 80, 1, 0, 0]],
    ['key length below -1', [12, 0, 0, 0, 3, 1, 0]],
    ['negative header count', [12, 0, 0, 0, 1, 1, 1]],
    ['header count past the record', [12, 0, 0, 0, 1, 1, 100]],
    ['null header key', [16, 0, 0, 0, 1, 1, 2, 1, 1]],
    ['varlong timestamp beyond 2^53', [30, 0, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0, 1, 1, 0]],
    ['varint running past the record', [12, 0, 0, 0, 1, 1, 0x80]],
  ];
  for (const [what, record] of cases) t.throws(() => decodeRecordBatches(batchWithRecordBytes(record)), { name: 'RecordBatchDecodeError', code: 'CORRUPT_RECORD' }, what);
  t.throws(() => decodeRecordBatches(batchWithRecordBytes([12, 0, 0, 0, 1, 1, 0, 0])), { name: 'RecordBatchDecodeError', code: 'CORRUPT_BATCH' }, 'bytes after the last record');
});

t.test('random mutations of valid batches only ever throw RecordBatchDecodeError', async (t) => {
  const samples = codecs.map((compression) => encodeRecordBatch({ records: mixed, compression }));
  let seed = 12345;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let thrown = 0;
  for (let i = 0; i < 3000; i++) {
    const batch = Buffer.from(samples[i % samples.length]!);
    for (let k = 1 + random(4); k > 0; k--) batch[random(batch.length)] = random(256);
    if (i % 3 === 0) batch.writeInt32BE(batch.length - 12, 8);
    try {
      decodeMemoryRecords(fixCrc(batch), { maxDecompressedSize: 1 << 20 });
    } catch (err) {
      if (!(err instanceof RecordBatchDecodeError)) throw err;
      thrown++;
    }
  }
  t.ok(thrown > 0, `${thrown} of 3000 mutated batches rejected with typed errors, none escaped untyped`);
});

// Reference zigzag varint written with BigInt only, to check the fast number paths against.
function referenceVarlong(value: bigint): number[] {
  let zigzag = BigInt.asUintN(64, (value << 1n) ^ (value >> 63n));
  const bytes: number[] = [];
  while (zigzag >= 0x80n) {
    bytes.push(Number(zigzag & 0x7fn) | 0x80);
    zigzag >>= 7n;
  }
  bytes.push(Number(zigzag));
  return bytes;
}

t.test('zigzag varints and varlongs match a BigInt reference at every width boundary', async (t) => {
  const ints = [0, 1, -1, 63, -64, 64, -65, 8191, -8192, 2 ** 20, -(2 ** 27), 2 ** 31 - 1, -(2 ** 31)];
  for (const value of ints) {
    const buf = Buffer.alloc(10);
    const end = writeVarint(buf, 0, value);
    t.same([...buf.subarray(0, end)], referenceVarlong(BigInt(value)), `varint ${value}`);
    t.equal(sizeOfVarint(value), end);
    const cursor = { buf, pos: 0, end };
    t.equal(readVarint(cursor), value);
    t.equal(cursor.pos, end);
  }
  const longs = [...ints, 2 ** 31, -(2 ** 31) - 1, 2 ** 48, -(2 ** 49), 2 ** 52 - 1, -(2 ** 52), 2 ** 52, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
  for (const value of longs) {
    const buf = Buffer.alloc(10);
    const end = writeVarlong(buf, 0, value);
    t.same([...buf.subarray(0, end)], referenceVarlong(BigInt(value)), `varlong ${value}`);
    t.equal(sizeOfVarlong(value), end);
    t.equal(readVarlong({ buf, pos: 0, end }), value);
  }
  t.throws(() => readVarlong({ buf: Buffer.from(referenceVarlong(2n ** 53n)), pos: 0, end: 8 }), MalformedVarintError, 'beyond safe range');
  t.throws(() => readVarlong({ buf: Buffer.alloc(11, 0xff), pos: 0, end: 11 }), MalformedVarintError, 'longer than 10 bytes');
  t.throws(() => readVarint({ buf: Buffer.from([0x80, 0x80]), pos: 0, end: 2 }), MalformedVarintError, 'runs past its end');
});
