// AlterPartitionReassignments (key 45): moves partitions to new replica lists through the quorum
// controller (src/controller/partitionReassignment.ts); null replicas cancel an ongoing move.
// Served on the controller listener; brokers forward it.
import type { AlterPartitionReassignmentsRequest } from '../../protocol/generated/messages/AlterPartitionReassignmentsRequest.js';
import type { AlterPartitionReassignmentsResponse } from '../../protocol/generated/messages/AlterPartitionReassignmentsResponse.js';
import type { QuorumController } from '../../controller/quorumController.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';

export function alterPartitionReassignmentsHandler(controller: QuorumController) {
  return defineHandler<AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse>({
    apiKey: 45,
    async handle(_ctx, req) {
      const specs = req.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, replicas: p.replicas })));
      const results = await controller.reassignPartitions(specs);
      let i = 0;
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        responses: req.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => {
            const r = results[i++]!;
            return { partitionIndex: p.partitionIndex, errorCode: r.errorCode, errorMessage: r.errorMessage };
          }),
        })),
      };
    },
    errorResponse: (_ctx, req, errorCode) => alterPartitionReassignmentsErrorResponse(req, errorCode),
  });
}

/** The response answering the whole request with `errorCode` (also used when forwarding fails). */
export function alterPartitionReassignmentsErrorResponse(req: AlterPartitionReassignmentsRequest, errorCode: number): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode,
    errorMessage: null,
    responses: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode, errorMessage: null })) })),
  };
}
