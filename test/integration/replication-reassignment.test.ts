// Partition reassignment on three combined nodes with real clients: kafkajs's admin reorders the
// replicas of one partition ([1,2,3] -> [2,3,1]), moves another off its leader ([1,2] -> [2,3]),
// and grows a third from two replicas to three; @platformatic/kafka's AlterPartitionReassignments
// and ListPartitionReassignments (the raw APIs) move one back, and `runnel reassign-partitions`
// shrinks another, and `runnel leader-election` moves a reordered partition to its preferred
// replica, while records keep arriving. Every
// record written before, during and after is read back once (kcat), a replica that was removed
// loses its copy, and the final replicas of each partition are byte-identical.
import t from 'tap';
import kafkajs from 'kafkajs';
import { Connection, alterPartitionReassignmentsV0, listPartitionReassignmentsV0 } from '@platformatic/kafka';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { replicaLogBytes, startCluster, waitFor, type Cluster } from '../helpers/cluster.js';
import { kcatConsume, kcatMetadata, pythonAdmin, runRunnel } from '../helpers/clients.js';

const { Kafka, logLevel } = kafkajs;
const TOPIC = 'move';

interface KcatPartition {
  partition: number;
  leader: number;
  replicas: Array<{ id: number }>;
  isrs: Array<{ id: number }>;
}

async function partitions(cluster: Cluster, from = 1): Promise<KcatPartition[]> {
  const m = (await kcatMetadata(cluster.node(from).bootstrap)) as { topics: Array<{ topic: string; partitions: KcatPartition[] }> };
  return (m.topics.find((x) => x.topic === TOPIC)?.partitions ?? []).sort((a, b) => a.partition - b.partition);
}

const ids = (list: Array<{ id: number }>): number[] => list.map((r) => r.id);


