// The Kafka APIs this client speaks, each with the version range the client itself can use.
// The connection picks the highest version inside both this range and the broker's.
import type { Reader } from '../protocol/reader.js';
import type { Writer } from '../protocol/writer.js';
import type { Records } from '../protocol/records.js';
import { ApiKey } from '../protocol/generated/apiKeys.js';
import { encodeApiVersionsRequest, type ApiVersionsRequest } from '../protocol/generated/messages/ApiVersionsRequest.js';
import { decodeApiVersionsResponse, type ApiVersionsResponse } from '../protocol/generated/messages/ApiVersionsResponse.js';
import { encodeMetadataRequest, type MetadataRequest } from '../protocol/generated/messages/MetadataRequest.js';
import { decodeMetadataResponse, type MetadataResponse } from '../protocol/generated/messages/MetadataResponse.js';
import { encodeProduceRequest, type ProduceRequest } from '../protocol/generated/messages/ProduceRequest.js';
import { decodeProduceResponse, type ProduceResponse } from '../protocol/generated/messages/ProduceResponse.js';
import { encodeFetchRequest, type FetchRequest } from '../protocol/generated/messages/FetchRequest.js';
import { decodeFetchResponse, type FetchResponse } from '../protocol/generated/messages/FetchResponse.js';
import { encodeListOffsetsRequest, type ListOffsetsRequest } from '../protocol/generated/messages/ListOffsetsRequest.js';
import { decodeListOffsetsResponse, type ListOffsetsResponse } from '../protocol/generated/messages/ListOffsetsResponse.js';
import { encodeCreateTopicsRequest, type CreateTopicsRequest } from '../protocol/generated/messages/CreateTopicsRequest.js';
import { decodeCreateTopicsResponse, type CreateTopicsResponse } from '../protocol/generated/messages/CreateTopicsResponse.js';
import { encodeDeleteTopicsRequest, type DeleteTopicsRequest } from '../protocol/generated/messages/DeleteTopicsRequest.js';
import { decodeDeleteTopicsResponse, type DeleteTopicsResponse } from '../protocol/generated/messages/DeleteTopicsResponse.js';
import { encodeCreatePartitionsRequest, type CreatePartitionsRequest } from '../protocol/generated/messages/CreatePartitionsRequest.js';
import { decodeCreatePartitionsResponse, type CreatePartitionsResponse } from '../protocol/generated/messages/CreatePartitionsResponse.js';
import { encodeDescribeConfigsRequest, type DescribeConfigsRequest } from '../protocol/generated/messages/DescribeConfigsRequest.js';
import { decodeDescribeConfigsResponse, type DescribeConfigsResponse } from '../protocol/generated/messages/DescribeConfigsResponse.js';
import { encodeIncrementalAlterConfigsRequest, type IncrementalAlterConfigsRequest } from '../protocol/generated/messages/IncrementalAlterConfigsRequest.js';
import { decodeIncrementalAlterConfigsResponse, type IncrementalAlterConfigsResponse } from '../protocol/generated/messages/IncrementalAlterConfigsResponse.js';
import { encodeDescribeClusterRequest, type DescribeClusterRequest } from '../protocol/generated/messages/DescribeClusterRequest.js';
import { decodeDescribeClusterResponse, type DescribeClusterResponse } from '../protocol/generated/messages/DescribeClusterResponse.js';
import { encodeDescribeTopicPartitionsRequest, type DescribeTopicPartitionsRequest } from '../protocol/generated/messages/DescribeTopicPartitionsRequest.js';
import { decodeDescribeTopicPartitionsResponse, type DescribeTopicPartitionsResponse } from '../protocol/generated/messages/DescribeTopicPartitionsResponse.js';
import { encodeFindCoordinatorRequest, type FindCoordinatorRequest } from '../protocol/generated/messages/FindCoordinatorRequest.js';
import { decodeFindCoordinatorResponse, type FindCoordinatorResponse } from '../protocol/generated/messages/FindCoordinatorResponse.js';
import { encodeJoinGroupRequest, type JoinGroupRequest } from '../protocol/generated/messages/JoinGroupRequest.js';
import { decodeJoinGroupResponse, type JoinGroupResponse } from '../protocol/generated/messages/JoinGroupResponse.js';
import { encodeSyncGroupRequest, type SyncGroupRequest } from '../protocol/generated/messages/SyncGroupRequest.js';
import { decodeSyncGroupResponse, type SyncGroupResponse } from '../protocol/generated/messages/SyncGroupResponse.js';
import { encodeHeartbeatRequest, type HeartbeatRequest } from '../protocol/generated/messages/HeartbeatRequest.js';
import { decodeHeartbeatResponse, type HeartbeatResponse } from '../protocol/generated/messages/HeartbeatResponse.js';
import { encodeLeaveGroupRequest, type LeaveGroupRequest } from '../protocol/generated/messages/LeaveGroupRequest.js';
import { decodeLeaveGroupResponse, type LeaveGroupResponse } from '../protocol/generated/messages/LeaveGroupResponse.js';
import { encodeOffsetCommitRequest, type OffsetCommitRequest } from '../protocol/generated/messages/OffsetCommitRequest.js';
import { decodeOffsetCommitResponse, type OffsetCommitResponse } from '../protocol/generated/messages/OffsetCommitResponse.js';
import { encodeOffsetFetchRequest, type OffsetFetchRequest } from '../protocol/generated/messages/OffsetFetchRequest.js';
import { decodeOffsetFetchResponse, type OffsetFetchResponse } from '../protocol/generated/messages/OffsetFetchResponse.js';
import { encodeOffsetDeleteRequest, type OffsetDeleteRequest } from '../protocol/generated/messages/OffsetDeleteRequest.js';
import { decodeOffsetDeleteResponse, type OffsetDeleteResponse } from '../protocol/generated/messages/OffsetDeleteResponse.js';
import { encodeListGroupsRequest, type ListGroupsRequest } from '../protocol/generated/messages/ListGroupsRequest.js';
import { decodeListGroupsResponse, type ListGroupsResponse } from '../protocol/generated/messages/ListGroupsResponse.js';
import { encodeDescribeGroupsRequest, type DescribeGroupsRequest } from '../protocol/generated/messages/DescribeGroupsRequest.js';
import { decodeDescribeGroupsResponse, type DescribeGroupsResponse } from '../protocol/generated/messages/DescribeGroupsResponse.js';
import { encodeDeleteGroupsRequest, type DeleteGroupsRequest } from '../protocol/generated/messages/DeleteGroupsRequest.js';
import { decodeDeleteGroupsResponse, type DeleteGroupsResponse } from '../protocol/generated/messages/DeleteGroupsResponse.js';
import { encodeConsumerGroupDescribeRequest, type ConsumerGroupDescribeRequest } from '../protocol/generated/messages/ConsumerGroupDescribeRequest.js';
import { decodeConsumerGroupDescribeResponse, type ConsumerGroupDescribeResponse } from '../protocol/generated/messages/ConsumerGroupDescribeResponse.js';
import { encodeVoteRequest, type VoteRequest } from '../protocol/generated/messages/VoteRequest.js';
import { decodeVoteResponse, type VoteResponse } from '../protocol/generated/messages/VoteResponse.js';
import { encodeBeginQuorumEpochRequest, type BeginQuorumEpochRequest } from '../protocol/generated/messages/BeginQuorumEpochRequest.js';
import { decodeBeginQuorumEpochResponse, type BeginQuorumEpochResponse } from '../protocol/generated/messages/BeginQuorumEpochResponse.js';
import { encodeEndQuorumEpochRequest, type EndQuorumEpochRequest } from '../protocol/generated/messages/EndQuorumEpochRequest.js';
import { decodeEndQuorumEpochResponse, type EndQuorumEpochResponse } from '../protocol/generated/messages/EndQuorumEpochResponse.js';
import { encodeFetchSnapshotRequest, type FetchSnapshotRequest } from '../protocol/generated/messages/FetchSnapshotRequest.js';
import { decodeFetchSnapshotResponse, type FetchSnapshotResponse } from '../protocol/generated/messages/FetchSnapshotResponse.js';
import { encodeDescribeQuorumRequest, type DescribeQuorumRequest } from '../protocol/generated/messages/DescribeQuorumRequest.js';
import { decodeDescribeQuorumResponse, type DescribeQuorumResponse } from '../protocol/generated/messages/DescribeQuorumResponse.js';
import { encodeBrokerRegistrationRequest, type BrokerRegistrationRequest } from '../protocol/generated/messages/BrokerRegistrationRequest.js';
import { decodeBrokerRegistrationResponse, type BrokerRegistrationResponse } from '../protocol/generated/messages/BrokerRegistrationResponse.js';
import { encodeBrokerHeartbeatRequest, type BrokerHeartbeatRequest } from '../protocol/generated/messages/BrokerHeartbeatRequest.js';
import { decodeBrokerHeartbeatResponse, type BrokerHeartbeatResponse } from '../protocol/generated/messages/BrokerHeartbeatResponse.js';
import { encodeAllocateProducerIdsRequest, type AllocateProducerIdsRequest } from '../protocol/generated/messages/AllocateProducerIdsRequest.js';
import { decodeAllocateProducerIdsResponse, type AllocateProducerIdsResponse } from '../protocol/generated/messages/AllocateProducerIdsResponse.js';
import { encodeAlterPartitionRequest, type AlterPartitionRequest } from '../protocol/generated/messages/AlterPartitionRequest.js';
import { encodeElectLeadersRequest, type ElectLeadersRequest } from '../protocol/generated/messages/ElectLeadersRequest.js';
import { decodeElectLeadersResponse, type ElectLeadersResponse } from '../protocol/generated/messages/ElectLeadersResponse.js';
import { encodeAlterPartitionReassignmentsRequest, type AlterPartitionReassignmentsRequest } from '../protocol/generated/messages/AlterPartitionReassignmentsRequest.js';
import { decodeAlterPartitionReassignmentsResponse, type AlterPartitionReassignmentsResponse } from '../protocol/generated/messages/AlterPartitionReassignmentsResponse.js';
import { encodeListPartitionReassignmentsRequest, type ListPartitionReassignmentsRequest } from '../protocol/generated/messages/ListPartitionReassignmentsRequest.js';
import { decodeListPartitionReassignmentsResponse, type ListPartitionReassignmentsResponse } from '../protocol/generated/messages/ListPartitionReassignmentsResponse.js';
import { decodeAlterPartitionResponse, type AlterPartitionResponse } from '../protocol/generated/messages/AlterPartitionResponse.js';
import { encodeAlterConfigsRequest, type AlterConfigsRequest } from '../protocol/generated/messages/AlterConfigsRequest.js';
import { decodeAlterConfigsResponse, type AlterConfigsResponse } from '../protocol/generated/messages/AlterConfigsResponse.js';

