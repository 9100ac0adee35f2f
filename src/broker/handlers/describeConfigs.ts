// DescribeConfigs (key 32): topic and broker configs with their sources, from the config service.
import type { DescribeConfigsRequest } from '../../protocol/generated/messages/DescribeConfigsRequest.js';
import type { DescribeConfigsResponse } from '../../protocol/generated/messages/DescribeConfigsResponse.js';
import { ConfigSource } from '../../config/configDef.js';
import type { ConfigService } from '../configService.js';
import { defineHandler } from '../handler.js';

export function describeConfigsHandler(configs: ConfigService) {
  return defineHandler<DescribeConfigsRequest, DescribeConfigsResponse>({
    apiKey: 32,
    handle(ctx, req) {
      const results = configs.describeConfigs(ctx.image, req.resources, req.includeSynonyms, req.includeDocumentation);
      return {
        throttleTimeMs: 0,
        results: results.map((r) => ({
          errorCode: r.errorCode,
          errorMessage: r.errorMessage,
          resourceType: r.resourceType,
          resourceName: r.resourceName,
          configs: r.configs.map((c) => ({
            name: c.name,
            value: c.value,
            readOnly: c.readOnly,
            // Only v0 has IsDefault; later versions say the same through ConfigSource.
            isDefault: ctx.apiVersion === 0 && c.source === ConfigSource.DEFAULT_CONFIG,
            configSource: c.source,
            isSensitive: c.isSensitive,
            synonyms: c.synonyms.map((s) => ({ name: s.name, value: s.value, source: s.source })),
            configType: c.configType,
            documentation: c.documentation,
          })),
        })),
      };
    },
    errorResponse: (_ctx, req, errorCode) => ({
      throttleTimeMs: 0,
      results: req.resources.map((r) => ({ errorCode, errorMessage: null, resourceType: r.resourceType, resourceName: r.resourceName, configs: [] })),
    }),
  });
}
