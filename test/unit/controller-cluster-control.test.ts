// The active controller's broker membership on a real QuorumController with an in-memory log:
// registration, unfencing once caught up, fencing after the session timeout with leadership moving
// to the ISR (or unclean), controlled shutdown, producer-id blocks and the errors of each.
import t from 'tap';
import { pino } from 'pino';
import { QuorumController, type MetadataLog } from '../../src/controller/quorumController.js';
import { MetadataCache } from '../../src/metadata/metadataCache.js';
import type { MetadataRecord } from '../../src/metadata/metadataRecord.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';

const CLUSTER = 'MkU3OEVBNTcwNTJENDM2Qg';
const SESSION_MS = 1000;

class MemoryMetadataLog implements MetadataLog {
  constructor(private readonly cache: MetadataCache) {}
  isActive(): boolean {
    return true;
  }
  leaderId(): number {
    return 1;
  }
  nextOffset(): number {
    return this.cache.image.offset + 1;
  }
  async commit(records: readonly MetadataRecord[]): Promise<void> {
    const base = this.cache.image.offset + 1;
    await this.cache.publish(records.map((record, i) => ({ record, offset: base + i })));
  }
}

function setup(unclean = false) {
  let now = 0;
  const cache = new MetadataCache();
  const controller = new QuorumController(
    cache,
    new MemoryMetadataLog(cache),
    { numPartitions: 1, defaultReplicationFactor: 1, deleteTopicEnable: true },
    () => [],
    pino({ level: 'silent' }),
    { clusterId: CLUSTER, brokerSessionTimeoutMs: SESSION_MS, uncleanLeaderElectionEnable: unclean },
    () => now,
  );
  const register = (brokerId: number, incarnation = `AAAAAAAAAAAAAAAAAAAA${['AQ', 'Ag', 'Aw', 'BA'][brokerId - 1]}`) =>
    controller.registerBroker({
      brokerId,
      clusterId: CLUSTER,
      incarnationId: incarnation,
      listeners: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9000 + brokerId, securityProtocol: 0 }],
      features: [],
      rack: null,
      isMigratingZkBroker: false,
      logDirs: [],
      previousBrokerEpoch: -1n,
    });
  const heartbeat = (brokerId: number, fields: { wantShutDown?: boolean; offset?: bigint } = {}) =>
    controller.brokerHeartbeat({
      brokerId,
      brokerEpoch: cache.image.brokers.get(brokerId)?.epoch ?? -1n,
      currentMetadataOffset: fields.offset ?? BigInt(cache.image.offset),
      wantFence: false,
      wantShutDown: fields.wantShutDown ?? false,
    });
  const join = async (ids: number[]) => {
    for (const id of ids) {
      await register(id);
      await heartbeat(id);
    }
  };
  const partition = (topic: string, p = 0) => cache.image.topicsByName.get(topic)!.partitions.get(p)!;
  return { controller, cache, register, heartbeat, join, partition, advance: (ms: number) => (now += ms) };
}

