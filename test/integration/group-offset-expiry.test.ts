// Committed offsets expire: a commit with an explicit retention (OffsetCommit v2-4) is removed by
// the coordinator's expiry pass with tombstones, the group left with no offsets is deleted, and
// both stay gone after a restart because the tombstones were written to __consumer_offsets.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { createTopics, RawKafkaClient } from '../helpers/rawKafka.js';
import { commitRequest, findGroupCoordinator, ListGroupsApi, OffsetCommitApi, OffsetFetchApi } from '../helpers/rawGroups.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';

const TOPIC = 'expiring';

async function committedOffsets(client: RawKafkaClient, groupId: string): Promise<Array<[number, bigint]>> {
  for (let i = 0; ; i++) {
    const res = await client.request(OffsetFetchApi, 7, { groupId, topics: null, groups: [], requireStable: false });
    if (res.errorCode === ErrorCode.NONE || i > 50) return res.topics.flatMap((tp) => tp.partitions.map((p): [number, bigint] => [p.partitionIndex, p.committedOffset]));
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function listed(client: RawKafkaClient): Promise<string[]> {
  return (await client.request(ListGroupsApi, 4, { statesFilter: [], typesFilter: [] })).groups.map((g) => g.groupId).sort();
}

t.test('offsets with a retention time expire, with tombstones that survive a restart', async (t) => {
  const broker = await withBroker(t, { overrides: { 'offsets.retention.check.interval.ms': '200', 'offsets.topic.num.partitions': '3' } });
  let client = await RawKafkaClient.connect(broker.port);
  t.teardown(() => client.close());
  t.same((await createTopics(client, [{ name: TOPIC, numPartitions: 2 }])).map((c) => c.errorCode), [0]);
  t.equal((await findGroupCoordinator(client, 'short-lived')).errorCode, 0, 'coordinator ready');

  const shortLived = { ...commitRequest('short-lived', -1, '', TOPIC, 0, 10n), retentionTimeMs: 1_000n };
  t.equal((await client.request(OffsetCommitApi, 2, shortLived)).topics[0].partitions[0].errorCode, 0, 'commit with a 1 s retention (v2)');
  const kept = commitRequest('kept', -1, '', TOPIC, 1, 20n);
  t.equal((await client.request(OffsetCommitApi, 7, kept)).topics[0].partitions[0].errorCode, 0, 'commit under offsets.retention.minutes');
  t.same(await committedOffsets(client, 'short-lived'), [[0, 10n]], 'the short-lived offset is there at first');
  t.same(await listed(client), ['kept', 'short-lived']);

  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (await committedOffsets(client, 'short-lived')).length > 0) await new Promise((r) => setTimeout(r, 200));
  t.same(await committedOffsets(client, 'short-lived'), [], 'the offset expired');
  t.same(await listed(client), ['kept'], 'and its empty group was deleted');
  t.same(await committedOffsets(client, 'kept'), [[1, 20n]], 'other offsets stay');

  client.close();
  const restarted = await broker.restart();
  client = await RawKafkaClient.connect(restarted.port);
  t.same(await committedOffsets(client, 'kept'), [[1, 20n]], 'after a restart the kept offset is loaded');
  t.same(await committedOffsets(client, 'short-lived'), [], 'the expired one stays gone');
  t.same(await listed(client), ['kept'], 'and so does its group');
});
