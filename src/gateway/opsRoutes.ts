// Operations endpoints on the gateway: Prometheus metrics, liveness and readiness.
import type { GatewayContext } from './gatewayContext.js';
import type { HttpRoute } from './gatewayServer.js';

export function opsRoutes(ctx: GatewayContext): HttpRoute[] {
  return [
    {
      method: 'get',
      pattern: '/metrics',
      async handler(ex) {
        const body = await ctx.metrics.scrape();
        ex.send(200, ctx.metrics.contentType, body);
      },
    },
    {
      method: 'get',
      pattern: '/healthz',
      // Answering at all is the signal: the process and its event loop are serving.
      handler: (ex) => ex.json(200, { status: 'ok' }),
    },
    {
      method: 'get',
      pattern: '/readyz',
      handler(ex) {
        const reasons = ctx.metrics.readiness.reasons();
        if (reasons.length === 0) ex.json(200, { status: 'ready' });
        else ex.json(503, { status: 'not ready', reasons });
      },
    },
  ];
}
