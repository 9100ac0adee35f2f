// A long-running consumer-group member on kafkajs, as a child process so a test can kill -9 it;
// see group_consumer_io.cjs for the protocol.
//
// kafkajs rebalances eagerly and has no revoke callback: the REBALANCING event (or a GROUP_JOIN
// that was not preceded by one) revokes everything, and GROUP_JOIN assigns the new set. Its
// generation is carried by the HEARTBEAT and COMMIT_OFFSETS events, not by GROUP_JOIN.
import kafkajs from 'kafkajs';
import io from './group_consumer_io.cjs';

const { Kafka, logLevel, PartitionAssigners } = kafkajs;
const { emit, finish, Membership, onCommands, options, run } = io;

// kafkajs names its round-robin assigner "RoundRobinAssigner"; under Java's and librdkafka's
// name, "roundrobin", it can share a group with them (the algorithm is the same).
const ASSIGNORS = {
  roundrobin: (config) => ({ ...PartitionAssigners.roundRobin(config), name: 'roundrobin' }),
  RoundRobinAssigner: PartitionAssigners.roundRobin,
};

const FROM_BEGINNING = { earliest: true, latest: false };

const refsOf = (memberAssignment) =>
  Object.entries(memberAssignment).flatMap(([topic, partitions]) => partitions.map((partition) => ({ topic, partition })));

const errorName = (e) => e.type ?? e.name ?? 'Error';

await run(async () => {
  const opts = options();
  if ((opts.groupProtocol ?? 'classic') !== 'classic') throw new Error('kafkajs speaks only the classic group protocol');
  if (opts.groupInstanceId) throw new Error('kafkajs has no static membership (group.instance.id)');
  if (!(opts.autoOffsetReset in FROM_BEGINNING)) throw new Error(`kafkajs has no auto.offset.reset=${opts.autoOffsetReset}`);
  const assigner = ASSIGNORS[opts.assignor ?? 'RoundRobinAssigner'];
  if (assigner === undefined) throw new Error(`kafkajs has no assignor ${opts.assignor}`);

  const membership = new Membership();
  let generation = null;
  const sawGeneration = (payload) => {
    if (payload.groupGenerationId === generation) return;
    generation = payload.groupGenerationId;
    emit('generation', { generation, memberId: payload.memberId });
  };

  const kafka = new Kafka({
    clientId: opts.clientId,
    brokers: [opts.bootstrap],
    logLevel: logLevel.WARN,
    logCreator: () => ({ namespace, level, log }) => process.stderr.write(`${level} ${namespace} ${JSON.stringify(log)}\n`),
  });
  const consumer = kafka.consumer({
    groupId: opts.groupId,
    sessionTimeout: opts.sessionTimeoutMs,
    heartbeatInterval: opts.heartbeatIntervalMs,
    ...(opts.rebalanceTimeoutMs ? { rebalanceTimeout: opts.rebalanceTimeoutMs } : {}),
    partitionAssigners: [assigner],
    // kafkajs heartbeats between fetches: a short fetch wait keeps heartbeats on time.
    maxWaitTimeInMs: 250,
  });
  const { events } = consumer;

  consumer.on(events.REBALANCING, () => {
    if (membership.assignment.size > 0) membership.revoked(membership.current());
  });
  consumer.on(events.GROUP_JOIN, ({ payload }) => {
    if (membership.assignment.size > 0) membership.revoked(membership.current());
    membership.assigned(refsOf(payload.memberAssignment), { memberId: payload.memberId, leader: payload.isLeader, protocol: payload.groupProtocol });
  });
  consumer.on(events.HEARTBEAT, ({ payload }) => sawGeneration(payload));
  consumer.on(events.COMMIT_OFFSETS, ({ payload }) => {
    sawGeneration(payload);
    if (opts.commit === 'auto') {
      membership.committed(payload.topics.flatMap(({ topic, partitions }) =>
        partitions.map((p) => ({ topic, partition: p.partition, offset: Number(p.offset) }))));
    }
  });
  consumer.on(events.CRASH, ({ payload }) => membership.error(errorName(payload.error), payload.error.message, !payload.restart));

  const commit = async (offsets) => {
    if (offsets.length === 0) {
      membership.committed([]);
      return;
    }
    try {
      await consumer.commitOffsets(offsets.map((o) => ({ ...o, offset: String(o.offset) })));
      membership.committed(offsets);
    } catch (e) {
      membership.committed(offsets, errorName(e));
    }
  };

  await consumer.connect();
  for (const topic of opts.topics) await consumer.subscribe({ topic, fromBeginning: FROM_BEGINNING[opts.autoOffsetReset] });
  await consumer.run({
    autoCommit: opts.commit === 'auto',
    ...(opts.autoCommitIntervalMs ? { autoCommitInterval: opts.autoCommitIntervalMs } : {}),
    eachMessage: async ({ topic, partition, message }) => {
      const offset = Number(message.offset);
      membership.processed(topic, partition, offset, message.key, message.value);
      if (opts.commit === 'each-record') await commit([{ topic, partition, offset: offset + 1 }]);
    },
  });
  emit('started', { client: 'kafkajs' });

  onCommands(async (command) => {
    if (command.cmd === 'commit') await commit(membership.pendingCommit());
    if (command.cmd === 'stop') {
      await consumer.disconnect();
      finish('closed', {}, 0);
    }
  });
});
