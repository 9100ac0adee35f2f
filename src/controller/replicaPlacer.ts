// Chooses replicas for new partitions as Kafka's assignment does: round-robin over the live brokers
// from a random start, shifting followers per partition so that leaders and followers both spread.
// When brokers have broker.rack, the round-robin runs over a list that alternates racks and every
// partition's replicas land on distinct racks while racks remain (a broker without a rack counts
// as a rack of its own).

export class ReplicaPlacementError extends Error {}

export interface PlacementBroker {
  readonly id: number;
  readonly rack: string | null;
}

export function placeReplicas(
  brokers: readonly PlacementBroker[],
  numPartitions: number,
  replicationFactor: number,
  firstPartitionId = 0,
  random: () => number = Math.random,
): number[][] {
  const n = brokers.length;
  if (replicationFactor > n) {
    throw new ReplicaPlacementError(`Replication factor: ${replicationFactor} larger than available brokers: ${n}.`);
  }
  const sorted = [...brokers].sort((a, b) => a.id - b.id);
  const rackAware = sorted.some((b) => b.rack !== null);
  const arranged = rackAware ? alternateRacks(sorted) : sorted;
  const rackOf = (b: PlacementBroker): string => b.rack ?? `\u0000${b.id}`;
  const numRacks = new Set(arranged.map(rackOf)).size;
  const start = Math.floor(random() * n);
  let shift = Math.floor(random() * n);
  const out: number[][] = [];
  for (let i = 0; i < numPartitions; i++) {
    const p = firstPartitionId + i;
    if (p > 0 && p % n === 0) shift++;
    const first = (start + p) % n;
    const leader = arranged[first]!;
    const replicas = [leader.id];
    const racks = new Set([rackOf(leader)]);
    // Followers walk the list from the leader by a per-partition shift, skipping a broker whose
    // rack already holds a replica until every rack does.
    for (let k = 0; replicas.length < replicationFactor; k++) {
      const candidate = arranged[(first + 1 + ((shift * (rackAware ? numRacks : 1) + k) % Math.max(1, n - 1))) % n]!;
      if (replicas.includes(candidate.id)) continue;
      if (rackAware && racks.has(rackOf(candidate)) && racks.size < numRacks && k < 2 * n) continue;
      replicas.push(candidate.id);
      racks.add(rackOf(candidate));
    }
    out.push(replicas);
  }
  return out;
}

/** Brokers ordered so that consecutive ones are on different racks: one from each rack in turn. */
function alternateRacks(brokers: readonly PlacementBroker[]): PlacementBroker[] {
  const byRack = new Map<string, PlacementBroker[]>();
  for (const b of brokers) {
    const rack = b.rack ?? `\u0000${b.id}`;
    byRack.set(rack, [...(byRack.get(rack) ?? []), b]);
  }
  const queues = [...byRack.keys()].sort().map((r) => byRack.get(r)!);
  const out: PlacementBroker[] = [];
  while (out.length < brokers.length) for (const q of queues) if (q.length > 0) out.push(q.shift()!);
  return out;
}
