// KIP-392: which replica a consumer should fetch from. The leader asks the selector named by
// replica.selector.class and answers a consumer whose choice is another replica with that
// replica's id (preferred_read_replica) and no records. Runnel has Kafka's one built-in selector.

/** Kafka's rack-aware selector, the only value replica.selector.class takes here. */
export const RACK_AWARE_REPLICA_SELECTOR = 'org.apache.kafka.common.replica.RackAwareReplicaSelector';
export const REPLICA_SELECTORS = [RACK_AWARE_REPLICA_SELECTOR] as const;

/** A replica a consumer could read its fetch offset from, as the leader sees it. */
export interface ReadableReplica {
  readonly brokerId: number;
  readonly rack: string | null;
  readonly logEndOffset: number;
  readonly lastCaughtUpTimeMs: number;
}

export type ReplicaSelector = (clientRack: string, leader: ReadableReplica, candidates: readonly ReadableReplica[]) => number;

/**
 * RackAwareReplicaSelector: a client with no rack, or none of whose rack holds a usable replica,
 * reads from the leader; the leader also wins when it is in the client's rack. Otherwise the
 * same-rack replica with the longest log, then the most recently caught up.
 */
export const rackAwareReplicaSelector: ReplicaSelector = (clientRack, leader, candidates) => {
  if (clientRack === '' || leader.rack === clientRack) return leader.brokerId;
  let best: ReadableReplica | null = null;
  for (const r of candidates) {
    if (r.rack !== clientRack) continue;
    if (best === null || r.logEndOffset > best.logEndOffset || (r.logEndOffset === best.logEndOffset && r.lastCaughtUpTimeMs > best.lastCaughtUpTimeMs)) best = r;
  }
  return best?.brokerId ?? leader.brokerId;
};

/** The selector for replica.selector.class; null (unset) keeps every consumer on the leader. */
export function replicaSelector(className: string | null): ReplicaSelector | null {
  return className === RACK_AWARE_REPLICA_SELECTOR ? rackAwareReplicaSelector : null;
}
