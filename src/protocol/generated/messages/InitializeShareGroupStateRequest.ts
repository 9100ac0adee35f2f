// Generated from messages/InitializeShareGroupStateRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** InitializeShareGroupStateRequest (request), versions 0. */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. Versions 0+. */
  groupId: string;
  /** The data for the topics. Versions 0+. */
  topics: InitializeShareGroupStateRequestInitializeStateData[];
}

export interface InitializeShareGroupStateRequestInitializeStateData {
  /** The topic identifier. Versions 0+. */
  topicId: string;
  /** The data for the partitions. Versions 0+. */
  partitions: InitializeShareGroupStateRequestPartitionData[];
}

export interface InitializeShareGroupStateRequestPartitionData {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The state epoch for this share-partition. Versions 0+. */
  stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. Versions 0+. */
  startOffset: bigint;
}

export function decodeInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'InitializeShareGroupStateRequest', version });
  }
  try {
    return readInitializeShareGroupStateRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'InitializeShareGroupStateRequest', version);
  }
}

export function encodeInitializeShareGroupStateRequest(w: Writer, v: InitializeShareGroupStateRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`InitializeShareGroupStateRequest has no version ${version} (valid: 0)`);
  }
  writeInitializeShareGroupStateRequest(w, v, version);
}

function readInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  let f = 'groupId';
  try {
    const groupId: string = r.compactString();
    f = 'topics';
    let topics: InitializeShareGroupStateRequestInitializeStateData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: InitializeShareGroupStateRequestInitializeStateData[] = [];
        for (let i = 0; i < n; i++) a.push(readInitializeShareGroupStateRequestInitializeStateData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { groupId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readInitializeShareGroupStateRequestInitializeStateData(r: Reader, version: number): InitializeShareGroupStateRequestInitializeStateData {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: InitializeShareGroupStateRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: InitializeShareGroupStateRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readInitializeShareGroupStateRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readInitializeShareGroupStateRequestPartitionData(r: Reader, version: number): InitializeShareGroupStateRequestPartitionData {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'stateEpoch';
    const stateEpoch: number = r.int32();
    f = 'startOffset';
    const startOffset: bigint = r.int64();
    r.skipTaggedFields();
    return { partition, stateEpoch, startOffset };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeInitializeShareGroupStateRequest(w: Writer, v: InitializeShareGroupStateRequest, version: number): void {
  w.compactString(v.groupId);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeInitializeShareGroupStateRequestInitializeStateData(w, e, version);
  }
  w.uvarint(0);
}

function writeInitializeShareGroupStateRequestInitializeStateData(w: Writer, v: InitializeShareGroupStateRequestInitializeStateData, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeInitializeShareGroupStateRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeInitializeShareGroupStateRequestPartitionData(w: Writer, v: InitializeShareGroupStateRequestPartitionData, version: number): void {
  w.int32(v.partition);
  w.int32(v.stateEpoch);
  w.int64(v.startOffset);
  w.uvarint(0);
}
