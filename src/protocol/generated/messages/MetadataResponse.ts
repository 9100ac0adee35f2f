// Generated from messages/MetadataResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** MetadataResponse (response), versions 0-12. */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 3+. */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. Versions 0+. */
  brokers: MetadataResponseMetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. Versions 2+, nullable in 2+. */
  clusterId: string | null;
  /** The ID of the controller broker. Versions 1+. */
  controllerId: number;
  /** Each topic in the response. Versions 0+. */
  topics: MetadataResponseMetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. Versions 8-10. */
  clusterAuthorizedOperations: number;
}

export interface MetadataResponseMetadataResponseBroker {
  /** The broker ID. Versions 0+. */
  nodeId: number;
  /** The broker hostname. Versions 0+. */
  host: string;
  /** The broker port. Versions 0+. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. Versions 1+, nullable in 1+. */
  rack: string | null;
}

export interface MetadataResponseMetadataResponseTopic {
  /** The topic error, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. Versions 0+, nullable in 12+. */
  name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. Versions 10+. */
  topicId: string;
  /** True if the topic is internal. Versions 1+. */
  isInternal: boolean;
  /** Each partition in the topic. Versions 0+. */
  partitions: MetadataResponseMetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. Versions 8+. */
  topicAuthorizedOperations: number;
}

export interface MetadataResponseMetadataResponsePartition {
  /** The partition error, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The ID of the leader broker. Versions 0+. */
  leaderId: number;
  /** The leader epoch of this partition. Versions 7+. */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. Versions 0+. */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. Versions 0+. */
  isrNodes: number[];
  /** The set of offline replicas of this partition. Versions 5+. */
  offlineReplicas: number[];
}

