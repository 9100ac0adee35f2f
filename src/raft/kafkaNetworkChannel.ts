/**
 * The Raft transport over the Kafka protocol (Kafka's KafkaNetworkChannel): each request the core
 * sends becomes a generated-codec request on a connection to the destination's controller listener,
 * and its answer goes back to the core under the core's correlation id. Connections open lazily
 * and are replaced after a failure; anything that cannot be delivered is dropped, since the core
 * times requests out and retries on its own.
 */
import type { Logger } from 'pino';
import { BeginQuorumEpoch, EndQuorumEpoch, Fetch, FetchSnapshot, Vote, type ClientApi } from '../client/clientApis.js';
import { NodeConnections } from '../client/nodeConnections.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import type { RaftRequest, RaftResponse } from './raftMessage.js';
import type { RaftTransport } from './raftTransport.js';

export interface KafkaNetworkChannelOptions {
  readonly nodeId: number;
  readonly clusterId: string;
  /** Each voter's controller listener. */
  readonly endpoints: ReadonlyMap<number, { readonly host: string; readonly port: number }>;
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly logger: Logger;
  /** Hands an answer to the Raft client (through its driver). */
  deliver(source: number, correlationId: number, response: RaftResponse): void;
}

export class KafkaNetworkChannel implements RaftTransport {
  private readonly connections: NodeConnections;
  private closed = false;
  /** A replica that refused this node's requests as coming from another cluster, if any did. */
  inconsistentClusterFrom: number | null = null;

  constructor(private readonly opts: KafkaNetworkChannelOptions) {
    this.connections = new NodeConnections({
      endpoints: opts.endpoints,
      clientId: `raft-${opts.clusterId}-${opts.nodeId}`,
      requestTimeoutMs: opts.requestTimeoutMs,
      connectTimeoutMs: opts.connectTimeoutMs,
    });
  }

  send(destination: number, correlationId: number, request: RaftRequest): void {
    if (this.closed) return;
    if (request.api === 'Vote' && request.preVote) {
      // VoteRequest v0-1 has no PreVote field: the receiver would take it for a real vote.
      this.opts.logger.warn({ destination }, 'dropping a pre-vote request: VoteRequest v0-1 cannot carry it');
      return;
    }
    void this.exchange(destination, request).then(
      (response) => {
        if (response.data.errorCode === ErrorCode.INCONSISTENT_CLUSTER_ID && this.inconsistentClusterFrom === null) {
          this.inconsistentClusterFrom = destination;
          this.opts.logger.error({ destination, clusterId: this.opts.clusterId }, `replica ${destination} belongs to another cluster than ${this.opts.clusterId}`);
        }
        if (!this.closed) this.opts.deliver(destination, correlationId, response);
      },
      (err: unknown) => {
        this.connections.drop(destination);
        this.opts.logger.debug({ err, destination, api: request.api }, 'raft request not delivered');
      },
    );
  }

  close(): void {
    this.closed = true;
    this.connections.close();
  }

  private async exchange(destination: number, request: RaftRequest): Promise<RaftResponse> {
    const conn = await this.connections.get(destination);
    const call = <Req, Res>(api: ClientApi<Req, Res>, data: Req): Promise<Res> => conn.send(api, data, conn.versionFor(api));
    switch (request.api) {
      case 'Vote':
        return { api: 'Vote', data: await call(Vote, request.data) };
      case 'BeginQuorumEpoch':
        return { api: 'BeginQuorumEpoch', data: await call(BeginQuorumEpoch, request.data) };
      case 'EndQuorumEpoch':
        return { api: 'EndQuorumEpoch', data: await call(EndQuorumEpoch, request.data) };
      case 'Fetch': {
        // The replica id moved from ReplicaId to ReplicaState in v15; each version carries one.
        const version = conn.versionFor(Fetch);
        const data = version >= 15 ? { ...request.data, replicaId: -1 } : request.data;
        return { api: 'Fetch', data: await conn.send(Fetch, data, version) };
      }
      case 'FetchSnapshot':
        return { api: 'FetchSnapshot', data: await call(FetchSnapshot, request.data) };
    }
  }
}
