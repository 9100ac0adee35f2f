// Generated from messages/EndQuorumEpochResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** EndQuorumEpochResponse (response), versions 0-1. */
export interface EndQuorumEpochResponse {
  /** The top level error code. Versions 0+. */
  errorCode: number;
  /** Versions 0+. */
  topics: EndQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData Versions 1+, tagged (tag 0) in 1+. */
  nodeEndpoints?: EndQuorumEpochResponseNodeEndpoint[];
}

export interface EndQuorumEpochResponseTopicData {
  /** The topic name. Versions 0+. */
  topicName: string;
  /** Versions 0+. */
  partitions: EndQuorumEpochResponsePartitionData[];
}

export interface EndQuorumEpochResponsePartitionData {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** Versions 0+. */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0+. */
  leaderId: number;
  /** The latest known leader epoch Versions 0+. */
  leaderEpoch: number;
}

export interface EndQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node Versions 1+. */
  nodeId: number;
  /** The node's hostname Versions 1+. */
  host: string;
  /** The node's port Versions 1+. */
  port: number;
}

export function decodeEndQuorumEpochResponse(r: Reader, version: number): EndQuorumEpochResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'EndQuorumEpochResponse', version });
  }
  try {
    return readEndQuorumEpochResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'EndQuorumEpochResponse', version);
  }
}

export function encodeEndQuorumEpochResponse(w: Writer, v: EndQuorumEpochResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`EndQuorumEpochResponse has no version ${version} (valid: 0-1)`);
  }
  writeEndQuorumEpochResponse(w, v, version);
}

function readEndQuorumEpochResponse(r: Reader, version: number): EndQuorumEpochResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'topics';
    let topics: EndQuorumEpochResponseTopicData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: EndQuorumEpochResponseTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readEndQuorumEpochResponseTopicData(r, version));
        topics = a;
      }
    }
    let nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[] = [];
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
                  const a: EndQuorumEpochResponseNodeEndpoint[] = [];
                  for (let i = 0; i < n; i++) a.push(readEndQuorumEpochResponseNodeEndpoint(r, version));
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

function readEndQuorumEpochResponseTopicData(r: Reader, version: number): EndQuorumEpochResponseTopicData {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 1 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: EndQuorumEpochResponsePartitionData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: EndQuorumEpochResponsePartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readEndQuorumEpochResponsePartitionData(r, version));
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

function readEndQuorumEpochResponsePartitionData(r: Reader, version: number): EndQuorumEpochResponsePartitionData {
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

function readEndQuorumEpochResponseNodeEndpoint(r: Reader, version: number): EndQuorumEpochResponseNodeEndpoint {
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

function writeEndQuorumEpochResponse(w: Writer, v: EndQuorumEpochResponse, version: number): void {
  w.int16(v.errorCode);
  {
    w.arrayLength(v.topics.length, version >= 1);
    for (const e of v.topics) writeEndQuorumEpochResponseTopicData(w, e, version);
  }
  if (!(version >= 1) && !((v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0))) throw new UnsupportedVersionError(`EndQuorumEpochResponse v${version} cannot express a non-default value in field nodeEndpoints`);
  if (version >= 1) {
    const tag0 = !(v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0);
    w.uvarint((tag0 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      {
        t.arrayLength(v.nodeEndpoints!.length, true);
        for (const e of v.nodeEndpoints!) writeEndQuorumEpochResponseNodeEndpoint(t, e, version);
      }
      w.taggedField(0, t);
    }
  }
}

function writeEndQuorumEpochResponseTopicData(w: Writer, v: EndQuorumEpochResponseTopicData, version: number): void {
  if (version >= 1) w.compactString(v.topicName); else w.string(v.topicName);
  {
    w.arrayLength(v.partitions.length, version >= 1);
    for (const e of v.partitions) writeEndQuorumEpochResponsePartitionData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochResponsePartitionData(w: Writer, v: EndQuorumEpochResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochResponseNodeEndpoint(w: Writer, v: EndQuorumEpochResponseNodeEndpoint, version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}
