// Cross-checks against record batch codecs written by others: kafkajs (none, gzip: the codecs it
// ships), @platformatic/kafka (none, gzip, snappy, lz4; its zstd needs Node 22) and kafka-python
// (none, gzip; Debian's package lacks the other codec modules).
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Reader, createRecordsBatch, readRecordsBatch } from '@platformatic/kafka';
import { CompressionType } from '../../src/protocol/compression/index.js';
import { decodeRecordBatches, encodeRecordBatch, type RecordBatch, type RecordInput } from '../../src/protocol/recordBatch.js';

const require = createRequire(import.meta.url);

interface KafkajsRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: { [key: string]: Buffer | Buffer[] };
}
interface KafkajsBatch {
  firstOffset: string;
  lastOffsetDelta: number;
  maxTimestamp: string;
  producerId: string;
  inTransaction: boolean;
  records: KafkajsRecord[];
}
type Encoder = { buffer: Buffer };
const kafkajs = {
  RecordBatch: (require('kafkajs/src/protocol/recordBatch/v0') as { RecordBatch: (opts: object) => Promise<Encoder> }).RecordBatch,
  Record: require('kafkajs/src/protocol/recordBatch/record/v0') as (opts: object) => Encoder,
  decode: require('kafkajs/src/protocol/recordBatch/v0/decoder') as (decoder: unknown) => Promise<KafkajsBatch>,
  Decoder: require('kafkajs/src/protocol/decoder') as new (buf: Buffer) => unknown,
  Long: require('kafkajs/src/utils/long') as { fromValue(v: string | number): unknown },
};

const T0 = 1_700_000_000_000;
const records: RecordInput[] = [
  { key: Buffer.from('alpha'), value: Buffer.from('one'), timestamp: T0, headers: [{ key: 'h1', value: Buffer.from('x') }] },
  { key: null, value: Buffer.from('two'), timestamp: T0 + 7 },
  { key: Buffer.from('gamma'), value: null, timestamp: T0 + 3, headers: [{ key: 'a', value: Buffer.from('1') }, { key: 'b', value: Buffer.from('22') }] },
  { key: Buffer.from('delta'), value: Buffer.alloc(5000, 'z'), timestamp: T0 + 9 },
];

// Other writers start at base offset 0; rebase shifts their offsets onto ours.
function plain(batch: RecordBatch, rebase = 0n): unknown[] {
  return batch.records.map((r) => [
    rebase + batch.baseOffset + BigInt(r.offsetDelta),
    batch.firstTimestamp + BigInt(r.timestampDelta),
    r.key?.toString() ?? null,
    r.value?.toString() ?? null,
    r.headers.map((h) => [h.key, h.value?.toString() ?? null]),
  ]);
}

const expected = records.map((r, i) => [
  1000n + BigInt(i),
  BigInt(r.timestamp!),
  r.key?.toString() ?? null,
  r.value?.toString() ?? null,
  (r.headers ?? []).map((h) => [h.key, h.value?.toString() ?? null]),
]);

t.test('kafkajs decodes our batches', async (t) => {
  for (const compression of [CompressionType.None, CompressionType.Gzip]) {
    const bytes = encodeRecordBatch({ baseOffset: 1000n, records, compression, producerId: 55n, producerEpoch: 1, baseSequence: 0, isTransactional: true });
    const batch = await kafkajs.decode(new kafkajs.Decoder(bytes));
    t.equal(batch.firstOffset, '1000');
    t.equal(batch.lastOffsetDelta, 3);
    t.equal(batch.maxTimestamp, String(T0 + 9));
    t.equal(batch.producerId, '55');
    t.ok(batch.inTransaction);
    t.same(
      batch.records.map((r) => [r.offset, r.timestamp, r.key?.toString() ?? null, r.value?.toString() ?? null, Object.keys(r.headers)]),
      expected.map(([offset, ts, key, value], i) => [String(offset), String(ts), key, value, (records[i]!.headers ?? []).map((h) => h.key)]),
      `codec ${compression}`,
    );
  }
});

t.test('we decode kafkajs batches and check their CRC', async (t) => {
  for (const compression of [CompressionType.None, CompressionType.Gzip]) {
    const encoded = await kafkajs.RecordBatch({
      compression,
      firstOffset: kafkajs.Long.fromValue(1000),
      firstTimestamp: T0,
      maxTimestamp: T0 + 9,
      lastOffsetDelta: 3,
      records: records.map((r, i) =>
        kafkajs.Record({
          offsetDelta: i,
          timestampDelta: Number(r.timestamp) - T0,
          key: r.key ?? null,
          value: r.value,
          headers: Object.fromEntries((r.headers ?? []).map((h) => [h.key, h.value])),
        }),
      ),
    });
    const [batch] = decodeRecordBatches(encoded.buffer);
    t.equal(batch!.compression, compression);
    t.equal(batch!.maxTimestamp, BigInt(T0 + 9));
    t.same(plain(batch!), expected, `codec ${compression}`);
  }
});

const platformaticCodecs = [
  [CompressionType.None, 'none'],
  [CompressionType.Gzip, 'gzip'],
  [CompressionType.Snappy, 'snappy'],
  [CompressionType.Lz4, 'lz4'],
] as const;

