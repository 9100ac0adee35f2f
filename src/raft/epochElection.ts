/**
 * The tally of one election round, for a prospective (pre-vote) or a candidate (vote): who granted,
 * who rejected, who has not answered. The local replica grants itself.
 */
export class EpochElection {
  private readonly granted = new Set<number>();
  private readonly rejected = new Set<number>();

  constructor(
    private readonly voters: readonly number[],
    localId: number,
  ) {
    this.granted.add(localId);
  }

  get majority(): number {
    return Math.floor(this.voters.length / 2) + 1;
  }

  /** Records an answer; answers from non-voters and second answers are ignored. */
  recordVote(voterId: number, granted: boolean): void {
    if (!this.voters.includes(voterId) || this.granted.has(voterId) || this.rejected.has(voterId)) return;
    (granted ? this.granted : this.rejected).add(voterId);
  }

  isWon(): boolean {
    return this.granted.size >= this.majority;
  }

  /** Even if every voter yet to answer granted, there would be no majority. */
  isLost(): boolean {
    return this.voters.length - this.rejected.size < this.majority;
  }

  unrecordedVoters(): number[] {
    return this.voters.filter((v) => !this.granted.has(v) && !this.rejected.has(v));
  }

  grantingVoters(): number[] {
    return this.voters.filter((v) => this.granted.has(v));
  }
}
