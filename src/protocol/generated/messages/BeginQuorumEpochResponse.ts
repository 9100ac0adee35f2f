// Generated from messages/BeginQuorumEpochResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** BeginQuorumEpochResponse (response), versions 0-1. */
export interface BeginQuorumEpochResponse {
  /** The top level error code. Versions 0+. */
  errorCode: number;
  /** Versions 0+. */
  topics: BeginQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData Versions 1+, tagged (tag 0) in 1+. */
  nodeEndpoints?: BeginQuorumEpochResponseNodeEndpoint[];
}

export interface BeginQuorumEpochResponseTopicData {
  /** The topic name. Versions 0+. */
  topicName: string;
  /** Versions 0+. */
  partitions: BeginQuorumEpochResponsePartitionData[];
}

export interface BeginQuorumEpochResponsePartitionData {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** Versions 0+. */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0+. */
  leaderId: number;
  /** The latest known leader epoch Versions 0+. */
  leaderEpoch: number;
}

export interface BeginQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node Versions 1+. */
  nodeId: number;
  /** The node's hostname Versions 1+. */
  host: string;
  /** The node's port Versions 1+. */
  port: number;
}

export function decodeBeginQuorumEpochResponse(r: Reader, version: number): BeginQuorumEpochResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'BeginQuorumEpochResponse', version });
  }
  try {
    return readBeginQuorumEpochResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'BeginQuorumEpochResponse', version);
  }
}

export function encodeBeginQuorumEpochResponse(w: Writer, v: BeginQuorumEpochResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`BeginQuorumEpochResponse has no version ${version} (valid: 0-1)`);
  }
  writeBeginQuorumEpochResponse(w, v, version);
}

function readBeginQuorumEpochResponse(r: Reader, version: number): BeginQuorumEpochResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'topics';
    let topics: BeginQuorumEpochResponseTopicData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: BeginQuorumEpochResponseTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochResponseTopicData(r, version));
        topics = a;
      }
    }
    let nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[] = [];
    if (version >= 1) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (true) {
              f = 'nodeEndpoints';
              {
                const n = r.arrayLength(true);
                if (n < 0) {
                  throw new ProtocolDecodeError('null in a non-nullable array');
                } else {
                  const a: BeginQuorumEpochResponseNodeEndpoint[] = [];
                  for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochResponseNodeEndpoint(r, version));
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
    }
    return { errorCode, topics, nodeEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readBeginQuorumEpochResponseTopicData(r: Reader, version: number): BeginQuorumEpochResponseTopicData {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 1 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: BeginQuorumEpochResponsePartitionData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: BeginQuorumEpochResponsePartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochResponsePartitionData(r, version));
        partitions = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { topicName, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readBeginQuorumEpochResponsePartitionData(r: Reader, version: number): BeginQuorumEpochResponsePartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { partitionIndex, errorCode, leaderId, leaderEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readBeginQuorumEpochResponseNodeEndpoint(r: Reader, version: number): BeginQuorumEpochResponseNodeEndpoint {
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

function writeBeginQuorumEpochResponse(w: Writer, v: BeginQuorumEpochResponse, version: number): void {
  w.int16(v.errorCode);
  {
    w.arrayLength(v.topics.length, version >= 1);
    for (const e of v.topics) writeBeginQuorumEpochResponseTopicData(w, e, version);
  }
  if (!(version >= 1) && !((v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0))) throw new UnsupportedVersionError(`BeginQuorumEpochResponse v${version} cannot express a non-default value in field nodeEndpoints`);
  if (version >= 1) {
    const tag0 = !(v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0);
    w.uvarint((tag0 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      {
        t.arrayLength(v.nodeEndpoints!.length, true);
        for (const e of v.nodeEndpoints!) writeBeginQuorumEpochResponseNodeEndpoint(t, e, version);
      }
      w.taggedField(0, t);
    }
  }
}

function writeBeginQuorumEpochResponseTopicData(w: Writer, v: BeginQuorumEpochResponseTopicData, version: number): void {
  if (version >= 1) w.compactString(v.topicName); else w.string(v.topicName);
  {
    w.arrayLength(v.partitions.length, version >= 1);
    for (const e of v.partitions) writeBeginQuorumEpochResponsePartitionData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochResponsePartitionData(w: Writer, v: BeginQuorumEpochResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochResponseNodeEndpoint(w: Writer, v: BeginQuorumEpochResponseNodeEndpoint, version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}
