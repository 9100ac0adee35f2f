// BrokerRegistration (key 62), controller listener: a starting broker joins the cluster, fenced.
import { defineHandler } from '../../broker/handler.js';
import type { BrokerRegistrationRequest } from '../../protocol/generated/messages/BrokerRegistrationRequest.js';
import type { BrokerRegistrationResponse } from '../../protocol/generated/messages/BrokerRegistrationResponse.js';
import type { QuorumController } from '../quorumController.js';

export function brokerRegistrationHandler(controller: QuorumController) {
  return defineHandler<BrokerRegistrationRequest, BrokerRegistrationResponse>({
    apiKey: 62,
    handle: (_ctx, req) => controller.registerBroker(req),
    errorResponse: (_ctx, _req, errorCode) => ({ throttleTimeMs: 0, errorCode, brokerEpoch: -1n }),
  });
}
