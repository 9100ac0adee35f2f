// Generated from messages/OffsetDeleteRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetDeleteRequest (request), versions 0. */
export interface OffsetDeleteRequest {
  /** The unique group identifier. Versions 0+. */
  groupId: string;
  /** The topics to delete offsets for Versions 0+. */
  topics: OffsetDeleteRequestOffsetDeleteRequestTopic[];
}

export interface OffsetDeleteRequestOffsetDeleteRequestTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** Each partition to delete offsets for. Versions 0+. */
  partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[];
}

export interface OffsetDeleteRequestOffsetDeleteRequestPartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
}

export function decodeOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'OffsetDeleteRequest', version });
  }
  try {
    return readOffsetDeleteRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetDeleteRequest', version);
  }
}

export function encodeOffsetDeleteRequest(w: Writer, v: OffsetDeleteRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`OffsetDeleteRequest has no version ${version} (valid: 0)`);
  }
  writeOffsetDeleteRequest(w, v, version);
}

function readOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    f = 'topics';
    let topics: OffsetDeleteRequestOffsetDeleteRequestTopic[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetDeleteRequestOffsetDeleteRequestTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetDeleteRequestOffsetDeleteRequestTopic(r, version));
        topics = a;
      }
    }
    return { groupId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetDeleteRequestOffsetDeleteRequestTopic(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestTopic {
  let f = 'name';
  try {
    const name: string = r.string();
    f = 'partitions';
    let partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetDeleteRequestOffsetDeleteRequestPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetDeleteRequestOffsetDeleteRequestPartition(r, version));
        partitions = a;
      }
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetDeleteRequestOffsetDeleteRequestPartition(r: Reader, version: number): OffsetDeleteRequestOffsetDeleteRequestPartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    return { partitionIndex };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetDeleteRequest(w: Writer, v: OffsetDeleteRequest, version: number): void {
  w.string(v.groupId);
  {
    w.arrayLength(v.topics.length, false);
    for (const e of v.topics) writeOffsetDeleteRequestOffsetDeleteRequestTopic(w, e, version);
  }
}

function writeOffsetDeleteRequestOffsetDeleteRequestTopic(w: Writer, v: OffsetDeleteRequestOffsetDeleteRequestTopic, version: number): void {
  w.string(v.name);
  {
    w.arrayLength(v.partitions.length, false);
    for (const e of v.partitions) writeOffsetDeleteRequestOffsetDeleteRequestPartition(w, e, version);
  }
}

function writeOffsetDeleteRequestOffsetDeleteRequestPartition(w: Writer, v: OffsetDeleteRequestOffsetDeleteRequestPartition, version: number): void {
  w.int32(v.partitionIndex);
}
