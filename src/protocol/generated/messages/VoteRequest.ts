// Generated from messages/VoteRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** VoteRequest (request), versions 0-1. */
export interface VoteRequest {
  /** Versions 0+, nullable in 0+. */
  clusterId: string | null;
  /** The replica id of the voter receiving the request Versions 1+. */
  voterId: number;
  /** Versions 0+. */
  topics: VoteRequestTopicData[];
}

export interface VoteRequestTopicData {
  /** The topic name. Versions 0+. */
  topicName: string;
  /** Versions 0+. */
  partitions: VoteRequestPartitionData[];
}

export interface VoteRequestPartitionData {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The bumped epoch of the candidate sending the request Versions 0+. */
  candidateEpoch: number;
  /** The replica id of the voter sending the request Versions 0+. */
  candidateId: number;
  /** The directory id of the voter sending the request Versions 1+. */
  candidateDirectoryId: string;
  /** The ID of the voter sending the request Versions 1+. */
  voterDirectoryId: string;
  /** The epoch of the last record written to the metadata log Versions 0+. */
  lastOffsetEpoch: number;
  /** The offset of the last record written to the metadata log Versions 0+. */
  lastOffset: bigint;
}

export function decodeVoteRequest(r: Reader, version: number): VoteRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'VoteRequest', version });
  }
  try {
    return readVoteRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'VoteRequest', version);
  }
}

export function encodeVoteRequest(w: Writer, v: VoteRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`VoteRequest has no version ${version} (valid: 0-1)`);
  }
  writeVoteRequest(w, v, version);
}

function readVoteRequest(r: Reader, version: number): VoteRequest {
  let f = 'clusterId';
  try {
    const clusterId: string | null = r.compactNullableString();
    f = 'voterId';
    let voterId: number = -1;
    if (version >= 1) {
      voterId = r.int32();
    }
    f = 'topics';
    let topics: VoteRequestTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: VoteRequestTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readVoteRequestTopicData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { clusterId, voterId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readVoteRequestTopicData(r: Reader, version: number): VoteRequestTopicData {
  let f = 'topicName';
  try {
    const topicName: string = r.compactString();
    f = 'partitions';
    let partitions: VoteRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: VoteRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readVoteRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicName, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readVoteRequestPartitionData(r: Reader, version: number): VoteRequestPartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'candidateEpoch';
    const candidateEpoch: number = r.int32();
    f = 'candidateId';
    const candidateId: number = r.int32();
    f = 'candidateDirectoryId';
    let candidateDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 1) {
      candidateDirectoryId = r.uuid();
    }
    f = 'voterDirectoryId';
    let voterDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 1) {
      voterDirectoryId = r.uuid();
    }
    f = 'lastOffsetEpoch';
    const lastOffsetEpoch: number = r.int32();
    f = 'lastOffset';
    const lastOffset: bigint = r.int64();
    r.skipTaggedFields();
    return { partitionIndex, candidateEpoch, candidateId, candidateDirectoryId, voterDirectoryId, lastOffsetEpoch, lastOffset };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeVoteRequest(w: Writer, v: VoteRequest, version: number): void {
  w.compactNullableString(v.clusterId);
  if (version >= 1) {
    w.int32(v.voterId);
  }
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeVoteRequestTopicData(w, e, version);
  }
  w.uvarint(0);
}

function writeVoteRequestTopicData(w: Writer, v: VoteRequestTopicData, version: number): void {
  w.compactString(v.topicName);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeVoteRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeVoteRequestPartitionData(w: Writer, v: VoteRequestPartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int32(v.candidateEpoch);
  w.int32(v.candidateId);
  if (version >= 1) {
    w.uuid(v.candidateDirectoryId);
  }
  if (version >= 1) {
    w.uuid(v.voterDirectoryId);
  }
  w.int32(v.lastOffsetEpoch);
  w.int64(v.lastOffset);
  w.uvarint(0);
}
