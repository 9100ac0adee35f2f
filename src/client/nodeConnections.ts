// One lazily opened KafkaConnection per node id, replaced after it fails: how a node reaches its
// peers on their controller listeners (the Raft channel, the broker-to-controller channel).
import { KafkaConnection } from './kafkaConnection.js';

export interface NodeConnectionsOptions {
  readonly endpoints: ReadonlyMap<number, { readonly host: string; readonly port: number }>;
  readonly clientId: string;
  readonly requestTimeoutMs: number;
  readonly connectTimeoutMs: number;
}

export class NodeConnections {
  private readonly connections = new Map<number, Promise<KafkaConnection>>();

  constructor(private readonly opts: NodeConnectionsOptions) {}

  /** The open connection to node `id`, opening one when there is none or the last one failed. */
  get(id: number): Promise<KafkaConnection> {
    const existing = this.connections.get(id);
    if (existing) {
      return existing.then((c) => {
        if (c.isOpen) return c;
        if (this.connections.get(id) === existing) this.connections.delete(id);
        return this.get(id);
      });
    }
    const endpoint = this.opts.endpoints.get(id);
    if (!endpoint) return Promise.reject(new Error(`node ${id} has no known endpoint`));
    const opening = KafkaConnection.open({
      host: endpoint.host,
      port: endpoint.port,
      clientId: this.opts.clientId,
      requestTimeoutMs: this.opts.requestTimeoutMs,
      connectTimeoutMs: this.opts.connectTimeoutMs,
    });
    opening.catch(() => {
      if (this.connections.get(id) === opening) this.connections.delete(id);
    });
    this.connections.set(id, opening);
    return opening;
  }

  /** Closes and forgets the connection to node `id`; the next get() opens a new one. */
  drop(id: number): void {
    const conn = this.connections.get(id);
    this.connections.delete(id);
    conn?.then((c) => c.close()).catch(() => undefined);
  }

  close(): void {
    for (const id of [...this.connections.keys()]) this.drop(id);
  }
}