export interface ClientApi<Req, Res> {
  readonly name: string;
  readonly apiKey: number;
  readonly minVersion: number;
  readonly maxVersion: number;
  encodeRequest(w: Writer, request: Req, version: number): void;
  decodeResponse(r: Reader, version: number): Res;
}

function api<Req, Res>(
  name: string,
  apiKey: number,
  minVersion: number,
  maxVersion: number,
  encodeRequest: (w: Writer, request: Req, version: number) => void,
  decodeResponse: (r: Reader, version: number) => Res,
): ClientApi<Req, Res> {
  return { name, apiKey, minVersion, maxVersion, encodeRequest, decodeResponse };
}

export const ApiVersions = api<ApiVersionsRequest, ApiVersionsResponse>('ApiVersions', ApiKey.ApiVersions, 0, 4, encodeApiVersionsRequest, decodeApiVersionsResponse);
// v1+: a null topic list means all topics.
export const Metadata = api<MetadataRequest, MetadataResponse>('Metadata', ApiKey.Metadata, 1, 12, encodeMetadataRequest, decodeMetadataResponse);
// v3+ carries record batch v2, the only format this client writes.
export const Produce = api<ProduceRequest<Records>, ProduceResponse>('Produce', ApiKey.Produce, 3, 11, encodeProduceRequest, decodeProduceResponse);
// v4+ returns record batch v2 and the last stable offset.
export const Fetch = api<FetchRequest, FetchResponse<Buffer>>('Fetch', ApiKey.Fetch, 4, 17, encodeFetchRequest, decodeFetchResponse);
export const ListOffsets = api<ListOffsetsRequest, ListOffsetsResponse>('ListOffsets', ApiKey.ListOffsets, 1, 10, encodeListOffsetsRequest, decodeListOffsetsResponse);
export const CreateTopics = api<CreateTopicsRequest, CreateTopicsResponse>('CreateTopics', ApiKey.CreateTopics, 2, 7, encodeCreateTopicsRequest, decodeCreateTopicsResponse);
export const DeleteTopics = api<DeleteTopicsRequest, DeleteTopicsResponse>('DeleteTopics', ApiKey.DeleteTopics, 1, 6, encodeDeleteTopicsRequest, decodeDeleteTopicsResponse);
export const CreatePartitions = api<CreatePartitionsRequest, CreatePartitionsResponse>('CreatePartitions', ApiKey.CreatePartitions, 0, 3, encodeCreatePartitionsRequest, decodeCreatePartitionsResponse);
// v1+ reports each entry's source and synonyms, which `configs --describe` prints.
export const DescribeConfigs = api<DescribeConfigsRequest, DescribeConfigsResponse>('DescribeConfigs', ApiKey.DescribeConfigs, 1, 4, encodeDescribeConfigsRequest, decodeDescribeConfigsResponse);
export const IncrementalAlterConfigs = api<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse>('IncrementalAlterConfigs', ApiKey.IncrementalAlterConfigs, 0, 1, encodeIncrementalAlterConfigsRequest, decodeIncrementalAlterConfigsResponse);
export const DescribeCluster = api<DescribeClusterRequest, DescribeClusterResponse>('DescribeCluster', ApiKey.DescribeCluster, 0, 1, encodeDescribeClusterRequest, decodeDescribeClusterResponse);
export const DescribeTopicPartitions = api<DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse>('DescribeTopicPartitions', ApiKey.DescribeTopicPartitions, 0, 0, encodeDescribeTopicPartitionsRequest, decodeDescribeTopicPartitionsResponse);

