import t from 'tap';
import { ReplicaPlacementError, placeReplicas } from '../../src/controller/replicaPlacer.js';

const seeded = (seed: number): (() => number) => {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
};

t.test('without racks: distinct replicas, leaders spread round-robin from a random start', async (t) => {
  const brokers = [1, 2, 3, 4].map((id) => ({ id, rack: null }));
  const starts = new Set<number>();
  for (let seed = 1; seed < 20; seed++) {
    const placed = placeReplicas(brokers, 8, 3, 0, seeded(seed));
    for (const r of placed) t.equal(new Set(r).size, 3, 'three distinct brokers');
    const leaders = placed.map((r) => r[0]);
    t.same([...new Set(leaders)].sort(), [1, 2, 3, 4], 'every broker leads');
    for (const id of [1, 2, 3, 4]) t.equal(leaders.filter((l) => l === id).length, 2, `broker ${id} leads two of eight`);
    starts.add(leaders[0]!);
  }
  t.ok(starts.size > 1, 'the first leader is not always the same broker');
});

t.test('with racks: every partition spans as many racks as it can', async (t) => {
  const brokers = [
    { id: 1, rack: 'a' },
    { id: 2, rack: 'a' },
    { id: 3, rack: 'b' },
    { id: 4, rack: 'b' },
    { id: 5, rack: 'c' },
    { id: 6, rack: 'c' },
  ];
  const rackOf = new Map(brokers.map((b) => [b.id, b.rack]));
  for (let seed = 1; seed < 30; seed++) {
    for (const replicas of placeReplicas(brokers, 12, 3, 0, seeded(seed))) {
      t.equal(new Set(replicas.map((id) => rackOf.get(id))).size, 3, `${replicas.join(',')} on three racks`);
    }
    for (const replicas of placeReplicas(brokers, 6, 5, 0, seeded(seed))) {
      t.equal(new Set(replicas).size, 5, 'more replicas than racks: still distinct brokers');
      t.equal(new Set(replicas.map((id) => rackOf.get(id))).size, 3, 'and every rack used');
    }
  }
});

t.test('a replication factor above the brokers is refused with Kafka\'s message', async (t) => {
  t.throws(() => placeReplicas([{ id: 1, rack: null }], 1, 2), new ReplicaPlacementError('Replication factor: 2 larger than available brokers: 1.'));
});
