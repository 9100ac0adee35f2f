// The cost metrics add to the request path: RequestDispatcher.process() on in-memory frames (header
// decode, generated decoder, the real Produce, Fetch and ApiVersions handlers over a stub replica
// manager, encode), without an observer, with BrokerMetrics' tallies, and, for comparison, with
// prom-client counter and histogram children cached per API and version. Each variant runs in a
// process of its own (so that no call site sees another variant's observer), alternating, best of
// five. Not a test: run it by hand,
//   node dist/bench/micro/dispatcher.js [seconds per case, default 1]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { Counter, Histogram, Registry } from 'prom-client';
import { RequestDispatcher, type RequestObserver } from '../../src/broker/requestDispatcher.js';
import { apiVersionsHandler } from '../../src/broker/handlers/apiVersions.js';
import { produceHandler } from '../../src/broker/handlers/produce.js';
import { fetchHandler } from '../../src/broker/handlers/fetch.js';
import { FetchSessionCache } from '../../src/log/fetchSessionCache.js';
import type { ReplicaManager } from '../../src/log/replicaManager.js';
import { MetadataCache } from '../../src/metadata/metadataCache.js';
import { MetadataImage } from '../../src/metadata/metadataImage.js';
import type { ConnectionInfo } from '../../src/net/connection.js';
import { ApiKey, apiKeyInfo } from '../../src/protocol/generated/apiKeys.js';
import { encodeApiVersionsRequest, encodeFetchRequest, encodeProduceRequest } from '../../src/protocol/generated/messages/index.js';
import { BrokerMetrics } from '../../src/metrics/brokerMetrics.js';
import { REQUEST_LATENCY_BUCKETS } from '../../src/metrics/latencyHistogram.js';
import { buildBatch } from '../../test/helpers/batch.js';
import { requestFrame } from '../../test/helpers/rawKafka.js';

const SECONDS = Number(process.argv[2] ?? 1);
const ROUNDS = 5;
const batch = buildBatch({ records: 10, valueBytes: 100 });

const replicaManager = {
  appendRecords: () => ({ errorCode: 0, errorMessage: null, baseOffset: 0, logAppendTimeMs: -1, logStartOffset: 0, batchIndex: -1 }),
  fetch: async (params: { partitions: readonly unknown[] }) =>
    params.partitions.map(() => ({ errorCode: 0, highWatermark: 10, lastStableOffset: 10, logStartOffset: 0, records: [batch], sizeInBytes: batch.length })),
} as unknown as ReplicaManager;

const image = MetadataImage.EMPTY;
const conn: ConnectionInfo = { id: 1, listenerName: 'PLAINTEXT', remoteAddress: '127.0.0.1', remotePort: 1, clientSoftwareName: null, clientSoftwareVersion: null };

/** The alternative this module's tallies replace: prom-client children, looked up once per API and version. */
class PromClientChildren implements RequestObserver {
  private readonly registry = new Registry();
  private readonly requests = new Counter({ name: 'r_total', help: 'r', labelNames: ['api', 'version'], registers: [this.registry] });
  private readonly latency = new Histogram({ name: 'l_seconds', help: 'l', labelNames: ['api'], buckets: [...REQUEST_LATENCY_BUCKETS], registers: [this.registry] });
  private readonly children = new Map<number, { inc(): void; observe(v: number): void }>();

  requestCompleted(apiKey: number, apiVersion: number, seconds: number): void {
    const key = apiKey * 100 + apiVersion;
    let child = this.children.get(key);
    if (!child) {
      const name = apiKeyInfo(apiKey)?.name ?? 'unknown';
      const counter = this.requests.labels(name, String(apiVersion));
      const histogram = this.latency.labels(name);
      child = { inc: () => counter.inc(), observe: (v) => histogram.observe(v) };
      this.children.set(key, child);
    }
    child.inc();
    child.observe(seconds);
  }

