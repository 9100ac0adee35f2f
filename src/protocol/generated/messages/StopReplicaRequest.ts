// Generated from messages/StopReplicaRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** StopReplicaRequest (request), versions 0-4. */
export interface StopReplicaRequest {
  /** The controller id. Versions 0+. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 Versions 4+. */
  isKRaftController: boolean;
  /** The controller epoch. Versions 0+. */
  controllerEpoch: number;
  /** The broker epoch. Versions 1+. */
  brokerEpoch: bigint;
  /** Whether these partitions should be deleted. Versions 0-2. */
  deletePartitions: boolean;
  /** The partitions to stop. Versions 0. */
  ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[];
  /** The topics to stop. Versions 1-2. */
  topics: StopReplicaRequestStopReplicaTopicV1[];
  /** Each topic. Versions 3+. */
  topicStates: StopReplicaRequestStopReplicaTopicState[];
}

export interface StopReplicaRequestStopReplicaPartitionV0 {
  /** The topic name. Versions 0. */
  topicName: string;
  /** The partition index. Versions 0. */
  partitionIndex: number;
}

export interface StopReplicaRequestStopReplicaTopicV1 {
  /** The topic name. Versions 1-2. */
  name: string;
  /** The partition indexes. Versions 1-2. */
  partitionIndexes: number[];
}

export interface StopReplicaRequestStopReplicaTopicState {
  /** The topic name. Versions 3+. */
  topicName: string;
  /** The state of each partition Versions 3+. */
  partitionStates: StopReplicaRequestStopReplicaPartitionState[];
}

export interface StopReplicaRequestStopReplicaPartitionState {
  /** The partition index. Versions 3+. */
  partitionIndex: number;
  /** The leader epoch. Versions 3+. */
  leaderEpoch: number;
  /** Whether this partition should be deleted. Versions 3+. */
  deletePartition: boolean;
}

export function decodeStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'StopReplicaRequest', version });
  }
  try {
    return readStopReplicaRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'StopReplicaRequest', version);
  }
}

export function encodeStopReplicaRequest(w: Writer, v: StopReplicaRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`StopReplicaRequest has no version ${version} (valid: 0-4)`);
  }
  writeStopReplicaRequest(w, v, version);
}

function readStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  let f = 'controllerId';
  try {
    const controllerId: number = r.int32();
    f = 'isKRaftController';
    let isKRaftController: boolean = false;
    if (version >= 4) {
      isKRaftController = r.bool();
    }
    f = 'controllerEpoch';
    const controllerEpoch: number = r.int32();
    f = 'brokerEpoch';
    let brokerEpoch: bigint = -1n;
    if (version >= 1) {
      brokerEpoch = r.int64();
    }
    f = 'deletePartitions';
    let deletePartitions: boolean = false;
    if (version <= 2) {
      deletePartitions = r.bool();
    }
    f = 'ungroupedPartitions';
    let ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[] = [];
    if (version <= 0) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: StopReplicaRequestStopReplicaPartitionV0[] = [];
          for (let i = 0; i < n; i++) a.push(readStopReplicaRequestStopReplicaPartitionV0(r, version));
          ungroupedPartitions = a;
        }
      }
    }
    f = 'topics';
    let topics: StopReplicaRequestStopReplicaTopicV1[] = [];
    if (version >= 1 && version <= 2) {
      {
        const n = r.arrayLength(version >= 2);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: StopReplicaRequestStopReplicaTopicV1[] = [];
          for (let i = 0; i < n; i++) a.push(readStopReplicaRequestStopReplicaTopicV1(r, version));
          topics = a;
        }
      }
    }
    f = 'topicStates';
    let topicStates: StopReplicaRequestStopReplicaTopicState[] = [];
    if (version >= 3) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: StopReplicaRequestStopReplicaTopicState[] = [];
          for (let i = 0; i < n; i++) a.push(readStopReplicaRequestStopReplicaTopicState(r, version));
          topicStates = a;
        }
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { controllerId, isKRaftController, controllerEpoch, brokerEpoch, deletePartitions, ungroupedPartitions, topics, topicStates };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readStopReplicaRequestStopReplicaPartitionV0(r: Reader, version: number): StopReplicaRequestStopReplicaPartitionV0 {
  let f = 'topicName';
  try {
    const topicName: string = r.string();
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    return { topicName, partitionIndex };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readStopReplicaRequestStopReplicaTopicV1(r: Reader, version: number): StopReplicaRequestStopReplicaTopicV1 {
  let f = 'name';
  try {
    const name: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitionIndexes';
    let partitionIndexes: number[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitionIndexes = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { name, partitionIndexes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readStopReplicaRequestStopReplicaTopicState(r: Reader, version: number): StopReplicaRequestStopReplicaTopicState {
  let f = 'topicName';
  try {
    const topicName: string = r.compactString();
    f = 'partitionStates';
    let partitionStates: StopReplicaRequestStopReplicaPartitionState[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: StopReplicaRequestStopReplicaPartitionState[] = [];
        for (let i = 0; i < n; i++) a.push(readStopReplicaRequestStopReplicaPartitionState(r, version));
        partitionStates = a;
      }
    }
    r.skipTaggedFields();
    return { topicName, partitionStates };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readStopReplicaRequestStopReplicaPartitionState(r: Reader, version: number): StopReplicaRequestStopReplicaPartitionState {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'deletePartition';
    const deletePartition: boolean = r.bool();
    r.skipTaggedFields();
    return { partitionIndex, leaderEpoch, deletePartition };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeStopReplicaRequest(w: Writer, v: StopReplicaRequest, version: number): void {
  w.int32(v.controllerId);
  if (version >= 4) {
    w.bool(v.isKRaftController);
  }
  if (!(version >= 4) && !(v.isKRaftController === false)) throw new UnsupportedVersionError(`StopReplicaRequest v${version} cannot express a non-default value in field isKRaftController`);
  w.int32(v.controllerEpoch);
  if (version >= 1) {
    w.int64(v.brokerEpoch);
  }
  if (version <= 2) {
    w.bool(v.deletePartitions);
  }
  if (!(version <= 2) && !(v.deletePartitions === false)) throw new UnsupportedVersionError(`StopReplicaRequest v${version} cannot express a non-default value in field deletePartitions`);
  if (version <= 0) {
    {
      w.arrayLength(v.ungroupedPartitions.length, false);
      for (const e of v.ungroupedPartitions) writeStopReplicaRequestStopReplicaPartitionV0(w, e, version);
    }
  }
  if (!(version <= 0) && !(v.ungroupedPartitions.length === 0)) throw new UnsupportedVersionError(`StopReplicaRequest v${version} cannot express a non-default value in field ungroupedPartitions`);
  if (version >= 1 && version <= 2) {
    {
      w.arrayLength(v.topics.length, version >= 2);
      for (const e of v.topics) writeStopReplicaRequestStopReplicaTopicV1(w, e, version);
    }
  }
  if (!(version >= 1 && version <= 2) && !(v.topics.length === 0)) throw new UnsupportedVersionError(`StopReplicaRequest v${version} cannot express a non-default value in field topics`);
  if (version >= 3) {
    {
      w.arrayLength(v.topicStates.length, true);
      for (const e of v.topicStates) writeStopReplicaRequestStopReplicaTopicState(w, e, version);
    }
  }
  if (!(version >= 3) && !(v.topicStates.length === 0)) throw new UnsupportedVersionError(`StopReplicaRequest v${version} cannot express a non-default value in field topicStates`);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeStopReplicaRequestStopReplicaPartitionV0(w: Writer, v: StopReplicaRequestStopReplicaPartitionV0, version: number): void {
  w.string(v.topicName);
  w.int32(v.partitionIndex);
}

function writeStopReplicaRequestStopReplicaTopicV1(w: Writer, v: StopReplicaRequestStopReplicaTopicV1, version: number): void {
  if (version >= 2) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitionIndexes.length, version >= 2);
    for (const e of v.partitionIndexes) w.int32(e);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeStopReplicaRequestStopReplicaTopicState(w: Writer, v: StopReplicaRequestStopReplicaTopicState, version: number): void {
  w.compactString(v.topicName);
  {
    w.arrayLength(v.partitionStates.length, true);
    for (const e of v.partitionStates) writeStopReplicaRequestStopReplicaPartitionState(w, e, version);
  }
  w.uvarint(0);
}

function writeStopReplicaRequestStopReplicaPartitionState(w: Writer, v: StopReplicaRequestStopReplicaPartitionState, version: number): void {
  w.int32(v.partitionIndex);
  w.int32(v.leaderEpoch);
  w.bool(v.deletePartition);
  w.uvarint(0);
}
