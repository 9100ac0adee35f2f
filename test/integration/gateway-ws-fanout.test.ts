// Fan-out on a real broker: 1,000 WebSocket sessions subscribed (assign mode) to one topic each
// receive every record kcat produces, in order; one deliberately slow subscriber (a socket that
// stops reading) neither delays the others nor grows the broker's memory; and the broker's
// resident set stays within a bound set by the gateway's configuration, not by the bytes fanned
// out or the slow socket's backlog.
//
// The bound. Sockets that read the same partition share one read and one encoding of each chunk,
// kept in the fan-out cache (gateway.fanout.cache.bytes); what the broker holds per socket is at
// most what uWS buffered for it before its deliveries stopped (gateway.socket.max.buffered.bytes,
// plus the chunk in flight). So, over the resident set with every socket subscribed, the peak may
// add the cache budget, sockets x socket bound, and V8's heap headroom (its young generation, up
// to 48 MiB, and garbage promoted between collections): 64 MiB is allowed for that. With the
// settings below that is about 103 MiB, while more than 300 MB of frames are fanned out and the
// slow socket is 200 MB behind: holding either would break the bound.
import { readFileSync, writeFileSync } from 'node:fs';
import t from 'tap';
import { freePort, withBroker } from '../helpers/broker.js';
import { kcatConsume, kcatProduce, type TestRecord } from '../helpers/clients.js';
import { GatewaySocket, type RecordsDelivery } from '../helpers/gatewaySocket.js';
import { createTopic } from '../helpers/groupClients.js';
import { parsePrometheusText, sampleValue } from '../helpers/prometheusText.js';

const SOCKETS = 1_000;
const PARTITIONS = 2;
const RECORDS_PER_ROUND = 2_000;
const SOCKET_BOUND = 32 * 1024;
const CACHE_BYTES = 8 * 1024 * 1024;
const HEAP_HEADROOM = 64 * 1024 * 1024;
/** What the slow socket is behind: 200 MB of 32 KiB values, written before anyone subscribes. */
const BACKLOG_RECORDS = 6_400;
const BACKLOG_VALUE = 32 * 1024;
const TIMEOUT_MS = 30_000;
const MiB = 1024 * 1024;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A field of /proc/<pid>/status, in bytes. */
function procStatus(pid: number, field: 'VmRSS' | 'VmHWM' | 'RssAnon'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  if (line === undefined) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(line.split(/\s+/)[1]) * 1024;
}

/** Restarts VmHWM (the peak resident set) from the current resident set. */
const resetPeak = (pid: number): void => writeFileSync(`/proc/${pid}/clear_refs`, '5');

const mib = (bytes: number): string => `${(bytes / MiB).toFixed(1)} MiB`;

/** Values start with their number in the whole run: the backlog's first, then the rounds'. */
const valuePrefix = (n: number): string => `r-${n}-`;

/**
 * Checks one socket's deliveries as they arrive: each partition's offsets follow each other from
 * where it started, and the numbers of its values increase.
 */
class OrderCheck {
  private readonly next = new Map<number, number>();
  private readonly lastSeq = new Map<number, number>();
  problem: string | null = null;

  constructor(start: ReadonlyArray<{ partition: number; offset: number }>) {
    for (const p of start) this.next.set(p.partition, p.offset);
  }

  see(d: RecordsDelivery): void {
    for (const r of d.records) {
      const seq = Number(/^r-(\d+)-/.exec(r.value?.toString('latin1', 0, 16) ?? '')?.[1] ?? NaN);
      if (this.problem === null && r.offset !== this.next.get(r.partition)) this.problem = `partition ${r.partition}: offset ${r.offset} arrived where ${this.next.get(r.partition)} was due`;
      if (this.problem === null && !(seq > (this.lastSeq.get(r.partition) ?? -1))) this.problem = `partition ${r.partition}: value ${seq} arrived after ${this.lastSeq.get(r.partition)}`;
      this.next.set(r.partition, r.offset + 1);
      this.lastSeq.set(r.partition, seq);
    }
  }
}

