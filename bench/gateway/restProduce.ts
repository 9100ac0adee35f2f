// REST produce throughput: POST /v1/topics/:topic/records with concurrent keep-alive HTTP clients
// (Node's fetch, undici: not Runnel's client), one record per request and 100 per request.
// Prints requests/s, records/s, request latency p50/p99 and the broker's CPU seconds.
//
//   node dist/bench/gateway/restProduce.js [--concurrency 32] [--duration 10] [--size 100]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../../test/helpers/broker.js';
import { createTopics, RawKafkaClient } from '../../test/helpers/rawKafka.js';
import { startBenchBroker } from '../benchBroker.js';
import { machineInfo } from '../machineInfo.js';

const { values } = parseArgs({ options: { concurrency: { type: 'string', default: '32' }, duration: { type: 'string', default: '10' }, size: { type: 'string', default: '100' } } });
const concurrency = Number(values.concurrency);
const durationMs = Number(values.duration) * 1000;
const valueText = 'x'.repeat(Number(values.size));

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'runnel-bench-rest-'));
const port = await freePort();
const broker = await startBenchBroker({ dataDir, overrides: { 'gateway.listeners': `http://127.0.0.1:${port}` } });
const raw = await RawKafkaClient.connect(Number(broker.bootstrap.split(':')[1]));

interface Row {
  recordsPerRequest: number;
  requestsPerS: number;
  recordsPerS: number;
  p50Ms: number;
  p99Ms: number;
  brokerCpuS: number;
  errors: number;
}

async function run(recordsPerRequest: number): Promise<Row> {
  const topic = `rest-bench-${recordsPerRequest}`;
  await createTopics(raw, [{ name: topic, numPartitions: 1 }]);
  const body = JSON.stringify({ format: 'text', records: Array.from({ length: recordsPerRequest }, () => ({ value: valueText })) });
  const url = `http://127.0.0.1:${port}/v1/topics/${topic}/records`;
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = broker.cpuSeconds();
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    recordsPerRequest,
    requestsPerS: latencies.length / elapsedS,
    recordsPerS: (latencies.length * recordsPerRequest) / elapsedS,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    brokerCpuS: broker.cpuSeconds() - cpuBefore,
    errors,
  };
}

try {
  const rows = [await run(1), await run(100)];
  const machine = machineInfo();
  process.stdout.write(`REST produce, ${concurrency} concurrent keep-alive clients, ${values.size} B values, ${values.duration} s each (${machine.cpuModel}, ${os.cpus().length} cores)\n`);
  process.stdout.write('records/request  requests/s  records/s  p50 ms  p99 ms  broker CPU s  errors\n');
  for (const r of rows) {
    process.stdout.write(
      `${String(r.recordsPerRequest).padStart(15)}  ${r.requestsPerS.toFixed(0).padStart(10)}  ${r.recordsPerS.toFixed(0).padStart(9)}  ${r.p50Ms.toFixed(2).padStart(6)}  ${r.p99Ms.toFixed(2).padStart(6)}  ${r.brokerCpuS.toFixed(2).padStart(12)}  ${String(r.errors).padStart(6)}\n`,
    );
  }
} finally {
  raw.close();
  await broker.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
