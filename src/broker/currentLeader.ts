// KIP-951: a Produce or Fetch answered with NOT_LEADER_OR_FOLLOWER (Fetch also FENCED_LEADER_EPOCH)
// names the partition's current leader and epoch, and the response lists that leader's endpoint,
// so a client re-routes at once instead of first refreshing its metadata.
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { listenerEndpoint, type MetadataImage } from '../metadata/metadataImage.js';

export interface LeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

/**
 * Collects, for one response, the current leaders it names and their endpoints on the client's
 * listener. It reads the image only when a partition needs a hint: most responses carry no error.
 */
export class CurrentLeaders {
  private endpoints: Map<number, NodeEndpoint> | null = null;

  constructor(
    private readonly currentImage: () => MetadataImage,
    private readonly listenerName: string,
    private readonly errorCodes: readonly number[],
  ) {}

  /** The leader to name for a partition answered with `errorCode`, or undefined when the error calls for none. */
  forError(topic: string, partition: number, errorCode: number): LeaderIdAndEpoch | undefined {
    if (!this.errorCodes.includes(errorCode)) return undefined;
    const image = this.currentImage();
    const p = image.topicsByName.get(topic)?.partitions.get(partition);
    const broker = p && p.leader >= 0 ? image.brokers.get(p.leader) : undefined;
    if (!p || !broker || broker.fenced) return { leaderId: -1, leaderEpoch: -1 };
    const ep = listenerEndpoint(broker, this.listenerName);
    if (ep) (this.endpoints ??= new Map()).set(broker.id, { nodeId: broker.id, host: ep.host, port: ep.port, rack: broker.rack });
    return { leaderId: p.leader, leaderEpoch: p.leaderEpoch };
  }

  /** The endpoints of the leaders named so far, for the response's node_endpoints. */
  nodeEndpoints(): NodeEndpoint[] {
    return this.endpoints === null ? [] : [...this.endpoints.values()];
  }
}

/** Produce names the leader for NOT_LEADER_OR_FOLLOWER. */
export const PRODUCE_LEADER_ERRORS = [ErrorCode.NOT_LEADER_OR_FOLLOWER];
/** Fetch names it for NOT_LEADER_OR_FOLLOWER and FENCED_LEADER_EPOCH. */
export const FETCH_LEADER_ERRORS = [ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.FENCED_LEADER_EPOCH];
