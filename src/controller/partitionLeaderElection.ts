// Leadership changes when brokers come and go (Kafka's PartitionChangeBuilder, for the cases the
// controller handles today): a partition whose leader is fenced or leaving gets the first live
// replica of its ISR, in replica order, or with unclean election enabled the first live replica
// at all; without one it is left leaderless, keeping its last ISR member so that broker can lead
// again when it returns. Fenced brokers leave ISRs, which never become empty.
import type { MetadataImage, PartitionImage } from '../metadata/metadataImage.js';
import type { MetadataRecord } from '../metadata/metadataRecord.js';

const NO_LEADER = -1;

export interface ElectionPolicy {
  /** Brokers that may lead: registered, unfenced and not shutting down. */
  readonly eligible: ReadonlySet<number>;
  /** Brokers to take out of ISRs (fenced ones). */
  readonly removeFromIsr: ReadonlySet<number>;
  readonly unclean: boolean;
}

/** The PartitionChangeRecords that bring every partition in line with the policy. */
export function partitionChanges(image: MetadataImage, policy: ElectionPolicy): MetadataRecord[] {
  const records: MetadataRecord[] = [];
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      const change = partitionChange(p, policy);
      if (change) records.push({ kind: 'PartitionChangeRecord', data: { topicId: topic.id, partitionId: p.partitionId, ...change } });
    }
  }
  return records;
}

function partitionChange(p: PartitionImage, policy: ElectionPolicy): { leader?: number; isr?: number[] } | null {
  let isr = p.isr.filter((r) => !policy.removeFromIsr.has(r));
  if (isr.length === 0) isr = p.isr.length > 0 ? [p.isr.includes(p.leader) ? p.leader : p.isr[0]!] : [];
  let leader = p.leader;
  if (leader === NO_LEADER || !policy.eligible.has(leader)) {
    leader = p.replicas.find((r) => isr.includes(r) && policy.eligible.has(r)) ?? NO_LEADER;
    if (leader === NO_LEADER && policy.unclean) {
      leader = p.replicas.find((r) => policy.eligible.has(r)) ?? NO_LEADER;
      if (leader !== NO_LEADER) isr = [leader];
    }
  }
  const isrChanged = isr.length !== p.isr.length || isr.some((r, i) => r !== p.isr[i]);
  const leaderChanged = leader !== p.leader;
  if (!isrChanged && !leaderChanged) return null;
  return { ...(leaderChanged ? { leader } : {}), ...(isrChanged ? { isr } : {}) };
}

/**
 * Kafka's auto leader rebalance: for each broker whose share of the partitions it is the preferred
 * (first) replica of, but does not lead, is above `imbalancePercentage`, leadership of those
 * partitions moves back to it where it is eligible and in the ISR.
 */
export function preferredLeaderChanges(image: MetadataImage, eligible: ReadonlySet<number>, imbalancePercentage: number): MetadataRecord[] {
  const preferred = new Map<number, Array<{ topicId: string; p: PartitionImage }>>();
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      const first = p.replicas[0];
      if (first === undefined) continue;
      let list = preferred.get(first);
      if (!list) preferred.set(first, (list = []));
      list.push({ topicId: topic.id, p });
    }
  }
  const records: MetadataRecord[] = [];
  for (const [brokerId, partitions] of preferred) {
    const ledElsewhere = partitions.filter(({ p }) => p.leader !== brokerId);
    if (ledElsewhere.length * 100 <= imbalancePercentage * partitions.length || !eligible.has(brokerId)) continue;
    for (const { topicId, p } of ledElsewhere) {
      if (p.isr.includes(brokerId)) records.push({ kind: 'PartitionChangeRecord', data: { topicId, partitionId: p.partitionId, leader: brokerId } });
    }
  }
  return records;
}