// Consumer groups. Minimum versions are Kafka 4.0's floors; JoinGroup v4+ brings KIP-394's
// MEMBER_ID_REQUIRED round trip, handled by the group member for every version it gets.
export const FindCoordinator = api<FindCoordinatorRequest, FindCoordinatorResponse>('FindCoordinator', ApiKey.FindCoordinator, 0, 6, encodeFindCoordinatorRequest, decodeFindCoordinatorResponse);
export const JoinGroup = api<JoinGroupRequest, JoinGroupResponse>('JoinGroup', ApiKey.JoinGroup, 2, 9, encodeJoinGroupRequest, decodeJoinGroupResponse);
export const SyncGroup = api<SyncGroupRequest, SyncGroupResponse>('SyncGroup', ApiKey.SyncGroup, 0, 5, encodeSyncGroupRequest, decodeSyncGroupResponse);
export const Heartbeat = api<HeartbeatRequest, HeartbeatResponse>('Heartbeat', ApiKey.Heartbeat, 0, 4, encodeHeartbeatRequest, decodeHeartbeatResponse);
export const LeaveGroup = api<LeaveGroupRequest, LeaveGroupResponse>('LeaveGroup', ApiKey.LeaveGroup, 0, 5, encodeLeaveGroupRequest, decodeLeaveGroupResponse);
export const OffsetCommit = api<OffsetCommitRequest, OffsetCommitResponse>('OffsetCommit', ApiKey.OffsetCommit, 2, 9, encodeOffsetCommitRequest, decodeOffsetCommitResponse);
export const OffsetFetch = api<OffsetFetchRequest, OffsetFetchResponse>('OffsetFetch', ApiKey.OffsetFetch, 1, 9, encodeOffsetFetchRequest, decodeOffsetFetchResponse);
export const OffsetDelete = api<OffsetDeleteRequest, OffsetDeleteResponse>('OffsetDelete', ApiKey.OffsetDelete, 0, 0, encodeOffsetDeleteRequest, decodeOffsetDeleteResponse);
export const ListGroups = api<ListGroupsRequest, ListGroupsResponse>('ListGroups', ApiKey.ListGroups, 0, 5, encodeListGroupsRequest, decodeListGroupsResponse);
export const DescribeGroups = api<DescribeGroupsRequest, DescribeGroupsResponse>('DescribeGroups', ApiKey.DescribeGroups, 0, 5, encodeDescribeGroupsRequest, decodeDescribeGroupsResponse);
export const DeleteGroups = api<DeleteGroupsRequest, DeleteGroupsResponse>('DeleteGroups', ApiKey.DeleteGroups, 0, 2, encodeDeleteGroupsRequest, decodeDeleteGroupsResponse);
export const ConsumerGroupDescribe = api<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse>('ConsumerGroupDescribe', ApiKey.ConsumerGroupDescribe, 0, 0, encodeConsumerGroupDescribeRequest, decodeConsumerGroupDescribeResponse);

