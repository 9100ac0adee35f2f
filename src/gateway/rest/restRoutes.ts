// The gateway's REST API (Kafka-REST-proxy-like), assembled; see openApi.ts for the description.
import type { GatewayContext } from '../gatewayContext.js';
import type { HttpRoute } from '../gatewayServer.js';
import { consumerRoutes, ConsumerInstances } from './consumerRoutes.js';
import { groupsRoutes } from './groupsRoutes.js';
import { OPENAPI_DOCUMENT } from './openApi.js';
import { partitionConsumeRoutes } from './partitionConsumeRoutes.js';
import { produceRoutes } from './produceRoutes.js';
import { topicsRoutes } from './topicsRoutes.js';

export interface RestApi {
  routes: HttpRoute[];
  /** Closes the consumer instances (they leave their groups). */
  close(): Promise<void>;
}

export function restApi(ctx: GatewayContext): RestApi {
  const instances = new ConsumerInstances(ctx);
  return {
    routes: [
      ...topicsRoutes(ctx),
      ...produceRoutes(ctx),
      ...partitionConsumeRoutes(ctx),
      ...consumerRoutes(ctx, instances),
      ...groupsRoutes(ctx),
      { method: 'get', pattern: '/v1/openapi.json', handler: (ex) => ex.json(200, OPENAPI_DOCUMENT) },
    ],
    close: () => instances.close(),
  };
}
