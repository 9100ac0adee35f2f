// The KIP-848 group APIs (and OffsetDelete) as the raw test client speaks them, for tests that need
// exact ConsumerGroupHeartbeat requests: epochs, fencing, bad inputs.
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import {
  encodeConsumerGroupHeartbeatRequest,
  type ConsumerGroupHeartbeatRequest,
} from '../../src/protocol/generated/messages/ConsumerGroupHeartbeatRequest.js';
import {
  decodeConsumerGroupHeartbeatResponse,
  type ConsumerGroupHeartbeatResponse,
} from '../../src/protocol/generated/messages/ConsumerGroupHeartbeatResponse.js';
import { encodeConsumerGroupDescribeRequest, type ConsumerGroupDescribeRequest } from '../../src/protocol/generated/messages/ConsumerGroupDescribeRequest.js';
import { decodeConsumerGroupDescribeResponse, type ConsumerGroupDescribeResponse } from '../../src/protocol/generated/messages/ConsumerGroupDescribeResponse.js';
import { encodeOffsetDeleteRequest, type OffsetDeleteRequest } from '../../src/protocol/generated/messages/OffsetDeleteRequest.js';
import { decodeOffsetDeleteResponse, type OffsetDeleteResponse } from '../../src/protocol/generated/messages/OffsetDeleteResponse.js';
import type { RawApi, RawKafkaClient } from './rawKafka.js';

export const ConsumerGroupHeartbeatApi: RawApi<ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse> = {
  apiKey: ApiKey.ConsumerGroupHeartbeat,
  encode: encodeConsumerGroupHeartbeatRequest,
  decode: decodeConsumerGroupHeartbeatResponse,
};
export const ConsumerGroupDescribeApi: RawApi<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse> = {
  apiKey: ApiKey.ConsumerGroupDescribe,
  encode: encodeConsumerGroupDescribeRequest,
  decode: decodeConsumerGroupDescribeResponse,
};
export const OffsetDeleteApi: RawApi<OffsetDeleteRequest, OffsetDeleteResponse> = { apiKey: ApiKey.OffsetDelete, encode: encodeOffsetDeleteRequest, decode: decodeOffsetDeleteResponse };

export type HeartbeatFields = Partial<ConsumerGroupHeartbeatRequest> & { groupId: string; memberId: string; memberEpoch: number };

/** A ConsumerGroupHeartbeat request with Kafka's "unchanged" defaults for every field not given. */
export function heartbeatRequest(req: HeartbeatFields): ConsumerGroupHeartbeatRequest {
  return {
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: null,
    ...req,
  };
}

export function consumerGroupHeartbeat(client: RawKafkaClient, req: HeartbeatFields, version = 1): Promise<ConsumerGroupHeartbeatResponse> {
  return client.request(ConsumerGroupHeartbeatApi, version, heartbeatRequest(req));
}

export async function describeConsumerGroup(client: RawKafkaClient, groupId: string): Promise<ConsumerGroupDescribeResponse['groups'][number]> {
  const res = await client.request(ConsumerGroupDescribeApi, 0, { groupIds: [groupId], includeAuthorizedOperations: false });
  return res.groups[0];
}
