// Partition reassignment on the active controller (Kafka's ReplicationControlManager with
// PartitionReassignmentReplicas): a new replica list is first added to the old one, so the
// partition has both sets (adding and removing replicas) while the new replicas copy the log; the
// leader adds each to the ISR once caught up (AlterPartition), and when every adding replica is in
// the ISR the reassignment completes: the replicas become the target list, the removed ones leave
// the ISR, and if the leader was removed the first in-sync target replica takes over. A target with
// the same replicas in another order completes at once; a cancel (null replicas) reverts.
import type { MetadataImage, PartitionImage } from '../metadata/metadataImage.js';
import type { MetadataRecord } from '../metadata/metadataRecord.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';

export interface ReassignmentResult {
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

const ok: ReassignmentResult = { errorCode: ErrorCode.NONE, errorMessage: null };
const refuse = (errorCode: number, errorMessage: string): ReassignmentResult => ({ errorCode, errorMessage });

/** The replica set before the ongoing reassignment (what a cancel restores). */
function originalReplicas(p: PartitionImage): number[] {
  return p.replicas.filter((r) => !p.addingReplicas.includes(r));
}

/** The replica set the ongoing reassignment moves to. */
export function targetReplicas(p: PartitionImage): number[] {
  return p.replicas.filter((r) => !p.removingReplicas.includes(r));
}

/**
 * The change that finishes moving `p` to `target` with ISR `isr`: replicas become the target, the
 * ISR keeps only target members, and a leader outside the target (or not eligible) is replaced by
 * the first eligible in-sync target replica. Null when no target replica is in sync.
 */
function completion(p: PartitionImage, target: readonly number[], isr: readonly number[], eligible: ReadonlySet<number>): Omit<PartitionChange, 'topicId' | 'partitionId'> | null {
  const newIsr = isr.filter((r) => target.includes(r));
  if (newIsr.length === 0) return null;
  const leader = target.includes(p.leader) && newIsr.includes(p.leader) ? p.leader : (target.find((r) => newIsr.includes(r) && eligible.has(r)) ?? -1);
  return { replicas: [...target], isr: newIsr, addingReplicas: [], removingReplicas: [], ...(leader !== p.leader ? { leader } : {}) };
}

type PartitionChange = Extract<MetadataRecord, { kind: 'PartitionChangeRecord' }>['data'];

/** Brokers that may hold a new replica or lead: registered and not fenced. */
function liveBrokers(image: MetadataImage): Set<number> {
  const live = new Set<number>();
  for (const b of image.brokers.values()) if (!b.fenced) live.add(b.id);
  return live;
}

/** AlterPartitionReassignments for one partition: the records to commit and the answer. */
export function reassignPartition(image: MetadataImage, topicName: string, partitionIndex: number, target: readonly number[] | null): { records: MetadataRecord[]; result: ReassignmentResult } {
  const topic = image.topicsByName.get(topicName);
  const p = topic?.partitions.get(partitionIndex);
  if (!topic || !p) return { records: [], result: refuse(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${topicName} has no partition ${partitionIndex}.`) };
  const ongoing = p.addingReplicas.length > 0 || p.removingReplicas.length > 0;
  const change = (data: Omit<PartitionChange, 'topicId' | 'partitionId'>): MetadataRecord[] => [{ kind: 'PartitionChangeRecord', data: { topicId: topic.id, partitionId: partitionIndex, ...data } }];
  const eligible = liveBrokers(image);

  if (target === null) {
    if (!ongoing) return { records: [], result: refuse(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, `No reassignment of ${topicName}-${partitionIndex} is in progress.`) };
    const back = completion(p, originalReplicas(p), p.isr, eligible);
    if (back === null) return { records: [], result: refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'None of the original replicas is in sync: the reassignment cannot be cancelled.') };
    return { records: change(back), result: ok };
  }
  if (target.length === 0) return { records: [], result: refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'The replica list is empty.') };
  if (new Set(target).size !== target.length) return { records: [], result: refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `The replica list ${JSON.stringify(target)} names a broker twice.`) };
  const unknown = target.filter((r) => !image.brokers.has(r));
  if (unknown.length > 0) return { records: [], result: refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Brokers ${unknown.join(', ')} are not registered.`) };

  // Relative to the replicas before any ongoing reassignment, which the new target replaces.
  const original = ongoing ? originalReplicas(p) : [...p.replicas];
  const adding = target.filter((r) => !original.includes(r));
  const removing = original.filter((r) => !target.includes(r));
  if (adding.every((r) => p.isr.includes(r))) {
    const done = completion(p, target, p.isr, eligible);
    if (done === null) return { records: [], result: refuse(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'None of the target replicas is in sync.') };
    return { records: change(done), result: ok };
  }
  return { records: change({ replicas: [...target, ...removing], addingReplicas: adding, removingReplicas: removing }), result: ok };
}

/**
 * After an AlterPartition gave `p` the ISR `isr`: the change that completes its reassignment when
 * every adding replica is now in sync, else null.
 */
export function completeReassignment(image: MetadataImage, p: PartitionImage, isr: readonly number[]): Omit<PartitionChange, 'topicId' | 'partitionId'> | null {
  if (p.addingReplicas.length === 0 || !p.addingReplicas.every((r) => isr.includes(r))) return null;
  return completion(p, targetReplicas(p), isr, liveBrokers(image));
}
