// RackAwareReplicaSelector (KIP-392) as Kafka's: the leader unless the client's rack holds another
// usable replica, then the longest log, then the most recently caught up; and the leader's
// candidates are the ISR followers whose logs hold the fetch offset.
import t from 'tap';
import { RACK_AWARE_REPLICA_SELECTOR, rackAwareReplicaSelector, replicaSelector, type ReadableReplica } from '../../src/replication/replicaSelector.js';

const replica = (brokerId: number, rack: string | null, logEndOffset = 100, lastCaughtUpTimeMs = 0): ReadableReplica => ({ brokerId, rack, logEndOffset, lastCaughtUpTimeMs });
const leader = replica(1, 'a');

t.test('rack-aware selection', async (t) => {
  const followers = [replica(2, 'b', 90, 5), replica(3, 'b', 100, 1), replica(4, 'c', 100, 9), replica(5, null)];
  t.equal(rackAwareReplicaSelector('', leader, followers), 1, 'a client without a rack reads from the leader');
  t.equal(rackAwareReplicaSelector('a', leader, [...followers, replica(6, 'a')]), 1, 'the leader wins in its own rack');
  t.equal(rackAwareReplicaSelector('z', leader, followers), 1, 'no replica in the client\'s rack: the leader');
  t.equal(rackAwareReplicaSelector('c', leader, followers), 4, 'the one replica in the client\'s rack');
  t.equal(rackAwareReplicaSelector('b', leader, followers), 3, 'the longest log among same-rack replicas');
  t.equal(rackAwareReplicaSelector('b', leader, [replica(2, 'b', 100, 5), replica(3, 'b', 100, 1)]), 2, 'then the most recently caught up');
  t.equal(rackAwareReplicaSelector('b', replica(1, null), []), 1, 'no candidates: the leader');
});

t.test('replica.selector.class', async (t) => {
  t.equal(replicaSelector(null), null, 'unset: consumers stay on leaders');
  t.equal(replicaSelector(RACK_AWARE_REPLICA_SELECTOR), rackAwareReplicaSelector);
});
