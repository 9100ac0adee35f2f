// One member of a classic group: what it sent in JoinGroup, what the leader assigned it, and the
// JoinGroup/SyncGroup responses it is waiting for while a rebalance runs.
import type { JoinGroupResponse } from '../protocol/generated/messages/JoinGroupResponse.js';
import type { SyncGroupResponse } from '../protocol/generated/messages/SyncGroupResponse.js';

export interface ClassicProtocol {
  name: string;
  metadata: Buffer;
}

export class ClassicGroupMember {
  assignment: Buffer = Buffer.alloc(0);
  /** Set while the member's JoinGroup waits for the join phase to complete. */
  awaitingJoin: ((response: JoinGroupResponse) => void) | null = null;
  /** Set while the member's SyncGroup waits for the leader's assignment. */
  awaitingSync: ((response: SyncGroupResponse) => void) | null = null;
  /** A member that joined during this rebalance: it is not waited for again if it drops out. */
  isNew = false;
  heartbeatTimer: NodeJS.Timeout | null = null;

  constructor(
    public memberId: string,
    readonly groupInstanceId: string | null,
    public clientId: string,
    public clientHost: string,
    public rebalanceTimeoutMs: number,
    public sessionTimeoutMs: number,
    public protocolType: string,
    public protocols: ClassicProtocol[],
  ) {}

  get isAwaitingJoin(): boolean {
    return this.awaitingJoin !== null;
  }

  metadataFor(protocolName: string): Buffer {
    const p = this.protocols.find((x) => x.name === protocolName);
    if (!p) throw new Error(`member ${this.memberId} does not support protocol ${protocolName}`);
    return p.metadata;
  }

  /** True when the member sent exactly these protocols, in this order, with this metadata. */
  matches(protocols: readonly ClassicProtocol[]): boolean {
    return protocols.length === this.protocols.length && protocols.every((p, i) => p.name === this.protocols[i].name && p.metadata.equals(this.protocols[i].metadata));
  }
}
