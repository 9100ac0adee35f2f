// Turns a request frame into a response frame: header, version check, generated decoder, handler,
// generated encoder. Protocol errors a client can recover from are answered in-protocol; a frame we
// cannot parse closes the connection, as Kafka does, and is logged with what it was.
import type { Logger } from 'pino';
import { CloseConnection, type ConnectionInfo, type RequestProcessor } from '../net/connection.js';
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import { decodeRequestHeader, encodeResponseHeader, responseHeaderVersion } from '../protocol/headers.js';
import { apiKeyInfo, type ApiKeyInfo } from '../protocol/generated/apiKeys.js';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import { NotControllerError } from '../controller/notControllerError.js';
import type { MetadataCache } from '../metadata/metadataCache.js';
import type { ApiHandler, RequestContext } from './handler.js';

export interface SupportedApi {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

/** What the dispatcher tells metrics about each request (src/metrics/kafkaRequestMetrics.ts). */
export interface RequestObserver {
  /** A request answered, or completed without an answer (`response` null: Produce with acks=0). */
  requestCompleted(apiKey: number, apiVersion: number, seconds: number, request: unknown, response: unknown): void;
  /** A request answered with an error as a whole, or one that closed the connection; `apiKey` null when unreadable. */
  requestFailed(apiKey: number | null, error: string): void;
}

export class RequestDispatcher implements RequestProcessor {
  private readonly handlers = new Map<number, ApiHandler>();

  constructor(
    private readonly metadata: MetadataCache,
    private readonly log: Logger,
    private readonly observer: RequestObserver | null = null,
  ) {}

  register(handler: ApiHandler): void {
    this.handlers.set(handler.apiKey, handler);
  }

  /** The APIs this broker answers, with the version range of each (for ApiVersions). */
  supportedApis(): SupportedApi[] {
    const out: SupportedApi[] = [];
    for (const apiKey of [...this.handlers.keys()].sort((a, b) => a - b)) {
      const info = apiKeyInfo(apiKey);
      // Kafka 4.0 advertises some removed versions (Produce v0) because librdkafka reads the minimum to pick features.
      if (info) out.push({ apiKey, minVersion: info.advertisedMinVersion, maxVersion: info.maxVersion });
    }
    return out;
  }

  async process(frame: Buffer, conn: ConnectionInfo): Promise<Buffer[] | null> {
    const started = performance.now();
    const r = new Reader(frame);
    let header;
    try {
      header = decodeRequestHeader(r);
    } catch (err) {
      this.observer?.requestFailed(null, 'INVALID_REQUEST');
      throw new CloseConnection(`malformed request header from ${conn.remoteAddress}: ${(err as Error).message}`);
    }
    const info = apiKeyInfo(header.apiKey);
    const handler = this.handlers.get(header.apiKey);
    if (!info || !handler) {
      this.observer?.requestFailed(header.apiKey, 'INVALID_REQUEST');
      throw new CloseConnection(`unsupported api key ${header.apiKey} (correlation id ${header.correlationId}, client ${header.clientId})`);
    }
    const ctx: RequestContext = { header, apiVersion: header.apiVersion, connection: conn, image: this.metadata.image };
    const version = header.apiVersion;
    const supported = version >= info.minVersion && version <= info.maxVersion;
    if (!supported && version > info.maxVersion) {
      // Newer than any schema we have: we cannot even decode it. ApiVersions has its own v0 answer.
      if (info.name === 'ApiVersions') return this.answerUnsupported(info, ctx, handler, undefined, 0, started);
      this.observer?.requestFailed(info.apiKey, 'UNSUPPORTED_VERSION');
      throw new CloseConnection(`${info.name} v${version} is newer than supported v${info.maxVersion}`);
    }
    let request: unknown;
    try {
      request = info.decodeRequest(r, version);
    } catch (err) {
      this.observer?.requestFailed(info.apiKey, 'INVALID_REQUEST');
      throw new CloseConnection(`malformed ${info.name} v${version} request: ${(err as Error).message}`);
    }
    if (!supported) {
      this.log.info({ api: info.name, version, client: header.clientId }, 'answering request below the minimum supported version with UNSUPPORTED_VERSION');
      return this.answerUnsupported(info, ctx, handler, request, info.name === 'ApiVersions' ? 0 : version, started);
    }
    let response: unknown;
    try {
      response = await handler.handle(ctx, request);
    } catch (err) {
      // A service that cannot serve the request right now (NOT_CONTROLLER, a controller that did
      // not answer in time) is answered with its Kafka error, which clients retry.
      const code = kafkaErrorCode(err);
      if (code === null) {
        this.observer?.requestFailed(info.apiKey, err instanceof CloseConnection ? 'CONNECTION_CLOSED' : 'UNKNOWN_SERVER_ERROR');
        throw err;
      }
      this.log.debug({ err, api: info.name, client: header.clientId }, 'answering the request with an error');
      response = handler.errorResponse(ctx, request, code);
    }
    const out = response === null ? null : this.encode(info, ctx, response, version);
    this.observer?.requestCompleted(info.apiKey, version, (performance.now() - started) / 1000, request, response);
    return out;
  }

  private answerUnsupported(info: ApiKeyInfo, ctx: RequestContext, handler: ApiHandler, request: unknown, encodeVersion: number, started: number): Buffer[] {
    const response = handler.errorResponse(ctx, request, ErrorCode.UNSUPPORTED_VERSION);
    const out = this.encode(info, ctx, response, encodeVersion);
    if (this.observer) {
      this.observer.requestFailed(info.apiKey, 'UNSUPPORTED_VERSION');
      this.observer.requestCompleted(info.apiKey, ctx.apiVersion, (performance.now() - started) / 1000, request, response);
    }
    return out;
  }

  private encode(info: ApiKeyInfo, ctx: RequestContext, body: unknown, version: number): Buffer[] {
    const w = new Writer(256);
    w.int32(0);
    encodeResponseHeader(w, ctx.header.correlationId, responseHeaderVersion(info.apiKey, version));
    info.encodeResponse(w, body, version);
    const chunks = w.finish();
    chunks[0].writeInt32BE(w.length - 4, 0);
    return chunks;
  }
}

function kafkaErrorCode(err: unknown): number | null {
  if (err instanceof KafkaError) return err.code;
  if (err instanceof NotControllerError) return err.errorCode;
  return null;
}
