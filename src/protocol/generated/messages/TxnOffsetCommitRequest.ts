// Generated from messages/TxnOffsetCommitRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** TxnOffsetCommitRequest (request), versions 0-4. */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. Versions 0+. */
  transactionalId: string;
  /** The ID of the group. Versions 0+. */
  groupId: string;
  /** The current producer ID in use by the transactional ID. Versions 0+. */
  producerId: bigint;
  /** The current epoch associated with the producer ID. Versions 0+. */
  producerEpoch: number;
  /** The generation of the consumer. Versions 3+. */
  generationId: number;
  /** The member ID assigned by the group coordinator. Versions 3+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 3+, nullable in 3+. */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. Versions 0+. */
  topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[];
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The partitions inside the topic that we want to commit offsets for. Versions 0+. */
  partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[];
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. Versions 0+. */
  partitionIndex: number;
  /** The message offset to be committed. Versions 0+. */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. Versions 2+. */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. Versions 0+, nullable in 0+. */
  committedMetadata: string | null;
}

export function decodeTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'TxnOffsetCommitRequest', version });
  }
  try {
    return readTxnOffsetCommitRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'TxnOffsetCommitRequest', version);
  }
}

export function encodeTxnOffsetCommitRequest(w: Writer, v: TxnOffsetCommitRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`TxnOffsetCommitRequest has no version ${version} (valid: 0-4)`);
  }
  writeTxnOffsetCommitRequest(w, v, version);
}

function readTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  let f = 'transactionalId';
  try {
    const transactionalId: string = (version >= 3 ? r.compactString() : r.string());
    f = 'groupId';
    const groupId: string = (version >= 3 ? r.compactString() : r.string());
    f = 'producerId';
    const producerId: bigint = r.int64();
    f = 'producerEpoch';
    const producerEpoch: number = r.int16();
    f = 'generationId';
    let generationId: number = -1;
    if (version >= 3) {
      generationId = r.int32();
    }
    f = 'memberId';
    let memberId: string = "";
    if (version >= 3) {
      memberId = r.compactString();
    }
    f = 'groupInstanceId';
    let groupInstanceId: string | null = null;
    if (version >= 3) {
      groupInstanceId = r.compactNullableString();
    }
    f = 'topics';
    let topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r, version));
        topics = a;
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { transactionalId, groupId, producerId, producerEpoch, generationId, memberId, groupInstanceId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  let f = 'name';
  try {
    const name: string = (version >= 3 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r, version));
        partitions = a;
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'committedOffset';
    const committedOffset: bigint = r.int64();
    f = 'committedLeaderEpoch';
    let committedLeaderEpoch: number = -1;
    if (version >= 2) {
      committedLeaderEpoch = r.int32();
    }
    f = 'committedMetadata';
    const committedMetadata: string | null = (version >= 3 ? r.compactNullableString() : r.nullableString());
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { partitionIndex, committedOffset, committedLeaderEpoch, committedMetadata };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeTxnOffsetCommitRequest(w: Writer, v: TxnOffsetCommitRequest, version: number): void {
  if (version >= 3) w.compactString(v.transactionalId); else w.string(v.transactionalId);
  if (version >= 3) w.compactString(v.groupId); else w.string(v.groupId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  if (version >= 3) {
    w.int32(v.generationId);
  }
  if (!(version >= 3) && !(v.generationId === -1)) throw new UnsupportedVersionError(`TxnOffsetCommitRequest v${version} cannot express a non-default value in field generationId`);
  if (version >= 3) {
    w.compactString(v.memberId);
  }
  if (!(version >= 3) && !(v.memberId === "")) throw new UnsupportedVersionError(`TxnOffsetCommitRequest v${version} cannot express a non-default value in field memberId`);
  if (version >= 3) {
    w.compactNullableString(v.groupInstanceId);
  }
  if (!(version >= 3) && !(v.groupInstanceId === null)) throw new UnsupportedVersionError(`TxnOffsetCommitRequest v${version} cannot express a non-default value in field groupInstanceId`);
  {
    w.arrayLength(v.topics.length, version >= 3);
    for (const e of v.topics) writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w, e, version);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w: Writer, v: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic, version: number): void {
  if (version >= 3) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 3);
    for (const e of v.partitions) writeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w, e, version);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w: Writer, v: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int64(v.committedOffset);
  if (version >= 2) {
    w.int32(v.committedLeaderEpoch);
  }
  if (version >= 3) w.compactNullableString(v.committedMetadata); else w.nullableString(v.committedMetadata);
  if (version >= 3) {
    w.uvarint(0);
  }
}
