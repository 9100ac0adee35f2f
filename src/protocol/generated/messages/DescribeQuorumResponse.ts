// Generated from messages/DescribeQuorumResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeQuorumResponse (response), versions 0-2. */
export interface DescribeQuorumResponse {
  /** The top level error code. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 2+, nullable in 2+. */
  errorMessage: string | null;
  /** Versions 0+. */
  topics: DescribeQuorumResponseTopicData[];
  /** Versions 2+. */
  nodes: DescribeQuorumResponseNode[];
}

export interface DescribeQuorumResponseTopicData {
  /** The topic name. Versions 0+. */
  topicName: string;
  /** Versions 0+. */
  partitions: DescribeQuorumResponsePartitionData[];
}

export interface DescribeQuorumResponsePartitionData {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 2+, nullable in 2+. */
  errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0+. */
  leaderId: number;
  /** The latest known leader epoch Versions 0+. */
  leaderEpoch: number;
  /** Versions 0+. */
  highWatermark: bigint;
  /** Versions 0+. */
  currentVoters: DescribeQuorumResponseReplicaState[];
  /** Versions 0+. */
  observers: DescribeQuorumResponseReplicaState[];
}

export interface DescribeQuorumResponseReplicaState {
  /** Versions 0+. */
  replicaId: number;
  /** Versions 2+. */
  replicaDirectoryId: string;
  /** The last known log end offset of the follower or -1 if it is unknown Versions 0+. */
  logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter Versions 1+. */
  lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter Versions 1+. */
  lastCaughtUpTimestamp: bigint;
}

export interface DescribeQuorumResponseNode {
  /** The ID of the associated node Versions 2+. */
  nodeId: number;
  /** The listeners of this controller Versions 2+. */
  listeners: DescribeQuorumResponseListener[];
}

export interface DescribeQuorumResponseListener {
  /** The name of the endpoint Versions 2+. */
  name: string;
  /** The hostname Versions 2+. */
  host: string;
  /** The port Versions 2+. */
  port: number;
}

export function decodeDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'DescribeQuorumResponse', version });
  }
  try {
    return readDescribeQuorumResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeQuorumResponse', version);
  }
}

export function encodeDescribeQuorumResponse(w: Writer, v: DescribeQuorumResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`DescribeQuorumResponse has no version ${version} (valid: 0-2)`);
  }
  writeDescribeQuorumResponse(w, v, version);
}

function readDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    let errorMessage: string | null = "";
    if (version >= 2) {
      errorMessage = r.compactNullableString();
    }
    f = 'topics';
    let topics: DescribeQuorumResponseTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeQuorumResponseTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseTopicData(r, version));
        topics = a;
      }
    }
    f = 'nodes';
    let nodes: DescribeQuorumResponseNode[] = [];
    if (version >= 2) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: DescribeQuorumResponseNode[] = [];
          for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseNode(r, version));
          nodes = a;
        }
      }
    }
    r.skipTaggedFields();
    return { errorCode, errorMessage, topics, nodes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeQuorumResponseTopicData(r: Reader, version: number): DescribeQuorumResponseTopicData {
  let f = 'topicName';
  try {
    const topicName: string = r.compactString();
    f = 'partitions';
    let partitions: DescribeQuorumResponsePartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeQuorumResponsePartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponsePartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicName, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeQuorumResponsePartitionData(r: Reader, version: number): DescribeQuorumResponsePartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    let errorMessage: string | null = "";
    if (version >= 2) {
      errorMessage = r.compactNullableString();
    }
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'highWatermark';
    const highWatermark: bigint = r.int64();
    f = 'currentVoters';
    let currentVoters: DescribeQuorumResponseReplicaState[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeQuorumResponseReplicaState[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseReplicaState(r, version));
        currentVoters = a;
      }
    }
    f = 'observers';
    let observers: DescribeQuorumResponseReplicaState[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeQuorumResponseReplicaState[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseReplicaState(r, version));
        observers = a;
      }
    }
    r.skipTaggedFields();
    return { partitionIndex, errorCode, errorMessage, leaderId, leaderEpoch, highWatermark, currentVoters, observers };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeQuorumResponseReplicaState(r: Reader, version: number): DescribeQuorumResponseReplicaState {
  let f = 'replicaId';
  try {
    const replicaId: number = r.int32();
    f = 'replicaDirectoryId';
    let replicaDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 2) {
      replicaDirectoryId = r.uuid();
    }
    f = 'logEndOffset';
    const logEndOffset: bigint = r.int64();
    f = 'lastFetchTimestamp';
    let lastFetchTimestamp: bigint = -1n;
    if (version >= 1) {
      lastFetchTimestamp = r.int64();
    }
    f = 'lastCaughtUpTimestamp';
    let lastCaughtUpTimestamp: bigint = -1n;
    if (version >= 1) {
      lastCaughtUpTimestamp = r.int64();
    }
    r.skipTaggedFields();
    return { replicaId, replicaDirectoryId, logEndOffset, lastFetchTimestamp, lastCaughtUpTimestamp };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeQuorumResponseNode(r: Reader, version: number): DescribeQuorumResponseNode {
  let f = 'nodeId';
  try {
    const nodeId: number = r.int32();
    f = 'listeners';
    let listeners: DescribeQuorumResponseListener[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeQuorumResponseListener[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseListener(r, version));
        listeners = a;
      }
    }
    r.skipTaggedFields();
    return { nodeId, listeners };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeQuorumResponseListener(r: Reader, version: number): DescribeQuorumResponseListener {
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

function writeDescribeQuorumResponse(w: Writer, v: DescribeQuorumResponse, version: number): void {
  w.int16(v.errorCode);
  if (version >= 2) {
    w.compactNullableString(v.errorMessage);
  }
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeDescribeQuorumResponseTopicData(w, e, version);
  }
  if (version >= 2) {
    {
      w.arrayLength(v.nodes.length, true);
      for (const e of v.nodes) writeDescribeQuorumResponseNode(w, e, version);
    }
  }
  if (!(version >= 2) && !(v.nodes.length === 0)) throw new UnsupportedVersionError(`DescribeQuorumResponse v${version} cannot express a non-default value in field nodes`);
  w.uvarint(0);
}

function writeDescribeQuorumResponseTopicData(w: Writer, v: DescribeQuorumResponseTopicData, version: number): void {
  w.compactString(v.topicName);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeDescribeQuorumResponsePartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeQuorumResponsePartitionData(w: Writer, v: DescribeQuorumResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.compactNullableString(v.errorMessage);
  }
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.int64(v.highWatermark);
  {
    w.arrayLength(v.currentVoters.length, true);
    for (const e of v.currentVoters) writeDescribeQuorumResponseReplicaState(w, e, version);
  }
  {
    w.arrayLength(v.observers.length, true);
    for (const e of v.observers) writeDescribeQuorumResponseReplicaState(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeQuorumResponseReplicaState(w: Writer, v: DescribeQuorumResponseReplicaState, version: number): void {
  w.int32(v.replicaId);
  if (version >= 2) {
    w.uuid(v.replicaDirectoryId);
  }
  if (!(version >= 2) && !(v.replicaDirectoryId === "AAAAAAAAAAAAAAAAAAAAAA")) throw new UnsupportedVersionError(`DescribeQuorumResponse v${version} cannot express a non-default value in field DescribeQuorumResponseReplicaState.replicaDirectoryId`);
  w.int64(v.logEndOffset);
  if (version >= 1) {
    w.int64(v.lastFetchTimestamp);
  }
  if (version >= 1) {
    w.int64(v.lastCaughtUpTimestamp);
  }
  w.uvarint(0);
}

function writeDescribeQuorumResponseNode(w: Writer, v: DescribeQuorumResponseNode, version: number): void {
  w.int32(v.nodeId);
  {
    w.arrayLength(v.listeners.length, true);
    for (const e of v.listeners) writeDescribeQuorumResponseListener(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeQuorumResponseListener(w: Writer, v: DescribeQuorumResponseListener, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}
