// Reassignment throttles with real clients. `runnel reassign-partitions --execute --throttle`
// sets Kafka's throttle configs (the rates on every broker of the move, the throttled replicas on
// the topic); the new replica then catches up at about the throttled rate instead of at once, the
// configs read back through kafkajs and confluent-kafka, and --verify clears them once the move is
// done. Every record reaches the new replica, byte for byte. Bad throttle values are refused by name.
import t from 'tap';
import kafkajs from 'kafkajs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { replicaLogBytes, startCluster, waitFor } from '../helpers/cluster.js';
import { kcatProduce, pythonAdmin, runRunnel } from '../helpers/clients.js';

const { Kafka, logLevel, ConfigResourceTypes } = kafkajs;
const TOPIC = 'slow';
const RATE = 300_000;
const RECORDS = 3000;
const VALUE_BYTES = 1000;


t.test('a throttled reassignment catches up at the throttled rate and clears its throttle', async (t) => {
  // Two one-second quota samples, so the first burst is about one second's worth, not ten.
  const cluster = await startCluster(t, {
    voters: 3,
    overrides: { 'replication.quota.window.num': '2', 'replication.quota.window.size.seconds': '1', 'replica.fetch.wait.max.ms': '200', 'auto.leader.rebalance.enable': 'false' },
  });
  const bootstrap = cluster.node(1).bootstrap;
  const admin = new Kafka({ clientId: 'throttle', brokers: [bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  await admin.createTopics({ topics: [{ topic: TOPIC, replicaAssignment: [{ partition: 0, replicas: [1, 2] }] }] });
  const value = 'v'.repeat(VALUE_BYTES);
  await kcatProduce(bootstrap, TOPIC, Array.from({ length: RECORDS }, (_, i) => ({ key: `k${i}`, value, partition: 0 })), { acks: 'all', timeoutMs: 60_000 });

  const dir = await mkdtemp(path.join(os.tmpdir(), 'runnel-throttle-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const plan = path.join(dir, 'plan.json');
  await writeFile(plan, JSON.stringify({ version: 1, partitions: [{ topic: TOPIC, partition: 0, replicas: [1, 2, 3] }] }));

  const bad = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--execute', '--throttle', 'fast']);
  t.not(bad.code, 0);
  t.match(bad.stderr, /--throttle must be a positive number of bytes per second, not 'fast'/, 'a bad throttle is refused by name');
  const misplaced = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--verify', '--throttle', '1000']);
  t.match(misplaced.stderr, /--throttle goes with --execute/);
  const kafkajsRefusal = await admin
    .alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: TOPIC, configEntries: [{ name: 'leader.replication.throttled.replicas', value: '0-1' }] }] })
    .then(
      () => null,
      (err: { type?: string }) => err.type,
    );
  t.equal(kafkajsRefusal, 'INVALID_CONFIG', 'kafkajs: a malformed throttled-replica list is INVALID_CONFIG');
  const refused = await pythonAdmin('confluent', bootstrap, 'alter_configs', { resource_type: 'topic', name: TOPIC, configs: { 'follower.replication.throttled.replicas': 'all' } }).then(
    () => '',
    (err: Error) => err.message,
  );
  t.match(refused, /Invalid value all for configuration follower\.replication\.throttled\.replicas: .*partitionId:brokerId/, 'confluent-kafka: the broker names the key and the expected form');

  const started = Date.now();
  const executed = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--execute', '--throttle', String(RATE)]);
  t.equal(executed.code, 0, executed.stderr);
  t.match(executed.stdout, `The inter-broker throttle limit was set to ${RATE} B/s`);

  // Unthrottled, the 3 MB copy is done within three seconds of --execute; throttled it takes about seven.
  await new Promise((r) => setTimeout(r, Math.max(0, started + 3000 - Date.now())));
  const listed = await admin.listPartitionReassignments({ topics: [{ topic: TOPIC, partitions: [0] }] });
  t.same(listed.topics[0]?.partitions[0]?.addingReplicas, [3], 'three seconds in, broker 3 is still catching up');
  const midway = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--verify']);
  t.equal(midway.code, 1);
  t.match(midway.stdout, `Reassignment of partition ${TOPIC}-0 is still in progress.`);
  t.notMatch(midway.stdout, /Clearing/, 'throttles stay while the move is under way');

  // The throttle as two clients read it back.
  // kafkajs may ask any broker, which applies the committed change a moment after the controller.
  const throttledReplicas = async () => {
    const described = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: TOPIC, configNames: ['leader.replication.throttled.replicas', 'follower.replication.throttled.replicas'] }] });
    return described.resources[0]!.configEntries;
  };
  const expected = { 'leader.replication.throttled.replicas': '0:1,0:2', 'follower.replication.throttled.replicas': '0:3' };
  const set = await waitFor('every broker to show the throttled replicas', async () => {
    const entries = Object.fromEntries((await throttledReplicas()).map((e) => [e.configName, e.configValue]));
    return Object.entries(expected).every(([k, v]) => entries[k] === v) ? entries : undefined;
  }, 10_000).catch(async () => Object.fromEntries((await throttledReplicas()).map((e) => [e.configName, e.configValue])));
  t.same(set, expected, 'kafkajs: the current replicas lead throttled, the new one follows throttled');
  const broker3 = async () => (await pythonAdmin('confluent', bootstrap, 'describe_configs', { resource_type: 'broker', name: '3' })) as Record<string, { value: string; source: string }>;
  const brokerConfigs = await waitFor('broker 3 to show its rate', async () => {
    const c = await broker3();
    return c['follower.replication.throttled.rate']?.value === String(RATE) ? c : undefined;
  }, 10_000).catch(broker3);
  t.equal(brokerConfigs['follower.replication.throttled.rate']?.value, String(RATE), 'confluent-kafka: broker 3 has the follower rate');
  t.equal(brokerConfigs['follower.replication.throttled.rate']?.source, 'DYNAMIC_BROKER_CONFIG');

  const verified = await waitFor('the throttled move to complete', async () => {
    const r = await runRunnel(['reassign-partitions', '--bootstrap-server', bootstrap, '--reassignment-json-file', plan, '--verify']);
    return r.code === 0 ? r : undefined;
  }, 60_000);
  const seconds = (Date.now() - started) / 1000;
  t.comment(`${RECORDS} records of ${VALUE_BYTES} bytes reached broker 3 in ${seconds.toFixed(1)} s at a ${RATE} B/s throttle`);
  t.match(verified.stdout, `Reassignment of partition ${TOPIC}-0 is completed.\n\nClearing broker-level throttles on brokers 1,2,3\nClearing topic-level throttles on topic ${TOPIC}\n`);
  const isDefault = (entries: Awaited<ReturnType<typeof throttledReplicas>>): boolean => entries.every((e) => e.configValue === '' && e.isDefault);
  const cleared = await waitFor('every broker to show the throttles cleared', async () => {
    const entries = await throttledReplicas();
    return isDefault(entries) ? entries : undefined;
  }, 10_000).catch(() => throttledReplicas());
  t.ok(isDefault(cleared), 'kafkajs: the throttled-replica lists are back to their defaults');
  const brokerAfter = await waitFor('broker 3 to show its rate cleared', async () => {
    const c = await broker3();
    return c['follower.replication.throttled.rate']?.source === 'DEFAULT_CONFIG' ? c : undefined;
  }, 10_000).catch(broker3);
  t.equal(brokerAfter['follower.replication.throttled.rate']?.source, 'DEFAULT_CONFIG', 'confluent-kafka: the rate is back to its default');

  // The new replica holds every record, byte for byte.
  await new Promise((r) => setTimeout(r, 1000));
  for (const node of cluster.nodes) await node.process!.stop();
  const [one, three] = await Promise.all([1, 3].map((n) => replicaLogBytes(cluster.node(n).process!.dataDir, TOPIC, 0)));
  t.ok(one.length > RECORDS * VALUE_BYTES && three.equals(one), 'broker 3\'s copy is byte-identical to the leader\'s');
});
