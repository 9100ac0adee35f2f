// The replica-to-replica RPCs on the controller listener: Vote (52), BeginQuorumEpoch (53),
// EndQuorumEpoch (54), Fetch (1) and FetchSnapshot (59). Each is the same relay into the Raft
// client, differing only in where the sending replica's id sits, so one table serves all five.
import { defineHandler, type ApiHandler } from '../../broker/handler.js';
import { ApiKey } from '../../protocol/generated/apiKeys.js';
import type { RaftApi, RaftRequest, RaftResponse } from '../../raft/raftMessage.js';
import { fetchReplicaId, topLevelErrorResponse } from '../../raft/raftRpc.js';

/** Hands a replica's request to the Raft client (RaftClientDriver.handleRequest). */
export type RaftRequests = (source: number, request: RaftRequest) => Promise<RaftResponse>;

type Data<A extends RaftApi> = Extract<RaftRequest, { api: A }>['data'];

function relay<A extends RaftApi>(api: A, apiKey: number, source: (data: Data<A>) => number, raftRequests: RaftRequests): ApiHandler {
  return defineHandler<Data<A>, RaftResponse['data']>({
    apiKey,
    async handle(_ctx, data) {
      // Vote over the wire is never a pre-vote: VoteRequest v0-1 has no PreVote field.
      const request = (api === 'Vote' ? { api, preVote: false, data } : { api, data }) as RaftRequest;
      const response = await raftRequests(source(data), request);
      return response.data;
    },
    errorResponse: (_ctx, _data, errorCode) => topLevelErrorResponse(api as never, errorCode),
  });
}

const firstPartition = <P>(topics: ReadonlyArray<{ partitions: readonly P[] }>): P | undefined => topics[0]?.partitions[0];

export function raftHandlers(raftRequests: RaftRequests): ApiHandler[] {
  return [
    relay('Vote', ApiKey.Vote, (d) => firstPartition(d.topics)?.candidateId ?? -1, raftRequests),
    relay('BeginQuorumEpoch', ApiKey.BeginQuorumEpoch, (d) => firstPartition(d.topics)?.leaderId ?? -1, raftRequests),
    relay('EndQuorumEpoch', ApiKey.EndQuorumEpoch, (d) => firstPartition(d.topics)?.leaderId ?? -1, raftRequests),
    relay('Fetch', ApiKey.Fetch, fetchReplicaId, raftRequests),
    relay('FetchSnapshot', ApiKey.FetchSnapshot, (d) => d.replicaId, raftRequests),
  ];
}

