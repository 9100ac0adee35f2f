// One TCP connection to one Kafka broker: size-prefixed frames, correlation ids, any number of
// requests in flight (pipelined; Kafka answers in order on a connection), and the API versions
// both sides support, learned with ApiVersions right after connecting.
import net from 'node:net';
import { FrameDecoder } from '../net/frameDecoder.js';
import { ErrorCode, KafkaError, UnsupportedVersionError } from '../protocol/kafkaErrors.js';
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import { decodeResponseHeader, encodeRequestHeader, responseHeaderVersion } from '../protocol/headers.js';
import { ApiVersions, type ClientApi } from './clientApis.js';

export interface ConnectionOptions {
  host: string;
  port: number;
  clientId: string;
  /** How long one request may wait for its response before the connection is declared dead. */
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  /** Largest response frame accepted. */
  maxResponseBytes?: number;
}

/** The broker's supported range for one API. */
export interface VersionRange {
  min: number;
  max: number;
}

interface InFlight {
  correlationId: number;
  decode: (frame: Buffer) => unknown;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
  what: string;
}

const CLIENT_SOFTWARE_NAME = 'runnel-client';
const CLIENT_SOFTWARE_VERSION = '0.1.0';
const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;

/** A lost connection or a request without an answer: retriable, as Kafka's NetworkException. */
export function networkError(message: string, cause?: unknown): KafkaError {
  const err = new KafkaError(ErrorCode.NETWORK_EXCEPTION, message);
  if (cause !== undefined) (err as Error).cause = cause;
  return err;
}

function decodeResponse<Res>(api: ClientApi<unknown, Res>, frame: Buffer, version: number, headerVersion: number): Res {
  const r = new Reader(frame);
  decodeResponseHeader(r, headerVersion);
  // A broker that does not know the requested ApiVersions version answers UNSUPPORTED_VERSION in a
  // v0 body (KIP-511); the error code leads the body in every version, so it can be read first.
  const tooNew = api.apiKey === ApiVersions.apiKey && r.remaining() >= 2 && frame.readInt16BE(r.offset) === ErrorCode.UNSUPPORTED_VERSION;
  return api.decodeResponse(r, tooNew ? 0 : version);
}

export class KafkaConnection {
  readonly host: string;
  readonly port: number;
  private readonly socket: net.Socket;
  private readonly frames: FrameDecoder;
  private readonly inFlight = new Map<number, InFlight>();
  private nextCorrelationId = 1;
  private closedWith: Error | null = null;
  private brokerVersions = new Map<number, VersionRange>();

  private constructor(private readonly opts: ConnectionOptions, socket: net.Socket) {
    this.host = opts.host;
    this.port = opts.port;
    this.socket = socket;
    this.frames = new FrameDecoder(opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.fail(networkError(`connection to ${this.address} failed: ${err.message}`, err)));
    socket.on('close', () => this.fail(networkError(`connection to ${this.address} closed`)));
  }

  get address(): string {
    return `${this.host}:${this.port}`;
  }

  get isOpen(): boolean {
    return this.closedWith === null;
  }

