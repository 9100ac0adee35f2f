// KIP-848 through a second real client: @platformatic/kafka's Consumer with groupProtocol
// 'consumer' (ConsumerGroupHeartbeat v1, client-generated member ids, OffsetCommit/OffsetFetch v9
// with member epochs). Two members share a topic, every record is read once by the owner of its
// partition, and when one leaves the other takes over its partitions.
import t from 'tap';
import { Consumer, type MessagesStream } from '@platformatic/kafka';
import { withBroker } from '../helpers/broker.js';
import { createTopics, RawKafkaClient } from '../helpers/rawKafka.js';
import { describeConsumerGroup } from '../helpers/rawConsumerGroups.js';
import { OffsetFetchApi } from '../helpers/rawGroups.js';
import { platformaticProduce } from '../helpers/clients.js';

const TOPIC = 'kip848-platformatic';
const PARTITIONS = 6;
const GROUP = 'g-kip848-platformatic';
const TIMEOUT_MS = 30_000;

interface Read {
  member: string;
  partition: number;
  value: string;
}

interface PlatformaticMember {
  name: string;
  consumer: Consumer<Buffer, Buffer, Buffer, Buffer>;
  stream: MessagesStream<Buffer, Buffer, Buffer, Buffer>;
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The partitions a member is consuming, as "topic-p". */
function owned(m: PlatformaticMember): string[] {
  return (m.consumer.assignments ?? []).flatMap((a) => a.partitions.map((p) => `${a.topic}-${p}`)).sort();
}

t.test('@platformatic/kafka consumers with groupProtocol consumer share a topic', async (t) => {
  const broker = await withBroker(t, { overrides: { 'group.consumer.heartbeat.interval.ms': '300', 'offsets.topic.num.partitions': '3' } });
  const admin = await RawKafkaClient.connect(broker.port);
  t.teardown(() => admin.close());
  t.equal((await createTopics(admin, [{ name: TOPIC, numPartitions: PARTITIONS }]))[0].errorCode, 0);

  const reads: Read[] = [];
  const start = async (name: string): Promise<PlatformaticMember> => {
    const consumer = new Consumer({
      clientId: name,
      bootstrapBrokers: [broker.bootstrap],
      groupId: GROUP,
      groupProtocol: 'consumer',
      retries: 5,
    });
    const stream = await consumer.consume({ topics: [TOPIC], mode: 'committed', fallbackMode: 'earliest', autocommit: 200, maxWaitTime: 200 });
    stream.on('data', (msg) => reads.push({ member: name, partition: msg.partition, value: msg.value.toString() }));
    return { name, consumer, stream };
  };
  const stop = async (m: PlatformaticMember): Promise<void> => {
    await m.stream.close();
    await m.consumer.close();
  };
  const produce = async (prefix: string, n: number): Promise<string[]> => {
    const values = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
    await platformaticProduce(broker.bootstrap, TOPIC, values.map((value, i) => ({ value, partition: i % PARTITIONS })));
    return values;
  };
  const all = Array.from({ length: PARTITIONS }, (_, p) => `${TOPIC}-${p}`);

  const a = await start('platformatic-a');
  const b = await start('platformatic-b');
  t.teardown(async () => {
    for (const m of [a, b]) await stop(m).catch(() => undefined);
  });
  await waitFor('the two members to share every partition', async () => {
    const both = [...owned(a), ...owned(b)].sort();
    const d = await describeConsumerGroup(admin, GROUP);
    return owned(a).length > 0 && owned(b).length > 0 && JSON.stringify(both) === JSON.stringify(all) && d.groupState === 'Stable';
  });
  t.same([owned(a).length, owned(b).length].sort(), [3, 3], 'three partitions each');
  const described = await describeConsumerGroup(admin, GROUP);
  t.equal(described.members.length, 2, 'ConsumerGroupDescribe shows both members');
  t.ok(described.members.every((m) => m.memberId.length > 0 && m.memberEpoch === described.assignmentEpoch), 'at the assignment epoch');

  const first = await produce('shared', 60);
  await waitFor('60 records', () => reads.length >= first.length);
  t.same(reads.map((r) => r.value).sort(), [...first].sort(), 'each record read once');
  const ownerOf = (member: PlatformaticMember, p: number): boolean => owned(member).includes(`${TOPIC}-${p}`);
  t.same(reads.filter((r) => !ownerOf(r.member === a.name ? a : b, r.partition)), [], 'by the owner of its partition');
  // Auto-commit goes through OffsetCommit with each member's epoch; an admin fetch sees the result.
  const committed = async (): Promise<bigint[]> => {
    const res = await admin.request(OffsetFetchApi, 9, {
      groupId: '',
      topics: [],
      groups: [{ groupId: GROUP, memberId: null, memberEpoch: -1, topics: [{ name: TOPIC, partitionIndexes: all.map((_, p) => p) }] }],
      requireStable: false,
    });
    return res.groups[0].topics[0].partitions.map((p) => p.committedOffset);
  };
  await waitFor('the members to commit what they read', async () => (await committed()).every((o) => o === 10n));
  t.same(await committed(), all.map(() => 10n), 'committed offsets at the end of each partition');

  await stop(a);
  await waitFor('b to own every partition', () => JSON.stringify(owned(b)) === JSON.stringify(all));
  t.pass('when a leaves, b takes over all its partitions');
  const mark = reads.length;
  const second = await produce('after-leave', 30);
  await waitFor('30 more records', () => reads.length >= mark + second.length);
  t.same(reads.slice(mark).map((r) => [r.member, r.value]).sort(), second.map((v) => [b.name, v]).sort(), 'all read by b, once');
  await waitFor('a single member in the group', async () => (await describeConsumerGroup(admin, GROUP)).members.length === 1);
  t.pass('the group has one member left');
});