t.test('registration: fenced until caught up, then unfenced; bad cluster ids and live duplicates refused', async (t) => {
  const c = setup();
  const reg = await c.register(1);
  t.equal(reg.errorCode, ErrorCode.NONE);
  t.equal(c.cache.image.brokers.get(1)?.fenced, true, 'a new broker starts fenced');
  t.equal(reg.brokerEpoch, BigInt(c.cache.image.offset), 'its epoch is the offset of its registration record');
  const behind = await c.heartbeat(1, { offset: reg.brokerEpoch - 1n });
  t.match(behind, { errorCode: 0, isCaughtUp: false, isFenced: true }, 'not caught up: stays fenced');
  const caughtUp = await c.heartbeat(1);
  t.match(caughtUp, { errorCode: 0, isCaughtUp: true, isFenced: false });
  t.equal(c.cache.image.brokers.get(1)?.fenced, false);

  t.equal((await c.controller.registerBroker({ ...(await registration(c, 2)), clusterId: 'AAAAAAAAAAAAAAAAAAAAAA' })).errorCode, ErrorCode.INCONSISTENT_CLUSTER_ID);
  t.equal((await c.register(1, 'BBBBBBBBBBBBBBBBBBBBBA')).errorCode, ErrorCode.DUPLICATE_BROKER_REGISTRATION, 'another incarnation while the first is alive');
  c.advance(SESSION_MS + 1);
  t.equal((await c.register(1, 'BBBBBBBBBBBBBBBBBBBBBA')).errorCode, ErrorCode.NONE, 'allowed once the old session expired');
  t.equal((await c.controller.brokerHeartbeat({ brokerId: 1, brokerEpoch: 0n, currentMetadataOffset: 0n, wantFence: false, wantShutDown: false })).errorCode, ErrorCode.STALE_BROKER_EPOCH);
  t.equal((await c.controller.brokerHeartbeat({ brokerId: 9, brokerEpoch: 0n, currentMetadataOffset: 0n, wantFence: false, wantShutDown: false })).errorCode, ErrorCode.BROKER_ID_NOT_REGISTERED);
});

async function registration(c: ReturnType<typeof setup>, brokerId: number) {
  return {
    brokerId,
    clusterId: CLUSTER,
    incarnationId: 'AAAAAAAAAAAAAAAAAAAAAw',
    listeners: [],
    features: [],
    rack: null,
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1n,
  };
}

t.test('a broker without heartbeats is fenced after the session timeout; its leaderships move within the ISR', async (t) => {
  const c = setup();
  await c.join([1, 2, 3]);
  c.controller.becameActive();
  await c.controller.createTopics([{ name: 'orders', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [2, 3, 1] }], configs: new Map() }], false);
  t.equal(c.partition('orders').leader, 2);
  c.advance(SESSION_MS / 2);
  await c.heartbeat(1);
  await c.heartbeat(3);
  t.same(await c.controller.fenceStaleBrokers(), [], 'nobody is stale yet');
  c.advance(SESSION_MS / 2 + 1);
  t.same(await c.controller.fenceStaleBrokers(), [2], 'broker 2 missed its session');
  const p = c.partition('orders');
  t.equal(c.cache.image.brokers.get(2)?.fenced, true);
  t.equal(p.leader, 3, 'the next live replica in the ISR leads');
  t.same(p.isr, [3, 1], 'the fenced broker left the ISR');
  t.equal(p.leaderEpoch, 1, 'a new leader epoch');
});

t.test('no live ISR member: leaderless without unclean election, an out-of-sync replica with it', async (t) => {
  for (const unclean of [false, true]) {
    const c = setup(unclean);
    await c.join([1, 2]);
    c.controller.becameActive();
    await c.controller.createTopics([{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }], configs: new Map() }], false);
    // Broker 2 falls out of the ISR first (as AlterPartition will do), then broker 1 dies.
    await c.controller.commitRecords([{ kind: 'PartitionChangeRecord', data: { topicId: c.cache.image.topicsByName.get('t')!.id, partitionId: 0, isr: [1] } }]);
    c.advance(SESSION_MS / 2);
    await c.heartbeat(2);
    c.advance(SESSION_MS / 2 + 1);
    t.same(await c.controller.fenceStaleBrokers(), [1]);
    const p = c.partition('t');
    if (unclean) {
      t.equal(p.leader, 2, 'unclean: the live out-of-sync replica leads');
      t.same(p.isr, [2]);
    } else {
      t.equal(p.leader, -1, 'clean: no leader');
      t.same(p.isr, [1], 'the last ISR member is kept so it can lead when it returns');
      c.advance(10);
      await c.register(1, 'CCCCCCCCCCCCCCCCCCCCCA');
      await c.heartbeat(1);
      t.equal(c.partition('t').leader, 1, 'it leads again once unfenced');
    }
  }
});

