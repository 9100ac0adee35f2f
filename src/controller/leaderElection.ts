// ElectLeaders on the active controller (Kafka's ReplicationControlManager.electLeaders). A
// preferred election gives a partition to its first replica when that broker is live and in the
// ISR (ELECTION_NOT_NEEDED when it already leads, PREFERRED_LEADER_NOT_AVAILABLE otherwise). An
// unclean election gives a leaderless partition to its first live replica, which becomes the
// whole ISR and may lack acknowledged records (ELECTION_NOT_NEEDED when it has a leader,
// ELIGIBLE_LEADERS_NOT_AVAILABLE when no replica is live).
import type { MetadataImage, PartitionImage } from '../metadata/metadataImage.js';
import type { MetadataRecord } from '../metadata/metadataRecord.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';

export const ElectionType = { PREFERRED: 0, UNCLEAN: 1 } as const;

export interface ElectionResult {
  readonly topic: string;
  readonly partition: number;
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

function electOne(topicId: string, p: PartitionImage, electionType: number, live: ReadonlySet<number>): { errorCode: number; errorMessage: string | null; record?: MetadataRecord } {
  const change = (leader: number, isr?: number[]): MetadataRecord => ({ kind: 'PartitionChangeRecord', data: { topicId, partitionId: p.partitionId, leader, ...(isr ? { isr } : {}) } });
  if (electionType === ElectionType.PREFERRED) {
    const preferred = p.replicas[0]!;
    if (p.leader === preferred) return { errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: null };
    if (!live.has(preferred) || !p.isr.includes(preferred)) {
      return { errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, errorMessage: `Preferred replica ${preferred} is not live or not in the ISR ${JSON.stringify(p.isr)}.` };
    }
    return { errorCode: ErrorCode.NONE, errorMessage: null, record: change(preferred) };
  }
  if (p.leader >= 0) return { errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: null };
  const chosen = p.replicas.find((r) => live.has(r));
  if (chosen === undefined) return { errorCode: ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE, errorMessage: 'No replica of the partition is live.' };
  return { errorCode: ErrorCode.NONE, errorMessage: null, record: change(chosen, [chosen]) };
}

/**
 * The elections asked for: every partition when `partitions` is null (answering only those that
 * needed one, as Kafka does), else the named ones.
 */
export function electLeaders(
  image: MetadataImage,
  electionType: number,
  partitions: ReadonlyArray<{ topic: string; partition: number }> | null,
  live: ReadonlySet<number>,
): { records: MetadataRecord[]; result: ElectionResult[] } {
  const records: MetadataRecord[] = [];
  const results: ElectionResult[] = [];
  const wanted = partitions ?? [...image.topicsByName.values()].flatMap((t) => [...t.partitions.keys()].map((partition) => ({ topic: t.name, partition })));
  for (const { topic, partition } of wanted) {
    const t = image.topicsByName.get(topic);
    const p = t?.partitions.get(partition);
    if (!t || !p) {
      results.push({ topic, partition, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic ${topic} has no partition ${partition}.` });
      continue;
    }
    const outcome = electOne(t.id, p, electionType, live);
    if (outcome.record) records.push(outcome.record);
    if (partitions === null && outcome.errorCode === ErrorCode.ELECTION_NOT_NEEDED) continue;
    results.push({ topic, partition, errorCode: outcome.errorCode, errorMessage: outcome.errorMessage });
  }
  return { records, result: results };
}
