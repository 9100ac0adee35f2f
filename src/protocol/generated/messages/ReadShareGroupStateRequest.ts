// Generated from messages/ReadShareGroupStateRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ReadShareGroupStateRequest (request), versions 0. */
export interface ReadShareGroupStateRequest {
  /** The group identifier. Versions 0+. */
  groupId: string;
  /** The data for the topics. Versions 0+. */
  topics: ReadShareGroupStateRequestReadStateData[];
}

export interface ReadShareGroupStateRequestReadStateData {
  /** The topic identifier. Versions 0+. */
  topicId: string;
  /** The data for the partitions. Versions 0+. */
  partitions: ReadShareGroupStateRequestPartitionData[];
}

export interface ReadShareGroupStateRequestPartitionData {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The leader epoch of the share-partition. Versions 0+. */
  leaderEpoch: number;
}

export function decodeReadShareGroupStateRequest(r: Reader, version: number): ReadShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ReadShareGroupStateRequest', version });
  }
  try {
    return readReadShareGroupStateRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ReadShareGroupStateRequest', version);
  }
}

export function encodeReadShareGroupStateRequest(w: Writer, v: ReadShareGroupStateRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ReadShareGroupStateRequest has no version ${version} (valid: 0)`);
  }
  writeReadShareGroupStateRequest(w, v, version);
}

function readReadShareGroupStateRequest(r: Reader, version: number): ReadShareGroupStateRequest {
  let f = 'groupId';
  try {
    const groupId: string = r.compactString();
    f = 'topics';
    let topics: ReadShareGroupStateRequestReadStateData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateRequestReadStateData[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateRequestReadStateData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { groupId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateRequestReadStateData(r: Reader, version: number): ReadShareGroupStateRequestReadStateData {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: ReadShareGroupStateRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateRequestPartitionData(r: Reader, version: number): ReadShareGroupStateRequestPartitionData {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    r.skipTaggedFields();
    return { partition, leaderEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeReadShareGroupStateRequest(w: Writer, v: ReadShareGroupStateRequest, version: number): void {
  w.compactString(v.groupId);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeReadShareGroupStateRequestReadStateData(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateRequestReadStateData(w: Writer, v: ReadShareGroupStateRequestReadStateData, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeReadShareGroupStateRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateRequestPartitionData(w: Writer, v: ReadShareGroupStateRequestPartitionData, version: number): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}
