// Generated from messages/OffsetFetchResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetFetchResponse (response), versions 0-9. */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 3+. */
  throttleTimeMs: number;
  /** The responses per topic. Versions 0-7. */
  topics: OffsetFetchResponseOffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. Versions 2-7. */
  errorCode: number;
  /** The responses per group id. Versions 8+. */
  groups: OffsetFetchResponseOffsetFetchResponseGroup[];
}

export interface OffsetFetchResponseOffsetFetchResponseTopic {
  /** The topic name. Versions 0-7. */
  name: string;
  /** The responses per partition Versions 0-7. */
  partitions: OffsetFetchResponseOffsetFetchResponsePartition[];
}

export interface OffsetFetchResponseOffsetFetchResponsePartition {
  /** The partition index. Versions 0-7. */
  partitionIndex: number;
  /** The committed message offset. Versions 0-7. */
  committedOffset: bigint;
  /** The leader epoch. Versions 5-7. */
  committedLeaderEpoch: number;
  /** The partition metadata. Versions 0-7, nullable in 0-7. */
  metadata: string | null;
  /** The error code, or 0 if there was no error. Versions 0-7. */
  errorCode: number;
}

export interface OffsetFetchResponseOffsetFetchResponseGroup {
  /** The group ID. Versions 8+. */
  groupId: string;
  /** The responses per topic. Versions 8+. */
  topics: OffsetFetchResponseOffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. Versions 8+. */
  errorCode: number;
}

export interface OffsetFetchResponseOffsetFetchResponseTopics {
  /** The topic name. Versions 8+. */
  name: string;
  /** The responses per partition Versions 8+. */
  partitions: OffsetFetchResponseOffsetFetchResponsePartitions[];
}

export interface OffsetFetchResponseOffsetFetchResponsePartitions {
  /** The partition index. Versions 8+. */
  partitionIndex: number;
  /** The committed message offset. Versions 8+. */
  committedOffset: bigint;
  /** The leader epoch. Versions 8+. */
  committedLeaderEpoch: number;
  /** The partition metadata. Versions 8+, nullable in 8+. */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. Versions 8+. */
  errorCode: number;
}