t.test('1,000 sockets on one topic: every record to each, in order; a slow socket stalls only itself; RSS bounded', async (t) => {
  const gatewayPort = await freePort();
  const broker = await withBroker(t, {
    overrides: {
      'gateway.listeners': `http://127.0.0.1:${gatewayPort}`,
      'gateway.socket.max.buffered.bytes': String(SOCKET_BOUND),
      'gateway.fanout.cache.bytes': String(CACHE_BYTES),
    },
  });
  const gateway = `http://127.0.0.1:${gatewayPort}`;
  const topic = 'fanout';
  await createTopic(broker, topic, PARTITIONS);
  const metric = async (name: string): Promise<number> => sampleValue(parsePrometheusText(await (await fetch(`${gateway}/metrics`)).text()), name);

  const filler = 'y'.repeat(BACKLOG_VALUE);
  await kcatProduce(broker.bootstrap, topic, Array.from({ length: BACKLOG_RECORDS }, (_, i) => ({ key: `backlog-${i}`, value: `${valuePrefix(i)}${filler}`.slice(0, BACKLOG_VALUE) })));

  // Opened a hundred at a time: the listen backlog is finite.
  const sockets: GatewaySocket[] = [];
  const checks: OrderCheck[] = [];
  const opened = performance.now();
  for (let i = 0; i < SOCKETS; i += 100) {
    const batch = await Promise.all(Array.from({ length: 100 }, (_, j) => GatewaySocket.open(gateway, { clientId: `fan-${i + j}`, collect: i + j === 0, teardown: t })));
    sockets.push(...batch);
  }
  const subscribed = await Promise.all(sockets.map((s) => s.request({ op: 'subscribe', topics: [topic] })));
  t.ok(subscribed.every((a) => a.type === 'subscribed'), `${SOCKETS} sockets subscribed from the end in ${Math.round(performance.now() - opened)} ms`);
  const start = subscribed[0]!['partitions'] as Array<{ partition: number; offset: number }>;
  t.equal(start.reduce((n, p) => n + p.offset, 0), BACKLOG_RECORDS, 'they start after the backlog');
  sockets.forEach((s) => {
    const check = new OrderCheck(start);
    checks.push(check);
    s.onRecords((d) => check.see(d));
  });

  const baseline = procStatus(broker.pid, 'VmRSS');
  resetPeak(broker.pid);
  t.comment(`broker with ${SOCKETS} sessions: VmRSS ${mib(baseline)}, RssAnon ${mib(procStatus(broker.pid, 'RssAnon'))}`);

  let produced = 0;
  /** Produces a round with kcat; resolves with the ms until every fast socket had all of it. */
  const round = async (): Promise<number> => {
    const records: TestRecord[] = Array.from({ length: RECORDS_PER_ROUND }, (_, i) => ({ key: `k-${i}`, value: `${valuePrefix(BACKLOG_RECORDS + produced + i)}${'x'.repeat(40)}` }));
    const began = performance.now();
    await kcatProduce(broker.bootstrap, topic, records);
    produced += RECORDS_PER_ROUND;
    await Promise.all(sockets.map((s) => s.waitFor(`${produced} records`, () => s.delivered >= produced, TIMEOUT_MS)));
    return performance.now() - began;
  };

  const alone = await round();
  t.comment(`round 1 (no slow socket): ${SOCKETS} x ${RECORDS_PER_ROUND} records in ${Math.round(alone)} ms`);

  const slow = await GatewaySocket.open(gateway, { clientId: 'slow', collect: false, teardown: t });
  const slowCheck = new OrderCheck(start.map((p) => ({ partition: p.partition, offset: 0 })));
  slow.onRecords((d) => slowCheck.see(d));
  await slow.request({ op: 'subscribe', topics: [topic], from: 'earliest', encoding: 'binary' });
  slow.pauseReading();
  // The gateway sends it what the TCP buffers and its bound take, then stops: the counter settles.
  const sentBefore = SOCKETS * RECORDS_PER_ROUND;
  let sent = await metric('runnel_gateway_delivered_records_total');
  for (let last = -1; sent !== last; await sleep(300)) {
    last = sent;
    sent = await metric('runnel_gateway_delivered_records_total');
  }
  const sentToSlow = sent - sentBefore;
  t.ok(sentToSlow < BACKLOG_RECORDS / 10, `the gateway stopped feeding the slow socket after ${sentToSlow} of its ${BACKLOG_RECORDS} backlog records`);
  t.ok(await metric('runnel_gateway_paused_subscriptions_total') >= 1, 'and counted the pause');

  const withSlow = await round();
  t.comment(`round 2 (slow socket stalled): ${Math.round(withSlow)} ms`);
  t.ok(withSlow <= 2 * alone + 500, `the stalled socket did not slow the others (${Math.round(withSlow)} ms vs ${Math.round(alone)} ms)`);
  t.equal(await metric('runnel_gateway_delivered_records_total'), sent + SOCKETS * RECORDS_PER_ROUND, 'and got nothing more while stalled');

  const peak = procStatus(broker.pid, 'VmHWM');
  const bound = CACHE_BYTES + (SOCKETS + 1) * SOCKET_BOUND + HEAP_HEADROOM;
  t.comment(`peak VmRSS ${mib(peak)} (+${mib(peak - baseline)}), RssAnon now ${mib(procStatus(broker.pid, 'RssAnon'))}; bound +${mib(bound)}`);
  t.ok(peak - baseline <= bound, `the broker's peak resident set grew ${mib(peak - baseline)}, within ${mib(bound)}, while it fanned out ${SOCKETS * produced} records and the slow socket was ${Math.round(BACKLOG_RECORDS * BACKLOG_VALUE / 1e6)} MB behind`);

  t.same(checks.map((c) => c.problem).filter((p) => p !== null), [], 'every socket got each partition in order, without gaps or repeats');
  t.ok(sockets.every((s) => s.delivered === produced), `every socket got exactly the ${produced} records`);
  const fromKcat = (await Promise.all(start.map((p) => kcatConsume(broker.bootstrap, topic, { partition: p.partition, offset: p.offset, count: produced })))).flat();
  const one = sockets[0]!.records;
  const key = (r: { partition: number; offset: number }): number => r.partition * 1e9 + r.offset;
  t.same(
    [...one].sort((a, b) => key(a) - key(b)).map((r) => [r.partition, r.offset, r.timestamp, r.key?.toString(), r.value?.toString()]),
    fromKcat.sort((a, b) => key(a) - key(b)).map((r) => [r.partition, r.offset, r.timestamp, r.key?.toString(), r.value?.toString()]),
    'what a socket got is what kcat reads',
  );

  slow.resumeReading();
  await slow.waitFor('the slow socket to catch up', () => slow.delivered >= BACKLOG_RECORDS + produced, TIMEOUT_MS);
  await sleep(200);
  t.equal(slow.delivered, BACKLOG_RECORDS + produced, 'once it reads again, the slow socket gets its whole backlog and both rounds');
  t.equal(slowCheck.problem, null, 'in order, without gaps or repeats');
});
