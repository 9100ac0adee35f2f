// ApiVersions (key 18): the versions this broker speaks, and the client's software name/version
// (KIP-511) kept on the connection for logs and describe-groups.
import type { ApiVersionsRequest } from '../../protocol/generated/messages/ApiVersionsRequest.js';
import type { ApiVersionsResponse } from '../../protocol/generated/messages/ApiVersionsResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';
import type { SupportedApi } from '../requestDispatcher.js';

export function apiVersionsHandler(supportedApis: () => SupportedApi[]) {
  const response = (errorCode: number): ApiVersionsResponse => ({
    errorCode,
    apiKeys: supportedApis(),
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  });
  return defineHandler<ApiVersionsRequest | undefined, ApiVersionsResponse>({
    apiKey: 18,
    handle(ctx, request) {
      if (request && request.clientSoftwareName) {
        ctx.connection.clientSoftwareName = request.clientSoftwareName;
        ctx.connection.clientSoftwareVersion = request.clientSoftwareVersion;
      }
      return response(ErrorCode.NONE);
    },
    errorResponse: (_ctx, _request, errorCode) => response(errorCode),
  });
}
