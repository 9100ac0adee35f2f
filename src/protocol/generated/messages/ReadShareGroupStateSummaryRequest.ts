// Generated from messages/ReadShareGroupStateSummaryRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ReadShareGroupStateSummaryRequest (request), versions 0. */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. Versions 0+. */
  groupId: string;
  /** The data for the topics. Versions 0+. */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
}

export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** The topic identifier. Versions 0+. */
  topicId: string;
  /** The data for the partitions. Versions 0+. */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
}

export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The leader epoch of the share-partition. Versions 0+. */
  leaderEpoch: number;
}

export function decodeReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ReadShareGroupStateSummaryRequest', version });
  }
  try {
    return readReadShareGroupStateSummaryRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ReadShareGroupStateSummaryRequest', version);
  }
}

export function encodeReadShareGroupStateSummaryRequest(w: Writer, v: ReadShareGroupStateSummaryRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ReadShareGroupStateSummaryRequest has no version ${version} (valid: 0)`);
  }
  writeReadShareGroupStateSummaryRequest(w, v, version);
}

function readReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  let f = 'groupId';
  try {
    const groupId: string = r.compactString();
    f = 'topics';
    let topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateSummaryRequestReadStateSummaryData[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateSummaryRequestReadStateSummaryData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { groupId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, version: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: ReadShareGroupStateSummaryRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ReadShareGroupStateSummaryRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readReadShareGroupStateSummaryRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readReadShareGroupStateSummaryRequestPartitionData(r: Reader, version: number): ReadShareGroupStateSummaryRequestPartitionData {
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

function writeReadShareGroupStateSummaryRequest(w: Writer, v: ReadShareGroupStateSummaryRequest, version: number): void {
  w.compactString(v.groupId);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeReadShareGroupStateSummaryRequestReadStateSummaryData(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, v: ReadShareGroupStateSummaryRequestReadStateSummaryData, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeReadShareGroupStateSummaryRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeReadShareGroupStateSummaryRequestPartitionData(w: Writer, v: ReadShareGroupStateSummaryRequestPartitionData, version: number): void {
  w.int32(v.partition);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}
