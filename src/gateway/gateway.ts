// Assembles the gateway from its parts (REST routes, WebSocket sessions, operations endpoints) and
// starts it on gateway.listeners; an empty gateway.listeners leaves it off.
import type { GatewayContext } from './gatewayContext.js';
import { browserRoutes } from './browserRoutes.js';
import { opsRoutes } from './opsRoutes.js';
import { restApi } from './rest/restRoutes.js';
import type { HttpRoute } from './gatewayServer.js';

export interface RunningGateway {
  readonly ports: readonly number[];
  close(): Promise<void>;
}

export async function startGatewayIfConfigured(ctx: GatewayContext): Promise<RunningGateway | null> {
  if (ctx.config.gatewayListeners.length === 0) return null;
  // Loaded only when the gateway is on: a broker without it never loads uWebSockets.js's binary.
  const { startGateway } = await import('./gatewayServer.js');
  const { WEBSOCKET_PATH, WebSocketEndpoint } = await import('./ws/webSocketEndpoint.js');
  const rest = restApi(ctx);
  const routes: HttpRoute[] = [...(await browserRoutes()), ...opsRoutes(ctx), ...rest.routes];
  const websocket = new WebSocketEndpoint(ctx);
  const bound = await startGateway(ctx.config.gatewayListeners, routes, [{ pattern: WEBSOCKET_PATH, behavior: websocket.behavior() }], ctx.logger);
  ctx.logger.info({ listeners: bound.ports.map((port, i) => `http://${ctx.config.gatewayListeners[i]!.host}:${port}`) }, 'gateway started');
  return {
    ports: bound.ports,
    async close() {
      // Sessions first, so their group members leave cleanly; then every other connection.
      await Promise.all([websocket.close(), rest.close()]);
      bound.close();
    },
  };
}