t.test('@platformatic/kafka decodes our batches', async (t) => {
  for (const [compression] of platformaticCodecs) {
    // Its snappy reads raw blocks only, not the xerial framing Java producers (and we) write.
    if (compression === CompressionType.Snappy) continue;
    const bytes = encodeRecordBatch({ baseOffset: 1000n, records, compression });
    const batch = readRecordsBatch(Reader.from(bytes));
    t.equal(batch.firstOffset, 1000n);
    t.equal(batch.lastOffsetDelta, 3);
    t.equal(batch.maxTimestamp, BigInt(T0 + 9));
    t.same(
      batch.records.map((r) => [
        batch.firstOffset + BigInt(r.offsetDelta),
        batch.firstTimestamp + r.timestampDelta,
        r.key?.toString() ?? null,
        r.value?.toString() ?? null,
        r.headers.map(([k, v]) => [k?.toString() ?? null, v?.toString() ?? null]),
      ]),
      expected,
      `codec ${compression}`,
    );
  }
});

t.test('@platformatic/kafka cannot read xerial-framed snappy (a gap on its side, noted here so a fix shows up)', async (t) => {
  const bytes = encodeRecordBatch({ records, compression: CompressionType.Snappy });
  t.throws(() => readRecordsBatch(Reader.from(bytes)));
});

t.test('we decode @platformatic/kafka batches and check their CRC', async (t) => {
  for (const [compression, name] of platformaticCodecs) {
    const writer = createRecordsBatch(
      records.map((r) => ({
        topic: 't',
        key: r.key ?? undefined,
        value: r.value as Buffer,
        timestamp: BigInt(r.timestamp!),
        headers: new Map((r.headers ?? []).map((h) => [Buffer.from(h.key), h.value as Buffer])),
      })),
      { compression: name, producerId: 9n, producerEpoch: 2 },
    );
    const [batch] = decodeRecordBatches(writer.buffer);
    t.equal(batch!.compression, compression);
    t.equal(batch!.producerId, 9n);
    t.same(plain(batch!, 1000n), expected, `codec ${name}`);
  }
});

const PYTHON = '/usr/bin/python3';
const pythonDecode = `
import sys, json
from kafka.record.default_records import DefaultRecordBatch
out = []
for hexbatch in json.load(sys.stdin):
    b = DefaultRecordBatch(bytes.fromhex(hexbatch))
    out.append({'crc_ok': b.validate_crc(), 'compression': b.compression_type, 'records': [
        [r.offset, r.timestamp, r.key.decode() if r.key is not None else None, r.value.decode() if r.value is not None else None,
         [[k, v.decode() if v is not None else None] for k, v in r.headers]] for r in b]})
print(json.dumps(out))
`;
const pythonEncode = `
import sys, json
from kafka.record.default_records import DefaultRecordBatchBuilder
out = []
for spec in json.load(sys.stdin):
    builder = DefaultRecordBatchBuilder(magic=2, compression_type=spec['compression'], is_transactional=False,
                                        producer_id=-1, producer_epoch=-1, base_sequence=-1, batch_size=1 << 20)
    for i, (ts, key, value, headers) in enumerate(spec['records']):
        enc = lambda s: s.encode() if s is not None else None
        builder.append(i, timestamp=ts, key=enc(key), value=enc(value), headers=[(k, enc(v)) for k, v in headers])
    out.append(bytes(builder.build()).hex())
print(json.dumps(out))
`;

t.test('kafka-python (a separate implementation following the Java client) and we read each other', async (t) => {
  const ours = [CompressionType.None, CompressionType.Gzip].map((compression) =>
    encodeRecordBatch({ baseOffset: 1000n, records, compression }).toString('hex'),
  );
  const decoded = JSON.parse(execFileSync(PYTHON, ['-c', pythonDecode], { input: JSON.stringify(ours) }).toString()) as Array<{
    crc_ok: boolean;
    compression: number;
    records: unknown[][];
  }>;
  for (const [i, batch] of decoded.entries()) {
    t.ok(batch.crc_ok, `kafka-python validates our CRC (codec ${i})`);
    t.equal(batch.compression, i);
    t.same(batch.records, expected.map(([offset, ts, ...rest]) => [Number(offset), Number(ts), ...rest]), `kafka-python reads codec ${i}`);
  }

  const specs = [0, 1].map((compression) => ({
    compression,
    records: records.map((r) => [Number(r.timestamp), r.key?.toString() ?? null, r.value?.toString() ?? null, (r.headers ?? []).map((h) => [h.key, h.value?.toString() ?? null])]),
  }));
  const theirs = JSON.parse(execFileSync(PYTHON, ['-c', pythonEncode], { input: JSON.stringify(specs) }).toString()) as string[];
  for (const [i, hex] of theirs.entries()) {
    const [batch] = decodeRecordBatches(Buffer.from(hex, 'hex'));
    t.equal(batch!.compression, i);
    t.same(plain(batch!, 1000n), expected, `we read kafka-python codec ${i}`);
  }
});
