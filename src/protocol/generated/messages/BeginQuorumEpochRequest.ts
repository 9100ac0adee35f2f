// Generated from messages/BeginQuorumEpochRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** BeginQuorumEpochRequest (request), versions 0-1. */
export interface BeginQuorumEpochRequest {
  /** Versions 0+, nullable in 0+. */
  clusterId: string | null;
  /** The replica id of the voter receiving the request Versions 1+. */
  voterId: number;
  /** Versions 0+. */
  topics: BeginQuorumEpochRequestTopicData[];
  /** Endpoints for the leader Versions 1+. */
  leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[];
}

export interface BeginQuorumEpochRequestTopicData {
  /** The topic name Versions 0+. */
  topicName: string;
  /** Versions 0+. */
  partitions: BeginQuorumEpochRequestPartitionData[];
}

export interface BeginQuorumEpochRequestPartitionData {
  /** The partition index Versions 0+. */
  partitionIndex: number;
  /** The directory id of the receiving replica Versions 1+. */
  voterDirectoryId: string;
  /** The ID of the newly elected leader Versions 0+. */
  leaderId: number;
  /** The epoch of the newly elected leader Versions 0+. */
  leaderEpoch: number;
}

export interface BeginQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint Versions 1+. */
  name: string;
  /** The node's hostname Versions 1+. */
  host: string;
  /** The node's port Versions 1+. */
  port: number;
}

export function decodeBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'BeginQuorumEpochRequest', version });
  }
  try {
    return readBeginQuorumEpochRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'BeginQuorumEpochRequest', version);
  }
}

export function encodeBeginQuorumEpochRequest(w: Writer, v: BeginQuorumEpochRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`BeginQuorumEpochRequest has no version ${version} (valid: 0-1)`);
  }
  writeBeginQuorumEpochRequest(w, v, version);
}

function readBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  let f = 'clusterId';
  try {
    const clusterId: string | null = (version >= 1 ? r.compactNullableString() : r.nullableString());
    f = 'voterId';
    let voterId: number = -1;
    if (version >= 1) {
      voterId = r.int32();
    }
    f = 'topics';
    let topics: BeginQuorumEpochRequestTopicData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: BeginQuorumEpochRequestTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochRequestTopicData(r, version));
        topics = a;
      }
    }
    f = 'leaderEndpoints';
    let leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[] = [];
    if (version >= 1) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: BeginQuorumEpochRequestLeaderEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochRequestLeaderEndpoint(r, version));
          leaderEndpoints = a;
        }
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { clusterId, voterId, topics, leaderEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readBeginQuorumEpochRequestTopicData(r: Reader, version: number): BeginQuorumEpochRequestTopicData {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 1 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: BeginQuorumEpochRequestPartitionData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: BeginQuorumEpochRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochRequestPartitionData(r, version));
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

function readBeginQuorumEpochRequestPartitionData(r: Reader, version: number): BeginQuorumEpochRequestPartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'voterDirectoryId';
    let voterDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 1) {
      voterDirectoryId = r.uuid();
    }
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { partitionIndex, voterDirectoryId, leaderId, leaderEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readBeginQuorumEpochRequestLeaderEndpoint(r: Reader, version: number): BeginQuorumEpochRequestLeaderEndpoint {
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

function writeBeginQuorumEpochRequest(w: Writer, v: BeginQuorumEpochRequest, version: number): void {
  if (version >= 1) w.compactNullableString(v.clusterId); else w.nullableString(v.clusterId);
  if (version >= 1) {
    w.int32(v.voterId);
  }
  {
    w.arrayLength(v.topics.length, version >= 1);
    for (const e of v.topics) writeBeginQuorumEpochRequestTopicData(w, e, version);
  }
  if (version >= 1) {
    {
      w.arrayLength(v.leaderEndpoints.length, true);
      for (const e of v.leaderEndpoints) writeBeginQuorumEpochRequestLeaderEndpoint(w, e, version);
    }
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochRequestTopicData(w: Writer, v: BeginQuorumEpochRequestTopicData, version: number): void {
  if (version >= 1) w.compactString(v.topicName); else w.string(v.topicName);
  {
    w.arrayLength(v.partitions.length, version >= 1);
    for (const e of v.partitions) writeBeginQuorumEpochRequestPartitionData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochRequestPartitionData(w: Writer, v: BeginQuorumEpochRequestPartitionData, version: number): void {
  w.int32(v.partitionIndex);
  if (version >= 1) {
    w.uuid(v.voterDirectoryId);
  }
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, v: BeginQuorumEpochRequestLeaderEndpoint, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}
