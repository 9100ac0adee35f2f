// AllocateProducerIds (key 67), controller listener: a block of producer ids for one broker.
import { defineHandler } from '../../broker/handler.js';
import type { AllocateProducerIdsRequest } from '../../protocol/generated/messages/AllocateProducerIdsRequest.js';
import type { AllocateProducerIdsResponse } from '../../protocol/generated/messages/AllocateProducerIdsResponse.js';
import type { QuorumController } from '../quorumController.js';

export function allocateProducerIdsHandler(controller: QuorumController) {
  return defineHandler<AllocateProducerIdsRequest, AllocateProducerIdsResponse>({
    apiKey: 67,
    handle: (_ctx, req) => controller.allocateProducerIds(req),
    errorResponse: (_ctx, _req, errorCode) => ({ throttleTimeMs: 0, errorCode, producerIdStart: -1n, producerIdLen: 0 }),
  });
}
