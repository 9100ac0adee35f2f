// The Kafka listeners: one TCP server per entry of `listeners`, each handing its connections to
// the same request processor.
import net from 'node:net';
import type { Logger } from 'pino';
import { Connection, type ConnectionLimits, type RequestProcessor } from './connection.js';

export interface ListenerSpec {
  name: string;
  host: string;
  port: number;
}

export interface BoundListener extends ListenerSpec {
  /** The port actually bound (differs from `port` when it was 0). */
  boundPort: number;
}

/** What the listeners tell metrics about connections (src/metrics/brokerMetrics.ts). */
export interface ConnectionObserver {
  connectionOpened(listenerName: string): void;
  connectionClosed(listenerName: string): void;
}

export class SocketServer {
  private readonly servers: net.Server[] = [];
  private readonly connections = new Set<Connection>();
  private nextConnectionId = 1;

  constructor(
    private readonly processor: RequestProcessor,
    private readonly limits: ConnectionLimits,
    private readonly log: Logger,
    private readonly observer: ConnectionObserver | null = null,
  ) {}

  get connectionCount(): number {
    return this.connections.size;
  }

  /** True while every listener is bound and accepting (false before listen() and once closing). */
  get listening(): boolean {
    return this.servers.length > 0 && this.servers.every((s) => s.listening);
  }

  async listen(specs: readonly ListenerSpec[]): Promise<BoundListener[]> {
    const bound: BoundListener[] = [];
    for (const spec of specs) {
      const server = net.createServer({ noDelay: true }, (socket) => this.accept(spec.name, socket));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        // An empty host means all interfaces, as in Kafka's `PLAINTEXT://:9092`.
        server.listen(spec.port, spec.host === '' ? undefined : spec.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      server.on('error', (err) => this.log.error({ listener: spec.name, err }, 'listener error'));
      const addr = server.address() as net.AddressInfo;
      this.servers.push(server);
      bound.push({ ...spec, boundPort: addr.port });
      this.log.info({ listener: spec.name, host: spec.host, port: addr.port }, 'listening');
    }
    return bound;
  }

  private accept(listenerName: string, socket: net.Socket): void {
    const conn = new Connection(
      this.nextConnectionId++,
      listenerName,
      socket,
      this.processor,
      this.limits,
      this.log,
      (c) => {
        this.connections.delete(c);
        this.observer?.connectionClosed(listenerName);
      },
    );
    this.connections.add(conn);
    this.observer?.connectionOpened(listenerName);
  }

  /** Stops accepting, lets in-flight requests finish (bounded by timeoutMs), then closes every connection. */
  async close(timeoutMs: number): Promise<void> {
    // server.close() only calls back once every connection has ended, so start it, then drain.
    const closed = Promise.all(this.servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    for (const c of this.connections) c.drainAndClose();
    const deadline = Date.now() + timeoutMs;
    while (this.connections.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const c of this.connections) c.destroy();
    await closed;
  }
}
