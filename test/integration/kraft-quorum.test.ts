// A KRaft cluster of real processes: three combined voters and one broker-only observer. A leader
// is elected, every broker registers, topics created through any broker (forwarded to the active
// controller) appear on all of them for kcat and kafkajs, records flow through the partition
// leaders, and `runnel metadata-quorum` prints what DescribeQuorum says.
import t from 'tap';
import kafkajs from 'kafkajs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUuid } from '../../src/config/metaProperties.js';
import { freePort, launchBroker } from '../helpers/broker.js';
import { describeQuorum, quorumMemberIds, startCluster, waitFor } from '../helpers/cluster.js';
import { kafkajsProduce, kcatConsume, kcatMetadata, platformaticCreateTopics, runRunnel } from '../helpers/clients.js';

const { Kafka, logLevel } = kafkajs;

interface KcatMetadata {
  brokers: Array<{ id: number }>;
  topics: Array<{ topic: string; partitions: Array<{ partition: number; leader: number; replicas: Array<{ id: number }> }> }>;
}

const leadersOf = (m: KcatMetadata, topic: string): number[] | undefined =>
  m.topics.find((x) => x.topic === topic)?.partitions.sort((a, b) => a.partition - b.partition).map((p) => p.leader);

t.test('three voters and an observer: one leader, shared metadata, forwarded admin, metadata-quorum', async (t) => {
  const cluster = await startCluster(t, { voters: 3, brokers: 1 });
  const observer = cluster.node(4);

  const quorum = await describeQuorum(observer.port);
  const p = quorum.topics[0]!.partitions[0]!;
  t.equal(p.errorCode, 0, 'the broker-only node relays DescribeQuorum to the leader');
  t.ok([1, 2, 3].includes(p.leaderId), `leader ${p.leaderId} is a voter`);
  t.ok(p.leaderEpoch > 0, 'an epoch was won');
  t.same(p.currentVoters.map((v) => v.replicaId).sort(), [1, 2, 3]);
  t.ok(p.observers.some((o) => o.replicaId === 4), 'the broker-only node fetches as an observer');
  t.ok(p.highWatermark > 0n, 'metadata is committed');

  // A node serves once its own image shows it unfenced; node 1 may apply another's unfencing a moment later.
  const brokers = await waitFor('node 1 to list every broker', async () => {
    const m = (await kcatMetadata(cluster.node(1).bootstrap)) as KcatMetadata;
    return m.brokers.length === 4 ? m : undefined;
  }, 10_000);
  t.same(brokers.brokers.map((b) => b.id).sort(), [1, 2, 3, 4], 'every node registered and was unfenced');

  // Through the observer (a broker-only node forwards to the active controller) and a voter.
  await platformaticCreateTopics(observer.bootstrap, ['spread'], 4, 2);
  const admin = new Kafka({ clientId: 'kraft-quorum', brokers: [cluster.node(2).bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  t.equal(await admin.createTopics({ topics: [{ topic: 'events', numPartitions: 2, replicationFactor: 1 }], waitForLeaders: true }), true, 'kafkajs creates through a voter');
  const refused = await admin.createTopics({ topics: [{ topic: 'too-wide', numPartitions: 1, replicationFactor: 5 }] }).then(
    () => null,
    (err: { errors?: Array<{ type?: string }> }) => err.errors?.[0]?.type,
  );
  t.equal(refused, 'INVALID_REPLICATION_FACTOR', 'a replication factor above the live brokers is refused, through forwarding');

  const reference = await waitFor('the topics on node 1', async () => {
    const m = (await kcatMetadata(cluster.node(1).bootstrap)) as KcatMetadata;
    return leadersOf(m, 'spread') && leadersOf(m, 'events') ? m : undefined;
  });
  t.equal(leadersOf(reference, 'spread')!.length, 4);
  t.ok(leadersOf(reference, 'spread')!.every((l) => l >= 1 && l <= 4), 'every partition has a live leader');
  t.ok(reference.topics.find((x) => x.topic === 'spread')!.partitions.every((x) => x.replicas.length === 2), 'two replicas each');
  t.ok(new Set(leadersOf(reference, 'spread')).size > 1, 'leadership is spread across brokers');
  for (const node of cluster.nodes) {
    const m = await waitFor(`the same topics on node ${node.id}`, async () => {
      const seen = (await kcatMetadata(node.bootstrap)) as KcatMetadata;
      return leadersOf(seen, 'events') ? seen : undefined;
    });
    t.same(leadersOf(m, 'spread'), leadersOf(reference, 'spread'), `node ${node.id} (kcat) sees the same leaders`);
  }
  const described = await admin.fetchTopicMetadata({ topics: ['spread'] });
  t.same(
    described.topics[0]!.partitions.sort((a, b) => a.partitionId - b.partitionId).map((x) => x.leader),
    leadersOf(reference, 'spread'),
    'kafkajs sees the same leaders',
  );

  const records = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));
  const reports = await kafkajsProduce(cluster.node(3).bootstrap, 'events', records);
  t.ok(reports.every((r) => r.error === null), 'kafkajs produces to each partition leader');
  const consumed = await kcatConsume(cluster.bootstrap(), 'events', { count: 20, timeoutMs: 20_000 });
  t.same(consumed.map((r) => r.value!.toString()).sort(), records.map((r) => r.value).sort(), 'kcat reads every record back from the leaders');

  const now = (await describeQuorum(observer.port)).topics[0]!.partitions[0]!;
  const status = await runRunnel(['metadata-quorum', '--bootstrap-server', observer.bootstrap, 'describe', '--status']);
  t.equal(status.code, 0, status.stderr);
  t.match(status.stdout, new RegExp(`^ClusterId:\\s+${cluster.clusterId}$`, 'm'));
  t.match(status.stdout, new RegExp(`^LeaderId:\\s+${now.leaderId}$`, 'm'));
  t.match(status.stdout, new RegExp(`^LeaderEpoch:\\s+${now.leaderEpoch}$`, 'm'));
  t.match(status.stdout, /^HighWatermark:\s+\d+$/m);
  t.same(quorumMemberIds(status.stdout, 'CurrentVoters'), [1, 2, 3]);
  t.match(status.stdout, new RegExp(`"id": 1, "endpoints": \\["CONTROLLER://127\\.0\\.0\\.1:${cluster.node(1).controllerPort}"\\]`), 'voters with their controller endpoints');
  t.same(quorumMemberIds(status.stdout, 'CurrentObservers'), [4]);
  const replication = await runRunnel(['metadata-quorum', '--bootstrap-controller', `127.0.0.1:${cluster.node(1).controllerPort}`, 'describe', '--replication']);
  t.equal(replication.code, 0, replication.stderr);
  const lines = replication.stdout.trim().split('\n');
  t.match(lines[0], /^NodeId\s+DirectoryId\s+LogEndOffset\s+Lag\s+LastFetchTimestamp\s+LastCaughtUpTimestamp\s+Status\s*$/);
  t.match(lines[1], new RegExp(`^${now.leaderId}\\s+AAAAAAAAAAAAAAAAAAAAAA\\s+\\d+\\s+0\\s+\\d+\\s+\\d+\\s+Leader\\s*$`), 'a static voter has no directory id');
  t.same(lines.slice(1).map((l) => l.trim().split(/\s+/).at(-1)).sort(), ['Follower', 'Follower', 'Leader', 'Observer']);
  const bad = await runRunnel(['metadata-quorum', '--bootstrap-server', observer.bootstrap, 'describe']);
  t.equal(bad.code, 1);
  t.match(bad.stderr, /One of --status or --replication must be specified with describe sub-command/);

  // A node formatted for another cluster is refused by the quorum and stops with the reason.
  const stranger = cluster.node(4);
  const strangerDir = await mkdtemp(path.join(os.tmpdir(), 'runnel-stranger-'));
  t.teardown(() => rm(strangerDir, { recursive: true, force: true }));
  const voters = `1@127.0.0.1:${cluster.node(1).controllerPort},2@127.0.0.1:${cluster.node(2).controllerPort},3@127.0.0.1:${cluster.node(3).controllerPort}`;
  await t.rejects(
    launchBroker(await freePort(), stranger.controllerPort, strangerDir, { 'node.id': '5', 'process.roles': 'broker', listeners: 'PLAINTEXT://127.0.0.1:0', 'controller.quorum.voters': voters }, randomUuid()),
    /refused this node with INCONSISTENT_CLUSTER_ID: its storage was formatted for another cluster/,
    'a node of another cluster stops with the reason',
  );
});
