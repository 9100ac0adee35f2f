// What the active controller remembers of brokers outside the log (Kafka's BrokerHeartbeatManager):
// when each last heartbeated, the offset of its registration (it is caught up once its metadata has
// reached that), and which asked to shut down. Lost on failover: a new active controller gives
// every broker a fresh session, as Kafka's does.

export class BrokerHeartbeatManager {
  private readonly lastContact = new Map<number, number>();
  private readonly registrationOffsets = new Map<number, number>();
  private readonly shuttingDown = new Set<number>();

  /** A new active controller: every known broker starts a fresh session now. */
  reset(brokerIds: Iterable<number>, now: number): void {
    this.lastContact.clear();
    this.registrationOffsets.clear();
    this.shuttingDown.clear();
    for (const id of brokerIds) this.lastContact.set(id, now);
  }

  registered(brokerId: number, offset: number, now: number): void {
    this.registrationOffsets.set(brokerId, offset);
    this.lastContact.set(brokerId, now);
    this.shuttingDown.delete(brokerId);
  }

  touch(brokerId: number, now: number): void {
    this.lastContact.set(brokerId, now);
  }

  /**
   * A broker is caught up once its metadata reached its registration. After a failover the
   * registration offset is not known here; the broker epoch (that record's offset) stands in.
   */
  isCaughtUp(brokerId: number, brokerEpoch: bigint, metadataOffset: bigint): boolean {
    const offset = this.registrationOffsets.get(brokerId) ?? Number(brokerEpoch);
    return metadataOffset >= BigInt(offset);
  }

  beginShutdown(brokerId: number): void {
    this.shuttingDown.add(brokerId);
  }

  isShuttingDown(brokerId: number): boolean {
    return this.shuttingDown.has(brokerId);
  }

  forget(brokerId: number): void {
    this.lastContact.delete(brokerId);
    this.registrationOffsets.delete(brokerId);
    this.shuttingDown.delete(brokerId);
  }

  /** Brokers whose last heartbeat is older than the session timeout. */
  stale(now: number, sessionTimeoutMs: number): number[] {
    const out: number[] = [];
    for (const [id, at] of this.lastContact) if (now - at > sessionTimeoutMs) out.push(id);
    return out;
  }
}
