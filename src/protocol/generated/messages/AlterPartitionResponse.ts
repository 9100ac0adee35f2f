// Generated from messages/AlterPartitionResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterPartitionResponse (response), versions 0-3. */
export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top level response error code Versions 0+. */
  errorCode: number;
  /** Versions 0+. */
  topics: AlterPartitionResponseTopicData[];
}

export interface AlterPartitionResponseTopicData {
  /** The name of the topic Versions 0-1. */
  topicName: string;
  /** The ID of the topic Versions 2+. */
  topicId: string;
  /** Versions 0+. */
  partitions: AlterPartitionResponsePartitionData[];
}

export interface AlterPartitionResponsePartitionData {
  /** The partition index Versions 0+. */
  partitionIndex: number;
  /** The partition level error code Versions 0+. */
  errorCode: number;
  /** The broker ID of the leader. Versions 0+. */
  leaderId: number;
  /** The leader epoch. Versions 0+. */
  leaderEpoch: number;
  /** The in-sync replica IDs. Versions 0+. */
  isr: number[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions 1+. */
  leaderRecoveryState: number;
  /** The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers. Versions 0+. */
  partitionEpoch: number;
}

export function decodeAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'AlterPartitionResponse', version });
  }
  try {
    return readAlterPartitionResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterPartitionResponse', version);
  }
}

export function encodeAlterPartitionResponse(w: Writer, v: AlterPartitionResponse, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`AlterPartitionResponse has no version ${version} (valid: 0-3)`);
  }
  writeAlterPartitionResponse(w, v, version);
}

function readAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'topics';
    let topics: AlterPartitionResponseTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterPartitionResponseTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterPartitionResponseTopicData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionResponseTopicData(r: Reader, version: number): AlterPartitionResponseTopicData {
  let f = 'topicName';
  try {
    let topicName: string = "";
    if (version <= 1) {
      topicName = r.compactString();
    }
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 2) {
      topicId = r.uuid();
    }
    f = 'partitions';
    let partitions: AlterPartitionResponsePartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterPartitionResponsePartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterPartitionResponsePartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicName, topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionResponsePartitionData(r: Reader, version: number): AlterPartitionResponsePartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'isr';
    let isr: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        isr = a;
      }
    }
    f = 'leaderRecoveryState';
    let leaderRecoveryState: number = 0;
    if (version >= 1) {
      leaderRecoveryState = r.int8();
    }
    f = 'partitionEpoch';
    const partitionEpoch: number = r.int32();
    r.skipTaggedFields();
    return { partitionIndex, errorCode, leaderId, leaderEpoch, isr, leaderRecoveryState, partitionEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterPartitionResponse(w: Writer, v: AlterPartitionResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeAlterPartitionResponseTopicData(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterPartitionResponseTopicData(w: Writer, v: AlterPartitionResponseTopicData, version: number): void {
  if (version <= 1) {
    w.compactString(v.topicName);
  }
  if (version >= 2) {
    w.uuid(v.topicId);
  }
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeAlterPartitionResponsePartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterPartitionResponsePartitionData(w: Writer, v: AlterPartitionResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  {
    w.arrayLength(v.isr.length, true);
    for (const e of v.isr) w.int32(e);
  }
  if (version >= 1) {
    w.int8(v.leaderRecoveryState);
  }
  w.int32(v.partitionEpoch);
  w.uvarint(0);
}
