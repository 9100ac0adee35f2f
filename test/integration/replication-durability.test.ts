// The durability test: a topic with replication factor 3, min.insync.replicas=2 and 6 partitions
// on three combined nodes, written continuously by confluent-kafka-python with acks=all and
// idempotence, while a loop kill -9s a random node (each leads some partitions) and restarts it.
// Afterwards every acknowledged record is in its partition exactly once, in produce order (read
// back with kcat), and the three replicas of each partition hold byte-identical logs.
// KILL_CYCLES sets the number of kills (20 in CI; `npm run test:durability` runs 200).
import t from 'tap';
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot } from '../helpers/broker.js';
import { replicaLogBytes, startCluster, waitFor, type Cluster } from '../helpers/cluster.js';
import { kcatConsume, kcatMetadata, PYTHON, pythonAdmin } from '../helpers/clients.js';

const TOPIC = 'durable';
const PARTITIONS = 6;
const CYCLES = Number(process.env.KILL_CYCLES ?? 20);
const PRODUCER = path.join(repoRoot, 'test', 'integration', 'clients', 'confluent_durable_producer.py');

interface Delivery {
  seq: number;
  partition: number;
  offset: number;
  error: string | null;
}

interface KcatMetadata {
  topics: Array<{ topic: string; partitions: Array<{ partition: number; leader: number; isrs: Array<{ id: number }> }> }>;
}

async function isrSizes(cluster: Cluster): Promise<number[] | undefined> {
  for (const node of cluster.running()) {
    try {
      const m = (await kcatMetadata(node.bootstrap, 5_000)) as KcatMetadata;
      const parts = m.topics.find((x) => x.topic === TOPIC)?.partitions;
      if (parts?.length === PARTITIONS) return parts.sort((a, b) => a.partition - b.partition).map((p) => (p.leader >= 0 ? p.isrs.length : 0));
    } catch {
      // Try the next node.
    }
  }
  return undefined;
}


t.test(`acks=all with RF=3 and min.insync.replicas=2 loses nothing over ${CYCLES} kill -9 cycles`, { timeout: 60_000 + CYCLES * 20_000 }, async (t) => {
  const cluster = await startCluster(t, {
    voters: 3,
    overrides: { 'replica.lag.time.max.ms': '3000', 'replica.fetch.backoff.ms': '200', 'replica.fetch.wait.max.ms': '200' },
  });
  await pythonAdmin('confluent', cluster.bootstrap(), 'create_topics', {
    topics: [{ name: TOPIC, partitions: PARTITIONS, replication_factor: 3, config: { 'min.insync.replicas': '2' } }],
  });
  await waitFor('full ISRs', async () => ((await isrSizes(cluster))?.every((n) => n === 3) ? true : undefined));

  const producer = spawn(PYTHON, [PRODUCER, JSON.stringify({ bootstrap: cluster.bootstrap(), topic: TOPIC, partitions: PARTITIONS, rate: 200 })], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  t.teardown(() => producer.kill('SIGKILL'));
  const deliveries: Delivery[] = [];
  let finished: { produced: number; undelivered: number } | null = null;
  let stderr = '';
  producer.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  readline.createInterface({ input: producer.stdout }).on('line', (line) => {
    const msg = JSON.parse(line) as Delivery & { done?: boolean; produced: number; undelivered: number };
    if (msg.done) finished = { produced: msg.produced, undelivered: msg.undelivered };
    else deliveries.push(msg);
  });
  const exited = new Promise<number | null>((resolve) => producer.once('exit', resolve));

  const random = (n: number): number => Math.floor(Math.random() * n);
  const kills: number[] = [];
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    await new Promise((r) => setTimeout(r, 500 + random(1000)));
    const victim = cluster.nodes[random(cluster.nodes.length)]!;
    kills.push(victim.id);
    await victim.kill();
    await new Promise((r) => setTimeout(r, 500 + random(1500)));
    await victim.restart();
    // Before the next kill, every partition must have two in-sync replicas again, or the next
    // kill could take its last one (then it waits offline, as it should, but the test would stall).
    await waitFor(`two in-sync replicas everywhere after cycle ${cycle + 1}`, async () => ((await isrSizes(cluster))?.every((n) => n >= 2) ? true : undefined), 60_000);
  }
  const acked = deliveries.filter((d) => d.error === null).length;
  t.comment(`killed nodes ${kills.join(',')}; ${acked} records acknowledged so far`);

  producer.stdin.end('stop\n');
  const code = await exited;
  t.equal(code, 0, code === 0 ? 'the producer exits cleanly' : `the producer failed: ${stderr.slice(-2000)}`);
  t.ok(finished, 'the producer reported its totals');
  const ok = deliveries.filter((d) => d.error === null);
  t.ok(ok.length > CYCLES * 100, `records were acknowledged throughout (${ok.length}, ${deliveries.length - ok.length} failed)`);

  await waitFor('full ISRs at the end', async () => ((await isrSizes(cluster))?.every((n) => n === 3) ? true : undefined), 60_000);
  for (let p = 0; p < PARTITIONS; p++) {
    const expected = ok.filter((d) => d.partition === p).sort((a, b) => a.offset - b.offset);
    const read = await kcatConsume(cluster.bootstrap(), TOPIC, { partition: p, count: 1_000_000, timeoutMs: 60_000 });
    const seqs = read.map((r) => Number(r.value!.toString().slice(2)));
    const counts = new Map<number, number>();
    for (const s of seqs) counts.set(s, (counts.get(s) ?? 0) + 1);
    const missing = expected.filter((d) => counts.get(d.seq) !== 1);
    t.same(missing.map((d) => d.seq).slice(0, 20), [], `partition ${p}: all ${expected.length} acknowledged records are present exactly once`);
    const atOffsets = expected.filter((d) => read.find((r) => r.offset === d.offset)?.value?.toString() !== `r-${d.seq}`);
    t.same(atOffsets.map((d) => d.seq).slice(0, 20), [], `partition ${p}: each acknowledged record is at the offset it was acknowledged at`);
    t.ok(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!), `partition ${p}: records are in produce order`);
  }

  // Quiet and fully replicated: stop the nodes and compare the replicas' logs byte for byte.
  await new Promise((r) => setTimeout(r, 2000));
  for (const node of cluster.nodes) await node.process!.stop();
  for (let p = 0; p < PARTITIONS; p++) {
    const copies = await Promise.all(cluster.nodes.map((n) => replicaLogBytes(n.process!.dataDir, TOPIC, p)));
    t.ok(copies[0]!.length > 0, `partition ${p} has data`);
    t.ok(copies.every((c) => c.equals(copies[0]!)), `partition ${p}: the three replicas are byte-identical (${copies.map((c) => c.length).join(', ')} bytes)`);
  }
});
