// DescribeGroups (key 15): state, protocol and members of classic groups. Runnel has no ACLs yet,
// so authorized operations are left unset (Kafka's "not requested" value).
import type { DescribeGroupsRequest } from '../../protocol/generated/messages/DescribeGroupsRequest.js';
import type { DescribeGroupsResponse } from '../../protocol/generated/messages/DescribeGroupsResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { defineHandler } from '../handler.js';

const OPERATIONS_NOT_REQUESTED = -2147483648;

export function describeGroupsHandler(groups: GroupCoordinator) {
  return defineHandler<DescribeGroupsRequest, DescribeGroupsResponse>({
    apiKey: 15,
    handle: (_ctx, req) => ({
      throttleTimeMs: 0,
      groups: req.groups.map((id) => ({ ...groups.describeGroup(id), authorizedOperations: OPERATIONS_NOT_REQUESTED })),
    }),
    errorResponse: (_ctx, req, errorCode) => ({
      throttleTimeMs: 0,
      groups: req.groups.map((groupId) => ({ errorCode, groupId, groupState: '', protocolType: '', protocolData: '', members: [], authorizedOperations: OPERATIONS_NOT_REQUESTED })),
    }),
  });
}