export function decodeOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-9)`, { api: 'OffsetFetchResponse', version });
  }
  try {
    return readOffsetFetchResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetFetchResponse', version);
  }
}

export function encodeOffsetFetchResponse(w: Writer, v: OffsetFetchResponse, version: number): void {
  if (!(version >= 0 && version <= 9)) {
    throw new UnsupportedVersionError(`OffsetFetchResponse has no version ${version} (valid: 0-9)`);
  }
  writeOffsetFetchResponse(w, v, version);
}

function readOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 3) {
      throttleTimeMs = r.int32();
    }
    f = 'topics';
    let topics: OffsetFetchResponseOffsetFetchResponseTopic[] = [];
    if (version <= 7) {
      {
        const n = r.arrayLength(version >= 6);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: OffsetFetchResponseOffsetFetchResponseTopic[] = [];
          for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponseTopic(r, version));
          topics = a;
        }
      }
    }
    f = 'errorCode';
    let errorCode: number = 0;
    if (version >= 2 && version <= 7) {
      errorCode = r.int16();
    }
    f = 'groups';
    let groups: OffsetFetchResponseOffsetFetchResponseGroup[] = [];
    if (version >= 8) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: OffsetFetchResponseOffsetFetchResponseGroup[] = [];
          for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponseGroup(r, version));
          groups = a;
        }
      }
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, topics, errorCode, groups };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetFetchResponseOffsetFetchResponseTopic(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopic {
  let f = 'name';
  try {
    const name: string = (version >= 6 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: OffsetFetchResponseOffsetFetchResponsePartition[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetFetchResponseOffsetFetchResponsePartition[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponsePartition(r, version));
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

function readOffsetFetchResponseOffsetFetchResponsePartition(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'committedOffset';
    const committedOffset: bigint = r.int64();
    f = 'committedLeaderEpoch';
    let committedLeaderEpoch: number = -1;
    if (version >= 5) {
      committedLeaderEpoch = r.int32();
    }
    f = 'metadata';
    const metadata: string | null = (version >= 6 ? r.compactNullableString() : r.nullableString());
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetFetchResponseOffsetFetchResponseGroup(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseGroup {
  let f = 'groupId';
  try {
    const groupId: string = r.compactString();
    f = 'topics';
    let topics: OffsetFetchResponseOffsetFetchResponseTopics[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetFetchResponseOffsetFetchResponseTopics[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponseTopics(r, version));
        topics = a;
      }
    }
    f = 'errorCode';
    const errorCode: number = r.int16();
    r.skipTaggedFields();
    return { groupId, topics, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetFetchResponseOffsetFetchResponseTopics(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopics {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitions';
    let partitions: OffsetFetchResponseOffsetFetchResponsePartitions[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetFetchResponseOffsetFetchResponsePartitions[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponsePartitions(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetFetchResponseOffsetFetchResponsePartitions(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartitions {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'committedOffset';
    const committedOffset: bigint = r.int64();
    f = 'committedLeaderEpoch';
    const committedLeaderEpoch: number = r.int32();
    f = 'metadata';
    const metadata: string | null = r.compactNullableString();
    f = 'errorCode';
    const errorCode: number = r.int16();
    r.skipTaggedFields();
    return { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetFetchResponse(w: Writer, v: OffsetFetchResponse, version: number): void {
  if (version >= 3) {
    w.int32(v.throttleTimeMs);
  }
  if (version <= 7) {
    {
      w.arrayLength(v.topics.length, version >= 6);
      for (const e of v.topics) writeOffsetFetchResponseOffsetFetchResponseTopic(w, e, version);
    }
  }
  if (!(version <= 7) && !(v.topics.length === 0)) throw new UnsupportedVersionError(`OffsetFetchResponse v${version} cannot express a non-default value in field topics`);
  if (version >= 2 && version <= 7) {
    w.int16(v.errorCode);
  }
  if (version >= 8) {
    {
      w.arrayLength(v.groups.length, true);
      for (const e of v.groups) writeOffsetFetchResponseOffsetFetchResponseGroup(w, e, version);
    }
  }
  if (!(version >= 8) && !(v.groups.length === 0)) throw new UnsupportedVersionError(`OffsetFetchResponse v${version} cannot express a non-default value in field groups`);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchResponseOffsetFetchResponseTopic(w: Writer, v: OffsetFetchResponseOffsetFetchResponseTopic, version: number): void {
  if (version >= 6) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 6);
    for (const e of v.partitions) writeOffsetFetchResponseOffsetFetchResponsePartition(w, e, version);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchResponseOffsetFetchResponsePartition(w: Writer, v: OffsetFetchResponseOffsetFetchResponsePartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 5) {
    w.int32(v.committedLeaderEpoch);
  }
  if (version >= 6) w.compactNullableString(v.metadata); else w.nullableString(v.metadata);
  w.int16(v.errorCode);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchResponseOffsetFetchResponseGroup(w: Writer, v: OffsetFetchResponseOffsetFetchResponseGroup, version: number): void {
  w.compactString(v.groupId);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeOffsetFetchResponseOffsetFetchResponseTopics(w, e, version);
  }
  w.int16(v.errorCode);
  w.uvarint(0);
}

function writeOffsetFetchResponseOffsetFetchResponseTopics(w: Writer, v: OffsetFetchResponseOffsetFetchResponseTopics, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeOffsetFetchResponseOffsetFetchResponsePartitions(w, e, version);
  }
  w.uvarint(0);
}

function writeOffsetFetchResponseOffsetFetchResponsePartitions(w: Writer, v: OffsetFetchResponseOffsetFetchResponsePartitions, version: number): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  w.int32(v.committedLeaderEpoch);
  w.compactNullableString(v.metadata);
  w.int16(v.errorCode);
  w.uvarint(0);
}
