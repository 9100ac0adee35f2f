// The last member leaves and the broker stops at once: the group was stored empty when the member
// left (Kafka completes a join with no members immediately), so after the restart it is Empty and
// a new member's first join does not wait out the departed member's session timeout.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { RawKafkaClient } from '../helpers/rawKafka.js';
import { DescribeGroupsApi, findGroupCoordinator, joinGroup, LeaveGroupApi, SyncGroupApi } from '../helpers/rawGroups.js';

const SESSION_TIMEOUT_MS = 30_000;

t.test('a group emptied just before a shutdown is empty after the restart', async (t) => {
  const broker = await withBroker(t);
  let client = await RawKafkaClient.connect(broker.port);
  t.equal((await findGroupCoordinator(client, 'g-leave')).errorCode, 0);
  const joined = await joinGroup(client, { groupId: 'g-leave', sessionTimeoutMs: SESSION_TIMEOUT_MS, rebalanceTimeoutMs: SESSION_TIMEOUT_MS });
  t.equal(joined.errorCode, 0);
  const synced = await client.request(SyncGroupApi, 3, { groupId: 'g-leave', generationId: joined.generationId, memberId: joined.memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [{ memberId: joined.memberId, assignment: Buffer.from('a') }] });
  t.equal(synced.errorCode, 0);
  const left = await client.request(LeaveGroupApi, 3, { groupId: 'g-leave', memberId: '', members: [{ memberId: joined.memberId, groupInstanceId: null, reason: null }] });
  t.equal(left.errorCode, 0);
  client.close();

  const restarted = await broker.restart();
  client = await RawKafkaClient.connect(restarted.port);
  t.teardown(() => client.close());
  t.equal((await findGroupCoordinator(client, 'g-leave')).errorCode, 0);
  const described = await client.request(DescribeGroupsApi, 5, { groups: ['g-leave'], includeAuthorizedOperations: false });
  t.match(described.groups[0], { errorCode: 0, groupState: 'Empty', members: [] }, 'stored empty, no departed member replayed');

  const started = Date.now();
  const rejoined = await joinGroup(client, { groupId: 'g-leave', sessionTimeoutMs: SESSION_TIMEOUT_MS, rebalanceTimeoutMs: SESSION_TIMEOUT_MS });
  t.equal(rejoined.errorCode, 0);
  t.ok(Date.now() - started < 5_000, `a new member's join completes without waiting for the old one (${Date.now() - started} ms)`);
});
