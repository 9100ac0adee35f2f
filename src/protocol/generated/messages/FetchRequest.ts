// Generated from messages/FetchRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** FetchRequest (request), versions 0-17. */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. Versions 12+, tagged (tag 0) in 12+, nullable in 12+. */
  clusterId?: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. Versions 0-14. */
  replicaId: number;
  /** Versions 15+, tagged (tag 1) in 15+. */
  replicaState?: FetchRequestReplicaState;
  /** The maximum time in milliseconds to wait for the response. Versions 0+. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. Versions 0+. */
  minBytes: number;
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. Versions 3+. */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records Versions 4+. */
  isolationLevel: number;
  /** The fetch session ID. Versions 7+. */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. Versions 7+. */
  sessionEpoch: number;
  /** The topics to fetch. Versions 0+. */
  topics: FetchRequestFetchTopic[];
  /** In an incremental fetch request, the partitions to remove. Versions 7+. */
  forgottenTopicsData: FetchRequestForgottenTopic[];
  /** Rack ID of the consumer making this request Versions 11+. */
  rackId: string;
}

export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. Versions 15+. */
  replicaId: number;
  /** The epoch of this follower, or -1 if not available. Versions 15+. */
  replicaEpoch: bigint;
}

export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. Versions 0-12. */
  topic: string;
  /** The unique topic ID Versions 13+. */
  topicId: string;
  /** The partitions to fetch. Versions 0+. */
  partitions: FetchRequestFetchPartition[];
}

export interface FetchRequestFetchPartition {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The current leader epoch of the partition. Versions 9+. */
  currentLeaderEpoch: number;
  /** The message offset. Versions 0+. */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none Versions 12+. */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower. Versions 5+. */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored. Versions 0+. */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching Versions 17+, tagged (tag 0) in 17+. */
  replicaDirectoryId?: string;
}

export interface FetchRequestForgottenTopic {
  /** The topic name. Versions 7-12. */
  topic: string;
  /** The unique topic ID Versions 13+. */
  topicId: string;
  /** The partitions indexes to forget. Versions 7+. */
  partitions: number[];
}

