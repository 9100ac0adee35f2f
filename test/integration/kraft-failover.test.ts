// Losing nodes of a three-voter KRaft cluster of real processes. kill -9 of the active controller:
// the others elect a new leader within about twice the election timeout and keep every committed
// topic; the old leader rejoins and catches up. A broker that stops heartbeating is fenced and its
// partitions move to live replicas of their ISR; it is unfenced when it returns.
import t from 'tap';
import kafkajs from 'kafkajs';
import { FAST_QUORUM, describeQuorum, startCluster, waitFor, type ClusterNode } from '../helpers/cluster.js';
import { kcatMetadata, platformaticCreateTopics } from '../helpers/clients.js';

const { Kafka, logLevel } = kafkajs;

interface KcatMetadata {
  brokers: Array<{ id: number }>;
  topics: Array<{ topic: string; partitions: Array<{ partition: number; leader: number; isrs: Array<{ id: number }> }> }>;
}

const metadata = async (node: ClusterNode): Promise<KcatMetadata> => (await kcatMetadata(node.bootstrap)) as KcatMetadata;
const topicNames = (m: KcatMetadata): string[] => m.topics.map((x) => x.topic).filter((n) => !n.startsWith('__')).sort();

async function quorumLeader(node: ClusterNode): Promise<{ leaderId: number; epoch: number; hw: bigint; ends: Map<number, bigint> } | undefined> {
  const p = (await describeQuorum(node.port)).topics[0]?.partitions[0];
  if (!p || p.errorCode !== 0 || p.leaderId < 0) return undefined;
  return { leaderId: p.leaderId, epoch: p.leaderEpoch, hw: p.highWatermark, ends: new Map(p.currentVoters.map((v) => [v.replicaId, v.logEndOffset])) };
}

t.test('kill -9 of the active controller: a new leader, nothing committed lost, the old one catches up', async (t) => {
  const cluster = await startCluster(t, { voters: 3 });
  const admin = new Kafka({ clientId: 'kraft-failover', brokers: cluster.nodes.map((n) => n.bootstrap), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const before = ['orders', 'payments', 'shipments', 'refunds'];
  await admin.createTopics({ topics: before.map((topic) => ({ topic, numPartitions: 2, replicationFactor: 1 })) });
  await admin.disconnect();

  const first = (await waitFor('a leader', () => quorumLeader(cluster.node(1))))!;
  const old = cluster.node(first.leaderId);
  const survivors = cluster.nodes.filter((n) => n !== old);
  await old.kill();
  const killedAt = Date.now();
  const second = await waitFor('a new leader', async () => {
    const l = await quorumLeader(survivors[0]!);
    return l && l.leaderId !== old.id ? l : undefined;
  });
  const failoverMs = Date.now() - killedAt;
  const electionTimeoutMs = Number(FAST_QUORUM['controller.quorum.election.timeout.ms']);
  const fetchTimeoutMs = Number(FAST_QUORUM['controller.quorum.fetch.timeout.ms']);
  t.comment(`new leader ${second.leaderId} (epoch ${second.epoch}) ${failoverMs} ms after kill -9 (fetch timeout ${fetchTimeoutMs} ms, election timeout ${electionTimeoutMs} ms)`);
  t.ok(second.epoch > first.epoch, 'in a later epoch');
  // Followers notice after the fetch timeout and a candidate wins within its randomized election
  // timeout (up to 2x); the slack covers one split vote and a loaded CI machine.
  t.ok(failoverMs < fetchTimeoutMs + 2 * electionTimeoutMs + 2500, `failover took ${failoverMs} ms`);

  // A survivor may hold the records uncommitted until the new leader commits in its own epoch.
  for (const node of survivors) {
    const seen = await waitFor(`node ${node.id} to apply the new leader's high watermark`, async () => {
      const names = topicNames(await metadata(node));
      return names.length >= before.length ? names : undefined;
    }, 10_000);
    t.same(seen, [...before].sort(), `node ${node.id} still has every committed topic`);
  }

  await platformaticCreateTopics(survivors[1]!.bootstrap, ['after-failover'], 1, 1);
  await old.restart();
  const caughtUp = await waitFor('the old leader to catch up', async () => {
    const seen = topicNames(await metadata(old));
    return seen.includes('after-failover') ? seen : undefined;
  });
  t.same(caughtUp, [...before, 'after-failover'].sort(), 'the restarted node has what the others committed while it was down');
  const rejoined = await waitFor('the old leader to follow with a full log', async () => {
    const l = await quorumLeader(old);
    return l && l.leaderId !== old.id && l.ends.get(old.id) === l.ends.get(l.leaderId) ? l : undefined;
  });
  t.not(rejoined.leaderId, old.id, 'it follows the new leader');
});

t.test('a broker that stops heartbeating is fenced and its partitions move; it is unfenced when back', async (t) => {
  const cluster = await startCluster(t, { voters: 3 });
  await platformaticCreateTopics(cluster.node(1).bootstrap, ['spread'], 6, 3);
  const leader = (await waitFor('a leader', () => quorumLeader(cluster.node(1))))!;
  // Not the quorum leader, so only the broker side is lost.
  const victim = cluster.nodes.find((n) => n.id !== leader.leaderId)!;
  const witness = cluster.nodes.find((n) => n.id !== victim.id)!;
  const initial = await waitFor('leaders for spread', async () => {
    const m = await metadata(witness);
    const parts = m.topics.find((x) => x.topic === 'spread')?.partitions;
    return parts?.length === 6 && parts.every((p) => p.leader > 0) ? parts : undefined;
  });
  t.ok(initial.some((p) => p.leader === victim.id), `broker ${victim.id} leads some partitions before it dies`);

  await victim.kill();
  const killedAt = Date.now();
  const after = await waitFor('the broker to be fenced and its partitions to move', async () => {
    const m = await metadata(witness);
    const parts = m.topics.find((x) => x.topic === 'spread')?.partitions;
    if (m.brokers.some((b) => b.id === victim.id) || !parts) return undefined;
    return parts.every((p) => p.leader !== victim.id && p.leader > 0) ? parts : undefined;
  });
  t.comment(`fenced and re-led ${Date.now() - killedAt} ms after kill -9 (broker.session.timeout.ms ${FAST_QUORUM['broker.session.timeout.ms']})`);
  t.ok(Date.now() - killedAt >= Number(FAST_QUORUM['broker.session.timeout.ms']) - 500, 'not before the session timeout');
  t.ok(after.every((p) => !p.isrs.some((r) => r.id === victim.id)), 'the fenced broker left every ISR');

  await victim.restart();
  await waitFor('the broker to be unfenced', async () => ((await metadata(witness)).brokers.some((b) => b.id === victim.id) ? true : undefined));
  t.pass(`broker ${victim.id} is back in the cluster`);
});
