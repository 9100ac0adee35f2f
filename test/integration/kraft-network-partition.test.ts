// The active controller cut off from the other two voters by TCP proxies between every pair of
// nodes: on its side nothing can commit (a CreateTopics sent straight to it fails), the majority
// elects a new leader and commits; once healed the old leader has the majority's metadata and not
// its own uncommitted attempt.
import t from 'tap';
import { CreateTopics } from '../../src/client/clientApis.js';
import { KafkaConnection } from '../../src/client/kafkaConnection.js';
import { describeQuorum, startCluster, waitFor } from '../helpers/cluster.js';
import { kcatMetadata, platformaticCreateTopics } from '../helpers/clients.js';

const topicsOn = async (bootstrap: string): Promise<string[]> =>
  ((await kcatMetadata(bootstrap)) as { topics: Array<{ topic: string }> }).topics.map((x) => x.topic).filter((n) => !n.startsWith('__')).sort();

t.test('a partitioned leader cannot commit; the majority elects and commits; healing converges', async (t) => {
  const cluster = await startCluster(t, { voters: 3, proxied: true });
  await platformaticCreateTopics(cluster.node(1).bootstrap, ['before'], 1, 1);
  const first = (await describeQuorum(cluster.node(1).port)).topics[0]!.partitions[0]!;
  const old = cluster.node(first.leaderId);
  const majority = cluster.nodes.filter((n) => n !== old);

  cluster.isolate(old.id);
  // Straight to its controller listener: it may still think it leads, but no majority can commit.
  const conn = await KafkaConnection.open({ host: '127.0.0.1', port: old.controllerPort, clientId: 'partition-test', requestTimeoutMs: 15_000, connectTimeoutMs: 2_000 });
  t.teardown(() => conn.close());
  const attempt = await conn
    .send(CreateTopics, { topics: [{ name: 'minority-attempt', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 10_000, validateOnly: false })
    .then((r) => r.topics[0]!.errorCode, (err: Error) => err.message);
  t.not(attempt, 0, `the isolated node could not commit a topic (${String(attempt)})`);

  const second = await waitFor('the majority to elect a new leader', async () => {
    const p = (await describeQuorum(majority[0]!.port)).topics[0]?.partitions[0];
    return p && p.errorCode === 0 && p.leaderId > 0 && p.leaderId !== old.id ? p : undefined;
  });
  t.ok(second.leaderEpoch > first.leaderEpoch, `node ${second.leaderId} leads epoch ${second.leaderEpoch}`);
  await platformaticCreateTopics(majority[1]!.bootstrap, ['majority-topic'], 1, 1);
  for (const node of majority) {
    const seen = await waitFor(`node ${node.id} to replay the commit`, async () => {
      const topics = await topicsOn(node.bootstrap);
      return topics.includes('majority-topic') ? topics : undefined;
    });
    t.same(seen, ['before', 'majority-topic'], `node ${node.id} has the majority's commit`);
  }

  cluster.heal();
  const healed = await waitFor('the old leader to converge', async () => {
    const topics = await topicsOn(old.bootstrap);
    return topics.includes('majority-topic') ? topics : undefined;
  }, 30_000);
  t.same(healed, ['before', 'majority-topic'], 'the old leader has the majority\'s topic and not its own uncommitted attempt');
  for (const node of majority) t.notOk((await topicsOn(node.bootstrap)).includes('minority-attempt'), `node ${node.id} never saw the minority's attempt`);
});