export function decodeFetchRequest(r: Reader, version: number): FetchRequest {
  if (!(version >= 0 && version <= 17)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-17)`, { api: 'FetchRequest', version });
  }
  try {
    return readFetchRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'FetchRequest', version);
  }
}

export function encodeFetchRequest(w: Writer, v: FetchRequest, version: number): void {
  if (!(version >= 0 && version <= 17)) {
    throw new UnsupportedVersionError(`FetchRequest has no version ${version} (valid: 0-17)`);
  }
  writeFetchRequest(w, v, version);
}

function readFetchRequest(r: Reader, version: number): FetchRequest {
  let f = 'clusterId';
  try {
    let clusterId: string | null = null;
    f = 'replicaId';
    let replicaId: number = -1;
    if (version <= 14) {
      replicaId = r.int32();
    }
    let replicaState: FetchRequestReplicaState = defaultFetchRequestReplicaState();
    f = 'maxWaitMs';
    const maxWaitMs: number = r.int32();
    f = 'minBytes';
    const minBytes: number = r.int32();
    f = 'maxBytes';
    let maxBytes: number = 2147483647;
    if (version >= 3) {
      maxBytes = r.int32();
    }
    f = 'isolationLevel';
    let isolationLevel: number = 0;
    if (version >= 4) {
      isolationLevel = r.int8();
    }
    f = 'sessionId';
    let sessionId: number = 0;
    if (version >= 7) {
      sessionId = r.int32();
    }
    f = 'sessionEpoch';
    let sessionEpoch: number = -1;
    if (version >= 7) {
      sessionEpoch = r.int32();
    }
    f = 'topics';
    let topics: FetchRequestFetchTopic[];
    {
      const n = r.arrayLength(version >= 12);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: FetchRequestFetchTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchRequestFetchTopic(r, version));
        topics = a;
      }
    }
    f = 'forgottenTopicsData';
    let forgottenTopicsData: FetchRequestForgottenTopic[] = [];
    if (version >= 7) {
      {
        const n = r.arrayLength(version >= 12);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: FetchRequestForgottenTopic[] = [];
          for (let i = 0; i < n; i++) a.push(readFetchRequestForgottenTopic(r, version));
          forgottenTopicsData = a;
        }
      }
    }
    f = 'rackId';
    let rackId: string = "";
    if (version >= 11) {
      rackId = (version >= 12 ? r.compactString() : r.string());
    }
    if (version >= 12) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (true) {
              f = 'clusterId';
              clusterId = r.compactNullableString();
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          case 1:
            if (version >= 15) {
              f = 'replicaState';
              replicaState = readFetchRequestReplicaState(r, version);
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
    return { clusterId, replicaId, replicaState, maxWaitMs, minBytes, maxBytes, isolationLevel, sessionId, sessionEpoch, topics, forgottenTopicsData, rackId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchRequestReplicaState(r: Reader, version: number): FetchRequestReplicaState {
  let f = 'replicaId';
  try {
    const replicaId: number = r.int32();
    f = 'replicaEpoch';
    const replicaEpoch: bigint = r.int64();
    r.skipTaggedFields();
    return { replicaId, replicaEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchRequestFetchTopic(r: Reader, version: number): FetchRequestFetchTopic {
  let f = 'topic';
  try {
    let topic: string = "";
    if (version <= 12) {
      topic = (version >= 12 ? r.compactString() : r.string());
    }
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 13) {
      topicId = r.uuid();
    }
    f = 'partitions';
    let partitions: FetchRequestFetchPartition[];
    {
      const n = r.arrayLength(version >= 12);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: FetchRequestFetchPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchRequestFetchPartition(r, version));
        partitions = a;
      }
    }
    if (version >= 12) {
      r.skipTaggedFields();
    }
    return { topic, topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchRequestFetchPartition(r: Reader, version: number): FetchRequestFetchPartition {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'currentLeaderEpoch';
    let currentLeaderEpoch: number = -1;
    if (version >= 9) {
      currentLeaderEpoch = r.int32();
    }
    f = 'fetchOffset';
    const fetchOffset: bigint = r.int64();
    f = 'lastFetchedEpoch';
    let lastFetchedEpoch: number = -1;
    if (version >= 12) {
      lastFetchedEpoch = r.int32();
    }
    f = 'logStartOffset';
    let logStartOffset: bigint = -1n;
    if (version >= 5) {
      logStartOffset = r.int64();
    }
    f = 'partitionMaxBytes';
    const partitionMaxBytes: number = r.int32();
    let replicaDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 12) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (version >= 17) {
              f = 'replicaDirectoryId';
              replicaDirectoryId = r.uuid();
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
    return { partition, currentLeaderEpoch, fetchOffset, lastFetchedEpoch, logStartOffset, partitionMaxBytes, replicaDirectoryId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFetchRequestForgottenTopic(r: Reader, version: number): FetchRequestForgottenTopic {
  let f = 'topic';
  try {
    let topic: string = "";
    if (version <= 12) {
      topic = (version >= 12 ? r.compactString() : r.string());
    }
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 13) {
      topicId = r.uuid();
    }
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(version >= 12);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    if (version >= 12) {
      r.skipTaggedFields();
    }
    return { topic, topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeFetchRequest(w: Writer, v: FetchRequest, version: number): void {
  if (version <= 14) {
    w.int32(v.replicaId);
  }
  if (!(version <= 14) && !(v.replicaId === -1)) throw new UnsupportedVersionError(`FetchRequest v${version} cannot express a non-default value in field replicaId`);
  if (!(version >= 15) && !((v.replicaState === undefined || isDefaultFetchRequestReplicaState(v.replicaState)))) throw new UnsupportedVersionError(`FetchRequest v${version} cannot express a non-default value in field replicaState`);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  if (version >= 3) {
    w.int32(v.maxBytes);
  }
  if (version >= 4) {
    w.int8(v.isolationLevel);
  }
  if (version >= 7) {
    w.int32(v.sessionId);
  }
  if (version >= 7) {
    w.int32(v.sessionEpoch);
  }
  {
    w.arrayLength(v.topics.length, version >= 12);
    for (const e of v.topics) writeFetchRequestFetchTopic(w, e, version);
  }
  if (version >= 7) {
    {
      w.arrayLength(v.forgottenTopicsData.length, version >= 12);
      for (const e of v.forgottenTopicsData) writeFetchRequestForgottenTopic(w, e, version);
    }
  }
  if (!(version >= 7) && !(v.forgottenTopicsData.length === 0)) throw new UnsupportedVersionError(`FetchRequest v${version} cannot express a non-default value in field forgottenTopicsData`);
  if (version >= 11) {
    if (version >= 12) w.compactString(v.rackId); else w.string(v.rackId);
  }
  if (version >= 12) {
    const tag0 = !(v.clusterId === undefined || v.clusterId === null);
    const tag1 = version >= 15 && !(v.replicaState === undefined || isDefaultFetchRequestReplicaState(v.replicaState));
    w.uvarint((tag0 ? 1 : 0) + (tag1 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      t.compactNullableString(v.clusterId!);
      w.taggedField(0, t);
    }
    if (tag1) {
      const t = new Writer(64);
      writeFetchRequestReplicaState(t, v.replicaState!, version);
      w.taggedField(1, t);
    }
  }
}

function writeFetchRequestReplicaState(w: Writer, v: FetchRequestReplicaState, version: number): void {
  w.int32(v.replicaId);
  w.int64(v.replicaEpoch);
  w.uvarint(0);
}

function writeFetchRequestFetchTopic(w: Writer, v: FetchRequestFetchTopic, version: number): void {
  if (version <= 12) {
    if (version >= 12) w.compactString(v.topic); else w.string(v.topic);
  }
  if (version >= 13) {
    w.uuid(v.topicId);
  }
  {
    w.arrayLength(v.partitions.length, version >= 12);
    for (const e of v.partitions) writeFetchRequestFetchPartition(w, e, version);
  }
  if (version >= 12) {
    w.uvarint(0);
  }
}

function writeFetchRequestFetchPartition(w: Writer, v: FetchRequestFetchPartition, version: number): void {
  w.int32(v.partition);
  if (version >= 9) {
    w.int32(v.currentLeaderEpoch);
  }
  w.int64(v.fetchOffset);
  if (version >= 12) {
    w.int32(v.lastFetchedEpoch);
  }
  if (!(version >= 12) && !(v.lastFetchedEpoch === -1)) throw new UnsupportedVersionError(`FetchRequest v${version} cannot express a non-default value in field FetchRequestFetchPartition.lastFetchedEpoch`);
  if (version >= 5) {
    w.int64(v.logStartOffset);
  }
  w.int32(v.partitionMaxBytes);
  if (version >= 12) {
    const tag0 = version >= 17 && !(v.replicaDirectoryId === undefined || v.replicaDirectoryId === "AAAAAAAAAAAAAAAAAAAAAA");
    w.uvarint((tag0 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      t.uuid(v.replicaDirectoryId!);
      w.taggedField(0, t);
    }
  }
}

function writeFetchRequestForgottenTopic(w: Writer, v: FetchRequestForgottenTopic, version: number): void {
  if (version <= 12) {
    if (version >= 12) w.compactString(v.topic); else w.string(v.topic);
  }
  if (version >= 13) {
    w.uuid(v.topicId);
  }
  {
    w.arrayLength(v.partitions.length, version >= 12);
    for (const e of v.partitions) w.int32(e);
  }
  if (version >= 12) {
    w.uvarint(0);
  }
}

function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1n,
  };
}

function isDefaultFetchRequestReplicaState(v: FetchRequestReplicaState): boolean {
  return v.replicaId === -1 &&
    v.replicaEpoch === -1n;
}
