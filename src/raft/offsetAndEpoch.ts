/**
 * A log position named by its offset and the leader epoch of the record before it (Kafka's
 * OffsetAndEpoch). Snapshot ids, diverging epochs and a voter's "last offset" in Vote are all this.
 */
export interface OffsetAndEpoch {
  readonly offset: number;
  readonly epoch: number;
}

/** Orders by epoch, then offset: a log ending in a later epoch is more up to date whatever its length. */
export function compareOffsetAndEpoch(a: OffsetAndEpoch, b: OffsetAndEpoch): number {
  if (a.epoch !== b.epoch) return a.epoch < b.epoch ? -1 : 1;
  return a.offset === b.offset ? 0 : a.offset < b.offset ? -1 : 1;
}

export function formatOffsetAndEpoch(id: OffsetAndEpoch): string {
  return `(offset ${id.offset}, epoch ${id.epoch})`;
}
