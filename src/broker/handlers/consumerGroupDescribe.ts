// ConsumerGroupDescribe (key 69): KIP-848 consumer groups with their epochs, assignor, and each
// member's current and target assignment. Runnel has no ACLs yet, so authorized operations are
// left unset (Kafka's "not requested" value).
import type { ConsumerGroupDescribeRequest } from '../../protocol/generated/messages/ConsumerGroupDescribeRequest.js';
import type { ConsumerGroupDescribeResponse } from '../../protocol/generated/messages/ConsumerGroupDescribeResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { describeError } from '../../group/consumerGroupCoordinator.js';
import { defineHandler } from '../handler.js';

export function consumerGroupDescribeHandler(groups: GroupCoordinator) {
  return defineHandler<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse>({
    apiKey: 69,
    handle: (_ctx, req) => ({ throttleTimeMs: 0, groups: req.groupIds.map((id) => groups.consumerGroupDescribe(id)) }),
    errorResponse: (_ctx, req, errorCode) => ({ throttleTimeMs: 0, groups: req.groupIds.map((groupId) => describeError(groupId, errorCode)) }),
  });
}
