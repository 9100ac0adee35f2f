// The client's view of the cluster, built from Metadata responses: brokers, the controller, and
// each topic's partitions with their leaders.
import type { MetadataResponse } from '../protocol/generated/messages/MetadataResponse.js';

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

export interface BrokerNode {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface PartitionMetadata {
  partition: number;
  errorCode: number;
  /** -1 when the partition has no leader. */
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
}

export interface TopicMetadata {
  name: string;
  /** Base64url; ZERO_UUID from brokers older than Metadata v10. */
  topicId: string;
  errorCode: number;
  isInternal: boolean;
  /** Sorted by partition index. */
  partitions: PartitionMetadata[];
}

export interface ClusterMetadata {
  clusterId: string | null;
  controllerId: number;
  brokers: Map<number, BrokerNode>;
  topics: Map<string, TopicMetadata>;
}

export function clusterMetadataFrom(res: MetadataResponse): ClusterMetadata {
  const brokers = new Map<number, BrokerNode>();
  for (const b of res.brokers) brokers.set(b.nodeId, { nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack });
  const topics = new Map<string, TopicMetadata>();
  for (const t of res.topics) {
    if (t.name === null) continue;
    topics.set(t.name, {
      name: t.name,
      topicId: t.topicId,
      errorCode: t.errorCode,
      isInternal: t.isInternal,
      partitions: t.partitions
        .map((p) => ({
          partition: p.partitionIndex,
          errorCode: p.errorCode,
          leader: p.leaderId,
          leaderEpoch: p.leaderEpoch,
          replicas: p.replicaNodes,
          isr: p.isrNodes,
          offlineReplicas: p.offlineReplicas,
        }))
        .sort((a, b) => a.partition - b.partition),
    });
  }
  return { clusterId: res.clusterId, controllerId: res.controllerId, brokers, topics };
}
