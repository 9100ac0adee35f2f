// Generated from messages/WriteShareGroupStateRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** WriteShareGroupStateRequest (request), versions 0. */
export interface WriteShareGroupStateRequest {
  /** The group identifier. Versions 0+. */
  groupId: string;
  /** The data for the topics. Versions 0+. */
  topics: WriteShareGroupStateRequestWriteStateData[];
}

export interface WriteShareGroupStateRequestWriteStateData {
  /** The topic identifier. Versions 0+. */
  topicId: string;
  /** The data for the partitions. Versions 0+. */
  partitions: WriteShareGroupStateRequestPartitionData[];
}

export interface WriteShareGroupStateRequestPartitionData {
  /** The partition index. Versions 0+. */
  partition: number;
  /** The state epoch for this share-partition. Versions 0+. */
  stateEpoch: number;
  /** The leader epoch of the share-partition. Versions 0+. */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. Versions 0+. */
  startOffset: bigint;
  /** Versions 0+. */
  stateBatches: WriteShareGroupStateRequestStateBatch[];
}

export interface WriteShareGroupStateRequestStateBatch {
  /** The base offset of this state batch. Versions 0+. */
  firstOffset: bigint;
  /** The last offset of this state batch. Versions 0+. */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived Versions 0+. */
  deliveryState: number;
  /** The delivery count. Versions 0+. */
  deliveryCount: number;
}

export function decodeWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'WriteShareGroupStateRequest', version });
  }
  try {
    return readWriteShareGroupStateRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'WriteShareGroupStateRequest', version);
  }
}

export function encodeWriteShareGroupStateRequest(w: Writer, v: WriteShareGroupStateRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`WriteShareGroupStateRequest has no version ${version} (valid: 0)`);
  }
  writeWriteShareGroupStateRequest(w, v, version);
}

function readWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  let f = 'groupId';
  try {
    const groupId: string = r.compactString();
    f = 'topics';
    let topics: WriteShareGroupStateRequestWriteStateData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteShareGroupStateRequestWriteStateData[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateRequestWriteStateData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { groupId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteShareGroupStateRequestWriteStateData(r: Reader, version: number): WriteShareGroupStateRequestWriteStateData {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: WriteShareGroupStateRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteShareGroupStateRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteShareGroupStateRequestPartitionData(r: Reader, version: number): WriteShareGroupStateRequestPartitionData {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'stateEpoch';
    const stateEpoch: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'startOffset';
    const startOffset: bigint = r.int64();
    f = 'stateBatches';
    let stateBatches: WriteShareGroupStateRequestStateBatch[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteShareGroupStateRequestStateBatch[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateRequestStateBatch(r, version));
        stateBatches = a;
      }
    }
    r.skipTaggedFields();
    return { partition, stateEpoch, leaderEpoch, startOffset, stateBatches };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteShareGroupStateRequestStateBatch(r: Reader, version: number): WriteShareGroupStateRequestStateBatch {
  let f = 'firstOffset';
  try {
    const firstOffset: bigint = r.int64();
    f = 'lastOffset';
    const lastOffset: bigint = r.int64();
    f = 'deliveryState';
    const deliveryState: number = r.int8();
    f = 'deliveryCount';
    const deliveryCount: number = r.int16();
    r.skipTaggedFields();
    return { firstOffset, lastOffset, deliveryState, deliveryCount };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeWriteShareGroupStateRequest(w: Writer, v: WriteShareGroupStateRequest, version: number): void {
  w.compactString(v.groupId);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeWriteShareGroupStateRequestWriteStateData(w, e, version);
  }
  w.uvarint(0);
}

function writeWriteShareGroupStateRequestWriteStateData(w: Writer, v: WriteShareGroupStateRequestWriteStateData, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeWriteShareGroupStateRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeWriteShareGroupStateRequestPartitionData(w: Writer, v: WriteShareGroupStateRequestPartitionData, version: number): void {
  w.int32(v.partition);
  w.int32(v.stateEpoch);
  w.int32(v.leaderEpoch);
  w.int64(v.startOffset);
  {
    w.arrayLength(v.stateBatches.length, true);
    for (const e of v.stateBatches) writeWriteShareGroupStateRequestStateBatch(w, e, version);
  }
  w.uvarint(0);
}

function writeWriteShareGroupStateRequestStateBatch(w: Writer, v: WriteShareGroupStateRequestStateBatch, version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  w.uvarint(0);
}
