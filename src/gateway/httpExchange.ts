// One HTTP request and its response on the gateway. uWebSockets.js hands out a request object that
// is valid only until the handler first returns, and a response that must not be touched once the
// client has gone; this wrapper copies what handlers need up front, reads the body with a size
// limit, and writes only while the client is still there, corked into one send.
import type { z } from 'zod';
import type { HttpRequest, HttpResponse } from './uws.js';

/** A failure a handler answers with an HTTP status and Confluent REST Proxy's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** Confluent's five-digit error_code: the status followed by a two-digit detail. */
    readonly errorCode: number,
    message: string,
    /** The request field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: '200 OK',
  204: '204 No Content',
  400: '400 Bad Request',
  404: '404 Not Found',
  405: '405 Method Not Allowed',
  409: '409 Conflict',
  413: '413 Payload Too Large',
  415: '415 Unsupported Media Type',
  422: '422 Unprocessable Entity',
  500: '500 Internal Server Error',
  503: '503 Service Unavailable',
};

const statusLine = (status: number): string => STATUS_TEXT[status] ?? String(status);

export class HttpExchange {
  readonly method: string;
  readonly url: string;
  readonly query: URLSearchParams;
  readonly headers: ReadonlyMap<string, string>;
  readonly params: readonly string[];
  /** The client's IP address, as text. */
  readonly remoteAddress: string;
  private aborted = false;
  private done = false;
  private readonly abortListeners: (() => void)[] = [];

  constructor(
    private readonly res: HttpResponse,
    req: HttpRequest,
    paramCount: number,
  ) {
    this.method = req.getMethod().toUpperCase();
    this.url = req.getUrl();
    this.query = new URLSearchParams(req.getQuery() ?? '');
    const headers = new Map<string, string>();
    req.forEach((k, v) => headers.set(k, v));
    this.headers = headers;
    this.params = Array.from({ length: paramCount }, (_, i) => decodeURIComponent(req.getParameter(i)));
    this.remoteAddress = Buffer.from(res.getRemoteAddressAsText()).toString();
    res.onAborted(() => {
      this.aborted = true;
      for (const listener of this.abortListeners) listener();
    });
  }

  /** True once the client disconnected or the response was sent. */
  get finished(): boolean {
    return this.aborted || this.done;
  }

  onAbort(listener: () => void): void {
    this.abortListeners.push(listener);
  }

  /** The whole body, refused with 413 past `maxBytes`. */
  readBody(maxBytes: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let refused = false;
      this.onAbort(() => reject(new Error('client disconnected before sending the whole body')));
      this.res.onData((chunk, isLast) => {
        if (refused) return;
        size += chunk.byteLength;
        if (size > maxBytes) {
          refused = true;
          reject(new HttpError(413, 41301, `request body is larger than gateway.max.message.bytes (${maxBytes})`));
          return;
        }
        // uWS reuses the chunk's memory after this callback returns.
        chunks.push(Buffer.from(new Uint8Array(chunk)));
        if (isLast) resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
      });
    });
  }

  /** The body parsed as JSON and checked against `schema`; a mismatch is a 400 naming the field. */
  async readJson<T>(schema: z.ZodType<T>, maxBytes: number): Promise<T> {
    const body = await this.readBody(maxBytes);
    let parsed: unknown;
    try {
      parsed = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch (err) {
      throw new HttpError(400, 40001, `request body is not valid JSON: ${(err as Error).message}`);
    }
    const result = schema.safeParse(parsed);
    if (!result.success) throw schemaError(result.error);
    return result.data;
  }

  json(status: number, body: unknown): void {
    this.send(status, 'application/json', JSON.stringify(body));
  }

  error(err: HttpError): void {
    this.json(err.status, { error_code: err.errorCode, message: err.message, ...(err.field !== undefined ? { field: err.field } : {}) });
  }

  send(status: number, contentType: string, body: string | Uint8Array, extraHeaders: Readonly<Record<string, string>> = {}): void {
    if (this.finished) return;
    this.done = true;
    this.res.cork(() => {
      this.res.writeStatus(statusLine(status)).writeHeader('content-type', contentType);
      for (const [k, v] of Object.entries(extraHeaders)) this.res.writeHeader(k, v);
      this.res.end(body);
    });
  }
}

/** A zod failure as a 400 that names the first offending field by its path. */
export function schemaError(error: z.ZodError): HttpError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const where = field !== undefined ? `${field}: ` : '';
  return new HttpError(400, 40002, `${where}${issue?.message ?? 'invalid request'}`, field);
}
