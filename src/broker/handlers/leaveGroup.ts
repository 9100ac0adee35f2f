// LeaveGroup (key 13): members leave a classic group; v3+ (KIP-345) batches them by identity.
import type { LeaveGroupRequest, LeaveGroupRequestMemberIdentity } from '../../protocol/generated/messages/LeaveGroupRequest.js';
import type { LeaveGroupResponse } from '../../protocol/generated/messages/LeaveGroupResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { defineHandler } from '../handler.js';

const BATCHED_VERSION = 3;

function identities(version: number, req: LeaveGroupRequest): LeaveGroupRequestMemberIdentity[] {
  return version >= BATCHED_VERSION ? req.members : [{ memberId: req.memberId, groupInstanceId: null, reason: null }];
}

function toResponse(version: number, members: LeaveGroupRequestMemberIdentity[], errorCode: number, memberErrors: number[]): LeaveGroupResponse {
  if (version < BATCHED_VERSION) return { throttleTimeMs: 0, errorCode: errorCode !== 0 ? errorCode : (memberErrors[0] ?? 0), members: [] };
  return {
    throttleTimeMs: 0,
    errorCode,
    members: errorCode !== 0 ? [] : members.map((m, i) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: memberErrors[i] })),
  };
}

export function leaveGroupHandler(groups: GroupCoordinator) {
  return defineHandler<LeaveGroupRequest, LeaveGroupResponse>({
    apiKey: 13,
    handle(ctx, req) {
      const members = identities(ctx.apiVersion, req);
      const { errorCode, memberErrors } = groups.leave(req.groupId, members);
      return toResponse(ctx.apiVersion, members, errorCode, memberErrors);
    },
    errorResponse: (ctx, req, errorCode) => toResponse(ctx.apiVersion, req ? identities(ctx.apiVersion, req) : [], errorCode, []),
  });
}
