// Generated from messages/AlterPartitionRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterPartitionRequest (request), versions 0-3. */
export interface AlterPartitionRequest {
  /** The ID of the requesting broker Versions 0+. */
  brokerId: number;
  /** The epoch of the requesting broker Versions 0+. */
  brokerEpoch: bigint;
  /** Versions 0+. */
  topics: AlterPartitionRequestTopicData[];
}

export interface AlterPartitionRequestTopicData {
  /** The name of the topic to alter ISRs for Versions 0-1. */
  topicName: string;
  /** The ID of the topic to alter ISRs for Versions 2+. */
  topicId: string;
  /** Versions 0+. */
  partitions: AlterPartitionRequestPartitionData[];
}

export interface AlterPartitionRequestPartitionData {
  /** The partition index Versions 0+. */
  partitionIndex: number;
  /** The leader epoch of this partition Versions 0+. */
  leaderEpoch: number;
  /** The ISR for this partition. Deprecated since version 3. Versions 0-2. */
  newIsr: number[];
  /** Versions 3+. */
  newIsrWithEpochs: AlterPartitionRequestBrokerState[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions 1+. */
  leaderRecoveryState: number;
  /** The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request. Versions 0+. */
  partitionEpoch: number;
}

export interface AlterPartitionRequestBrokerState {
  /** The ID of the broker. Versions 3+. */
  brokerId: number;
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. Versions 3+. */
  brokerEpoch: bigint;
}

export function decodeAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'AlterPartitionRequest', version });
  }
  try {
    return readAlterPartitionRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterPartitionRequest', version);
  }
}

export function encodeAlterPartitionRequest(w: Writer, v: AlterPartitionRequest, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`AlterPartitionRequest has no version ${version} (valid: 0-3)`);
  }
  writeAlterPartitionRequest(w, v, version);
}

function readAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    f = 'topics';
    let topics: AlterPartitionRequestTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterPartitionRequestTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterPartitionRequestTopicData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { brokerId, brokerEpoch, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionRequestTopicData(r: Reader, version: number): AlterPartitionRequestTopicData {
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
    let partitions: AlterPartitionRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterPartitionRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterPartitionRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicName, topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionRequestPartitionData(r: Reader, version: number): AlterPartitionRequestPartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'newIsr';
    let newIsr: number[] = [];
    if (version <= 2) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: number[] = [];
          for (let i = 0; i < n; i++) a.push(r.int32());
          newIsr = a;
        }
      }
    }
    f = 'newIsrWithEpochs';
    let newIsrWithEpochs: AlterPartitionRequestBrokerState[] = [];
    if (version >= 3) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: AlterPartitionRequestBrokerState[] = [];
          for (let i = 0; i < n; i++) a.push(readAlterPartitionRequestBrokerState(r, version));
          newIsrWithEpochs = a;
        }
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
    return { partitionIndex, leaderEpoch, newIsr, newIsrWithEpochs, leaderRecoveryState, partitionEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionRequestBrokerState(r: Reader, version: number): AlterPartitionRequestBrokerState {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    r.skipTaggedFields();
    return { brokerId, brokerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterPartitionRequest(w: Writer, v: AlterPartitionRequest, version: number): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeAlterPartitionRequestTopicData(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterPartitionRequestTopicData(w: Writer, v: AlterPartitionRequestTopicData, version: number): void {
  if (version <= 1) {
    w.compactString(v.topicName);
  }
  if (version >= 2) {
    w.uuid(v.topicId);
  }
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeAlterPartitionRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterPartitionRequestPartitionData(w: Writer, v: AlterPartitionRequestPartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderEpoch);
  if (version <= 2) {
    {
      w.arrayLength(v.newIsr.length, true);
      for (const e of v.newIsr) w.int32(e);
    }
  }
  if (!(version <= 2) && !(v.newIsr.length === 0)) throw new UnsupportedVersionError(`AlterPartitionRequest v${version} cannot express a non-default value in field AlterPartitionRequestPartitionData.newIsr`);
  if (version >= 3) {
    {
      w.arrayLength(v.newIsrWithEpochs.length, true);
      for (const e of v.newIsrWithEpochs) writeAlterPartitionRequestBrokerState(w, e, version);
    }
  }
  if (!(version >= 3) && !(v.newIsrWithEpochs.length === 0)) throw new UnsupportedVersionError(`AlterPartitionRequest v${version} cannot express a non-default value in field AlterPartitionRequestPartitionData.newIsrWithEpochs`);
  if (version >= 1) {
    w.int8(v.leaderRecoveryState);
  }
  if (!(version >= 1) && !(v.leaderRecoveryState === 0)) throw new UnsupportedVersionError(`AlterPartitionRequest v${version} cannot express a non-default value in field AlterPartitionRequestPartitionData.leaderRecoveryState`);
  w.int32(v.partitionEpoch);
  w.uvarint(0);
}

function writeAlterPartitionRequestBrokerState(w: Writer, v: AlterPartitionRequestBrokerState, version: number): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0);
}