t.test('controlled shutdown moves leadership away, then fences the broker', async (t) => {
  const c = setup();
  await c.join([1, 2]);
  c.controller.becameActive();
  await c.controller.createTopics([{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }], configs: new Map() }], false);
  const answer = await c.heartbeat(1, { wantShutDown: true });
  t.match(answer, { errorCode: 0, shouldShutDown: true });
  t.equal(c.partition('t').leader, 2);
  t.equal(c.cache.image.brokers.get(1)?.fenced, true);
});

t.test('producer id blocks: consecutive, durable in the image, only for the current broker epoch', async (t) => {
  const c = setup();
  await c.join([1, 2]);
  const epoch = (id: number) => c.cache.image.brokers.get(id)!.epoch;
  const a = await c.controller.allocateProducerIds({ brokerId: 1, brokerEpoch: epoch(1) });
  const b = await c.controller.allocateProducerIds({ brokerId: 2, brokerEpoch: epoch(2) });
  t.match(a, { errorCode: 0, producerIdStart: 0n, producerIdLen: 1000 });
  t.match(b, { errorCode: 0, producerIdStart: 1000n, producerIdLen: 1000 });
  t.equal(c.cache.image.nextProducerId, 2000n);
  t.equal((await c.controller.allocateProducerIds({ brokerId: 1, brokerEpoch: 12345n })).errorCode, ErrorCode.STALE_BROKER_EPOCH);
  t.equal((await c.controller.allocateProducerIds({ brokerId: 7, brokerEpoch: 0n })).errorCode, ErrorCode.BROKER_ID_NOT_REGISTERED);
});

t.test('AlterPartition: the leader shrinks and expands its ISR; stale or foreign requests are refused', async (t) => {
  const c = setup();
  await c.join([1, 2, 3]);
  await c.controller.createTopics([{ name: 'isr', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2, 3] }], configs: new Map() }], false);
  const topicId = c.cache.image.topicsByName.get('isr')!.id;
  const epoch = (id: number) => c.cache.image.brokers.get(id)!.epoch;
  const alter = (brokerId: number, newIsr: number[], over: { leaderEpoch?: number; partitionEpoch?: number; brokerEpoch?: bigint } = {}) =>
    c.controller.alterPartition({
      brokerId,
      brokerEpoch: over.brokerEpoch ?? epoch(brokerId),
      topics: [
        {
          topicName: '',
          topicId,
          partitions: [
            {
              partitionIndex: 0,
              leaderEpoch: over.leaderEpoch ?? c.partition('isr').leaderEpoch,
              newIsr: [],
              newIsrWithEpochs: newIsr.map((id) => ({ brokerId: id, brokerEpoch: epoch(id) })),
              leaderRecoveryState: 0,
              partitionEpoch: over.partitionEpoch ?? c.partition('isr').partitionEpoch,
            },
          ],
        },
      ],
    });
  const shrunk = await alter(1, [1, 3]);
  t.match(shrunk.topics[0]!.partitions[0], { errorCode: 0, isr: [1, 3], partitionEpoch: 1 });
  t.same(c.partition('isr').isr, [1, 3], 'committed');
  t.match((await alter(1, [1, 2, 3], { partitionEpoch: 0 })).topics[0]!.partitions[0], { errorCode: ErrorCode.INVALID_UPDATE_VERSION }, 'an old partition epoch');
  t.match((await alter(1, [1, 2, 3], { leaderEpoch: -1 })).topics[0]!.partitions[0], { errorCode: ErrorCode.FENCED_LEADER_EPOCH }, 'an old leader epoch');
  t.match((await alter(2, [1, 2])).topics[0]!.partitions[0], { errorCode: ErrorCode.INVALID_REQUEST }, 'not from the leader');
  t.equal((await alter(1, [1], { brokerEpoch: 1n })).errorCode, ErrorCode.STALE_BROKER_EPOCH, 'a stale broker epoch');
  await c.heartbeat(2, { wantShutDown: true });
  t.match((await alter(1, [1, 2, 3])).topics[0]!.partitions[0], { errorCode: ErrorCode.INELIGIBLE_REPLICA }, 'a fenced broker cannot join the ISR');
  t.match((await alter(1, [1, 3])).topics[0]!.partitions[0], { errorCode: 0, isr: [1, 3] }, 'unchanged members are fine');
});

