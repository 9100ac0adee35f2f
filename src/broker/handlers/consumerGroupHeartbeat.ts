// ConsumerGroupHeartbeat (key 68): the one API of KIP-848's consumer group protocol. A member joins
// (epoch 0), heartbeats with its epoch and owned partitions, and leaves (-1, or -2 for a static
// member); the answer carries its epoch and, when it changed, its assignment.
import type { ConsumerGroupHeartbeatRequest } from '../../protocol/generated/messages/ConsumerGroupHeartbeatRequest.js';
import type { ConsumerGroupHeartbeatResponse } from '../../protocol/generated/messages/ConsumerGroupHeartbeatResponse.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { heartbeatError } from '../../group/consumerGroupCoordinator.js';
import { defineHandler } from '../handler.js';

export function consumerGroupHeartbeatHandler(groups: GroupCoordinator) {
  return defineHandler<ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse>({
    apiKey: 68,
    handle: (ctx, req) =>
      groups.consumerGroupHeartbeat(req, { apiVersion: ctx.apiVersion, clientId: ctx.header.clientId ?? '', clientHost: `/${ctx.connection.remoteAddress}` }),
    errorResponse: (_ctx, _req, errorCode) => heartbeatError(errorCode),
  });
}
