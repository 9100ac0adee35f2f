// The one place that loads uWebSockets.js. The npm build Runnel uses quietly falls back to a
// pure-JS implementation when its binary does not load; that would serve at a fraction of the
// speed, so the gateway refuses to start on the fallback and says why instead.
import { createRequire } from 'node:module';
import type * as Uws from 'uWebSockets.js';

export type { HttpRequest, HttpResponse, TemplatedApp, WebSocket, WebSocketBehavior, us_listen_socket } from 'uWebSockets.js';

const require = createRequire(import.meta.url);

function load(): typeof Uws {
  const uws = require('uWebSockets.js') as typeof Uws;
  // Only the native module has SSLApp; the fallback exports App alone.
  if (typeof (uws as { SSLApp?: unknown }).SSLApp !== 'function') {
    throw new Error(
      `uWebSockets.js has no native binary for ${process.platform}-${process.arch} with Node ABI ${process.versions.modules}; ` +
        'the gateway will not run on the slow JavaScript fallback (set gateway.listeners= to turn the gateway off)',
    );
  }
  return uws;
}

export const uws: typeof Uws = load();
