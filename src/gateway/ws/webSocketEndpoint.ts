// The gateway's WebSocket endpoint (/v1/ws): one GatewaySession per socket, all sharing the
// partition feeds. A message over gateway.max.message.bytes closes its socket with code 1009
// (message too big). The session does that: uWS, at its own limit, drops the connection without
// a close frame (the client sees only 1006), so uWS's limit is set above ours, as a backstop
// that bounds what one message may buffer.
import { Buffer } from 'node:buffer';
import type { GatewayContext } from '../gatewayContext.js';
import { FeedRegistry } from '../fanout/feedRegistry.js';
import type { WebSocketBehavior } from '../uws.js';
import { GatewaySession, type SessionEvents, type SessionUserData } from './gatewaySession.js';

export const WEBSOCKET_PATH = '/v1/ws';
const MAX_CLIENT_ID_LENGTH = 255;
// Idle sockets are pinged by uWS; one that stays silent this long is closed.
const IDLE_TIMEOUT_S = 120;
/** Going Away: the broker is shutting down. */
const CLOSE_GOING_AWAY = 1001;
/** uWS's own message limit, in multiples of gateway.max.message.bytes; past it uWS drops the connection. */
const UWS_PAYLOAD_LIMIT_FACTOR = 2;

export class WebSocketEndpoint {
  readonly feeds: FeedRegistry;
  private readonly sessions = new Set<GatewaySession>();

  constructor(private readonly ctx: GatewayContext) {
    this.feeds = new FeedRegistry(ctx.replicaManager, { fetchMaxBytes: ctx.config.gatewayFetchMaxBytes, cacheBytes: ctx.config.gatewayFanoutCacheBytes });
  }

  behavior(): WebSocketBehavior<SessionUserData> {
    const limits = { maxBufferedBytes: this.ctx.config.gatewaySocketMaxBufferedBytes, maxMessageBytes: this.ctx.config.gatewayMaxMessageBytes };
    const metrics = this.ctx.metrics;
    const events: SessionEvents = {
      delivered: (records) => metrics.gatewayDeliveredRecordsTotal.inc(records),
      paused: () => metrics.gatewayPausedSubscriptionsTotal.inc(),
      subscriptions: (delta) => metrics.gatewaySubscriptions.inc(delta),
      dropped: () => metrics.gatewayDroppedSubscriptionsTotal.inc(),
    };
    return {
      maxPayloadLength: limits.maxMessageBytes * UWS_PAYLOAD_LIMIT_FACTOR,
      idleTimeout: IDLE_TIMEOUT_S,
      // The session stops feeding a socket at maxBufferedBytes; uWS must never drop a frame below
      // this much more (one chunk, rendered in the largest encoding).
      maxBackpressure: limits.maxBufferedBytes + 16 * this.ctx.config.gatewayFetchMaxBytes,
      closeOnBackpressureLimit: 0,
      upgrade: (res, req, context) => {
        const clientId = (req.getQuery('clientId') ?? '').slice(0, MAX_CLIENT_ID_LENGTH) || 'runnel-gateway';
        const clientHost = Buffer.from(res.getRemoteAddressAsText()).toString();
        res.upgrade<SessionUserData>(
          { clientId, clientHost },
          req.getHeader('sec-websocket-key'),
          req.getHeader('sec-websocket-protocol'),
          req.getHeader('sec-websocket-extensions'),
          context,
        );
      },
      open: (ws) => {
        const data = ws.getUserData();
        const session = new GatewaySession(ws, this.ctx, this.feeds, limits, events, data.clientId, data.clientHost);
        data.session = session;
        this.sessions.add(session);
        metrics.gatewaySessions.inc();
      },
      message: (ws, message, isBinary) => ws.getUserData().session?.onMessage(message, isBinary),
      drain: (ws) => ws.getUserData().session?.onDrain(),
      close: (ws) => {
        const session = ws.getUserData().session;
        if (!session || !this.sessions.delete(session)) return;
        metrics.gatewaySessions.dec();
        void session.onClose();
      },
    };
  }

  /** Ends every session (leaving their groups) and closes their sockets. */
  async close(): Promise<void> {
    const sessions = [...this.sessions];
    await Promise.all(sessions.map((s) => s.shutdown(CLOSE_GOING_AWAY, 'broker shutting down')));
  }
}
