/**
 * How the Raft core reaches other replicas. The core never touches sockets: it hands requests to
 * the transport, and the transport hands back what arrives (RaftClient.handleRequest for requests,
 * RaftClient.handleResponse for answers). The core times out requests itself, so a transport may
 * drop anything it cannot deliver.
 */
import type { RaftRequest } from './raftMessage.js';

export interface RaftTransport {
  /**
   * Sends `request` to replica `destination`. Its answer, if any, must come back through
   * RaftClient.handleResponse with the same `correlationId`. Never throws.
   */
  send(destination: number, correlationId: number, request: RaftRequest): void;
}
