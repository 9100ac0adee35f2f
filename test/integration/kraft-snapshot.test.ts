// A voter that was down while the others snapshotted their metadata and truncated the log behind
// the snapshot catches up by installing the leader's snapshot (FetchSnapshot), then the log after it.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import t from 'tap';
import { startCluster, waitFor, type ClusterNode } from '../helpers/cluster.js';
import { kcatMetadata, platformaticCreateTopics } from '../helpers/clients.js';

const snapshotsOf = async (node: ClusterNode): Promise<string[]> =>
  (await readdir(path.join(node.process!.dataDir, 'logs', '__cluster_metadata-0'))).filter((f) => f.endsWith('.checkpoint')).sort();

const topicsOn = async (node: ClusterNode): Promise<string[]> =>
  ((await kcatMetadata(node.bootstrap)) as { topics: Array<{ topic: string }> }).topics.map((x) => x.topic).filter((n) => !n.startsWith('__')).sort();

t.test('a node that fell behind the log start catches up from a snapshot', async (t) => {
  const cluster = await startCluster(t, { voters: 3, overrides: { 'metadata.log.max.record.bytes.between.snapshots': '2048' } });
  const lagging = cluster.node(3);
  await lagging.kill();

  const names = Array.from({ length: 30 }, (_, i) => `snap-${String(i).padStart(2, '0')}`);
  for (let i = 0; i < names.length; i += 5) await platformaticCreateTopics(cluster.node(1).bootstrap, names.slice(i, i + 5), 2, 1);
  const taken = await waitFor('a snapshot on the running voters', async () => {
    const s = await snapshotsOf(cluster.node(1));
    return s.length > 0 ? s : undefined;
  });
  t.ok(taken.length > 0, `node 1 took snapshots: ${taken.join(', ')}`);

  await lagging.restart();
  const seen = await waitFor('the lagging node to show every topic', async () => {
    const topics = await topicsOn(lagging);
    return names.every((n) => topics.includes(n)) ? topics : undefined;
  }, 30_000);
  t.same(seen, names, 'every topic created while it was down');
  t.match(lagging.process!.logs(), /installed a snapshot from the leader/, 'it installed the leader\'s snapshot rather than replaying from offset 0');
  t.ok((await snapshotsOf(lagging)).length > 0, 'the snapshot is stored in its metadata log directory');
});
