// Codec throughput: decode and encode of Produce requests (v9, v11) and Fetch responses (v12, v16).
// Run: npx tsc -p tsconfig.json && node dist/bench/micro/protocol.js   (BENCH_BATCH_BYTES, BENCH_SECONDS)
// MB/s counts the record bytes, which both directions pass by reference: msg/s is the codec cost.
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';
import { type FetchResponse, type ProduceRequest, decodeFetchResponse, decodeProduceRequest, encodeFetchResponse, encodeProduceRequest } from '../../src/protocol/generated/messages/index.js';

const TOPICS = 2;
const PARTITIONS = 8;
const BATCH_BYTES = Number(process.env['BENCH_BATCH_BYTES'] ?? 16 * 1024);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 1.5);
const batch = Buffer.alloc(BATCH_BYTES, 0x61);

const produce: ProduceRequest = {
  transactionalId: null,
  acks: -1,
  timeoutMs: 30_000,
  topicData: Array.from({ length: TOPICS }, (_, ti) => ({
    name: `topic-${ti}`,
    partitionData: Array.from({ length: PARTITIONS }, (_, index) => ({ index, records: batch })),
  })),
};

const fetch: FetchResponse = {
  throttleTimeMs: 0,
  errorCode: 0,
  sessionId: 0,
  responses: Array.from({ length: TOPICS }, (_, ti) => ({
    topic: `topic-${ti}`,
    topicId: Buffer.alloc(16, ti + 1).toString('base64url'),
    partitions: Array.from({ length: PARTITIONS }, (_, partitionIndex) => ({
      partitionIndex,
      errorCode: 0,
      highWatermark: 1_000_000n,
      lastStableOffset: 1_000_000n,
      logStartOffset: 0n,
      abortedTransactions: null,
      preferredReadReplica: -1,
      records: [batch.subarray(0, BATCH_BYTES / 2), batch.subarray(BATCH_BYTES / 2)],
    })),
  })),
  nodeEndpoints: [],
};

function run(label: string, frameBytes: number, op: () => void): void {
  for (let i = 0; i < 2000; i++) op();
  let n = 0;
  const start = process.hrtime.bigint();
  const limit = start + BigInt(Math.round(SECONDS * 1e9));
  let now = start;
  while (now < limit) {
    for (let i = 0; i < 500; i++) op();
    n += 500;
    now = process.hrtime.bigint();
  }
  const secs = Number(now - start) / 1e9;
  const perSec = n / secs;
  console.log(`${label.padEnd(34)} ${Math.round(perSec).toLocaleString('en-US').padStart(10)} msg/s ${((perSec * frameBytes) / 1e6).toFixed(0).padStart(8)} MB/s  (${frameBytes} B/msg, ${(1e6 / perSec).toFixed(2)} µs/msg)`);
}

function encoded(encode: (w: Writer) => void): Buffer {
  const w = new Writer();
  encode(w);
  return Buffer.concat(w.finish());
}

console.log(`${TOPICS} topics x ${PARTITIONS} partitions, ${BATCH_BYTES} B of records per partition`);
for (const v of [9, 11]) {
  const bytes = encoded((w) => encodeProduceRequest(w, produce, v));
  run(`ProduceRequest v${v} decode`, bytes.length, () => decodeProduceRequest(new Reader(bytes), v));
  run(`ProduceRequest v${v} encode`, bytes.length, () => {
    const w = new Writer();
    encodeProduceRequest(w, produce, v);
    w.finish();
  });
}
for (const v of [12, 16]) {
  const bytes = encoded((w) => encodeFetchResponse(w, fetch, v));
  run(`FetchResponse v${v} decode`, bytes.length, () => decodeFetchResponse(new Reader(bytes), v));
  run(`FetchResponse v${v} encode`, bytes.length, () => {
    const w = new Writer();
    encodeFetchResponse(w, fetch, v);
    w.finish();
  });
}
