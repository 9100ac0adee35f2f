/**
 * The RPCs replicas exchange, as the generated codecs' types: a transport only encodes and decodes
 * them (Vote, BeginQuorumEpoch, EndQuorumEpoch, Fetch, FetchSnapshot on the controller listener).
 *
 * Pre-vote (KIP-996) travels as VoteRequest v2's PreVote field. The schemas in ../shared/kafka-protocol
 * stop at VoteRequest v1, which has no such field, so `preVote` rides beside the v1 body here: a
 * transport must carry it (VoteRequest v2 once the schema is added) and must not send a pre-vote to
 * a replica that only speaks v1, which would take it for a real vote.
 */
import type { BeginQuorumEpochRequest } from '../protocol/generated/messages/BeginQuorumEpochRequest.js';
import type { BeginQuorumEpochResponse } from '../protocol/generated/messages/BeginQuorumEpochResponse.js';
import type { EndQuorumEpochRequest } from '../protocol/generated/messages/EndQuorumEpochRequest.js';
import type { EndQuorumEpochResponse } from '../protocol/generated/messages/EndQuorumEpochResponse.js';
import type { FetchRequest } from '../protocol/generated/messages/FetchRequest.js';
import type { FetchResponse } from '../protocol/generated/messages/FetchResponse.js';
import type { FetchSnapshotRequest } from '../protocol/generated/messages/FetchSnapshotRequest.js';
import type { FetchSnapshotResponse } from '../protocol/generated/messages/FetchSnapshotResponse.js';
import type { VoteRequest } from '../protocol/generated/messages/VoteRequest.js';
import type { VoteResponse } from '../protocol/generated/messages/VoteResponse.js';

export type RaftApi = 'Vote' | 'BeginQuorumEpoch' | 'EndQuorumEpoch' | 'Fetch' | 'FetchSnapshot';

export type RaftRequest =
  | { readonly api: 'Vote'; readonly preVote: boolean; readonly data: VoteRequest }
  | { readonly api: 'BeginQuorumEpoch'; readonly data: BeginQuorumEpochRequest }
  | { readonly api: 'EndQuorumEpoch'; readonly data: EndQuorumEpochRequest }
  | { readonly api: 'Fetch'; readonly data: FetchRequest }
  | { readonly api: 'FetchSnapshot'; readonly data: FetchSnapshotRequest };

export type RaftResponse =
  | { readonly api: 'Vote'; readonly data: VoteResponse }
  | { readonly api: 'BeginQuorumEpoch'; readonly data: BeginQuorumEpochResponse }
  | { readonly api: 'EndQuorumEpoch'; readonly data: EndQuorumEpochResponse }
  | { readonly api: 'Fetch'; readonly data: FetchResponse<Buffer> }
  | { readonly api: 'FetchSnapshot'; readonly data: FetchSnapshotResponse<Buffer> };
