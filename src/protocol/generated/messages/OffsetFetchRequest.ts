// Generated from messages/OffsetFetchRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetFetchRequest (request), versions 0-9. */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. Versions 0-7. */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. Versions 0-7, nullable in 2-7. */
  topics: OffsetFetchRequestOffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for Versions 8+. */
  groups: OffsetFetchRequestOffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. Versions 7+. */
  requireStable: boolean;
}

export interface OffsetFetchRequestOffsetFetchRequestTopic {
  /** The topic name. Versions 0-7. */
  name: string;
  /** The partition indexes we would like to fetch offsets for. Versions 0-7. */
  partitionIndexes: number[];
}

export interface OffsetFetchRequestOffsetFetchRequestGroup {
  /** The group ID. Versions 8+. */
  groupId: string;
  /** The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). Versions 9+, nullable in 9+. */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). Versions 9+. */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. Versions 8+, nullable in 8+. */
  topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null;
}

export interface OffsetFetchRequestOffsetFetchRequestTopics {
  /** The topic name. Versions 8+. */
  name: string;
  /** The partition indexes we would like to fetch offsets for. Versions 8+. */
  partitionIndexes: number[];
}

export function decodeOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-9)`, { api: 'OffsetFetchRequest', version });
  }
  try {
    return readOffsetFetchRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetFetchRequest', version);
  }
}

export function encodeOffsetFetchRequest(w: Writer, v: OffsetFetchRequest, version: number): void {
  if (!(version >= 0 && version <= 9)) {
    throw new UnsupportedVersionError(`OffsetFetchRequest has no version ${version} (valid: 0-9)`);
  }
  writeOffsetFetchRequest(w, v, version);
}

function readOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  let f = 'groupId';
  try {
    let groupId: string = "";
    if (version <= 7) {
      groupId = (version >= 6 ? r.compactString() : r.string());
    }
    f = 'topics';
    let topics: OffsetFetchRequestOffsetFetchRequestTopic[] | null = [];
    if (version <= 7) {
      {
        const n = r.arrayLength(version >= 6);
        if (n < 0) {
          if (version >= 2) topics = null; else throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: OffsetFetchRequestOffsetFetchRequestTopic[] = [];
          for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestOffsetFetchRequestTopic(r, version));
          topics = a;
        }
      }
    }
    f = 'groups';
    let groups: OffsetFetchRequestOffsetFetchRequestGroup[] = [];
    if (version >= 8) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: OffsetFetchRequestOffsetFetchRequestGroup[] = [];
          for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestOffsetFetchRequestGroup(r, version));
          groups = a;
        }
      }
    }
    f = 'requireStable';
    let requireStable: boolean = false;
    if (version >= 7) {
      requireStable = r.bool();
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { groupId, topics, groups, requireStable };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetFetchRequestOffsetFetchRequestTopic(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopic {
  let f = 'name';
  try {
    const name: string = (version >= 6 ? r.compactString() : r.string());
    f = 'partitionIndexes';
    let partitionIndexes: number[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitionIndexes = a;
      }
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { name, partitionIndexes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetFetchRequestOffsetFetchRequestGroup(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestGroup {
  let f = 'groupId';
  try {
    const groupId: string = r.compactString();
    f = 'memberId';
    let memberId: string | null = null;
    if (version >= 9) {
      memberId = r.compactNullableString();
    }
    f = 'memberEpoch';
    let memberEpoch: number = -1;
    if (version >= 9) {
      memberEpoch = r.int32();
    }
    f = 'topics';
    let topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null;
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        topics = null;
      } else {
        const a: OffsetFetchRequestOffsetFetchRequestTopics[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestOffsetFetchRequestTopics(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { groupId, memberId, memberEpoch, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetFetchRequestOffsetFetchRequestTopics(r: Reader, version: number): OffsetFetchRequestOffsetFetchRequestTopics {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitionIndexes';
    let partitionIndexes: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitionIndexes = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitionIndexes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetFetchRequest(w: Writer, v: OffsetFetchRequest, version: number): void {
  if (version <= 7) {
    if (version >= 6) w.compactString(v.groupId); else w.string(v.groupId);
  }
  if (!(version <= 7) && !(v.groupId === "")) throw new UnsupportedVersionError(`OffsetFetchRequest v${version} cannot express a non-default value in field groupId`);
  if (version <= 7) {
    if (v.topics === null) {
      if (!(version >= 2)) throw new UnsupportedVersionError(`OffsetFetchRequest v${version} cannot express null in field topics`); w.arrayLength(-1, version >= 6);
    } else {
      w.arrayLength(v.topics.length, version >= 6);
      for (const e of v.topics) writeOffsetFetchRequestOffsetFetchRequestTopic(w, e, version);
    }
  }
  if (!(version <= 7) && !((v.topics !== null && v.topics.length === 0))) throw new UnsupportedVersionError(`OffsetFetchRequest v${version} cannot express a non-default value in field topics`);
  if (version >= 8) {
    {
      w.arrayLength(v.groups.length, true);
      for (const e of v.groups) writeOffsetFetchRequestOffsetFetchRequestGroup(w, e, version);
    }
  }
  if (!(version >= 8) && !(v.groups.length === 0)) throw new UnsupportedVersionError(`OffsetFetchRequest v${version} cannot express a non-default value in field groups`);
  if (version >= 7) {
    w.bool(v.requireStable);
  }
  if (!(version >= 7) && !(v.requireStable === false)) throw new UnsupportedVersionError(`OffsetFetchRequest v${version} cannot express a non-default value in field requireStable`);
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchRequestOffsetFetchRequestTopic(w: Writer, v: OffsetFetchRequestOffsetFetchRequestTopic, version: number): void {
  if (version >= 6) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitionIndexes.length, version >= 6);
    for (const e of v.partitionIndexes) w.int32(e);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeOffsetFetchRequestOffsetFetchRequestGroup(w: Writer, v: OffsetFetchRequestOffsetFetchRequestGroup, version: number): void {
  w.compactString(v.groupId);
  if (version >= 9) {
    w.compactNullableString(v.memberId);
  }
  if (version >= 9) {
    w.int32(v.memberEpoch);
  }
  if (v.topics === null) {
    w.arrayLength(-1, true);
  } else {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeOffsetFetchRequestOffsetFetchRequestTopics(w, e, version);
  }
  w.uvarint(0);
}

function writeOffsetFetchRequestOffsetFetchRequestTopics(w: Writer, v: OffsetFetchRequestOffsetFetchRequestTopics, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitionIndexes.length, true);
    for (const e of v.partitionIndexes) w.int32(e);
  }
  w.uvarint(0);
}
