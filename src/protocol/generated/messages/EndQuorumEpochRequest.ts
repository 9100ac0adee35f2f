// Generated from messages/EndQuorumEpochRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** EndQuorumEpochRequest (request), versions 0-1. */
export interface EndQuorumEpochRequest {
  /** Versions 0+, nullable in 0+. */
  clusterId: string | null;
  /** Versions 0+. */
  topics: EndQuorumEpochRequestTopicData[];
  /** Endpoints for the leader Versions 1+. */
  leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[];
}

export interface EndQuorumEpochRequestTopicData {
  /** The topic name. Versions 0+. */
  topicName: string;
  /** Versions 0+. */
  partitions: EndQuorumEpochRequestPartitionData[];
}

export interface EndQuorumEpochRequestPartitionData {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The current leader ID that is resigning Versions 0+. */
  leaderId: number;
  /** The current epoch Versions 0+. */
  leaderEpoch: number;
  /** A sorted list of preferred successors to start the election Versions 0. */
  preferredSuccessors: number[];
  /** A sorted list of preferred candidates to start the election Versions 1+. */
  preferredCandidates: EndQuorumEpochRequestReplicaInfo[];
}

export interface EndQuorumEpochRequestReplicaInfo {
  /** Versions 1+. */
  candidateId: number;
  /** Versions 1+. */
  candidateDirectoryId: string;
}

export interface EndQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint Versions 1+. */
  name: string;
  /** The node's hostname Versions 1+. */
  host: string;
  /** The node's port Versions 1+. */
  port: number;
}

export function decodeEndQuorumEpochRequest(r: Reader, version: number): EndQuorumEpochRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'EndQuorumEpochRequest', version });
  }
  try {
    return readEndQuorumEpochRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'EndQuorumEpochRequest', version);
  }
}

export function encodeEndQuorumEpochRequest(w: Writer, v: EndQuorumEpochRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`EndQuorumEpochRequest has no version ${version} (valid: 0-1)`);
  }
  writeEndQuorumEpochRequest(w, v, version);
}

function readEndQuorumEpochRequest(r: Reader, version: number): EndQuorumEpochRequest {
  let f = 'clusterId';
  try {
    const clusterId: string | null = (version >= 1 ? r.compactNullableString() : r.nullableString());
    f = 'topics';
    let topics: EndQuorumEpochRequestTopicData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: EndQuorumEpochRequestTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readEndQuorumEpochRequestTopicData(r, version));
        topics = a;
      }
    }
    f = 'leaderEndpoints';
    let leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[] = [];
    if (version >= 1) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: EndQuorumEpochRequestLeaderEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readEndQuorumEpochRequestLeaderEndpoint(r, version));
          leaderEndpoints = a;
        }
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { clusterId, topics, leaderEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readEndQuorumEpochRequestTopicData(r: Reader, version: number): EndQuorumEpochRequestTopicData {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 1 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: EndQuorumEpochRequestPartitionData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: EndQuorumEpochRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readEndQuorumEpochRequestPartitionData(r, version));
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

function readEndQuorumEpochRequestPartitionData(r: Reader, version: number): EndQuorumEpochRequestPartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'preferredSuccessors';
    let preferredSuccessors: number[] = [];
    if (version <= 0) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: number[] = [];
          for (let i = 0; i < n; i++) a.push(r.int32());
          preferredSuccessors = a;
        }
      }
    }
    f = 'preferredCandidates';
    let preferredCandidates: EndQuorumEpochRequestReplicaInfo[] = [];
    if (version >= 1) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: EndQuorumEpochRequestReplicaInfo[] = [];
          for (let i = 0; i < n; i++) a.push(readEndQuorumEpochRequestReplicaInfo(r, version));
          preferredCandidates = a;
        }
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { partitionIndex, leaderId, leaderEpoch, preferredSuccessors, preferredCandidates };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readEndQuorumEpochRequestReplicaInfo(r: Reader, version: number): EndQuorumEpochRequestReplicaInfo {
  let f = 'candidateId';
  try {
    const candidateId: number = r.int32();
    f = 'candidateDirectoryId';
    const candidateDirectoryId: string = r.uuid();
    r.skipTaggedFields();
    return { candidateId, candidateDirectoryId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readEndQuorumEpochRequestLeaderEndpoint(r: Reader, version: number): EndQuorumEpochRequestLeaderEndpoint {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.uint16();
    r.skipTaggedFields();
    return { name, host, port };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeEndQuorumEpochRequest(w: Writer, v: EndQuorumEpochRequest, version: number): void {
  if (version >= 1) w.compactNullableString(v.clusterId); else w.nullableString(v.clusterId);
  {
    w.arrayLength(v.topics.length, version >= 1);
    for (const e of v.topics) writeEndQuorumEpochRequestTopicData(w, e, version);
  }
  if (version >= 1) {
    {
      w.arrayLength(v.leaderEndpoints.length, true);
      for (const e of v.leaderEndpoints) writeEndQuorumEpochRequestLeaderEndpoint(w, e, version);
    }
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochRequestTopicData(w: Writer, v: EndQuorumEpochRequestTopicData, version: number): void {
  if (version >= 1) w.compactString(v.topicName); else w.string(v.topicName);
  {
    w.arrayLength(v.partitions.length, version >= 1);
    for (const e of v.partitions) writeEndQuorumEpochRequestPartitionData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochRequestPartitionData(w: Writer, v: EndQuorumEpochRequestPartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  if (version <= 0) {
    {
      w.arrayLength(v.preferredSuccessors.length, false);
      for (const e of v.preferredSuccessors) w.int32(e);
    }
  }
  if (version >= 1) {
    {
      w.arrayLength(v.preferredCandidates.length, true);
      for (const e of v.preferredCandidates) writeEndQuorumEpochRequestReplicaInfo(w, e, version);
    }
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeEndQuorumEpochRequestReplicaInfo(w: Writer, v: EndQuorumEpochRequestReplicaInfo, version: number): void {
  w.int32(v.candidateId);
  w.uuid(v.candidateDirectoryId);
  w.uvarint(0);
}

function writeEndQuorumEpochRequestLeaderEndpoint(w: Writer, v: EndQuorumEpochRequestLeaderEndpoint, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}
