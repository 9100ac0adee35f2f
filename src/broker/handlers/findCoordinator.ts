// FindCoordinator (key 10): where a group's coordinator is. v0-3 carry one key at top level;
// v4+ (KIP-699) a batch. Group keys are placed by hashing onto __consumer_offsets, which is created
// on first use; transaction keys are refused because Runnel has no transaction coordinator yet.
import type { FindCoordinatorRequest } from '../../protocol/generated/messages/FindCoordinatorRequest.js';
import type { FindCoordinatorResponse, FindCoordinatorResponseCoordinator } from '../../protocol/generated/messages/FindCoordinatorResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import type { GroupCoordinator } from '../../group/groupCoordinator.js';
import { defineHandler } from '../handler.js';

const BATCHED_VERSION = 4;
const KEY_TYPE_GROUP = 0;
const KEY_TYPE_TRANSACTION = 1;
const NO_TXN = 'Runnel does not implement the transaction coordinator yet';

function toResponse(version: number, coordinators: FindCoordinatorResponseCoordinator[]): FindCoordinatorResponse {
  // The top-level fields are absent from v4 on, so they keep their schema defaults.
  if (version >= BATCHED_VERSION) return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, nodeId: 0, host: '', port: 0, coordinators };
  const [c] = coordinators;
  return { throttleTimeMs: 0, errorCode: c.errorCode, errorMessage: c.errorMessage, nodeId: c.nodeId, host: c.host, port: c.port, coordinators: [] };
}

const keysOf = (version: number, req: FindCoordinatorRequest): string[] => (version >= BATCHED_VERSION ? req.coordinatorKeys : [req.key]);

export function findCoordinatorHandler(groups: GroupCoordinator) {
  return defineHandler<FindCoordinatorRequest, FindCoordinatorResponse>({
    apiKey: 10,
    async handle(ctx, req) {
      const coordinators = await Promise.all(
        keysOf(ctx.apiVersion, req).map(async (key): Promise<FindCoordinatorResponseCoordinator> => {
          if (req.keyType === KEY_TYPE_GROUP) return { key, ...(await groups.findGroupCoordinator(key, ctx.connection.listenerName)) };
          const message = req.keyType === KEY_TYPE_TRANSACTION ? NO_TXN : `unknown coordinator key type ${req.keyType}`;
          const errorCode = req.keyType === KEY_TYPE_TRANSACTION ? ErrorCode.COORDINATOR_NOT_AVAILABLE : ErrorCode.INVALID_REQUEST;
          return { key, nodeId: -1, host: '', port: -1, errorCode, errorMessage: message };
        }),
      );
      return toResponse(ctx.apiVersion, coordinators);
    },
    errorResponse: (ctx, req, errorCode) =>
      toResponse(ctx.apiVersion, keysOf(ctx.apiVersion, req).map((key) => ({ key, nodeId: -1, host: '', port: -1, errorCode, errorMessage: null }))),
  });
}
