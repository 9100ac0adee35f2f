// CreatePartitions (key 37): grows topics through the quorum controller. A topic named twice in
// one request is refused for both entries, as Kafka's controller does.
import type { CreatePartitionsRequest } from '../../protocol/generated/messages/CreatePartitionsRequest.js';
import type { CreatePartitionsResponse } from '../../protocol/generated/messages/CreatePartitionsResponse.js';
import type { QuorumController } from '../../controller/quorumController.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';

type TopicResult = CreatePartitionsResponse['results'][number];

export function createPartitionsHandler(controller: QuorumController) {
  return defineHandler<CreatePartitionsRequest, CreatePartitionsResponse>({
    apiKey: 37,
    async handle(_ctx, req) {
      const seen = new Set<string>();
      const duplicates = new Set<string>();
      for (const t of req.topics) (seen.has(t.name) ? duplicates : seen).add(t.name);
      const outcomes = await controller.createPartitions(
        req.topics
          .filter((t) => !duplicates.has(t.name))
          .map((t) => ({ name: t.name, count: t.count, assignments: t.assignments?.map((a) => a.brokerIds) ?? null })),
        req.validateOnly,
      );
      const results: TopicResult[] = outcomes.map((o) => ({ name: o.name, errorCode: o.errorCode, errorMessage: o.errorMessage }));
      for (const name of duplicates) results.push({ name, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Duplicate topic name.' });
      return { throttleTimeMs: 0, results };
    },
    errorResponse: (_ctx, req, errorCode) => createPartitionsErrorResponse(req, errorCode),
  });
}

/** The response answering every entry of `req` with `errorCode` (also used when forwarding fails). */
export function createPartitionsErrorResponse(req: CreatePartitionsRequest, errorCode: number): CreatePartitionsResponse {
  return { throttleTimeMs: 0, results: req.topics.map((t) => ({ name: t.name, errorCode, errorMessage: null })) };
}
