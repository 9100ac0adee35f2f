/**
 * The durable part of a replica's Raft state (Kafka's ElectionState, stored as QuorumStateData):
 * the epoch it is in, the leader it knows for that epoch and the candidate it voted for in it.
 * A replica writes this before it grants a vote or acts on a new epoch, so a restart can never
 * vote twice in one epoch or go back to an older one.
 */
export interface ElectionState {
  readonly epoch: number;
  /** -1 when no leader is known for the epoch (Kafka's sentinel, kept so the file reads the same). */
  readonly leaderId: number;
  /** -1 when the replica has not voted in the epoch. */
  readonly votedId: number;
}

export const NO_REPLICA = -1;

export function sameElection(a: ElectionState | null, b: ElectionState): boolean {
  return a !== null && a.epoch === b.epoch && a.leaderId === b.leaderId && a.votedId === b.votedId;
}

/** Where ElectionState survives restarts (Kafka's QuorumStateStore). */
export interface QuorumStateStore {
  /** The last written state; null when nothing was ever written. */
  read(): Promise<ElectionState | null>;
  /** Durable when the promise resolves: a crash afterwards reads this state back. */
  write(state: ElectionState): Promise<void>;
}

/** A store that survives a simulated crash but not the process: for tests and simulations. */
export class MemoryQuorumStateStore implements QuorumStateStore {
  private state: ElectionState | null = null;
  /** How many writes reached the store, so tests can check what was made durable. */
  writes = 0;

  read(): Promise<ElectionState | null> {
    return Promise.resolve(this.state);
  }

  write(state: ElectionState): Promise<void> {
    this.state = { epoch: state.epoch, leaderId: state.leaderId, votedId: state.votedId };
    this.writes++;
    return Promise.resolve();
  }
}
