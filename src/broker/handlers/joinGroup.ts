// JoinGroup (key 11): a member joins a classic group; the response waits for the join phase.
import type { JoinGroupRequest } from '../../protocol/generated/messages/JoinGroupRequest.js';
import type { JoinGroupResponse } from '../../protocol/generated/messages/JoinGroupResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { joinError } from '../../group/classicGroupCoordinator.js';
import { defineHandler } from '../handler.js';

/** Fits a response to the version: protocol type from v7, nullable protocol name from v7, skip_assignment from v9. */
function forVersion(version: number, r: JoinGroupResponse): JoinGroupResponse {
  return {
    ...r,
    protocolType: version >= 7 ? r.protocolType : null,
    protocolName: version >= 7 ? r.protocolName : (r.protocolName ?? ''),
    skipAssignment: version >= 9 ? r.skipAssignment : false,
  };
}

export function joinGroupHandler(groups: GroupCoordinator) {
  return defineHandler<JoinGroupRequest, JoinGroupResponse>({
    apiKey: 11,
    async handle(ctx, req) {
      const response = await groups.join(req, { apiVersion: ctx.apiVersion, clientId: ctx.header.clientId ?? '', clientHost: `/${ctx.connection.remoteAddress}` });
      return forVersion(ctx.apiVersion, response);
    },
    errorResponse: (ctx, req, errorCode) => forVersion(ctx.apiVersion, joinError(errorCode, req?.memberId ?? '')),
  });
}
