// DeleteTopics (key 20): by name (all versions) or by topic id (v6+).
import type { DeleteTopicsRequest } from '../../protocol/generated/messages/DeleteTopicsRequest.js';
import type { DeleteTopicsResponse } from '../../protocol/generated/messages/DeleteTopicsResponse.js';
import type { QuorumController } from '../../controller/quorumController.js';
import { ZERO_UUID } from '../../controller/quorumController.js';
import { defineHandler } from '../handler.js';

function refs(req: DeleteTopicsRequest): Array<{ name: string | null; topicId: string | null }> {
  if (req.topics.length > 0) return req.topics.map((t) => ({ name: t.name, topicId: t.topicId === ZERO_UUID ? null : t.topicId }));
  return req.topicNames.map((name) => ({ name, topicId: null }));
}

export function deleteTopicsHandler(controller: QuorumController) {
  return defineHandler<DeleteTopicsRequest, DeleteTopicsResponse>({
    apiKey: 20,
    async handle(_ctx, req) {
      const results = await controller.deleteTopics(refs(req));
      return {
        throttleTimeMs: 0,
        responses: results.map((r) => ({ name: r.name, topicId: r.topicId, errorCode: r.errorCode, errorMessage: r.errorMessage })),
      };
    },
    errorResponse: (_ctx, req, errorCode) => deleteTopicsErrorResponse(req, errorCode),
  });
}

/** The response answering every entry of `req` with `errorCode` (also used when forwarding fails). */
export function deleteTopicsErrorResponse(req: DeleteTopicsRequest, errorCode: number): DeleteTopicsResponse {
  return {
    throttleTimeMs: 0,
    responses: refs(req).map((r) => ({ name: r.name, topicId: r.topicId ?? ZERO_UUID, errorCode, errorMessage: null })),
  };
}
