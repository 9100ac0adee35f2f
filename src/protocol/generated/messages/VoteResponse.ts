// Generated from messages/VoteResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** VoteResponse (response), versions 0-1. */
export interface VoteResponse {
  /** The top level error code. Versions 0+. */
  errorCode: number;
  /** Versions 0+. */
  topics: VoteResponseTopicData[];
  /** Endpoints for all current-leaders enumerated in PartitionData Versions 1+, tagged (tag 0) in 1+. */
  nodeEndpoints?: VoteResponseNodeEndpoint[];
}

export interface VoteResponseTopicData {
  /** The topic name. Versions 0+. */
  topicName: string;
  /** Versions 0+. */
  partitions: VoteResponsePartitionData[];
}

export interface VoteResponsePartitionData {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** Versions 0+. */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0+. */
  leaderId: number;
  /** The latest known leader epoch Versions 0+. */
  leaderEpoch: number;
  /** True if the vote was granted and false otherwise Versions 0+. */
  voteGranted: boolean;
}

export interface VoteResponseNodeEndpoint {
  /** The ID of the associated node Versions 1+. */
  nodeId: number;
  /** The node's hostname Versions 1+. */
  host: string;
  /** The node's port Versions 1+. */
  port: number;
}

export function decodeVoteResponse(r: Reader, version: number): VoteResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'VoteResponse', version });
  }
  try {
    return readVoteResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'VoteResponse', version);
  }
}

export function encodeVoteResponse(w: Writer, v: VoteResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`VoteResponse has no version ${version} (valid: 0-1)`);
  }
  writeVoteResponse(w, v, version);
}

function readVoteResponse(r: Reader, version: number): VoteResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'topics';
    let topics: VoteResponseTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: VoteResponseTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readVoteResponseTopicData(r, version));
        topics = a;
      }
    }
    let nodeEndpoints: VoteResponseNodeEndpoint[] = [];
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            f = 'nodeEndpoints';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                throw new ProtocolDecodeError('null in a non-nullable array');
              } else {
                const a: VoteResponseNodeEndpoint[] = [];
                for (let i = 0; i < n; i++) a.push(readVoteResponseNodeEndpoint(r, version));
                nodeEndpoints = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { errorCode, topics, nodeEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readVoteResponseTopicData(r: Reader, version: number): VoteResponseTopicData {
  let f = 'topicName';
  try {
    const topicName: string = r.compactString();
    f = 'partitions';
    let partitions: VoteResponsePartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: VoteResponsePartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readVoteResponsePartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicName, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readVoteResponsePartitionData(r: Reader, version: number): VoteResponsePartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'voteGranted';
    const voteGranted: boolean = r.bool();
    r.skipTaggedFields();
    return { partitionIndex, errorCode, leaderId, leaderEpoch, voteGranted };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readVoteResponseNodeEndpoint(r: Reader, version: number): VoteResponseNodeEndpoint {
  let f = 'nodeId';
  try {
    const nodeId: number = r.int32();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.uint16();
    r.skipTaggedFields();
    return { nodeId, host, port };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeVoteResponse(w: Writer, v: VoteResponse, version: number): void {
  w.int16(v.errorCode);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeVoteResponseTopicData(w, e, version);
  }
  if (!(version >= 1) && !((v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0))) throw new UnsupportedVersionError(`VoteResponse v${version} cannot express a non-default value in field nodeEndpoints`);
  const tag0 = version >= 1 && !(v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0);
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    {
      t.arrayLength(v.nodeEndpoints!.length, true);
      for (const e of v.nodeEndpoints!) writeVoteResponseNodeEndpoint(t, e, version);
    }
    w.taggedField(0, t);
  }
}

function writeVoteResponseTopicData(w: Writer, v: VoteResponseTopicData, version: number): void {
  w.compactString(v.topicName);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeVoteResponsePartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeVoteResponsePartitionData(w: Writer, v: VoteResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.bool(v.voteGranted);
  w.uvarint(0);
}

function writeVoteResponseNodeEndpoint(w: Writer, v: VoteResponseNodeEndpoint, version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}
