// DescribeQuorum (key 55), on the broker and controller listeners: the metadata quorum's leader,
// epoch, high watermark and each replica's progress, as the Raft leader knows them. `describeQuorum`
// is the local Raft client's answer when this node leads, else the active controller's (forwarded).
// Like Kafka's KafkaRaftClient, a request for anything but __cluster_metadata-0 is answered with
// UNKNOWN_TOPIC_OR_PARTITION on each partition it names.
import type { DescribeQuorumRequest } from '../../protocol/generated/messages/DescribeQuorumRequest.js';
import type { DescribeQuorumResponse } from '../../protocol/generated/messages/DescribeQuorumResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';

const METADATA_TOPIC = '__cluster_metadata';

function asksForMetadataPartition(req: DescribeQuorumRequest): boolean {
  const [topic, ...otherTopics] = req.topics;
  const [partition, ...otherPartitions] = topic?.partitions ?? [];
  return otherTopics.length === 0 && otherPartitions.length === 0 && topic?.topicName === METADATA_TOPIC && partition?.partitionIndex === 0;
}

function unknownPartitions(req: DescribeQuorumRequest): DescribeQuorumResponse {
  return {
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    topics: req.topics.map((t) => ({
      topicName: t.topicName,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
        errorMessage: null,
        leaderId: -1,
        leaderEpoch: -1,
        highWatermark: -1n,
        currentVoters: [],
        observers: [],
      })),
    })),
    nodes: [],
  };
}

export function describeQuorumHandler(describeQuorum: () => Promise<DescribeQuorumResponse>) {
  return defineHandler<DescribeQuorumRequest, DescribeQuorumResponse>({
    apiKey: 55,
    handle: (_ctx, req) => (asksForMetadataPartition(req) ? describeQuorum() : unknownPartitions(req)),
    errorResponse: (_ctx, _req, errorCode) => ({ errorCode, errorMessage: null, topics: [], nodes: [] }),
  });
}
