// How a broker reaches the active controller (Kafka's NodeToControllerChannelManager): requests
// go to whichever voter the metadata quorum says leads, over the controller listener. The local
// controller is reached the same way, over loopback, so there is one path to test.
import type { Logger } from 'pino';
import type { ClientApi } from '../client/clientApis.js';
import { NodeConnections } from '../client/nodeConnections.js';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';

export interface ControllerChannel {
  /**
   * Sends `request` to the active controller and resolves with its answer. Retries on NOT_CONTROLLER
   * and on network errors while the leader moves, until the request timeout.
   */
  send<Req, Res>(api: ClientApi<Req, Res>, request: Req, version?: number): Promise<Res>;
}

export interface QuorumControllerChannelOptions {
  readonly nodeId: number;
  /** Each voter's controller listener. */
  readonly endpoints: ReadonlyMap<number, { readonly host: string; readonly port: number }>;
  /** The leader this node's Raft client knows of, or -1. */
  readonly leaderId: () => number;
  readonly requestTimeoutMs: number;
  readonly logger: Logger;
}

/** The wait between attempts while no controller answers. */
const RETRY_BACKOFF_MS = 50;

export class QuorumControllerChannel implements ControllerChannel {
  private readonly connections: NodeConnections;
  private closed = false;

  constructor(private readonly opts: QuorumControllerChannelOptions) {
    this.connections = new NodeConnections({
      endpoints: opts.endpoints,
      clientId: `runnel-broker-${opts.nodeId}`,
      requestTimeoutMs: opts.requestTimeoutMs,
      connectTimeoutMs: Math.min(opts.requestTimeoutMs, 5000),
    });
  }

  async send<Req, Res>(api: ClientApi<Req, Res>, request: Req, version?: number): Promise<Res> {
    const deadline = Date.now() + this.opts.requestTimeoutMs;
    let lastError: Error = new KafkaError(ErrorCode.NOT_CONTROLLER, 'no active controller is known');
    while (!this.closed && Date.now() < deadline) {
      const leader = this.opts.leaderId();
      if (leader >= 0) {
        try {
          const conn = await this.connections.get(leader);
          const response = await conn.send(api, request, version ?? conn.versionFor(api));
          if (topLevelErrorCode(response) !== ErrorCode.NOT_CONTROLLER) return response;
          lastError = new KafkaError(ErrorCode.NOT_CONTROLLER, `controller ${leader} is no longer active`);
        } catch (err) {
          if (!(err instanceof KafkaError) || !err.retriable) throw err;
          lastError = err;
          this.connections.drop(leader);
          this.opts.logger.debug({ err, controller: leader, api: api.name }, 'controller request failed; retrying');
        }
      }
      await new Promise((r) => setTimeout(r, RETRY_BACKOFF_MS));
    }
    throw lastError;
  }

  close(): void {
    this.closed = true;
    this.connections.close();
  }
}

function topLevelErrorCode(response: unknown): number {
  const code = (response as { errorCode?: unknown }).errorCode;
  return typeof code === 'number' ? code : ErrorCode.NONE;
}
