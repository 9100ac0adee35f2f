// Three controller-only nodes (process.roles=controller) and two broker-only nodes: the brokers
// register with the active controller and serve clients; losing the active controller does not
// stop them, and the controllers elect another that commits new topics.
import t from 'tap';
import { describeQuorum, quorumMemberIds, startCluster, waitFor } from '../helpers/cluster.js';
import { kafkajsProduce, kcatConsume, kcatMetadata, platformaticCreateTopics, runRunnel } from '../helpers/clients.js';

const topicsOn = async (bootstrap: string): Promise<{ brokers: number[]; topics: string[] }> => {
  const m = (await kcatMetadata(bootstrap)) as { brokers: Array<{ id: number }>; topics: Array<{ topic: string }> };
  return { brokers: m.brokers.map((b) => b.id).sort(), topics: m.topics.map((x) => x.topic).filter((n) => !n.startsWith('__')).sort() };
};

t.test('dedicated controllers and brokers', async (t) => {
  const cluster = await startCluster(t, { voters: 3, brokers: 2, dedicatedControllers: true });
  const [b4, b5] = [cluster.node(4), cluster.node(5)];
  t.same((await topicsOn(b4.bootstrap)).brokers, [4, 5], 'only the broker nodes are brokers');

  await platformaticCreateTopics(b5.bootstrap, ['split'], 2, 2);
  const records = Array.from({ length: 10 }, (_, i) => ({ value: `r${i}` }));
  t.ok((await kafkajsProduce(b4.bootstrap, 'split', records)).every((r) => r.error === null), 'kafkajs produces through the brokers');
  const read = await kcatConsume(b5.bootstrap, 'split', { count: 10, timeoutMs: 20_000 });
  t.same(read.map((r) => r.value!.toString()).sort(), records.map((r) => r.value).sort(), 'kcat reads them back');

  const status = await runRunnel(['metadata-quorum', '--bootstrap-controller', `127.0.0.1:${cluster.node(2).controllerPort}`, 'describe', '--status']);
  t.equal(status.code, 0, status.stderr);
  t.same(quorumMemberIds(status.stdout, 'CurrentVoters'), [1, 2, 3]);
  t.same(quorumMemberIds(status.stdout, 'CurrentObservers'), [4, 5], 'the brokers fetch metadata as observers');

  const leader = (await describeQuorum(b4.port)).topics[0]!.partitions[0]!.leaderId;
  await cluster.node(leader).kill();
  await waitFor('another active controller', async () => {
    const p = (await describeQuorum(b4.port)).topics[0]?.partitions[0];
    return p && p.errorCode === 0 && p.leaderId > 0 && p.leaderId !== leader ? p : undefined;
  });
  await platformaticCreateTopics(b4.bootstrap, ['after-controller-loss'], 1, 1);
  for (const b of [b4, b5]) {
    const seen = await waitFor(`broker ${b.id} to see the new topic`, async () => {
      const m = await topicsOn(b.bootstrap);
      return m.topics.includes('after-controller-loss') ? m : undefined;
    });
    t.same(seen, { brokers: [4, 5], topics: ['after-controller-loss', 'split'] }, `broker ${b.id} kept serving and has every topic`);
  }
});
