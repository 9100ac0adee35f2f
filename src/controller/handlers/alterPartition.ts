// AlterPartition (key 56), controller listener: a partition leader changes its ISR.
import { defineHandler } from '../../broker/handler.js';
import type { AlterPartitionRequest } from '../../protocol/generated/messages/AlterPartitionRequest.js';
import type { AlterPartitionResponse } from '../../protocol/generated/messages/AlterPartitionResponse.js';
import type { QuorumController } from '../quorumController.js';

export function alterPartitionHandler(controller: QuorumController) {
  return defineHandler<AlterPartitionRequest, AlterPartitionResponse>({
    apiKey: 56,
    handle: (_ctx, req) => controller.alterPartition(req),
    errorResponse: (_ctx, _req, errorCode) => ({ throttleTimeMs: 0, errorCode, topics: [] }),
  });
}