  requestFailed(): void {}
}

function dispatcher(observer: RequestObserver | null): RequestDispatcher {
  const d = new RequestDispatcher(new MetadataCache(image), pino({ level: 'silent' }), observer);
  d.register(apiVersionsHandler(() => d.supportedApis()));
  d.register(produceHandler(replicaManager, () => image));
  d.register(fetchHandler(replicaManager, new FetchSessionCache(10), () => image));
  return d;
}

const frames: Record<string, Buffer> = {
  'ApiVersions v3': requestFrame(ApiKey.ApiVersions, 3, 1, (w) => encodeApiVersionsRequest(w, { clientSoftwareName: 'bench', clientSoftwareVersion: '1' }, 3)).subarray(4),
  'Produce v9 (1 batch, 1.1 KB)': requestFrame(ApiKey.Produce, 9, 1, (w) =>
    encodeProduceRequest(w, { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'bench', partitionData: [{ index: 0, records: batch }] }] }, 9),
  ).subarray(4),
  'Fetch v11 (4 partitions)': requestFrame(ApiKey.Fetch, 11, 1, (w) =>
    encodeFetchRequest(
      w,
      {
        clusterId: null,
        replicaId: -1,
        replicaState: { replicaId: -1, replicaEpoch: -1n },
        maxWaitMs: 0,
        minBytes: 1,
        maxBytes: 1 << 20,
        isolationLevel: 0,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [{ topic: 'bench', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [0, 1, 2, 3].map((partition) => ({ partition, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20, replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA' })) }],
        forgottenTopicsData: [],
        rackId: '',
      },
      11,
    ),
  ).subarray(4),
};

async function nsPerRequest(d: RequestDispatcher, frame: Buffer): Promise<number> {
  for (let i = 0; i < 5000; i++) await d.process(frame, conn);
  let n = 0;
  const start = process.hrtime.bigint();
  const limit = start + BigInt(Math.round(SECONDS * 1e9));
  let now = start;
  while (now < limit) {
    for (let i = 0; i < 1000; i++) await d.process(frame, conn);
    n += 1000;
    now = process.hrtime.bigint();
  }
  return Number(now - start) / n;
}

const variants: Record<string, () => RequestObserver | null> = {
  'no metrics': () => null,
  'BrokerMetrics tallies': () =>
    new BrokerMetrics({ image: () => image, partitions: { getPartition: () => undefined, allPartitions: () => [] }, groups: { listGroups: () => ({ groups: [] }), fetchOffsets: () => ({ errorCode: 0, topics: [] }) } }).requests,
  'prom-client children': () => new PromClientChildren(),
};

const variant = process.argv[3];
if (variant !== undefined) {
  const d = dispatcher(variants[variant]!());
  const out: Record<string, number> = {};
  for (const [label, frame] of Object.entries(frames)) out[label] = await nsPerRequest(d, frame);
  console.log(JSON.stringify(out));
} else {
  const best = new Map<string, Map<string, number>>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(variants)) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), String(SECONDS), name], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`${name} run failed: ${child.stderr}`);
      for (const [label, ns] of Object.entries(JSON.parse(child.stdout) as Record<string, number>)) {
        const row = best.get(label) ?? new Map<string, number>();
        row.set(name, Math.min(row.get(name) ?? Infinity, ns));
        best.set(label, row);
      }
    }
  }
  console.log(`RequestDispatcher.process(), best of ${ROUNDS} alternating runs of ${SECONDS} s per case; ns per request`);
  for (const [label, row] of best) {
    const base = row.get('no metrics')!;
    const cells = [...row].map(([name, ns]) => `${name} ${ns.toFixed(0)}${name === 'no metrics' ? '' : ` (+${(ns - base).toFixed(0)}, ${(((ns - base) / base) * 100).toFixed(1)}%)`}`);
    console.log(`${label.padEnd(30)} ${cells.join(' | ')}`);
  }
}
