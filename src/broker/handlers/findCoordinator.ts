// FindCoordinator (key 10). Runnel has no group or transaction coordinator yet, so every key is
// answered COORDINATOR_NOT_AVAILABLE with a message saying so. The API is still listed in
// ApiVersions because librdkafka only enables lz4 (and other features) when it sees it.
import type { FindCoordinatorRequest } from '../../protocol/generated/messages/FindCoordinatorRequest.js';
import type { FindCoordinatorResponse } from '../../protocol/generated/messages/FindCoordinatorResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';

const NOT_YET = 'Runnel does not implement group or transaction coordinators yet';

/** v0-3 carry one key at top level; v4+ (KIP-699) a list. */
const BATCHED_VERSION = 4;

function response(version: number, req: FindCoordinatorRequest, errorCode: number, errorMessage: string | null): FindCoordinatorResponse {
  const batched = version >= BATCHED_VERSION;
  return {
    throttleTimeMs: 0,
    errorCode: batched ? 0 : errorCode,
    errorMessage: batched ? null : errorMessage,
    nodeId: -1,
    host: '',
    port: -1,
    coordinators: batched ? req.coordinatorKeys.map((key) => ({ key, nodeId: -1, host: '', port: -1, errorCode, errorMessage })) : [],
  };
}

export const findCoordinatorHandler = defineHandler<FindCoordinatorRequest, FindCoordinatorResponse>({
  apiKey: 10,
  handle: (ctx, req) => response(ctx.apiVersion, req, ErrorCode.COORDINATOR_NOT_AVAILABLE, NOT_YET),
  errorResponse: (ctx, req, errorCode) => response(ctx.apiVersion, req, errorCode, null),
});
