// Incremental cooperative rebalancing (KIP-429) with confluent-kafka's cooperative-sticky
// assignor: when a member joins, the others give up only the partitions that move to it, and
// when it leaves, they gain its partitions without giving anything up. The broker picks the
// protocol and relays assignments; the incremental dance happens in the clients.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import {
  auditDelivery, createTopic, partitionKey, processedSince, produceValues, startGroupMember, stopAll, waitForBalanced, waitForProcessed,
  type GroupMember,
} from '../helpers/groupClients.js';

const TOPIC = 'cooperative';
const PARTITIONS = 6;
const TIMEOUT_MS = 45_000;

const keys = (m: GroupMember): string[] => m.assignment.map(partitionKey);

/** The partitions a member was handed or asked to give up after event index `from`. */
function changesSince(m: GroupMember, from: number): { assigned: string[]; revoked: string[]; lost: string[] } {
  const later = m.events.slice(from);
  const of = (kind: 'assigned' | 'revoked' | 'lost'): string[] =>
    later.flatMap((e) => (e.event === kind ? e.partitions.map(partitionKey) : [])).sort();
  return { assigned: of('assigned'), revoked: of('revoked'), lost: of('lost') };
}

t.test('cooperative-sticky members never revoke the partitions they keep', async (t) => {
  const broker = await withBroker(t);
  await createTopic(broker, TOPIC, PARTITIONS);
  const start = (name: string): Promise<GroupMember> => startGroupMember(t, 'confluent', name, {
    bootstrap: broker.bootstrap, groupId: 'g-cooperative', topics: [TOPIC], assignor: 'cooperative-sticky', commit: 'auto', autoCommitIntervalMs: 500,
  });

  const [a, b] = await Promise.all([start('coop-a'), start('coop-b')]);
  await waitForBalanced([a, b], TOPIC, PARTITIONS, TIMEOUT_MS);
  const protocols = [a, b].map((m) => m.of('generation').at(-1)?.protocol);
  t.same(protocols, ['cooperative-sticky', 'cooperative-sticky'], 'the coordinator chose the cooperative-sticky protocol');

  // A third member joins.
  const before = new Map([a, b].map((m) => [m, keys(m)]));
  const mark = new Map([a, b].map((m) => [m, m.events.length]));
  const c = await start('coop-c');
  await waitForBalanced([a, b, c], TOPIC, PARTITIONS, TIMEOUT_MS);
  for (const m of [a, b]) {
    const kept = keys(m);
    const moved = before.get(m)!.filter((k) => !kept.includes(k)).sort();
    const changes = changesSince(m, mark.get(m)!);
    t.equal(moved.length, 1, `${m.name} hands one partition to the newcomer`);
    t.same(changes.revoked, moved, `${m.name} revokes exactly the partition that moves (${moved.join(',')}), never one it keeps`);
    t.ok(moved.every((k) => keys(c).includes(k)), `${m.name}'s moved partition now belongs to the newcomer`);
    t.same(changes.assigned, [], `${m.name} is handed nothing new`);
    t.same(changes.lost, [], `${m.name} loses nothing`);
  }

  // Steady state: every record once.
  const since = Date.now();
  const values = await produceValues(broker.bootstrap, TOPIC, 'coop', 300);
  await waitForProcessed([a, b, c], values, TIMEOUT_MS, since);
  t.same(auditDelivery(processedSince([a, b, c], since), values), { missing: [], duplicated: [], unexpected: [] }, 'each record processed once');

  // The newcomer leaves cleanly: the others take its partitions and give up none of theirs.
  const heldByC = keys(c);
  const markLeave = new Map([a, b].map((m) => [m, m.events.length]));
  const keptBefore = new Map([a, b].map((m) => [m, keys(m)]));
  t.equal(await c.stop(), 0, 'the newcomer closes cleanly');
  await waitForBalanced([a, b], TOPIC, PARTITIONS, TIMEOUT_MS);
  for (const m of [a, b]) {
    const changes = changesSince(m, markLeave.get(m)!);
    t.same(changes.revoked, [], `${m.name} revokes nothing when a member leaves`);
    t.ok(keptBefore.get(m)!.every((k) => keys(m).includes(k)), `${m.name} keeps all it had`);
    t.ok(changes.assigned.length > 0 && changes.assigned.every((k) => heldByC.includes(k)), `${m.name} gains only partitions of the member that left (${changes.assigned.join(',')})`);
  }
  await stopAll(t, [a, b]);
});
