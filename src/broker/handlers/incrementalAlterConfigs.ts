// IncrementalAlterConfigs (key 44): SET/DELETE/APPEND/SUBTRACT on topic and broker configs,
// validated and committed per resource by the config service.
import type { IncrementalAlterConfigsRequest } from '../../protocol/generated/messages/IncrementalAlterConfigsRequest.js';
import type { IncrementalAlterConfigsResponse } from '../../protocol/generated/messages/IncrementalAlterConfigsResponse.js';
import type { ConfigService } from '../configService.js';
import { defineHandler } from '../handler.js';

export function incrementalAlterConfigsHandler(configs: ConfigService) {
  return defineHandler<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse>({
    apiKey: 44,
    async handle(_ctx, req) {
      return { throttleTimeMs: 0, responses: await configs.incrementalAlterConfigs(req.resources, req.validateOnly) };
    },
    errorResponse: (_ctx, req, errorCode) => incrementalAlterConfigsErrorResponse(req, errorCode),
  });
}

/** The response answering every entry of `req` with `errorCode` (also used when forwarding fails). */
export function incrementalAlterConfigsErrorResponse(req: IncrementalAlterConfigsRequest, errorCode: number): IncrementalAlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: req.resources.map((r) => ({ errorCode, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName })),
  };
}