export function decodeMetadataResponse(r: Reader, version: number): MetadataResponse {
  if (!(version >= 0 && version <= 12)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-12)`, { api: 'MetadataResponse', version });
  }
  try {
    return readMetadataResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'MetadataResponse', version);
  }
}

export function encodeMetadataResponse(w: Writer, v: MetadataResponse, version: number): void {
  if (!(version >= 0 && version <= 12)) {
    throw new UnsupportedVersionError(`MetadataResponse has no version ${version} (valid: 0-12)`);
  }
  writeMetadataResponse(w, v, version);
}

function readMetadataResponse(r: Reader, version: number): MetadataResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 3) {
      throttleTimeMs = r.int32();
    }
    f = 'brokers';
    let brokers: MetadataResponseMetadataResponseBroker[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: MetadataResponseMetadataResponseBroker[] = [];
        for (let i = 0; i < n; i++) a.push(readMetadataResponseMetadataResponseBroker(r, version));
        brokers = a;
      }
    }
    f = 'clusterId';
    let clusterId: string | null = null;
    if (version >= 2) {
      clusterId = (version >= 9 ? r.compactNullableString() : r.nullableString());
    }
    f = 'controllerId';
    let controllerId: number = -1;
    if (version >= 1) {
      controllerId = r.int32();
    }
    f = 'topics';
    let topics: MetadataResponseMetadataResponseTopic[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: MetadataResponseMetadataResponseTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readMetadataResponseMetadataResponseTopic(r, version));
        topics = a;
      }
    }
    f = 'clusterAuthorizedOperations';
    let clusterAuthorizedOperations: number = -2147483648;
    if (version >= 8 && version <= 10) {
      clusterAuthorizedOperations = r.int32();
    }
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readMetadataResponseMetadataResponseBroker(r: Reader, version: number): MetadataResponseMetadataResponseBroker {
  let f = 'nodeId';
  try {
    const nodeId: number = r.int32();
    f = 'host';
    const host: string = (version >= 9 ? r.compactString() : r.string());
    f = 'port';
    const port: number = r.int32();
    f = 'rack';
    let rack: string | null = null;
    if (version >= 1) {
      rack = (version >= 9 ? r.compactNullableString() : r.nullableString());
    }
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { nodeId, host, port, rack };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readMetadataResponseMetadataResponseTopic(r: Reader, version: number): MetadataResponseMetadataResponseTopic {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'name';
    const name: string | null = (version >= 9 ? (version >= 12 ? r.compactNullableString() : r.compactString()) : (version >= 12 ? r.nullableString() : r.string()));
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 10) {
      topicId = r.uuid();
    }
    f = 'isInternal';
    let isInternal: boolean = false;
    if (version >= 1) {
      isInternal = r.bool();
    }
    f = 'partitions';
    let partitions: MetadataResponseMetadataResponsePartition[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: MetadataResponseMetadataResponsePartition[] = [];
        for (let i = 0; i < n; i++) a.push(readMetadataResponseMetadataResponsePartition(r, version));
        partitions = a;
      }
    }
    f = 'topicAuthorizedOperations';
    let topicAuthorizedOperations: number = -2147483648;
    if (version >= 8) {
      topicAuthorizedOperations = r.int32();
    }
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readMetadataResponseMetadataResponsePartition(r: Reader, version: number): MetadataResponseMetadataResponsePartition {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    let leaderEpoch: number = -1;
    if (version >= 7) {
      leaderEpoch = r.int32();
    }
    f = 'replicaNodes';
    let replicaNodes: number[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        replicaNodes = a;
      }
    }
    f = 'isrNodes';
    let isrNodes: number[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        isrNodes = a;
      }
    }
    f = 'offlineReplicas';
    let offlineReplicas: number[] = [];
    if (version >= 5) {
      {
        const n = r.arrayLength(version >= 9);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: number[] = [];
          for (let i = 0; i < n; i++) a.push(r.int32());
          offlineReplicas = a;
        }
      }
    }
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { errorCode, partitionIndex, leaderId, leaderEpoch, replicaNodes, isrNodes, offlineReplicas };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeMetadataResponse(w: Writer, v: MetadataResponse, version: number): void {
  if (version >= 3) {
    w.int32(v.throttleTimeMs);
  }
  {
    w.arrayLength(v.brokers.length, version >= 9);
    for (const e of v.brokers) writeMetadataResponseMetadataResponseBroker(w, e, version);
  }
  if (version >= 2) {
    if (version >= 9) w.compactNullableString(v.clusterId); else w.nullableString(v.clusterId);
  }
  if (version >= 1) {
    w.int32(v.controllerId);
  }
  {
    w.arrayLength(v.topics.length, version >= 9);
    for (const e of v.topics) writeMetadataResponseMetadataResponseTopic(w, e, version);
  }
  if (version >= 8 && version <= 10) {
    w.int32(v.clusterAuthorizedOperations);
  }
  if (!(version >= 8 && version <= 10) && !(v.clusterAuthorizedOperations === -2147483648)) throw new UnsupportedVersionError(`MetadataResponse v${version} cannot express a non-default value in field clusterAuthorizedOperations`);
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeMetadataResponseMetadataResponseBroker(w: Writer, v: MetadataResponseMetadataResponseBroker, version: number): void {
  w.int32(v.nodeId);
  if (version >= 9) w.compactString(v.host); else w.string(v.host);
  w.int32(v.port);
  if (version >= 1) {
    if (version >= 9) w.compactNullableString(v.rack); else w.nullableString(v.rack);
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeMetadataResponseMetadataResponseTopic(w: Writer, v: MetadataResponseMetadataResponseTopic, version: number): void {
  w.int16(v.errorCode);
  if (v.name === null && !(version >= 12)) throw new UnsupportedVersionError(`MetadataResponse v${version} cannot express null in field MetadataResponseMetadataResponseTopic.name`);
  if (version >= 9) w.compactNullableString(v.name); else w.nullableString(v.name);
  if (version >= 10) {
    w.uuid(v.topicId);
  }
  if (version >= 1) {
    w.bool(v.isInternal);
  }
  {
    w.arrayLength(v.partitions.length, version >= 9);
    for (const e of v.partitions) writeMetadataResponseMetadataResponsePartition(w, e, version);
  }
  if (version >= 8) {
    w.int32(v.topicAuthorizedOperations);
  }
  if (!(version >= 8) && !(v.topicAuthorizedOperations === -2147483648)) throw new UnsupportedVersionError(`MetadataResponse v${version} cannot express a non-default value in field MetadataResponseMetadataResponseTopic.topicAuthorizedOperations`);
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeMetadataResponseMetadataResponsePartition(w: Writer, v: MetadataResponseMetadataResponsePartition, version: number): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  if (version >= 7) {
    w.int32(v.leaderEpoch);
  }
  {
    w.arrayLength(v.replicaNodes.length, version >= 9);
    for (const e of v.replicaNodes) w.int32(e);
  }
  {
    w.arrayLength(v.isrNodes.length, version >= 9);
    for (const e of v.isrNodes) w.int32(e);
  }
  if (version >= 5) {
    {
      w.arrayLength(v.offlineReplicas.length, version >= 9);
      for (const e of v.offlineReplicas) w.int32(e);
    }
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}
