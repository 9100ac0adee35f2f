// A classic group member's coordinator over the Kafka protocol: one dedicated connection, as
// Kafka's consumer keeps, found with FindCoordinator and dropped when the coordinator moves. Every
// call but JoinGroup and SyncGroup (which wait for the rebalance) is bounded by request.timeout.ms.
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { JoinGroupRequest } from '../protocol/generated/messages/JoinGroupRequest.js';
import type { JoinGroupResponse } from '../protocol/generated/messages/JoinGroupResponse.js';
import type { SyncGroupRequest } from '../protocol/generated/messages/SyncGroupRequest.js';
import type { SyncGroupResponse } from '../protocol/generated/messages/SyncGroupResponse.js';
import type { HeartbeatRequest } from '../protocol/generated/messages/HeartbeatRequest.js';
import type { ClassicGroupTransport } from './classicGroupTransport.js';
import { Heartbeat, JoinGroup, LeaveGroup, SyncGroup } from './clientApis.js';
import type { GroupCoordinators } from './groupCoordinator.js';
import type { KafkaClient } from './kafkaClient.js';
import type { KafkaConnection } from './kafkaConnection.js';
import { sendOffsetCommit, type CommitIdentity, type OffsetToCommit, type PartitionResult } from './offsetCommit.js';

// Kafka's consumer gives JoinGroup the rebalance timeout plus this much before it gives up.
const JOIN_GROUP_TIMEOUT_MARGIN_MS = 5_000;

export class KafkaGroupTransport implements ClassicGroupTransport {
  private connecting: Promise<KafkaConnection> | null = null;

  constructor(
    private readonly client: KafkaClient,
    private readonly coordinators: GroupCoordinators,
    private readonly groupId: string,
    private readonly requestTimeoutMs: number,
    private readonly rebalanceTimeoutMs: number,
  ) {}

  private connection(): Promise<KafkaConnection> {
    const current = this.connecting;
    if (current !== null) {
      return current.then((c) => {
        if (c.isOpen) return c;
        if (this.connecting === current) this.connecting = null;
        return this.connection();
      });
    }
    const opening = (async () => {
      const node = (await this.coordinators.find([this.groupId], Date.now() + this.requestTimeoutMs)).get(this.groupId)!;
      return this.client.openDedicatedConnection(node.host, node.port, Math.max(this.requestTimeoutMs, this.rebalanceTimeoutMs + JOIN_GROUP_TIMEOUT_MARGIN_MS));
    })();
    this.connecting = opening;
    opening.catch(() => {
      if (this.connecting === opening) this.connecting = null;
    });
    return opening;
  }

  coordinatorLost(): void {
    this.coordinators.forget(this.groupId);
    const current = this.connecting;
    this.connecting = null;
    current?.then((c) => c.close(), () => undefined);
  }

  backoff(attempt: number, deadline: number, err: Error): Promise<void> {
    return this.coordinators.backoff(attempt, deadline, err);
  }

  /** A request bounded by requestTimeoutMs: past it the connection is dropped, failing the request. */
  private async bounded<T>(send: (conn: KafkaConnection) => Promise<T>): Promise<T> {
    const conn = await this.connection();
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        send(conn),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            conn.close();
            reject(new KafkaError(ErrorCode.REQUEST_TIMED_OUT, `group '${this.groupId}': no answer from the coordinator within ${this.requestTimeoutMs} ms`));
          }, this.requestTimeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async joinGroup(req: JoinGroupRequest): Promise<JoinGroupResponse> {
    return (await this.connection()).send(JoinGroup, req);
  }

  async syncGroup(req: SyncGroupRequest): Promise<SyncGroupResponse> {
    return (await this.connection()).send(SyncGroup, req);
  }

  async heartbeat(req: HeartbeatRequest): Promise<number> {
    return (await this.bounded((conn) => conn.send(Heartbeat, req))).errorCode;
  }

  async leaveGroup(groupId: string, memberId: string, reason: string): Promise<void> {
    await this.bounded(async (conn) => {
      const batched = conn.versionFor(LeaveGroup) >= 3;
      await conn.send(LeaveGroup, { groupId, memberId: batched ? '' : memberId, members: batched ? [{ memberId, groupInstanceId: null, reason }] : [] });
    });
  }

  commitOffsets(groupId: string, who: CommitIdentity, offsets: readonly OffsetToCommit[]): Promise<PartitionResult[]> {
    return this.bounded((conn) => sendOffsetCommit(conn, groupId, who, offsets));
  }

  async partitionCounts(topics: readonly string[]): Promise<Map<string, number>> {
    const md = await this.client.metadata([...topics]);
    const counts = new Map<string, number>();
    for (const t of topics) {
      const meta = md.topics.get(t);
      if (meta !== undefined && meta.errorCode === ErrorCode.NONE) counts.set(t, meta.partitions.length);
    }
    return counts;
  }
}
