// Heartbeat (key 12): keeps a classic group member's session alive and tells it of rebalances.
import type { HeartbeatRequest } from '../../protocol/generated/messages/HeartbeatRequest.js';
import type { HeartbeatResponse } from '../../protocol/generated/messages/HeartbeatResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { defineHandler } from '../handler.js';

export function heartbeatHandler(groups: GroupCoordinator) {
  return defineHandler<HeartbeatRequest, HeartbeatResponse>({
    apiKey: 12,
    handle: (_ctx, req) => ({ throttleTimeMs: 0, errorCode: groups.heartbeat(req.groupId, req.memberId, req.groupInstanceId, req.generationId) }),
    errorResponse: (_ctx, _req, errorCode) => ({ throttleTimeMs: 0, errorCode }),
  });
}
