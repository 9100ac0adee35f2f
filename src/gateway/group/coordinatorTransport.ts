// A gateway group member's way to its coordinator: the broker's own GroupCoordinator, called in
// the same process instead of over a Kafka connection. On one broker every group's coordinator is
// here; the first call makes sure __consumer_offsets exists, as FindCoordinator does. (With
// several brokers a group whose coordinator is elsewhere would need the Kafka transport.)
import type { ClassicGroupTransport } from '../../client/classicGroupTransport.js';
import { commitResults, offsetCommitRequest, type CommitIdentity, type OffsetToCommit, type PartitionResult } from '../../client/offsetCommit.js';
import { backoffOrThrow, throwIfCoordinatorError } from '../../client/groupCoordinator.js';
import type { ClientInfo } from '../../group/classicGroupCoordinator.js';
import type { JoinGroupRequest } from '../../protocol/generated/messages/JoinGroupRequest.js';
import type { JoinGroupResponse } from '../../protocol/generated/messages/JoinGroupResponse.js';
import type { SyncGroupRequest } from '../../protocol/generated/messages/SyncGroupRequest.js';
import type { SyncGroupResponse } from '../../protocol/generated/messages/SyncGroupResponse.js';
import type { HeartbeatRequest } from '../../protocol/generated/messages/HeartbeatRequest.js';
import { ErrorCode, KafkaError } from '../../protocol/kafkaErrors.js';
import type { GatewayContext } from '../gatewayContext.js';

// The API versions the member speaks: JoinGroup v9 (KIP-394 member ids, KIP-814) and OffsetCommit
// v8 (generation-checked classic commits).
const JOIN_GROUP_VERSION = 9;
const OFFSET_COMMIT_VERSION = 8;
const RETRY_BACKOFF_MS = 100;
const RETRY_BACKOFF_MAX_MS = 1_000;

export class CoordinatorTransport implements ClassicGroupTransport {
  private located: Promise<void> | null = null;

  constructor(
    private readonly ctx: GatewayContext,
    private readonly client: Omit<ClientInfo, 'apiVersion'>,
  ) {}

  /** FindCoordinator's side effect: the offsets topic is created on first use. */
  private locate(groupId: string): Promise<void> {
    this.located ??= (async () => {
      const where = await this.ctx.groupCoordinator.findGroupCoordinator(groupId, '');
      if (where.errorCode !== ErrorCode.NONE) {
        this.located = null;
        throw new KafkaError(where.errorCode, `group '${groupId}': ${where.errorMessage ?? new KafkaError(where.errorCode).message}`);
      }
    })();
    return this.located;
  }

  async joinGroup(req: JoinGroupRequest): Promise<JoinGroupResponse> {
    await this.locate(req.groupId);
    const res = await this.ctx.groupCoordinator.join(req, { ...this.client, apiVersion: JOIN_GROUP_VERSION });
    throwIfCoordinatorError(res.errorCode, req.groupId);
    return res;
  }

  async syncGroup(req: SyncGroupRequest): Promise<SyncGroupResponse> {
    const res = await this.ctx.groupCoordinator.sync(req);
    throwIfCoordinatorError(res.errorCode, req.groupId);
    return res;
  }

  async heartbeat(req: HeartbeatRequest): Promise<number> {
    return this.ctx.groupCoordinator.heartbeat(req.groupId, req.memberId, req.groupInstanceId, req.generationId);
  }

  async leaveGroup(groupId: string, memberId: string, reason: string): Promise<void> {
    this.ctx.groupCoordinator.leave(groupId, [{ memberId, groupInstanceId: null, reason }]);
  }

  async commitOffsets(groupId: string, who: CommitIdentity, offsets: readonly OffsetToCommit[]): Promise<PartitionResult[]> {
    await this.locate(groupId);
    return commitResults(groupId, await this.ctx.groupCoordinator.commitOffsets(offsetCommitRequest(groupId, who, offsets), this.ctx.image(), OFFSET_COMMIT_VERSION));
  }

  async partitionCounts(topics: readonly string[]): Promise<Map<string, number>> {
    const image = this.ctx.image();
    const counts = new Map<string, number>();
    for (const t of topics) {
      const topic = image.topicsByName.get(t);
      if (topic) counts.set(t, topic.partitions.size);
    }
    return counts;
  }

  coordinatorLost(): void {
    this.located = null;
  }

  backoff(attempt: number, deadline: number, err: Error): Promise<void> {
    return backoffOrThrow(attempt, deadline, err, RETRY_BACKOFF_MS, RETRY_BACKOFF_MAX_MS);
  }
}