  /** Connects and negotiates API versions; rejects with a retriable KafkaError if the broker is unreachable. */
  static async open(opts: ConnectionOptions): Promise<KafkaConnection> {
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ host: opts.host, port: opts.port });
      const timer = setTimeout(() => {
        s.destroy();
        reject(networkError(`connecting to ${opts.host}:${opts.port} timed out after ${opts.connectTimeoutMs} ms`));
      }, opts.connectTimeoutMs);
      s.once('connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        resolve(s);
      });
      s.once('error', (err) => {
        clearTimeout(timer);
        reject(networkError(`cannot connect to ${opts.host}:${opts.port}: ${err.message}`, err));
      });
    });
    const conn = new KafkaConnection(opts, socket);
    try {
      await conn.negotiateVersions();
    } catch (err) {
      conn.close();
      throw err;
    }
    return conn;
  }

  /**
   * The broker's range for an API, or undefined if it does not offer the API at all.
   */
  brokerRange(apiKey: number): VersionRange | undefined {
    return this.brokerVersions.get(apiKey);
  }

  /** The highest version both this client and the broker support. Throws UnsupportedVersionError. */
  versionFor(api: ClientApi<unknown, unknown>): number {
    const broker = this.brokerVersions.get(api.apiKey);
    const max = Math.min(api.maxVersion, broker?.max ?? -1);
    if (broker === undefined || max < Math.max(api.minVersion, broker.min)) {
      const offered = broker === undefined ? 'none' : `${broker.min}-${broker.max}`;
      throw new UnsupportedVersionError(
        `${this.address} does not support ${api.name} versions ${api.minVersion}-${api.maxVersion} (broker offers ${offered})`,
      );
    }
    return max;
  }

  /** Sends a request at the negotiated (or given) version and resolves with the decoded response. */
  send<Req, Res>(api: ClientApi<Req, Res>, request: Req, version = this.versionFor(api)): Promise<Res> {
    return this.write(api, request, version, true) as Promise<Res>;
  }

  /** Sends a request the broker will not answer (Produce with acks=0); resolves once it is written. */
  async sendWithoutResponse<Req>(api: ClientApi<Req, unknown>, request: Req, version = this.versionFor(api)): Promise<void> {
    await this.write(api, request, version, false);
  }

  close(): void {
    this.fail(networkError(`connection to ${this.address} closed by the client`));
  }

  private async negotiateVersions(): Promise<void> {
    const request = { clientSoftwareName: CLIENT_SOFTWARE_NAME, clientSoftwareVersion: CLIENT_SOFTWARE_VERSION };
    let response = await this.send(ApiVersions, request, ApiVersions.maxVersion);
    if (response.errorCode === ErrorCode.UNSUPPORTED_VERSION) {
      // The broker answered in v0 and listed its own ApiVersions range: ask again at a version it knows.
      const theirs = response.apiKeys.find((k) => k.apiKey === ApiVersions.apiKey);
      const version = Math.min(theirs?.maxVersion ?? 0, ApiVersions.maxVersion);
      response = await this.send(ApiVersions, request, version);
    }
    if (response.errorCode !== ErrorCode.NONE) throw new KafkaError(response.errorCode, `ApiVersions to ${this.address} failed`);
    this.brokerVersions = new Map(response.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }]));
  }

  private write<Req, Res>(api: ClientApi<Req, Res>, request: Req, version: number, expectResponse: boolean): Promise<unknown> {
    if (this.closedWith !== null) return Promise.reject(this.closedWith);
    const correlationId = this.nextCorrelationId;
    this.nextCorrelationId = (this.nextCorrelationId + 1) & 0x7fffffff;

    const w = new Writer();
    w.int32(0); // size placeholder, patched below once the frame length is known
    encodeRequestHeader(w, { apiKey: api.apiKey, apiVersion: version, correlationId, clientId: this.opts.clientId });
    api.encodeRequest(w, request, version);
    const chunks = w.finish();
    let size = -4;
    for (const c of chunks) size += c.length;
    chunks[0].writeInt32BE(size, 0);

    const what = `${api.name} v${version} to ${this.address}`;
    const written = new Promise<unknown>((resolve, reject) => {
      if (!expectResponse) {
        this.socket.cork();
        for (const c of chunks.slice(0, -1)) this.socket.write(c);
        this.socket.write(chunks[chunks.length - 1], (err) => (err ? reject(networkError(`${what}: ${err.message}`, err)) : resolve(undefined)));
        this.socket.uncork();
        return;
      }
      const headerVersion = responseHeaderVersion(api.apiKey, version);
      const timer = setTimeout(() => {
        this.fail(networkError(`${what} timed out after ${this.opts.requestTimeoutMs} ms`));
      }, this.opts.requestTimeoutMs);
      this.inFlight.set(correlationId, {
        correlationId,
        what,
        timer,
        resolve,
        reject,
        decode: (frame) => decodeResponse(api, frame, version, headerVersion),
      });
      this.socket.cork();
      for (const c of chunks) this.socket.write(c);
      this.socket.uncork();
    });
    return written;
  }

  private onData(chunk: Buffer): void {
    let frames: Buffer[];
    try {
      frames = this.frames.push(chunk);
    } catch (err) {
      this.fail(networkError(`bad response frame from ${this.address}: ${(err as Error).message}`, err));
      return;
    }
    for (const frame of frames) {
      if (frame.length < 4) {
        this.fail(networkError(`response frame of ${frame.length} bytes from ${this.address} has no correlation id`));
        return;
      }
      const correlationId = frame.readInt32BE(0);
      const pending = this.inFlight.get(correlationId);
      if (pending === undefined) {
        this.fail(networkError(`${this.address} answered unknown correlation id ${correlationId}`));
        return;
      }
      this.inFlight.delete(correlationId);
      clearTimeout(pending.timer);
      try {
        pending.resolve(pending.decode(frame));
      } catch (err) {
        // A response we cannot parse leaves the stream position unknowable for nobody but this
        // request: the frame boundary is intact, so only this request fails.
        pending.reject(err instanceof Error ? err : new Error(String(err)));
      }
    }
  }

  private fail(err: Error): void {
    if (this.closedWith !== null) return;
    this.closedWith = err;
    for (const p of this.inFlight.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.inFlight.clear();
    this.socket.destroy();
  }
}
