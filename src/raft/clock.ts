/**
 * Time as the Raft core sees it. The core never reads the system clock or sets timers itself: it
 * asks the clock for "now" and tells its driver how long it may sleep, so a simulation can run it
 * on a fake clock and replay a run exactly.
 */
export interface Clock {
  /** Milliseconds; only differences matter, except in DescribeQuorum timestamps (wall clock). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
