// Generated from messages/ShareAcknowledgeResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareAcknowledgeResponse (response), versions 0. */
export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The response topics. Versions 0+. */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. Versions 0+. */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
}

export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** The unique topic ID. Versions 0+. */
  topicId: string;
  /** The topic partitions. Versions 0+. */
  partitions: ShareAcknowledgeResponsePartitionData[];
}

export interface ShareAcknowledgeResponsePartitionData {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** Versions 0+. */
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
}

export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0+. */
  leaderId: number;
  /** The latest known leader epoch. Versions 0+. */
  leaderEpoch: number;
}

export interface ShareAcknowledgeResponseNodeEndpoint {
  /** The ID of the associated node. Versions 0+. */
  nodeId: number;
  /** The node's hostname. Versions 0+. */
  host: string;
  /** The node's port. Versions 0+. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions 0+, nullable in 0+. */
  rack: string | null;
}

export function decodeShareAcknowledgeResponse(r: Reader, version: number): ShareAcknowledgeResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareAcknowledgeResponse', version });
  }
  try {
    return readShareAcknowledgeResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareAcknowledgeResponse', version);
  }
}

export function encodeShareAcknowledgeResponse(w: Writer, v: ShareAcknowledgeResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareAcknowledgeResponse has no version ${version} (valid: 0)`);
  }
  writeShareAcknowledgeResponse(w, v, version);
}

function readShareAcknowledgeResponse(r: Reader, version: number): ShareAcknowledgeResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'responses';
    let responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r, version));
        responses = a;
      }
    }
    f = 'nodeEndpoints';
    let nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareAcknowledgeResponseNodeEndpoint[] = [];
        for (let i = 0; i < n; i++) a.push(readShareAcknowledgeResponseNodeEndpoint(r, version));
        nodeEndpoints = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage, responses, nodeEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, version: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: ShareAcknowledgeResponsePartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareAcknowledgeResponsePartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readShareAcknowledgeResponsePartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareAcknowledgeResponsePartitionData(r: Reader, version: number): ShareAcknowledgeResponsePartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'currentLeader';
    const currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch = readShareAcknowledgeResponseLeaderIdAndEpoch(r, version);
    r.skipTaggedFields();
    return { partitionIndex, errorCode, errorMessage, currentLeader };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, version: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  let f = 'leaderId';
  try {
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    r.skipTaggedFields();
    return { leaderId, leaderEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareAcknowledgeResponseNodeEndpoint(r: Reader, version: number): ShareAcknowledgeResponseNodeEndpoint {
  let f = 'nodeId';
  try {
    const nodeId: number = r.int32();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.int32();
    f = 'rack';
    const rack: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { nodeId, host, port, rack };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareAcknowledgeResponse(w: Writer, v: ShareAcknowledgeResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    w.arrayLength(v.responses.length, true);
    for (const e of v.responses) writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w, e, version);
  }
  {
    w.arrayLength(v.nodeEndpoints.length, true);
    for (const e of v.nodeEndpoints) writeShareAcknowledgeResponseNodeEndpoint(w, e, version);
  }
  w.uvarint(0);
}

function writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, v: ShareAcknowledgeResponseShareAcknowledgeTopicResponse, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeShareAcknowledgeResponsePartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeShareAcknowledgeResponsePartitionData(w: Writer, v: ShareAcknowledgeResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  writeShareAcknowledgeResponseLeaderIdAndEpoch(w, v.currentLeader, version);
  w.uvarint(0);
}

function writeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, v: ShareAcknowledgeResponseLeaderIdAndEpoch, version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeShareAcknowledgeResponseNodeEndpoint(w: Writer, v: ShareAcknowledgeResponseNodeEndpoint, version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}
