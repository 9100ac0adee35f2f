// Shared plumbing for the per-API handlers in src/broker/handlers/: what a handler receives and
// what it returns. A handler decodes nothing and encodes nothing itself (the generated codec does),
// holds no state, and delegates to services.
import type { ConnectionInfo } from '../net/connection.js';
import type { RequestHeader } from '../protocol/headers.js';
import type { MetadataImage } from '../metadata/metadataImage.js';

export interface RequestContext {
  readonly header: RequestHeader;
  readonly apiVersion: number;
  readonly connection: ConnectionInfo;
  /** The metadata image at the time the request arrived: one consistent view per request. */
  readonly image: MetadataImage;
}

export interface ApiHandler<Req = unknown, Res = unknown> {
  readonly apiKey: number;
  /** Resolves to the response body, or null when the protocol sends none (Produce with acks=0). */
  handle(ctx: RequestContext, request: Req): Promise<Res | null> | Res | null;
  /** The response that answers `request` with one error everywhere (e.g. UNSUPPORTED_VERSION). */
  errorResponse(ctx: RequestContext, request: Req, errorCode: number): Res;
}

/** Keeps the typing of each handler while storing them in one table. */
export function defineHandler<Req, Res>(h: ApiHandler<Req, Res>): ApiHandler {
  return h as unknown as ApiHandler;
}
