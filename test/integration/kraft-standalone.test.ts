// A KIP-853 quorum formatted with `runnel storage format --standalone`: no controller.quorum.voters,
// the voter comes from the bootstrap checkpoint. The node elects itself, serves kafkajs and kcat,
// describes itself with its directory id, and after snapshots have replaced the bootstrap
// checkpoint it restarts with the same voter and the same metadata. A controller formatted without
// voters of any kind refuses to start and says why.
import t from 'tap';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readMetaProperties, randomUuid } from '../../src/config/metaProperties.js';
import { freePort, launchBroker, type BrokerProcess } from '../helpers/broker.js';
import { kafkajsProduce, kcatConsume, kcatMetadata, platformaticCreateTopics, runRunnel } from '../helpers/clients.js';

const CHECKPOINT_ZERO = '00000000000000000000-0000000000.checkpoint';

t.test('a --standalone controller runs on the voter its checkpoint names and keeps it across snapshots and restarts', async (t) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'runnel-standalone-'));
  const port = await freePort();
  const controllerPort = await freePort();
  const clusterId = randomUuid();
  const overrides = {
    'controller.quorum.voters': '',
    'controller.quorum.bootstrap.servers': `127.0.0.1:${controllerPort}`,
    // Small enough that creating topics takes snapshots and truncates the bootstrap checkpoint away.
    'metadata.log.max.record.bytes.between.snapshots': '2048',
  };
  let node: BrokerProcess = await launchBroker(port, controllerPort, dataDir, overrides, clusterId, ['--standalone']);
  t.teardown(async () => {
    await node.kill();
    await rm(dataDir, { recursive: true, force: true });
  });
  const metadataPartition = path.join(dataDir, 'logs', '__cluster_metadata-0');
  const directoryId = readMetaProperties(path.join(dataDir, 'logs'))?.directoryId;
  t.ok(directoryId, 'the metadata directory has a directory id');

  const status = await runRunnel(['metadata-quorum', '--bootstrap-server', node.bootstrap, 'describe', '--status']);
  t.equal(status.code, 0, status.stderr);
  t.match(status.stdout, new RegExp(`^ClusterId:\\s+${clusterId}$`, 'm'));
  t.match(status.stdout, /^LeaderId:\s+1$/m, 'the only voter leads');
  t.match(status.stdout, new RegExp(`^CurrentVoters:\\s+\\[\\{"id": 1, "directoryId": "${directoryId}", "endpoints": \\["CONTROLLER://127\\.0\\.0\\.1:${controllerPort}"\\]\\}\\]$`, 'm'));

  const topics = Array.from({ length: 12 }, (_, i) => `standalone-${i}`);
  await platformaticCreateTopics(node.bootstrap, topics, 3);
  const records = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));
  const reports = await kafkajsProduce(node.bootstrap, 'standalone-0', records);
  t.ok(reports.every((r) => r.error === null), 'kafkajs produces');
  const names = await readdir(metadataPartition);
  t.notOk(names.includes(CHECKPOINT_ZERO), `a snapshot replaced the bootstrap checkpoint (${names.join(', ')})`);
  t.ok(names.some((n) => n.endsWith('.checkpoint')), 'a later snapshot exists');

  node = await node.restart();
  const after = (await kcatMetadata(node.bootstrap)) as { topics: Array<{ topic: string }> };
  t.same(after.topics.map((x) => x.topic).filter((x) => x.startsWith('standalone-')).sort(), [...topics].sort(), 'every topic survives the restart');
  const consumed = await kcatConsume(node.bootstrap, 'standalone-0', { count: 30, timeoutMs: 20_000 });
  t.same(consumed.map((r) => r.value!.toString()).sort(), records.map((r) => r.value).sort(), 'kcat reads every record back');
  const again = await runRunnel(['metadata-quorum', '--bootstrap-controller', `127.0.0.1:${controllerPort}`, 'describe', '--status']);
  t.equal(again.code, 0, again.stderr);
  t.match(again.stdout, new RegExp(`^CurrentVoters:\\s+\\[\\{"id": 1, "directoryId": "${directoryId}"`, 'm'), 'the voter read back from the snapshot');
});

t.test('a controller whose storage names no voters and no controller.quorum.voters stops with the reason', async (t) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'runnel-novoters-'));
  t.teardown(() => rm(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const controllerPort = await freePort();
  // Formatted as a static single voter, then started with the voters removed.
  const first = await launchBroker(port, controllerPort, dataDir, {}, randomUuid());
  await first.stop();
  await t.rejects(
    launchBroker(port, controllerPort, dataDir, { 'controller.quorum.voters': '', 'controller.quorum.bootstrap.servers': `127.0.0.1:${controllerPort}`, 'runnel.auto.format': 'false' }),
    /controller\.quorum\.voters is empty and .* names no voters: set controller\.quorum\.voters, or format a controller with runnel storage format --standalone or --initial-controllers/,
  );
});