// KRaft: replicas on the controller listener, brokers to the active controller, and the
// requests a broker forwards to it.
export const Vote = api<VoteRequest, VoteResponse>('Vote', ApiKey.Vote, 0, 1, encodeVoteRequest, decodeVoteResponse);
export const BeginQuorumEpoch = api<BeginQuorumEpochRequest, BeginQuorumEpochResponse>('BeginQuorumEpoch', ApiKey.BeginQuorumEpoch, 0, 1, encodeBeginQuorumEpochRequest, decodeBeginQuorumEpochResponse);
export const EndQuorumEpoch = api<EndQuorumEpochRequest, EndQuorumEpochResponse>('EndQuorumEpoch', ApiKey.EndQuorumEpoch, 0, 1, encodeEndQuorumEpochRequest, decodeEndQuorumEpochResponse);
export const FetchSnapshot = api<FetchSnapshotRequest, FetchSnapshotResponse<Buffer>>('FetchSnapshot', ApiKey.FetchSnapshot, 0, 1, encodeFetchSnapshotRequest, decodeFetchSnapshotResponse);
export const DescribeQuorum = api<DescribeQuorumRequest, DescribeQuorumResponse>('DescribeQuorum', ApiKey.DescribeQuorum, 0, 2, encodeDescribeQuorumRequest, decodeDescribeQuorumResponse);
export const BrokerRegistration = api<BrokerRegistrationRequest, BrokerRegistrationResponse>('BrokerRegistration', ApiKey.BrokerRegistration, 0, 4, encodeBrokerRegistrationRequest, decodeBrokerRegistrationResponse);
export const BrokerHeartbeat = api<BrokerHeartbeatRequest, BrokerHeartbeatResponse>('BrokerHeartbeat', ApiKey.BrokerHeartbeat, 0, 1, encodeBrokerHeartbeatRequest, decodeBrokerHeartbeatResponse);
export const AllocateProducerIds = api<AllocateProducerIdsRequest, AllocateProducerIdsResponse>('AllocateProducerIds', ApiKey.AllocateProducerIds, 0, 0, encodeAllocateProducerIdsRequest, decodeAllocateProducerIdsResponse);
export const AlterPartition = api<AlterPartitionRequest, AlterPartitionResponse>('AlterPartition', ApiKey.AlterPartition, 0, 3, encodeAlterPartitionRequest, decodeAlterPartitionResponse);
export const ElectLeaders = api<ElectLeadersRequest, ElectLeadersResponse>('ElectLeaders', ApiKey.ElectLeaders, 0, 2, encodeElectLeadersRequest, decodeElectLeadersResponse);
export const AlterPartitionReassignments = api<AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse>('AlterPartitionReassignments', ApiKey.AlterPartitionReassignments, 0, 0, encodeAlterPartitionReassignmentsRequest, decodeAlterPartitionReassignmentsResponse);
export const ListPartitionReassignments = api<ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse>('ListPartitionReassignments', ApiKey.ListPartitionReassignments, 0, 0, encodeListPartitionReassignmentsRequest, decodeListPartitionReassignmentsResponse);
export const AlterConfigs = api<AlterConfigsRequest, AlterConfigsResponse>('AlterConfigs', ApiKey.AlterConfigs, 0, 2, encodeAlterConfigsRequest, decodeAlterConfigsResponse);
