// Producer sequence numbers are int32 and wrap from Int32.MAX_VALUE to 0 (never to a negative
// number), exactly as Kafka's DefaultRecordBatch does, so a long-lived producer keeps going.
export const MAX_SEQUENCE = 0x7fffffff;

/** Kafka's "no sequence" marker (RecordBatch.NO_SEQUENCE). */
export const NO_SEQUENCE = -1;

export function incrementSequence(sequence: number, increment: number): number {
  if (sequence > MAX_SEQUENCE - increment) return increment - (MAX_SEQUENCE - sequence) - 1;
  return sequence + increment;
}

export function decrementSequence(sequence: number, decrement: number): number {
  if (sequence < decrement) return MAX_SEQUENCE - (decrement - sequence) + 1;
  return sequence - decrement;
}

/** True when `next` is the sequence that must follow `last`. */
export function inSequence(last: number, next: number): boolean {
  return next === last + 1 || (next === 0 && last === MAX_SEQUENCE);
}
