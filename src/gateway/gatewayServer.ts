// The gateway's uWebSockets.js app: it binds gateway.listeners in the broker process, routes HTTP
// requests to the route modules and WebSocket upgrades to sessions, and closes its listen sockets
// on shutdown (the sessions close their own sockets). The modules call the broker's services directly.
import type { Logger } from 'pino';
import type { HostPort } from '../config/listeners.js';
import { HttpError, HttpExchange } from './httpExchange.js';
import { uws, type TemplatedApp, type WebSocketBehavior, type us_listen_socket } from './uws.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'del' | 'patch';

export interface HttpRoute {
  method: HttpMethod;
  /** A uWS pattern, e.g. /v1/topics/:topic; the :params reach the handler in order. */
  pattern: string;
  handler(ex: HttpExchange): Promise<void> | void;
}

export interface BoundGateway {
  readonly ports: readonly number[];
  close(): void;
}

const paramCount = (pattern: string): number => pattern.split('/').filter((s) => s.startsWith(':')).length;

function mountRoute(app: TemplatedApp, route: HttpRoute, logger: Logger): void {
  const params = paramCount(route.pattern);
  app[route.method](route.pattern, (res, req) => {
    const ex = new HttpExchange(res, req, params);
    const fail = (err: unknown): void => {
      if (err instanceof HttpError) return ex.error(err);
      logger.error({ err, method: ex.method, url: ex.url }, 'gateway request failed');
      ex.error(new HttpError(500, 50001, err instanceof Error ? err.message : String(err)));
    };
    try {
      const pending = route.handler(ex);
      if (pending) pending.catch(fail);
    } catch (err) {
      fail(err);
    }
  });
}

export function startGateway<UserData>(
  listeners: readonly HostPort[],
  routes: readonly HttpRoute[],
  websockets: ReadonlyArray<{ pattern: string; behavior: WebSocketBehavior<UserData> }>,
  logger: Logger,
): Promise<BoundGateway> {
  const app = uws.App();
  for (const ws of websockets) app.ws<UserData>(ws.pattern, ws.behavior);
  for (const route of routes) mountRoute(app, route, logger);
  app.any('/*', (res, req) => {
    const ex = new HttpExchange(res, req, 0);
    ex.error(new HttpError(404, 40401, `no gateway endpoint ${ex.method} ${ex.url}`));
  });

  const sockets: us_listen_socket[] = [];
  const ports: number[] = [];
  const close = (): void => {
    for (const s of sockets.splice(0)) uws.us_listen_socket_close(s);
    // Also ends idle HTTP keep-alive connections, which would otherwise keep the process alive for
    // uWS's idle timeout after shutdown. This build has the method but its typings omit it.
    (app as TemplatedApp & { close(): void }).close();
  };
  return (async () => {
    for (const l of listeners) {
      const socket = await new Promise<us_listen_socket | false>((resolve) => app.listen(l.host === '' ? '0.0.0.0' : l.host, l.port, resolve));
      if (socket === false) {
        close();
        throw new Error(`gateway could not listen on http://${l.host}:${l.port} (address in use or not available)`);
      }
      sockets.push(socket);
      ports.push(uws.us_socket_local_port(socket as never));
    }
    return { ports, close };
  })();
}
