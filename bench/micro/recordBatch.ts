// Encode/decode throughput of the v2 record batch codec: 1,000-record batches of 100-byte values,
// per codec. Run: npx tsc -p tsconfig.json && node dist/bench/micro/recordBatch.js [seconds-per-case]
import { CompressionType, compressionName } from '../../src/protocol/compression/index.js';
import { decodeRecordBatches, encodeRecordBatch, type RecordInput } from '../../src/protocol/recordBatch.js';

const RECORDS = 1000;
const VALUE_SIZE = 100;
const seconds = Number(process.argv[2] ?? 1);

// JSON-ish values: realistic compressibility, unlike all-zero or random bytes.
const records: RecordInput[] = [];
for (let i = 0; i < RECORDS; i++) {
  const text = `{"id":${i},"user":"user-${i % 97}","event":"click","page":"/p/${(i * 31) % 1000}","pad":"`;
  records.push({
    key: Buffer.from(`key-${i}`),
    value: Buffer.from(text.padEnd(VALUE_SIZE - 2, 'x') + '"}'),
    timestamp: 1_700_000_000_000 + i,
    headers: i % 10 === 0 ? [{ key: 'trace', value: Buffer.from('abc') }] : [],
  });
}

function rate(fn: () => void, forSeconds = seconds): number {
  let iterations = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(forSeconds * 1e9));
  let now = start;
  while (now < deadline) {
    fn();
    iterations++;
    now = process.hrtime.bigint();
  }
  return (iterations * RECORDS) / (Number(now - start) / 1e9);
}

const codecs = [CompressionType.None, CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd];
// Warm the JIT on every path first, so the first codec measured is not penalised.
for (const compression of codecs) {
  const batch = encodeRecordBatch({ records, compression });
  rate(() => encodeRecordBatch({ records, compression }), 0.2);
  rate(() => decodeRecordBatches(batch), 0.2);
}
console.log(`${RECORDS} records x ${VALUE_SIZE} B values per batch, ${seconds}s per case`);
console.log('codec    batch bytes   encode rec/s   decode rec/s');
for (const compression of codecs) {
  const batch = encodeRecordBatch({ records, compression });
  const encode = rate(() => encodeRecordBatch({ records, compression }));
  const decode = rate(() => decodeRecordBatches(batch));
  console.log(
    `${compressionName(compression).padEnd(8)} ${String(batch.length).padStart(11)} ${Math.round(encode).toLocaleString('en').padStart(14)} ${Math.round(decode).toLocaleString('en').padStart(14)}`,
  );
}
