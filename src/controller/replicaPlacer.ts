// Chooses replicas for new partitions: round-robin over the live brokers from a random start,
// shifting followers per partition so that leaders and followers both spread (Kafka's classic
// non-rack-aware assignment). Rack awareness arrives with multi-broker clusters.

export class ReplicaPlacementError extends Error {}

export function placeReplicas(
  brokerIds: readonly number[],
  numPartitions: number,
  replicationFactor: number,
  firstPartitionId = 0,
  random: () => number = Math.random,
): number[][] {
  const n = brokerIds.length;
  if (replicationFactor > n) {
    throw new ReplicaPlacementError(`Replication factor: ${replicationFactor} larger than available brokers: ${n}.`);
  }
  const sorted = [...brokerIds].sort((a, b) => a - b);
  const start = Math.floor(random() * n);
  let shift = Math.floor(random() * n);
  const out: number[][] = [];
  for (let i = 0; i < numPartitions; i++) {
    const p = firstPartitionId + i;
    if (p > 0 && p % n === 0) shift++;
    const leaderIdx = (start + p) % n;
    const replicas = [sorted[leaderIdx]];
    for (let j = 0; j < replicationFactor - 1; j++) {
      const step = 1 + ((shift + j) % Math.max(1, n - 1));
      replicas.push(sorted[(leaderIdx + step) % n]);
    }
    out.push(replicas);
  }
  return out;
}
