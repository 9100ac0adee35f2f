// AlterConfigs (key 33), the legacy form: the given configs replace the resource's whole dynamic
// set (keys left out are deleted). Validated and committed per resource by the config service.
import type { AlterConfigsRequest } from '../../protocol/generated/messages/AlterConfigsRequest.js';
import type { AlterConfigsResponse } from '../../protocol/generated/messages/AlterConfigsResponse.js';
import type { ConfigService } from '../configService.js';
import { defineHandler } from '../handler.js';

export function alterConfigsHandler(configs: ConfigService) {
  return defineHandler<AlterConfigsRequest, AlterConfigsResponse>({
    apiKey: 33,
    async handle(_ctx, req) {
      return { throttleTimeMs: 0, responses: await configs.alterConfigs(req.resources, req.validateOnly) };
    },
    errorResponse: (_ctx, req, errorCode) => alterConfigsErrorResponse(req, errorCode),
  });
}

/** The response answering every entry of `req` with `errorCode` (also used when forwarding fails). */
export function alterConfigsErrorResponse(req: AlterConfigsRequest, errorCode: number): AlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: req.resources.map((r) => ({ errorCode, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName })),
  };
}
