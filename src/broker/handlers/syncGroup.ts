// SyncGroup (key 14): the leader hands in the assignment; every member waits for its share.
import type { SyncGroupRequest } from '../../protocol/generated/messages/SyncGroupRequest.js';
import type { SyncGroupResponse } from '../../protocol/generated/messages/SyncGroupResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { syncError } from '../../group/classicGroupCoordinator.js';
import { defineHandler } from '../handler.js';

/** Protocol type and name are on the wire from v5. */
function forVersion(version: number, r: SyncGroupResponse): SyncGroupResponse {
  return version >= 5 ? r : { ...r, protocolType: null, protocolName: null };
}

export function syncGroupHandler(groups: GroupCoordinator) {
  return defineHandler<SyncGroupRequest, SyncGroupResponse>({
    apiKey: 14,
    async handle(ctx, req) {
      return forVersion(ctx.apiVersion, await groups.sync(req));
    },
    errorResponse: (ctx, _req, errorCode) => forVersion(ctx.apiVersion, syncError(errorCode)),
  });
}