t.test('auto leader rebalance: leadership returns to an in-sync preferred replica once its broker is imbalanced', async (t) => {
  const c = setup();
  await c.join([1, 2, 3]);
  c.controller.becameActive();
  await c.controller.createTopics(
    [{ name: 'r', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }, { partitionIndex: 1, brokerIds: [1, 3] }, { partitionIndex: 2, brokerIds: [2, 1] }], configs: new Map() }],
    false,
  );
  const topicId = c.cache.image.topicsByName.get('r')!.id;
  t.equal(await c.controller.rebalanceLeaders(10), 0, 'balanced: nothing moves');
  // Broker 1 lost both its preferred leaderships; it is back in the ISR of partition 0 only.
  await c.controller.commitRecords([
    { kind: 'PartitionChangeRecord', data: { topicId, partitionId: 0, leader: 2 } },
    { kind: 'PartitionChangeRecord', data: { topicId, partitionId: 1, leader: 3, isr: [3] } },
  ]);
  t.equal(await c.controller.rebalanceLeaders(100), 0, 'at or below the imbalance percentage nothing moves');
  t.equal(await c.controller.rebalanceLeaders(10), 1, 'one partition moves back');
  t.equal(c.partition('r', 0).leader, 1, 'the in-sync preferred replica leads partition 0 again');
  t.equal(c.partition('r', 0).leaderEpoch, 2, 'in a new leader epoch');
  t.equal(c.partition('r', 1).leader, 3, 'an out-of-sync preferred replica does not take partition 1');
  t.equal(c.partition('r', 2).leader, 2, 'a partition led by its preferred replica is left alone');
});

t.test('ElectLeaders: preferred and unclean elections and their refusals', async (t) => {
  const c = setup();
  await c.join([1, 2, 3]);
  c.controller.becameActive();
  await c.controller.createTopics(
    [{ name: 'e', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }, { partitionIndex: 1, brokerIds: [2, 3] }], configs: new Map() }],
    false,
  );
  const topicId = c.cache.image.topicsByName.get('e')!.id;
  await c.controller.commitRecords([{ kind: 'PartitionChangeRecord', data: { topicId, partitionId: 0, leader: 2 } }]);
  t.same(await c.controller.electLeaders(0, null), [{ topic: 'e', partition: 0, errorCode: ErrorCode.NONE, errorMessage: null }], 'all partitions: only the one that needed it is answered');
  t.equal(c.partition('e', 0).leader, 1);
  t.match(await c.controller.electLeaders(0, [{ topic: 'e', partition: 0 }]), [{ errorCode: ErrorCode.ELECTION_NOT_NEEDED }]);
  await c.controller.commitRecords([{ kind: 'PartitionChangeRecord', data: { topicId, partitionId: 1, leader: 3, isr: [3] } }]);
  t.match(await c.controller.electLeaders(0, [{ topic: 'e', partition: 1 }]), [{ errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE }], 'the preferred replica is out of sync');
  t.match(await c.controller.electLeaders(1, [{ topic: 'e', partition: 1 }]), [{ errorCode: ErrorCode.ELECTION_NOT_NEEDED }], 'unclean: the partition has a leader');
  await c.controller.commitRecords([{ kind: 'PartitionChangeRecord', data: { topicId, partitionId: 1, leader: -1 } }]);
  t.match(await c.controller.electLeaders(1, [{ topic: 'e', partition: 1 }]), [{ errorCode: ErrorCode.NONE }], 'unclean: a leaderless partition gets its first live replica');
  t.match(c.partition('e', 1), { leader: 2, isr: [2] });
  t.match(await c.controller.electLeaders(0, [{ topic: 'x', partition: 0 }]), [{ errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }]);
});
