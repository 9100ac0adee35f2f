/** Errors the Raft core raises to its callers. */

/** propose() or resign() on a replica that is not the leader; carries what it knows of the leader. */
export class NotLeaderError extends Error {
  override readonly name = 'NotLeaderError';
  constructor(
    readonly leaderId: number,
    readonly epoch: number,
  ) {
    super(leaderId < 0 ? `not the leader; no leader is known in epoch ${epoch}` : `not the leader; replica ${leaderId} leads epoch ${epoch}`);
  }
}

/**
 * A peer's message contradicts Raft's invariants (two leaders in one epoch, a truncation below the
 * high watermark): a bug or a corrupted replica. The message is refused and nothing changes.
 */
export class RaftInvariantError extends Error {
  override readonly name = 'RaftInvariantError';
}
