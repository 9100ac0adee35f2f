// DescribeQuorum (key 55), on the broker and controller listeners: the metadata quorum's leader,
// epoch, high watermark and each replica's progress, as the Raft leader knows them (another node
// asks the leader).
import type { DescribeQuorumRequest } from '../../protocol/generated/messages/DescribeQuorumRequest.js';
import type { DescribeQuorumResponse } from '../../protocol/generated/messages/DescribeQuorumResponse.js';
import { defineHandler } from '../handler.js';

export function describeQuorumHandler(describeQuorum: () => Promise<DescribeQuorumResponse>) {
  return defineHandler<DescribeQuorumRequest, DescribeQuorumResponse>({
    apiKey: 55,
    handle: () => describeQuorum(),
    errorResponse: (_ctx, _req, errorCode) => ({ errorCode, errorMessage: null, topics: [], nodes: [] }),
  });
}