t.test('reassignment: reorder, move off the leader, grow the replication factor, and move back', async (t) => {
  const cluster = await startCluster(t, {
    voters: 3,
    overrides: { 'replica.lag.time.max.ms': '2000', 'replica.fetch.backoff.ms': '200', 'replica.fetch.wait.max.ms': '200', 'auto.leader.rebalance.enable': 'false' },
  });
  const kafka = new Kafka({ clientId: 'reassignment', brokers: cluster.nodes.map((n) => n.bootstrap), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  await admin.createTopics({
    topics: [
      {
        topic: TOPIC,
        replicaAssignment: [
          { partition: 0, replicas: [1, 2, 3] },
          { partition: 1, replicas: [1, 2] },
          { partition: 2, replicas: [3, 1] },
        ],
      },
    ],
  });
  for (const node of cluster.nodes) {
    await waitFor(`node ${node.id} to serve the topic`, async () => {
      const m = (await kcatMetadata(node.bootstrap)) as { topics: Array<{ topic: string; partitions: KcatPartition[] }> };
      const ps = m.topics.find((x) => x.topic === TOPIC)?.partitions;
      return ps?.length === 3 && ps.every((p) => p.leader > 0 && p.isrs.length === p.replicas.length) ? ps : undefined;
    });
  }
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 10, initialRetryTime: 200 } });
  await producer.connect();
  t.teardown(() => producer.disconnect());
  const written: string[] = [];
  const send = async (prefix: string, n: number): Promise<void> => {
    const messages = Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, value: `${prefix}-${i}` }));
    await producer.send({ topic: TOPIC, acks: -1, messages });
    written.push(...messages.map((m) => m.value));
  };
  await send('a', 60);

  await admin.alterPartitionReassignments({
    topics: [
      {
        topic: TOPIC,
        partitionAssignment: [
          { partition: 0, replicas: [2, 3, 1] },
          { partition: 1, replicas: [2, 3] },
          { partition: 2, replicas: [3, 1, 2] },
        ],
      },
    ],
  });
  await send('b', 60);
  await waitFor('the kafkajs reassignments to finish', async () => ((await admin.listPartitionReassignments({})).topics.length === 0 ? true : undefined), 30_000);
  // On every node before the next send: kafkajs tracks retries per broker, and metadata from a
  // broker that has not applied the move yet makes it drop a partition's records without an error.
  let moved: KcatPartition[] = [];
  for (const node of cluster.nodes) {
    moved = await waitFor(`the final replica lists on node ${node.id}`, async () => {
      const ps = await partitions(cluster, node.id);
      return ps.length === 3 && ps[1]!.replicas.length === 2 && ps[1]!.leader !== 1 && ps[2]!.isrs.length === 3 ? ps : undefined;
    });
  }
  t.same(ids(moved[0]!.replicas), [2, 3, 1], 'partition 0 has its replicas in the new order');
  t.same(ids(moved[1]!.replicas), [2, 3], 'partition 1 moved off broker 1');
  t.ok([2, 3].includes(moved[1]!.leader), `partition 1 is led by a new replica (${moved[1]!.leader})`);
  t.same(ids(moved[2]!.replicas), [3, 1, 2], 'partition 2 has three replicas');
  t.same(ids(moved[2]!.isrs).sort(), [1, 2, 3], 'and all three are in sync');

  // The reorder made broker 2 partition 0's preferred replica; broker 1 still leads it until a
  // preferred election (kafka-leader-election.sh's job) moves it.
  t.equal(moved[0]!.leader, 1, 'a reorder alone keeps the leader');
  const elect = (...extra: string[]) => runRunnel(['leader-election', '--bootstrap-server', cluster.node(3).bootstrap, '--election-type', 'PREFERRED', ...extra]);
  const elected = await elect('--all-topic-partitions');
  t.equal(elected.code, 0, elected.stderr);
  t.match(elected.stdout, /^Successfully completed leader election \(PREFERRED\) for partitions .*\bmove-0\b/m);
  for (const node of cluster.nodes) {
    await waitFor(`node ${node.id} to see broker 2 lead partition 0`, async () => ((await partitions(cluster, node.id))[0]?.leader === 2 ? true : undefined));
  }
  t.pass('the preferred replica leads partition 0 on every node (kcat)');
  const again = await elect('--topic', TOPIC, '--partition', '0');
  t.equal(again.stdout, `Valid replica already elected for partitions ${TOPIC}-0\n`);
  const unknown = await elect('--topic', 'nope', '--partition', '0');
  t.equal(unknown.code, 1);
  t.match(unknown.stderr, /^Error completing leader election \(PREFERRED\) for partition: nope-0: /m);
  const badType = await runRunnel(['leader-election', '--bootstrap-server', cluster.node(3).bootstrap, '--election-type', 'SOMETIMES', '--all-topic-partitions']);
  t.match(badType.stderr, /--election-type must be PREFERRED or UNCLEAN/);
  // kafka-python encodes ElectLeaders v1 itself (Runnel's codec plays no part on the client side).
  const pythonElect = (electionType: string, partitions: Record<string, number[]> | null) =>
    pythonAdmin('kafka-python', cluster.node(1).bootstrap, 'elect_leaders', { election_type: electionType, partitions }) as Promise<[number, Record<string, [number, string | null]>]>;
  const [topLevel, byPartition] = await pythonElect('preferred', { [TOPIC]: [0], nope: [0] });
  t.equal(topLevel, 0);
  t.equal(byPartition[`${TOPIC}-0`]?.[0], 84, 'kafka-python: the preferred replica already leads (ELECTION_NOT_NEEDED)');
  t.equal(byPartition['nope-0']?.[0], 3, 'kafka-python: an unknown topic is UNKNOWN_TOPIC_OR_PARTITION');
  t.same(await pythonElect('preferred', null), [0, {}], 'kafka-python: asked for every partition, only those that needed an election are answered');
  t.equal((await pythonElect('unclean', { [TOPIC]: [0] }))[1][`${TOPIC}-0`]?.[0], 84, 'kafka-python: an unclean election of a led partition is not needed');
  await send('c', 60);

  // @platformatic/kafka's raw APIs: partition 2 back to two replicas, listed while under way or done.
  const conn = new Connection('reassignment-test');
  await conn.connect('127.0.0.1', cluster.node(3).port);
  t.teardown(() => conn.close());
  const altered = await alterPartitionReassignmentsV0.api.async(conn, 30_000, false, [{ name: TOPIC, partitions: [{ partitionIndex: 2, replicas: [1, 3] }] }]);
  t.same(altered.responses[0]!.partitions[0], { partitionIndex: 2, errorCode: 0, errorMessage: null }, 'accepted');
  const refused = await alterPartitionReassignmentsV0.api
    .async(conn, 30_000, false, [{ name: TOPIC, partitions: [{ partitionIndex: 0, replicas: [1, 9] }] }])
    .then(
      (r) => r.responses[0]!.partitions[0]!.errorCode,
      (err: { response?: { responses: Array<{ partitions: Array<{ errorCode: number }> }> } }) => err.response?.responses[0]?.partitions[0]?.errorCode,
    );
  t.equal(refused, 39, 'an unregistered broker is INVALID_REPLICA_ASSIGNMENT');
  await waitFor('no reassignment listed', async () => {
    const listed = await listPartitionReassignmentsV0.api.async(conn, 30_000, [{ name: TOPIC, partitionIndexes: [0, 1, 2] }]);
    return listed.topics.length === 0 ? true : undefined;
  }, 30_000);
  let back: KcatPartition[] = [];
  for (const node of cluster.nodes) {
    back = await waitFor(`partition 2 on two replicas on node ${node.id}`, async () => {
      const ps = await partitions(cluster, node.id);
      return ps[2] && ps[2].replicas.length === 2 ? ps : undefined;
    });
  }
  t.same(ids(back[2]!.replicas), [1, 3], 'partition 2 is back on brokers 1 and 3');

  // The CLI, as kafka-reassign-partitions.sh: partition 0 to [3, 2] (down to two replicas; broker 2
  // keeps leading, so kafkajs's send below does not race a leader change).
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runnel-reassign-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const plan = path.join(dir, 'plan.json');
  await writeFile(plan, JSON.stringify({ version: 1, partitions: [{ topic: TOPIC, partition: 0, replicas: [3, 2] }] }));
  const bootstrap = cluster.node(2).bootstrap;
  const executed = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--execute']);
  t.equal(executed.code, 0, executed.stderr);
  t.match(executed.stdout, `Current partition replica assignment\n\n{"version":1,"partitions":[{"topic":"${TOPIC}","partition":0,"replicas":[2,3,1],"log_dirs":["any","any","any"]}]}\n`);
  t.match(executed.stdout, `Successfully started partition reassignments for ${TOPIC}-0`);
  await send('d', 60);
  const verified = await waitFor('--verify to report completion', async () => {
    const r = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--verify']);
    return r.code === 0 ? r : undefined;
  });
  t.equal(
    verified.stdout,
    `Status of partition reassignment:\nReassignment of partition ${TOPIC}-0 is completed.\n\nClearing broker-level throttles on brokers 1,2,3\nClearing topic-level throttles on topic ${TOPIC}\n`,
    'as Kafka\'s tool, a completed --verify clears any throttles',
  );
  const listed = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--list']);
  t.equal(listed.stdout, 'No partition reassignments found.\n');
  await writeFile(plan, JSON.stringify({ version: 1, partitions: [{ topic: TOPIC, partition: 0, replicas: [3, 3] }] }));
  const twice = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--execute']);
  t.not(twice.code, 0);
  t.match(twice.stderr, /move-0: replicas 3,3 name a broker twice/, 'a broker named twice is refused by name');
  await writeFile(plan, JSON.stringify({ version: 1, partitions: [{ topic: TOPIC, partition: 0, replicas: 'x' }] }));
  const malformed = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--execute']);
  t.match(malformed.stderr, /partitions\.0\.replicas/, 'a malformed file names the field');
  const cancelled = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan.replace('plan', 'none'), '--cancel']);
  t.match(cancelled.stderr, /cannot read/, 'a missing file is named');

  // Partition 2 came back as [1, 3] with broker 3 still leading, so broker 1 is its preferred
  // replica: kafka-python elects it (after kafkajs's last send, which a leader change would race).
  t.equal(back[2]!.leader, 3);
  const [, elected2] = await pythonElect('preferred', { [TOPIC]: [2] });
  t.same(elected2, { [`${TOPIC}-2`]: [0, null] }, 'kafka-python: the preferred election of partition 2 succeeds');
  for (const node of cluster.nodes) {
    await waitFor(`node ${node.id} to see broker 1 lead partition 2`, async () => ((await partitions(cluster, node.id))[2]?.leader === 1 ? true : undefined));
  }
  t.pass('broker 1 leads partition 2 on every node (kcat)');

  const read = await kcatConsume(cluster.bootstrap(), TOPIC, { count: written.length + 10, timeoutMs: 30_000 });
  const values = read.map((r) => r.value!.toString());
  t.equal(values.length, written.length, 'as many records as were written');
  t.same([...values].sort(), [...written].sort(), 'every record written before, during and after, once');

  await waitFor('full ISRs', async () => {
    const ps = await partitions(cluster);
    return ps.every((p) => p.isrs.length === p.replicas.length) ? ps : undefined;
  });
  await new Promise((r) => setTimeout(r, 1000));
  const finalReplicas = (await partitions(cluster)).map((p) => ids(p.replicas));
  for (const node of cluster.nodes) await node.process!.stop();
  await t.rejects(access(path.join(cluster.node(1).process!.dataDir, 'logs', `${TOPIC}-1`)), 'broker 1 deleted its copy of partition 1');
  for (const [partition, replicas] of finalReplicas.entries()) {
    const copies = await Promise.all(replicas.map((r) => replicaLogBytes(cluster.node(r).process!.dataDir, TOPIC, partition)));
    t.ok(copies.every((c) => c.length > 0 && c.equals(copies[0]!)), `partition ${partition}: replicas ${replicas.join(',')} are byte-identical`);
  }
});
