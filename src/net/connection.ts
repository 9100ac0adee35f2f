// One client connection on a Kafka listener: frames in, responses out in request order.
//
// Requests are started in arrival order (so appends from one producer apply in the order it sent
// them), may complete out of order (a long-poll Fetch, an acks=all Produce), and their responses
// are written strictly in order, as Kafka guarantees. Back-pressure: the socket stops reading
// while queued.max.requests requests are in flight or the kernel-side write queue holds more than
// maxQueuedResponseBytes.
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { FrameDecoder, FrameTooLargeError } from './frameDecoder.js';

export interface ConnectionInfo {
  readonly id: number;
  readonly listenerName: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** From ApiVersions v3+ (KIP-511); kept for logs and describe-groups. */
  clientSoftwareName: string | null;
  clientSoftwareVersion: string | null;
}

/** Thrown by a processor when the connection must be closed instead of answered. */
export class CloseConnection extends Error {}

export interface RequestProcessor {
  /** Handles one frame; resolves to the response chunks (size prefix included) or null for no response. */
  process(frame: Buffer, conn: ConnectionInfo): Promise<Buffer[] | null> | Buffer[] | null;
}

export interface ConnectionLimits {
  maxFrameBytes: number;
  queuedMaxRequests: number;
  maxQueuedResponseBytes: number;
  idleTimeoutMs: number;
}

interface Pending {
  done: boolean;
  response: Buffer[] | null;
  close: boolean;
}

export class Connection implements ConnectionInfo {
  clientSoftwareName: string | null = null;
  clientSoftwareVersion: string | null = null;
  readonly remoteAddress: string;
  readonly remotePort: number;
  private readonly decoder: FrameDecoder;
  private readonly inflight: Pending[] = [];
  private readonly backlog: Buffer[] = [];
  private closing = false;
  private readPaused = false;

  constructor(
    readonly id: number,
    readonly listenerName: string,
    private readonly socket: Socket,
    private readonly processor: RequestProcessor,
    private readonly limits: ConnectionLimits,
    private readonly log: Logger,
    private readonly onClose: (c: Connection) => void,
  ) {
    this.remoteAddress = socket.remoteAddress ?? '';
    this.remotePort = socket.remotePort ?? 0;
    this.decoder = new FrameDecoder(limits.maxFrameBytes);
    socket.setNoDelay(true);
    if (limits.idleTimeoutMs > 0) socket.setTimeout(limits.idleTimeoutMs);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('drain', () => this.updateFlow());
    socket.on('timeout', () => {
      this.log.info({ conn: this.describe() }, 'closing idle connection (connections.max.idle.ms)');
      socket.destroy();
    });
    socket.on('error', (err) => this.log.debug({ conn: this.describe(), err: err.message }, 'socket error'));
    socket.on('close', () => {
      this.closing = true;
      this.onClose(this);
    });
  }

  describe(): string {
    return `${this.listenerName}/${this.remoteAddress}:${this.remotePort}#${this.id}`;
  }

  /** Stops reading new requests; in-flight ones still get their responses before the socket ends. */
  drainAndClose(): void {
    this.closing = true;
    this.backlog.length = 0;
    if (this.inflight.length === 0) this.socket.end();
  }

  destroy(): void {
    this.closing = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.closing) return;
    let frames: Buffer[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      if (err instanceof FrameTooLargeError) {
        this.log.warn({ conn: this.describe(), size: err.size, max: err.maxBytes }, `closing connection: ${err.message}`);
        this.destroy();
        return;
      }
      throw err;
    }
    for (const f of frames) this.backlog.push(f);
    this.startBacklog();
  }

  private startBacklog(): void {
    while (this.backlog.length > 0 && this.inflight.length < this.limits.queuedMaxRequests && !this.closing) {
      this.start(this.backlog.shift()!);
    }
    this.updateFlow();
  }

  private start(frame: Buffer): void {
    const p: Pending = { done: false, response: null, close: false };
    this.inflight.push(p);
    const settle = (response: Buffer[] | null, close: boolean): void => {
      p.done = true;
      p.response = response;
      p.close = close;
      this.flush();
    };
    const fail = (err: unknown): void => {
      if (!(err instanceof CloseConnection)) {
        this.log.error({ conn: this.describe(), err }, 'request processing failed; closing connection');
      } else {
        this.log.info({ conn: this.describe(), reason: err.message }, 'closing connection');
      }
      settle(null, true);
    };
    try {
      const r = this.processor.process(frame, this);
      if (r instanceof Promise) r.then((res) => settle(res, false), fail);
      else settle(r, false);
    } catch (err) {
      fail(err);
    }
  }

  private flush(): void {
    let wrote = false;
    while (this.inflight.length > 0 && this.inflight[0].done) {
      const p = this.inflight.shift()!;
      if (p.close) {
        this.destroyAfterWrites();
        return;
      }
      if (p.response && !this.socket.destroyed) {
        if (!wrote) this.socket.cork();
        wrote = true;
        for (const chunk of p.response) this.socket.write(chunk);
      }
    }
    if (wrote) this.socket.uncork();
    if (this.closing && this.inflight.length === 0 && !this.socket.destroyed) this.socket.end();
    else this.startBacklog();
  }

  private destroyAfterWrites(): void {
    this.closing = true;
    this.backlog.length = 0;
    this.inflight.length = 0;
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 1000).unref();
  }

  private updateFlow(): void {
    const saturated =
      this.inflight.length >= this.limits.queuedMaxRequests || this.socket.writableLength > this.limits.maxQueuedResponseBytes;
    if (saturated && !this.readPaused) {
      this.readPaused = true;
      this.socket.pause();
    } else if (!saturated && this.readPaused) {
      this.readPaused = false;
      this.socket.resume();
      if (this.backlog.length > 0) this.startBacklog();
    }
  }
}
