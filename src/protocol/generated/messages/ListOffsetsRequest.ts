// Generated from messages/ListOffsetsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListOffsetsRequest (request), versions 0-10. */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. Versions 0+. */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records Versions 2+. */
  isolationLevel: number;
  /** Each topic in the request. Versions 0+. */
  topics: ListOffsetsRequestListOffsetsTopic[];
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. Versions 10+. */
  timeoutMs: number;
}

export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** Each partition in the request. Versions 0+. */
  partitions: ListOffsetsRequestListOffsetsPartition[];
}

export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The current leader epoch. Versions 4+. */
  currentLeaderEpoch: number;
  /** The current timestamp. Versions 0+. */
  timestamp: bigint;
  /** The maximum number of offsets to report. Versions 0. */
  maxNumOffsets: number;
}

export function decodeListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-10)`, { api: 'ListOffsetsRequest', version });
  }
  try {
    return readListOffsetsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListOffsetsRequest', version);
  }
}

export function encodeListOffsetsRequest(w: Writer, v: ListOffsetsRequest, version: number): void {
  if (!(version >= 0 && version <= 10)) {
    throw new UnsupportedVersionError(`ListOffsetsRequest has no version ${version} (valid: 0-10)`);
  }
  writeListOffsetsRequest(w, v, version);
}

function readListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  let f = 'replicaId';
  try {
    const replicaId: number = r.int32();
    f = 'isolationLevel';
    let isolationLevel: number = 0;
    if (version >= 2) {
      isolationLevel = r.int8();
    }
    f = 'topics';
    let topics: ListOffsetsRequestListOffsetsTopic[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListOffsetsRequestListOffsetsTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readListOffsetsRequestListOffsetsTopic(r, version));
        topics = a;
      }
    }
    f = 'timeoutMs';
    let timeoutMs: number = 0;
    if (version >= 10) {
      timeoutMs = r.int32();
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { replicaId, isolationLevel, topics, timeoutMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListOffsetsRequestListOffsetsTopic(r: Reader, version: number): ListOffsetsRequestListOffsetsTopic {
  let f = 'name';
  try {
    const name: string = (version >= 6 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: ListOffsetsRequestListOffsetsPartition[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListOffsetsRequestListOffsetsPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readListOffsetsRequestListOffsetsPartition(r, version));
        partitions = a;
      }
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListOffsetsRequestListOffsetsPartition(r: Reader, version: number): ListOffsetsRequestListOffsetsPartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'currentLeaderEpoch';
    let currentLeaderEpoch: number = -1;
    if (version >= 4) {
      currentLeaderEpoch = r.int32();
    }
    f = 'timestamp';
    const timestamp: bigint = r.int64();
    f = 'maxNumOffsets';
    let maxNumOffsets: number = 1;
    if (version <= 0) {
      maxNumOffsets = r.int32();
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { partitionIndex, currentLeaderEpoch, timestamp, maxNumOffsets };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListOffsetsRequest(w: Writer, v: ListOffsetsRequest, version: number): void {
  w.int32(v.replicaId);
  if (version >= 2) {
    w.int8(v.isolationLevel);
  }
  if (!(version >= 2) && !(v.isolationLevel === 0)) throw new UnsupportedVersionError(`ListOffsetsRequest v${version} cannot express a non-default value in field isolationLevel`);
  {
    w.arrayLength(v.topics.length, version >= 6);
    for (const e of v.topics) writeListOffsetsRequestListOffsetsTopic(w, e, version);
  }
  if (version >= 10) {
    w.int32(v.timeoutMs);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeListOffsetsRequestListOffsetsTopic(w: Writer, v: ListOffsetsRequestListOffsetsTopic, version: number): void {
  if (version >= 6) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 6);
    for (const e of v.partitions) writeListOffsetsRequestListOffsetsPartition(w, e, version);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeListOffsetsRequestListOffsetsPartition(w: Writer, v: ListOffsetsRequestListOffsetsPartition, version: number): void {
  w.int32(v.partitionIndex);
  if (version >= 4) {
    w.int32(v.currentLeaderEpoch);
  }
  w.int64(v.timestamp);
  if (version <= 0) {
    w.int32(v.maxNumOffsets);
  }
  if (!(version <= 0) && !(v.maxNumOffsets === 1)) throw new UnsupportedVersionError(`ListOffsetsRequest v${version} cannot express a non-default value in field ListOffsetsRequestListOffsetsPartition.maxNumOffsets`);
  if (version >= 6) {
    w.uvarint(0);
  }
}
