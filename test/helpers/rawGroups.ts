// The group APIs as the raw test client speaks them (codec from src/protocol), for tests that
// need exact requests: bad inputs, fencing, generations.
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import { encodeFindCoordinatorRequest, type FindCoordinatorRequest } from '../../src/protocol/generated/messages/FindCoordinatorRequest.js';
import { decodeFindCoordinatorResponse, type FindCoordinatorResponse } from '../../src/protocol/generated/messages/FindCoordinatorResponse.js';
import { encodeJoinGroupRequest, type JoinGroupRequest } from '../../src/protocol/generated/messages/JoinGroupRequest.js';
import { decodeJoinGroupResponse, type JoinGroupResponse } from '../../src/protocol/generated/messages/JoinGroupResponse.js';
import { encodeSyncGroupRequest, type SyncGroupRequest } from '../../src/protocol/generated/messages/SyncGroupRequest.js';
import { decodeSyncGroupResponse, type SyncGroupResponse } from '../../src/protocol/generated/messages/SyncGroupResponse.js';
import { encodeHeartbeatRequest, type HeartbeatRequest } from '../../src/protocol/generated/messages/HeartbeatRequest.js';
import { decodeHeartbeatResponse, type HeartbeatResponse } from '../../src/protocol/generated/messages/HeartbeatResponse.js';
import { encodeLeaveGroupRequest, type LeaveGroupRequest } from '../../src/protocol/generated/messages/LeaveGroupRequest.js';
import { decodeLeaveGroupResponse, type LeaveGroupResponse } from '../../src/protocol/generated/messages/LeaveGroupResponse.js';
import { encodeOffsetCommitRequest, type OffsetCommitRequest } from '../../src/protocol/generated/messages/OffsetCommitRequest.js';
import { decodeOffsetCommitResponse, type OffsetCommitResponse } from '../../src/protocol/generated/messages/OffsetCommitResponse.js';
import { encodeOffsetFetchRequest, type OffsetFetchRequest } from '../../src/protocol/generated/messages/OffsetFetchRequest.js';
import { decodeOffsetFetchResponse, type OffsetFetchResponse } from '../../src/protocol/generated/messages/OffsetFetchResponse.js';
import { encodeDescribeGroupsRequest, type DescribeGroupsRequest } from '../../src/protocol/generated/messages/DescribeGroupsRequest.js';
import { decodeDescribeGroupsResponse, type DescribeGroupsResponse } from '../../src/protocol/generated/messages/DescribeGroupsResponse.js';
import { encodeListGroupsRequest, type ListGroupsRequest } from '../../src/protocol/generated/messages/ListGroupsRequest.js';
import { decodeListGroupsResponse, type ListGroupsResponse } from '../../src/protocol/generated/messages/ListGroupsResponse.js';
import { encodeDeleteGroupsRequest, type DeleteGroupsRequest } from '../../src/protocol/generated/messages/DeleteGroupsRequest.js';
import { decodeDeleteGroupsResponse, type DeleteGroupsResponse } from '../../src/protocol/generated/messages/DeleteGroupsResponse.js';
import type { RawApi, RawKafkaClient } from './rawKafka.js';

export const FindCoordinatorApi: RawApi<FindCoordinatorRequest, FindCoordinatorResponse> = { apiKey: ApiKey.FindCoordinator, encode: encodeFindCoordinatorRequest, decode: decodeFindCoordinatorResponse };
export const JoinGroupApi: RawApi<JoinGroupRequest, JoinGroupResponse> = { apiKey: ApiKey.JoinGroup, encode: encodeJoinGroupRequest, decode: decodeJoinGroupResponse };
export const SyncGroupApi: RawApi<SyncGroupRequest, SyncGroupResponse> = { apiKey: ApiKey.SyncGroup, encode: encodeSyncGroupRequest, decode: decodeSyncGroupResponse };
export const HeartbeatApi: RawApi<HeartbeatRequest, HeartbeatResponse> = { apiKey: ApiKey.Heartbeat, encode: encodeHeartbeatRequest, decode: decodeHeartbeatResponse };
export const LeaveGroupApi: RawApi<LeaveGroupRequest, LeaveGroupResponse> = { apiKey: ApiKey.LeaveGroup, encode: encodeLeaveGroupRequest, decode: decodeLeaveGroupResponse };
export const OffsetCommitApi: RawApi<OffsetCommitRequest, OffsetCommitResponse> = { apiKey: ApiKey.OffsetCommit, encode: encodeOffsetCommitRequest, decode: decodeOffsetCommitResponse };
export const OffsetFetchApi: RawApi<OffsetFetchRequest, OffsetFetchResponse> = { apiKey: ApiKey.OffsetFetch, encode: encodeOffsetFetchRequest, decode: decodeOffsetFetchResponse };
export const DescribeGroupsApi: RawApi<DescribeGroupsRequest, DescribeGroupsResponse> = { apiKey: ApiKey.DescribeGroups, encode: encodeDescribeGroupsRequest, decode: decodeDescribeGroupsResponse };
export const ListGroupsApi: RawApi<ListGroupsRequest, ListGroupsResponse> = { apiKey: ApiKey.ListGroups, encode: encodeListGroupsRequest, decode: decodeListGroupsResponse };
export const DeleteGroupsApi: RawApi<DeleteGroupsRequest, DeleteGroupsResponse> = { apiKey: ApiKey.DeleteGroups, encode: encodeDeleteGroupsRequest, decode: decodeDeleteGroupsResponse };

/** Finds the group's coordinator until the offsets topic exists and the answer is NONE. */
export async function findGroupCoordinator(client: RawKafkaClient, groupId: string): Promise<FindCoordinatorResponse> {
  for (let attempt = 0; ; attempt++) {
    const res = await client.request(FindCoordinatorApi, 3, { key: groupId, keyType: 0, coordinatorKeys: [] });
    if (res.errorCode === 0 || attempt >= 50) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface JoinOptions {
  groupId: string;
  memberId?: string;
  groupInstanceId?: string | null;
  protocolType?: string;
  protocols?: Array<{ name: string; metadata: Buffer }>;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
}

export function joinRequest(o: JoinOptions): JoinGroupRequest {
  return {
    groupId: o.groupId,
    sessionTimeoutMs: o.sessionTimeoutMs ?? 10_000,
    rebalanceTimeoutMs: o.rebalanceTimeoutMs ?? 10_000,
    memberId: o.memberId ?? '',
    groupInstanceId: o.groupInstanceId ?? null,
    protocolType: o.protocolType ?? 'consumer',
    protocols: o.protocols ?? [{ name: 'range', metadata: Buffer.from('m') }],
    reason: null,
  };
}

/** JoinGroup v5 (static membership, member id required), retrying once with the id handed out. */
export async function joinGroup(client: RawKafkaClient, o: JoinOptions, timeoutMs = 30_000): Promise<JoinGroupResponse> {
  const first = await client.request(JoinGroupApi, 5, joinRequest(o), timeoutMs);
  if (first.errorCode !== 79 /* MEMBER_ID_REQUIRED */) return first;
  return client.request(JoinGroupApi, 5, joinRequest({ ...o, memberId: first.memberId }), timeoutMs);
}

export function commitRequest(groupId: string, generation: number, memberId: string, topic: string, partition: number, offset: bigint, groupInstanceId: string | null = null): OffsetCommitRequest {
  return {
    groupId,
    generationIdOrMemberEpoch: generation,
    memberId,
    groupInstanceId,
    retentionTimeMs: -1n,
    topics: [{ name: topic, partitions: [{ partitionIndex: partition, committedOffset: offset, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: 'meta' }] }],
  };
}
