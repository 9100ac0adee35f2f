// One client process of the fan-out benchmark (started by fanout.ts, several at once so that the
// sockets' frames are parsed on more than one core). It opens its share of WebSockets to the
// gateway, subscribes each to the topic from the end with binary payloads, says `ready`, then
// times every record on every socket: the load generator wrote the record's intended send time
// (CLOCK_MONOTONIC ns, little-endian) and sequence number into the first 16 bytes of its value,
// and process.hrtime reads the same clock. On `{"expected": n}` from stdin it waits until each
// socket has n records (or gives up after the drain time) and prints its counts and histogram.
//
//   node dist/bench/gateway/fanoutClients.js '<json options>'   (see `options` below)
import readline from 'node:readline';
import WebSocket from 'ws';
import { z } from 'zod';
import { LatencyHistogram } from './latencyHistogram.js';

const options = z
  .object({
    gateway: z.string().url(),
    topic: z.string(),
    sockets: z.number().int().min(1),
    /** Records numbered below this are the warm-up: counted, not timed. */
    warmupRecords: z.number().int().min(0),
    drainMs: z.number().int().min(0),
    clientIdPrefix: z.string(),
  })
  .parse(JSON.parse(process.argv[2] ?? '{}'));

/** Sockets opened at once: the gateway's listen backlog is finite. */
const OPEN_BATCH = 250;
const TWO_32 = 2 ** 32;

const emit = (event: string, fields: object): void => void process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`);
const monotonicNs = (): number => {
  const [s, ns] = process.hrtime();
  return s * 1e9 + ns;
};

interface RecordHeader {
  keyLength: number;
  valueLength: number;
  headers: Array<{ valueLength: number }>;
}

const histogram = new LatencyHistogram();
const perSocket = new Float64Array(options.sockets);
const errors: string[] = [];
let deliveries = 0;
let timed = 0;
let firstTimedIntendedNs = Infinity;
let lastArrivalNs = 0;
let closedEarly = 0;
let finishing = false;

/** Counts and times the records of one binary records frame: only lengths and 16 value bytes are read. */
function onRecords(socket: number, frame: Buffer): void {
  const now = monotonicNs();
  const jsonLength = frame.readUInt32BE(0);
  const header = JSON.parse(frame.toString('utf8', 4, 4 + jsonLength)) as { records: RecordHeader[] };
  let at = 4 + jsonLength;
  for (const r of header.records) {
    at += Math.max(r.keyLength, 0);
    if (r.valueLength >= 16) {
      const intended = frame.readUInt32LE(at) + frame.readUInt32LE(at + 4) * TWO_32;
      const seq = frame.readUInt32LE(at + 8) + frame.readUInt32LE(at + 12) * TWO_32;
      if (seq >= options.warmupRecords) {
        histogram.record(now - intended);
        timed++;
        if (intended < firstTimedIntendedNs) firstTimedIntendedNs = intended;
      }
    }
    at += Math.max(r.valueLength, 0);
    for (const h of r.headers) at += Math.max(h.valueLength, 0);
  }
  perSocket[socket]! += header.records.length;
  deliveries += header.records.length;
  lastArrivalNs = now;
}

function open(index: number): Promise<WebSocket> {
  const url = `${options.gateway.replace(/^http/, 'ws')}/v1/ws?clientId=${options.clientIdPrefix}-${index}`;
  const ws = new WebSocket(url, { perMessageDeflate: false });
  return new Promise((resolve, reject) => {
    ws.on('error', (err) => {
      if (errors.length < 5) errors.push(`socket ${index}: ${err.message}`);
      reject(err);
    });
    ws.once('close', () => {
      if (!finishing) closedEarly++;
    });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) return onRecords(index, data);
      const message = JSON.parse(data.toString()) as { type: string; code?: string; message?: string };
      if (message.type === 'welcome') ws.send(JSON.stringify({ op: 'subscribe', topics: [options.topic], from: 'latest', encoding: 'binary' }));
      else if (message.type === 'subscribed') resolve(ws);
      else if (message.type === 'error') {
        if (errors.length < 5) errors.push(`${message.code}: ${message.message}`);
        reject(new Error(`socket ${index}: ${message.code}: ${message.message}`));
      }
    });
  });
}

const began = performance.now();
const sockets: WebSocket[] = [];
for (let i = 0; i < options.sockets; i += OPEN_BATCH) {
  const batch = Array.from({ length: Math.min(OPEN_BATCH, options.sockets - i) }, (_, j) => open(i + j));
  sockets.push(...(await Promise.all(batch)));
}
const cpuSeconds = (): number => {
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1e6;
};
emit('ready', { sockets: sockets.length, openMs: Math.round(performance.now() - began), cpuSeconds: cpuSeconds() });

const finish = async (expected: number): Promise<void> => {
  const deadline = performance.now() + options.drainMs;
  while (perSocket.some((n) => n < expected) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  finishing = true;
  let min = Infinity;
  let max = 0;
  let incomplete = 0;
  for (const n of perSocket) {
    min = Math.min(min, n);
    max = Math.max(max, n);
    if (n !== expected) incomplete++;
  }
  emit('result', {
    sockets: sockets.length,
    deliveries,
    timed,
    firstTimedIntendedNs: Number.isFinite(firstTimedIntendedNs) ? firstTimedIntendedNs : null,
    lastArrivalNs,
    minPerSocket: min,
    maxPerSocket: max,
    incompleteSockets: incomplete,
    closedEarly,
    errors,
    cpuSeconds: cpuSeconds(),
    histogram: histogram.toSparse(),
  });
  for (const ws of sockets) ws.terminate();
  process.exit(0);
};

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const { expected } = z.object({ expected: z.number().int().min(0) }).parse(JSON.parse(line));
  void finish(expected);
});
