// ListGroups (key 16): the groups this broker coordinates, filtered by state (v4+) and type (v5+).
import type { ListGroupsRequest } from '../../protocol/generated/messages/ListGroupsRequest.js';
import type { ListGroupsResponse } from '../../protocol/generated/messages/ListGroupsResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { defineHandler } from '../handler.js';

export function listGroupsHandler(groups: GroupCoordinator) {
  return defineHandler<ListGroupsRequest, ListGroupsResponse>({
    apiKey: 16,
    handle(_ctx, req) {
      const { errorCode, groups: listed } = groups.listGroups(req.statesFilter, req.typesFilter);
      return { throttleTimeMs: 0, errorCode, groups: listed };
    },
    errorResponse: (_ctx, _req, errorCode) => ({ throttleTimeMs: 0, errorCode, groups: [] }),
  });
}
