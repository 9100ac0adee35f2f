// Generated from messages/DescribeTopicPartitionsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeTopicPartitionsResponse (response), versions 0. */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions 0+. */
  topics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. Versions 0+, nullable in 0+. */
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
}

export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The topic name. Versions 0+, nullable in 0+. */
  name: string | null;
  /** The topic id. Versions 0+. */
  topicId: string;
  /** True if the topic is internal. Versions 0+. */
  isInternal: boolean;
  /** Each partition in the topic. Versions 0+. */
  partitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. Versions 0+. */
  topicAuthorizedOperations: number;
}

export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The ID of the leader broker. Versions 0+. */
  leaderId: number;
  /** The leader epoch of this partition. Versions 0+. */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. Versions 0+. */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. Versions 0+. */
  isrNodes: number[];
  /** The new eligible leader replicas otherwise. Versions 0+, nullable in 0+. */
  eligibleLeaderReplicas: number[] | null;
  /** The last known ELR. Versions 0+, nullable in 0+. */
  lastKnownElr: number[] | null;
  /** The set of offline replicas of this partition. Versions 0+. */
  offlineReplicas: number[];
}

export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process Versions 0+. */
  topicName: string;
  /** The partition index to start with Versions 0+. */
  partitionIndex: number;
}

export function decodeDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DescribeTopicPartitionsResponse', version });
  }
  try {
    return readDescribeTopicPartitionsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeTopicPartitionsResponse', version);
  }
}

export function encodeDescribeTopicPartitionsResponse(w: Writer, v: DescribeTopicPartitionsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DescribeTopicPartitionsResponse has no version ${version} (valid: 0)`);
  }
  writeDescribeTopicPartitionsResponse(w, v, version);
}

function readDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'topics';
    let topics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r, version));
        topics = a;
      }
    }
    f = 'nextCursor';
    const nextCursor: DescribeTopicPartitionsResponseCursor | null = r.int8() < 0 ? null : readDescribeTopicPartitionsResponseCursor(r, version);
    r.skipTaggedFields();
    return { throttleTimeMs, topics, nextCursor };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'name';
    const name: string | null = r.compactNullableString();
    f = 'topicId';
    const topicId: string = r.uuid();
    f = 'isInternal';
    const isInternal: boolean = r.bool();
    f = 'partitions';
    let partitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r, version));
        partitions = a;
      }
    }
    f = 'topicAuthorizedOperations';
    const topicAuthorizedOperations: number = r.int32();
    r.skipTaggedFields();
    return { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r: Reader, version: number): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'replicaNodes';
    let replicaNodes: number[];
    {
      const n = r.arrayLength(true);
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
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        isrNodes = a;
      }
    }
    f = 'eligibleLeaderReplicas';
    let eligibleLeaderReplicas: number[] | null;
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        eligibleLeaderReplicas = null;
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        eligibleLeaderReplicas = a;
      }
    }
    f = 'lastKnownElr';
    let lastKnownElr: number[] | null;
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        lastKnownElr = null;
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        lastKnownElr = a;
      }
    }
    f = 'offlineReplicas';
    let offlineReplicas: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        offlineReplicas = a;
      }
    }
    r.skipTaggedFields();
    return { errorCode, partitionIndex, leaderId, leaderEpoch, replicaNodes, isrNodes, eligibleLeaderReplicas, lastKnownElr, offlineReplicas };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeTopicPartitionsResponseCursor(r: Reader, version: number): DescribeTopicPartitionsResponseCursor {
  let f = 'topicName';
  try {
    const topicName: string = r.compactString();
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    r.skipTaggedFields();
    return { topicName, partitionIndex };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeTopicPartitionsResponse(w: Writer, v: DescribeTopicPartitionsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w, e, version);
  }
  if (v.nextCursor === null) {
    w.int8(-1);
  } else {
    w.int8(1); writeDescribeTopicPartitionsResponseCursor(w, v.nextCursor, version);
  }
  w.uvarint(0);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w: Writer, v: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic, version: number): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.bool(v.isInternal);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w, e, version);
  }
  w.int32(v.topicAuthorizedOperations);
  w.uvarint(0);
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w: Writer, v: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition, version: number): void {
  w.int16(v.errorCode);
  w.int32(v.partitionIndex);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    w.arrayLength(v.replicaNodes.length, true);
    for (const e of v.replicaNodes) w.int32(e);
  }
  {
    w.arrayLength(v.isrNodes.length, true);
    for (const e of v.isrNodes) w.int32(e);
  }
  if (v.eligibleLeaderReplicas === null) {
    w.arrayLength(-1, true);
  } else {
    w.arrayLength(v.eligibleLeaderReplicas.length, true);
    for (const e of v.eligibleLeaderReplicas) w.int32(e);
  }
  if (v.lastKnownElr === null) {
    w.arrayLength(-1, true);
  } else {
    w.arrayLength(v.lastKnownElr.length, true);
    for (const e of v.lastKnownElr) w.int32(e);
  }
  {
    w.arrayLength(v.offlineReplicas.length, true);
    for (const e of v.offlineReplicas) w.int32(e);
  }
  w.uvarint(0);
}

function writeDescribeTopicPartitionsResponseCursor(w: Writer, v: DescribeTopicPartitionsResponseCursor, version: number): void {
  w.compactString(v.topicName);
  w.int32(v.partitionIndex);
  w.uvarint(0);
}
