// Generated from messages/OffsetCommitRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetCommitRequest (request), versions 0-9. */
export interface OffsetCommitRequest {
  /** The unique group identifier. Versions 0+. */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. Versions 1+. */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. Versions 1+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 7+, nullable in 7+. */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. Versions 2-4. */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. Versions 0+. */
  topics: OffsetCommitRequestOffsetCommitRequestTopic[];
}

export interface OffsetCommitRequestOffsetCommitRequestTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** Each partition to commit offsets for. Versions 0+. */
  partitions: OffsetCommitRequestOffsetCommitRequestPartition[];
}

export interface OffsetCommitRequestOffsetCommitRequestPartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The message offset to be committed. Versions 0+. */
  committedOffset: bigint;
  /** The leader epoch of this partition. Versions 6+. */
  committedLeaderEpoch: number;
  /** The timestamp of the commit. Versions 1. */
  commitTimestamp: bigint;
  /** Any associated metadata the client wants to keep. Versions 0+, nullable in 0+. */
  committedMetadata: string | null;
}

export function decodeOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-9)`, { api: 'OffsetCommitRequest', version });
  }
  try {
    return readOffsetCommitRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetCommitRequest', version);
  }
}

export function encodeOffsetCommitRequest(w: Writer, v: OffsetCommitRequest, version: number): void {
  if (!(version >= 0 && version <= 9)) {
    throw new UnsupportedVersionError(`OffsetCommitRequest has no version ${version} (valid: 0-9)`);
  }
  writeOffsetCommitRequest(w, v, version);
}

function readOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  let f = 'groupId';
  try {
    const groupId: string = (version >= 8 ? r.compactString() : r.string());
    f = 'generationIdOrMemberEpoch';
    let generationIdOrMemberEpoch: number = -1;
    if (version >= 1) {
      generationIdOrMemberEpoch = r.int32();
    }
    f = 'memberId';
    let memberId: string = "";
    if (version >= 1) {
      memberId = (version >= 8 ? r.compactString() : r.string());
    }
    f = 'groupInstanceId';
    let groupInstanceId: string | null = null;
    if (version >= 7) {
      groupInstanceId = (version >= 8 ? r.compactNullableString() : r.nullableString());
    }
    f = 'retentionTimeMs';
    let retentionTimeMs: bigint = -1n;
    if (version >= 2 && version <= 4) {
      retentionTimeMs = r.int64();
    }
    f = 'topics';
    let topics: OffsetCommitRequestOffsetCommitRequestTopic[];
    {
      const n = r.arrayLength(version >= 8);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetCommitRequestOffsetCommitRequestTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetCommitRequestOffsetCommitRequestTopic(r, version));
        topics = a;
      }
    }
    if (version >= 8) {
      r.skipTaggedFields();
    }
    return { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId, retentionTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetCommitRequestOffsetCommitRequestTopic(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestTopic {
  let f = 'name';
  try {
    const name: string = (version >= 8 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: OffsetCommitRequestOffsetCommitRequestPartition[];
    {
      const n = r.arrayLength(version >= 8);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetCommitRequestOffsetCommitRequestPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetCommitRequestOffsetCommitRequestPartition(r, version));
        partitions = a;
      }
    }
    if (version >= 8) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetCommitRequestOffsetCommitRequestPartition(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestPartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'committedOffset';
    const committedOffset: bigint = r.int64();
    f = 'committedLeaderEpoch';
    let committedLeaderEpoch: number = -1;
    if (version >= 6) {
      committedLeaderEpoch = r.int32();
    }
    f = 'commitTimestamp';
    let commitTimestamp: bigint = -1n;
    if (version >= 1 && version <= 1) {
      commitTimestamp = r.int64();
    }
    f = 'committedMetadata';
    const committedMetadata: string | null = (version >= 8 ? r.compactNullableString() : r.nullableString());
    if (version >= 8) {
      r.skipTaggedFields();
    }
    return { partitionIndex, committedOffset, committedLeaderEpoch, commitTimestamp, committedMetadata };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetCommitRequest(w: Writer, v: OffsetCommitRequest, version: number): void {
  if (version >= 8) w.compactString(v.groupId); else w.string(v.groupId);
  if (version >= 1) {
    w.int32(v.generationIdOrMemberEpoch);
  }
  if (version >= 1) {
    if (version >= 8) w.compactString(v.memberId); else w.string(v.memberId);
  }
  if (version >= 7) {
    if (version >= 8) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  }
  if (!(version >= 7) && !(v.groupInstanceId === null)) throw new UnsupportedVersionError(`OffsetCommitRequest v${version} cannot express a non-default value in field groupInstanceId`);
  if (version >= 2 && version <= 4) {
    w.int64(v.retentionTimeMs);
  }
  {
    w.arrayLength(v.topics.length, version >= 8);
    for (const e of v.topics) writeOffsetCommitRequestOffsetCommitRequestTopic(w, e, version);
  }
  if (version >= 8) {
    w.uvarint(0);
  }
}

function writeOffsetCommitRequestOffsetCommitRequestTopic(w: Writer, v: OffsetCommitRequestOffsetCommitRequestTopic, version: number): void {
  if (version >= 8) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 8);
    for (const e of v.partitions) writeOffsetCommitRequestOffsetCommitRequestPartition(w, e, version);
  }
  if (version >= 8) {
    w.uvarint(0);
  }
}

function writeOffsetCommitRequestOffsetCommitRequestPartition(w: Writer, v: OffsetCommitRequestOffsetCommitRequestPartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 6) {
    w.int32(v.committedLeaderEpoch);
  }
  if (version >= 1 && version <= 1) {
    w.int64(v.commitTimestamp);
  }
  if (!(version >= 1 && version <= 1) && !(v.commitTimestamp === -1n)) throw new UnsupportedVersionError(`OffsetCommitRequest v${version} cannot express a non-default value in field OffsetCommitRequestOffsetCommitRequestPartition.commitTimestamp`);
  if (version >= 8) w.compactNullableString(v.committedMetadata); else w.nullableString(v.committedMetadata);
  if (version >= 8) {
    w.uvarint(0);
  }
}
