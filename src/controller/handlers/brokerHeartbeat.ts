// BrokerHeartbeat (key 63), controller listener: liveness, unfencing and controlled shutdown.
import { defineHandler } from '../../broker/handler.js';
import type { BrokerHeartbeatRequest } from '../../protocol/generated/messages/BrokerHeartbeatRequest.js';
import type { BrokerHeartbeatResponse } from '../../protocol/generated/messages/BrokerHeartbeatResponse.js';
import type { QuorumController } from '../quorumController.js';

export function brokerHeartbeatHandler(controller: QuorumController) {
  return defineHandler<BrokerHeartbeatRequest, BrokerHeartbeatResponse>({
    apiKey: 63,
    handle: (_ctx, req) => controller.brokerHeartbeat(req),
    errorResponse: (_ctx, _req, errorCode) => ({ throttleTimeMs: 0, errorCode, isCaughtUp: false, isFenced: true, shouldShutDown: false }),
  });
}
