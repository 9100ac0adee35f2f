// CreateTopics (key 19): validated and committed by the quorum controller.
import type { CreateTopicsRequest } from '../../protocol/generated/messages/CreateTopicsRequest.js';
import type { CreateTopicsResponse } from '../../protocol/generated/messages/CreateTopicsResponse.js';
import type { QuorumController } from '../../controller/quorumController.js';
import { ZERO_UUID } from '../../controller/quorumController.js';
import { defineHandler } from '../handler.js';

type TopicResult = CreateTopicsResponse['topics'][number];

function result(name: string, errorCode: number, errorMessage: string | null, extra: Partial<TopicResult> = {}): TopicResult {
  return { name, topicId: ZERO_UUID, errorCode, errorMessage, numPartitions: -1, replicationFactor: -1, configs: null, ...extra };
}

export function createTopicsHandler(controller: QuorumController) {
  return defineHandler<CreateTopicsRequest, CreateTopicsResponse>({
    apiKey: 19,
    async handle(_ctx, req) {
      const outcomes = await controller.createTopics(
        req.topics.map((t) => ({
          name: t.name,
          numPartitions: t.numPartitions,
          replicationFactor: t.replicationFactor,
          assignments: t.assignments,
          configs: new Map(t.configs.map((c) => [c.name, c.value])),
        })),
        req.validateOnly,
      );
      return {
        throttleTimeMs: 0,
        topics: outcomes.map((o) =>
          result(o.name, o.errorCode, o.errorMessage, {
            topicId: o.topicId ?? ZERO_UUID,
            numPartitions: o.numPartitions,
            replicationFactor: o.replicationFactor,
            configs: o.errorCode === 0 ? [] : null,
          }),
        ),
      };
    },
    errorResponse: (_ctx, req, errorCode) => createTopicsErrorResponse(req, errorCode),
  });
}

/** The response answering every entry of `req` with `errorCode` (also used when forwarding fails). */
export function createTopicsErrorResponse(req: CreateTopicsRequest, errorCode: number): CreateTopicsResponse {
  return { throttleTimeMs: 0, topics: req.topics.map((t) => result(t.name, errorCode, null)) };
}
