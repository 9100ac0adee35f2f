// ElectLeaders (key 43): preferred (v0 always) or unclean leader elections through the quorum
// controller (src/controller/leaderElection.ts). Served on the controller listener; brokers
// forward it.
import type { ElectLeadersRequest } from '../../protocol/generated/messages/ElectLeadersRequest.js';
import type { ElectLeadersResponse } from '../../protocol/generated/messages/ElectLeadersResponse.js';
import type { QuorumController } from '../../controller/quorumController.js';
import { ElectionType } from '../../controller/leaderElection.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';

type TopicResult = ElectLeadersResponse['replicaElectionResults'][number];

export function electLeadersHandler(controller: QuorumController) {
  return defineHandler<ElectLeadersRequest, ElectLeadersResponse>({
    apiKey: 43,
    async handle(ctx, req) {
      const electionType = ctx.apiVersion === 0 ? ElectionType.PREFERRED : req.electionType;
      if (electionType !== ElectionType.PREFERRED && electionType !== ElectionType.UNCLEAN) return this.errorResponse(ctx, req, ErrorCode.INVALID_REQUEST);
      const partitions = req.topicPartitions === null ? null : req.topicPartitions.flatMap((t) => t.partitions.map((partition) => ({ topic: t.topic, partition })));
      const results = await controller.electLeaders(electionType, partitions);
      const byTopic = new Map<string, TopicResult>();
      for (const r of results) {
        let t = byTopic.get(r.topic);
        if (!t) byTopic.set(r.topic, (t = { topic: r.topic, partitionResult: [] }));
        t.partitionResult.push({ partitionId: r.partition, errorCode: r.errorCode, errorMessage: r.errorMessage });
      }
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: [...byTopic.values()] };
    },
    errorResponse: (_ctx, req, errorCode) => electLeadersErrorResponse(req, errorCode),
  });
}

/** The response answering the whole request with `errorCode` (also used when forwarding fails). */
export function electLeadersErrorResponse(req: ElectLeadersRequest, errorCode: number): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode,
    replicaElectionResults: (req.topicPartitions ?? []).map((t) => ({ topic: t.topic, partitionResult: t.partitions.map((partitionId) => ({ partitionId, errorCode, errorMessage: null })) })),
  };
}
