// Generated from messages/OffsetForLeaderEpochRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetForLeaderEpochRequest (request), versions 0-4. */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. Versions 3+. */
  replicaId: number;
  /** Each topic to get offsets for. Versions 0+. */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. Versions 0+. */
  topic: string;
  /** Each partition to get offsets for. Versions 0+. */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. Versions 0+. */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. Versions 2+. */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. Versions 0+. */
  leaderEpoch: number;
}

export function decodeOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'OffsetForLeaderEpochRequest', version });
  }
  try {
    return readOffsetForLeaderEpochRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetForLeaderEpochRequest', version);
  }
}

export function encodeOffsetForLeaderEpochRequest(w: Writer, v: OffsetForLeaderEpochRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`OffsetForLeaderEpochRequest has no version ${version} (valid: 0-4)`);
  }
  writeOffsetForLeaderEpochRequest(w, v, version);
}

function readOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  let f = 'replicaId';
  try {
    let replicaId: number = -2;
    if (version >= 3) {
      replicaId = r.int32();
    }
    f = 'topics';
    let topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, version));
        topics = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { replicaId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  let f = 'topic';
  try {
    const topic: string = (version >= 4 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, version));
        partitions = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { topic, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'currentLeaderEpoch';
    let currentLeaderEpoch: number = -1;
    if (version >= 2) {
      currentLeaderEpoch = r.int32();
    }
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { partition, currentLeaderEpoch, leaderEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetForLeaderEpochRequest(w: Writer, v: OffsetForLeaderEpochRequest, version: number): void {
  if (version >= 3) {
    w.int32(v.replicaId);
  }
  {
    w.arrayLength(v.topics.length, version >= 4);
    for (const e of v.topics) writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderTopic, version: number): void {
  if (version >= 4) w.compactString(v.topic); else w.string(v.topic);
  {
    w.arrayLength(v.partitions.length, version >= 4);
    for (const e of v.partitions) writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, v: OffsetForLeaderEpochRequestOffsetForLeaderPartition, version: number): void {
  w.int32(v.partition);
  if (version >= 2) {
    w.int32(v.currentLeaderEpoch);
  }
  w.int32(v.leaderEpoch);
  if (version >= 4) {
    w.uvarint(0);
  }
}
