// __consumer_offsets records: each kind round-trips through its key/value framing, the key
// version names the kind as in Kafka, tombstones stay tombstones, and foreign kinds are skipped.
import t from 'tap';
import { decodeGroupRecord, encodeGroupRecord, type GroupRecord } from '../../src/group/groupRecord.js';

const roundTrip = (r: GroupRecord): GroupRecord | null => {
  const { key, value } = encodeGroupRecord(r);
  return decodeGroupRecord(key, value);
};

t.test('offset commits', async (t) => {
  const commit: GroupRecord = {
    kind: 'OffsetCommit',
    key: { group: 'g', topic: 'orders', partition: 3 },
    value: { offset: 42n, leaderEpoch: 5, metadata: 'm', commitTimestamp: 1_700_000_000_000n, expireTimestamp: -1n },
  };
  const { key, value } = encodeGroupRecord(commit);
  t.equal(key.readInt16BE(0), 1, 'key version 1 names an offset commit');
  t.equal(value!.readInt16BE(0), 3, 'value version 3 carries the leader epoch');
  t.same(roundTrip(commit), commit);
  const expiring: GroupRecord = { ...commit, value: { ...commit.value!, leaderEpoch: -1, expireTimestamp: 1_800_000_000_000n } };
  t.equal(encodeGroupRecord(expiring).value!.readInt16BE(0), 1, 'an explicit expiry needs value version 1');
  t.same(roundTrip(expiring), expiring, 'and survives the round trip');
  t.same(roundTrip({ ...commit, value: null }), { ...commit, value: null }, 'tombstone');
});

t.test('group metadata', async (t) => {
  const group: GroupRecord = {
    kind: 'GroupMetadata',
    key: { group: 'g' },
    value: {
      protocolType: 'consumer',
      generation: 7,
      protocol: 'range',
      leader: 'm-1',
      currentStateTimestamp: 1_700_000_000_000n,
      members: [{ memberId: 'm-1', groupInstanceId: 'i-1', clientId: 'c', clientHost: '/127.0.0.1', rebalanceTimeout: 300_000, sessionTimeout: 45_000, subscription: Buffer.from([1, 2]), assignment: Buffer.from([3]) }],
    },
  };
  t.equal(encodeGroupRecord(group).key.readInt16BE(0), 2, 'key version 2 names group metadata');
  t.same(roundTrip(group), group);
});

t.test('consumer-protocol group records and foreign kinds', async (t) => {
  const epoch: GroupRecord = { kind: 'ConsumerGroupMetadata', key: { groupId: 'g' }, value: { epoch: 4 } };
  t.equal(encodeGroupRecord(epoch).key.readInt16BE(0), 3);
  t.same(roundTrip(epoch), epoch);
  const shareKey = Buffer.alloc(4);
  shareKey.writeInt16BE(11, 0);
  t.equal(decodeGroupRecord(shareKey, null), null, 'a share-group record is not ours to load');
  const oldCommitKey = encodeGroupRecord({ kind: 'OffsetCommit', key: { group: 'g', topic: 't', partition: 0 }, value: null }).key;
  oldCommitKey.writeInt16BE(0, 0);
  t.equal(decodeGroupRecord(oldCommitKey, null)?.kind, 'OffsetCommit', 'key version 0 is the older offset commit key');
});
