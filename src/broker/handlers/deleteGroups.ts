// DeleteGroups (key 42): removes empty groups and their committed offsets.
import type { DeleteGroupsRequest } from '../../protocol/generated/messages/DeleteGroupsRequest.js';
import type { DeleteGroupsResponse } from '../../protocol/generated/messages/DeleteGroupsResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { defineHandler } from '../handler.js';

export function deleteGroupsHandler(groups: GroupCoordinator) {
  return defineHandler<DeleteGroupsRequest, DeleteGroupsResponse>({
    apiKey: 42,
    async handle(_ctx, req) {
      const results = [];
      for (const groupId of req.groupsNames) results.push({ groupId, errorCode: await groups.deleteGroup(groupId) });
      return { throttleTimeMs: 0, results };
    },
    errorResponse: (_ctx, req, errorCode) => ({ throttleTimeMs: 0, results: req.groupsNames.map((groupId) => ({ groupId, errorCode })) }),
  });
}
