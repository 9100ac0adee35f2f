'use strict';
// A long-running consumer-group member on node-rdkafka (librdkafka 2.12), the client that speaks
// KIP-848's group.protocol=consumer; see group_consumer_io.cjs for the protocol.
//
// Under group.protocol=consumer the broker assigns (group.remote.assignor) and the session and
// heartbeat intervals are the broker's, so librdkafka refuses partition.assignment.strategy,
// session.timeout.ms and heartbeat.interval.ms there; they are set only for the classic protocol.
const Kafka = require('node-rdkafka');
const { emit, finish, Membership, onCommands, options, run } = require('./group_consumer_io.cjs');

const AUTO_OFFSET_RESET = { earliest: 'earliest', latest: 'latest', none: 'error' };
const { ERR__ASSIGN_PARTITIONS, ERR__REVOKE_PARTITIONS } = Kafka.CODES.ERRORS;

// librdkafka's error names as confluent-kafka prints them: ERR__X -> _X, ERR_X -> X.
const errorNames = new Map(Object.entries(Kafka.CODES.ERRORS).map(([name, code]) => [code, name.replace(/^ERR_/, '')]));
const errorName = (e) => errorNames.get(e.code) ?? String(e.code);

const refsOf = (assignment) => assignment.map(({ topic, partition }) => ({ topic, partition }));

run(async () => {
  const opts = options();
  const membership = new Membership();
  const groupProtocol = opts.groupProtocol ?? 'classic';
  let closing = false;

  const config = {
    'bootstrap.servers': opts.bootstrap,
    'group.id': opts.groupId,
    'client.id': opts.clientId,
    'group.protocol': groupProtocol,
    'enable.auto.commit': opts.commit === 'auto',
    debug: 'cgrp',
    rebalance_cb(err, assignment) {
      // KIP-848 reconciliation is always incremental; rebalanceProtocol() says NONE once the
      // consumer is closing, which must not turn an assignment into an eager assign().
      const protocol = this.rebalanceProtocol();
      const cooperative = groupProtocol === 'consumer' || protocol === 'COOPERATIVE';
      try {
        if (err.code === ERR__ASSIGN_PARTITIONS) {
          if (cooperative) this.incrementalAssign(assignment);
          else this.assign(assignment);
          membership.assigned(refsOf(assignment), { protocol });
        } else if (err.code === ERR__REVOKE_PARTITIONS) {
          if (cooperative) this.incrementalUnassign(assignment);
          else this.unassign();
          membership.revoked(refsOf(assignment));
        } else {
          membership.error(errorName(err), err.message);
        }
      } catch (e) {
        // While closing, node-rdkafka refuses (un)assignments: the close itself settles them.
        if (!closing) membership.error(errorName(e), `${e.message} (in the rebalance callback, ${protocol})`);
      }
    },
  };
  if (groupProtocol === 'classic') {
    config['session.timeout.ms'] = opts.sessionTimeoutMs;
    config['heartbeat.interval.ms'] = opts.heartbeatIntervalMs;
    if (opts.assignor) config['partition.assignment.strategy'] = opts.assignor;
  } else if (opts.assignor) {
    config['group.remote.assignor'] = opts.assignor;
  }
  if (opts.groupInstanceId) config['group.instance.id'] = opts.groupInstanceId;
  if (opts.autoCommitIntervalMs) config['auto.commit.interval.ms'] = opts.autoCommitIntervalMs;
  if (opts.commit === 'auto') {
    config.offset_commit_cb = (err, offsets) =>
      membership.committed(refsOf(offsets).map((r, i) => ({ ...r, offset: offsets[i].offset })), err ? errorName(err) : null);
  }

  const consumer = new Kafka.KafkaConsumer(config, { 'auto.offset.reset': AUTO_OFFSET_RESET[opts.autoOffsetReset] });
  consumer.on('event.error', (e) => membership.error(errorName(e), e.message, Boolean(e.isFatal)));
  // A group that never forms is explained only in librdkafka's cgrp debug log (a heartbeat "not
  // supported by broker" is a debug line): keep its warnings and its lines about failures.
  consumer.on('event.log', (log) => {
    if (log.severity <= 4 || /error|fail|not supported|fenced|unknown/i.test(log.message)) process.stderr.write(`${log.fac} ${log.message}\n`);
  });

  const commit = (offsets) => {
    if (offsets.length === 0) {
      membership.committed([]);
      return;
    }
    try {
      consumer.commitSync(offsets);
      membership.committed(offsets);
    } catch (e) {
      membership.committed(offsets, errorName(e));
    }
  };

  consumer.on('data', (msg) => {
    membership.processed(msg.topic, msg.partition, msg.offset, msg.key, msg.value);
    if (opts.commit === 'each-record') commit([{ topic: msg.topic, partition: msg.partition, offset: msg.offset + 1 }]);
  });

  await new Promise((resolve, reject) => consumer.connect({}, (err) => (err ? reject(err) : resolve())));
  consumer.subscribe(opts.topics);
  consumer.consume((err) => {
    if (err) membership.error(errorName(err), err.message, Boolean(err.isFatal));
  });
  emit('started', { client: 'node-rdkafka', librdkafka: Kafka.librdkafkaVersion, groupProtocol });

  onCommands((command) => {
    if (command.cmd === 'commit') commit(membership.pendingCommit());
    if (command.cmd === 'stop') {
      closing = true;
      consumer.disconnect(() => finish('closed', {}, 0));
    }
  });
});
