/**
 * Randomness as the Raft core sees it: election timeouts, backoffs and correlation ids. Injected so
 * a simulation seeds it and replays a run exactly.
 */
export interface Random {
  /** A uniformly distributed integer in [0, bound); bound is a positive integer. */
  nextInt(bound: number): number;
}

export const mathRandom: Random = { nextInt: (bound) => Math.floor(Math.random() * bound) };
