// The "consumer" protocol bytes: round trips, interop with kafkajs's encoder and decoder (the
// versions and layout every client shares), newer versions read as ours, and bad bytes refused.
import t from 'tap';
import { AssignerProtocol } from 'kafkajs';
import { decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from '../../src/client/consumerProtocol.js';

t.test('subscription round trip, with owned partitions grouped by topic', async (t) => {
  const s = { topics: ['b', 'a'], userData: Buffer.from('u'), ownedPartitions: [{ topic: 'b', partition: 2 }, { topic: 'a', partition: 1 }, { topic: 'b', partition: 0 }], generationId: 7, rackId: 'r1' };
  const back = decodeSubscription(encodeSubscription(s));
  t.same(back.topics, ['b', 'a']);
  t.same(back.userData, Buffer.from('u'));
  t.same(back.ownedPartitions, [{ topic: 'a', partition: 1 }, { topic: 'b', partition: 0 }, { topic: 'b', partition: 2 }]);
  t.equal(back.generationId, 7);
  t.equal(back.rackId, 'r1');
  t.equal(encodeSubscription(s).readInt16BE(0), 3, 'written at version 3, as Kafka 3.x+ consumers do');
});

t.test('kafkajs reads our bytes and we read kafkajs bytes', async (t) => {
  const ours = encodeSubscription({ topics: ['x', 'y'], userData: null, ownedPartitions: [], generationId: -1, rackId: null });
  t.same(AssignerProtocol.MemberMetadata.decode(ours)?.topics, ['x', 'y']);
  const theirs = AssignerProtocol.MemberMetadata.encode({ version: 0, topics: ['p', 'q'], userData: Buffer.from('ud') });
  const read = decodeSubscription(theirs);
  t.same(read.topics, ['p', 'q']);
  t.same(read.userData, Buffer.from('ud'));
  t.same(read.ownedPartitions, []);
  t.equal(read.generationId, -1, 'v0 has no generation: the default');

  const assignment = encodeAssignment([{ topic: 't', partition: 2 }, { topic: 't', partition: 0 }, { topic: 's', partition: 1 }]);
  t.same(AssignerProtocol.MemberAssignment.decode(assignment)?.assignment, { s: [1], t: [0, 2] });
  const fromKafkajs = AssignerProtocol.MemberAssignment.encode({ version: 1, assignment: { t: [3, 4] }, userData: Buffer.alloc(0) });
  t.same(decodeAssignment(fromKafkajs), [{ topic: 't', partition: 3 }, { topic: 't', partition: 4 }]);
});

t.test('a newer version is read as ours: fields are only ever appended', async (t) => {
  const v3 = encodeSubscription({ topics: ['t'], userData: null, ownedPartitions: [], generationId: 2, rackId: null });
  const v9 = Buffer.concat([v3, Buffer.from([1, 2, 3])]);
  v9.writeInt16BE(9, 0);
  t.same(decodeSubscription(v9).topics, ['t']);
  t.equal(decodeSubscription(v9).generationId, 2);
});

t.test('an empty assignment is no partitions; bad bytes are refused', async (t) => {
  t.same(decodeAssignment(Buffer.alloc(0)), []);
  t.same(decodeAssignment(encodeAssignment([])), []);
  const negative = Buffer.from([0xff, 0xff, 0, 0, 0, 0]);
  t.throws(() => decodeSubscription(negative), { name: 'ProtocolDecodeError', message: /negative version/ });
  t.throws(() => decodeAssignment(negative), { name: 'ProtocolDecodeError' });
  t.throws(() => decodeSubscription(Buffer.from([0, 0, 0, 0, 0, 5, 0x61])), { name: 'ProtocolDecodeError' }, 'truncated');
});
