// Generated from messages/LeaderAndIsrRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** LeaderAndIsrRequest (request), versions 0-7. */
export interface LeaderAndIsrRequest {
  /** The current controller ID. Versions 0+. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 Versions 7+. */
  isKRaftController: boolean;
  /** The current controller epoch. Versions 0+. */
  controllerEpoch: number;
  /** The current broker epoch. Versions 2+. */
  brokerEpoch: bigint;
  /** The type that indicates whether all topics are included in the request Versions 5+. */
  type: number;
  /** The state of each partition, in a v0 or v1 message. Versions 0-1. */
  ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  /** Each topic. Versions 2+. */
  topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[];
  /** The current live leaders. Versions 0+. */
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
}

export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  /** The topic name.  This is only present in v0 or v1. Versions 0-1. */
  topicName: string;
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The controller epoch. Versions 0+. */
  controllerEpoch: number;
  /** The broker ID of the leader. Versions 0+. */
  leader: number;
  /** The leader epoch. Versions 0+. */
  leaderEpoch: number;
  /** The in-sync replica IDs. Versions 0+. */
  isr: number[];
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion) Versions 0+. */
  partitionEpoch: number;
  /** The replica IDs. Versions 0+. */
  replicas: number[];
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. Versions 3+. */
  addingReplicas: number[];
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. Versions 3+. */
  removingReplicas: number[];
  /** Whether the replica should have existed on the broker or not. Versions 1+. */
  isNew: boolean;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions 6+. */
  leaderRecoveryState: number;
}

export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  /** The topic name. Versions 2+. */
  topicName: string;
  /** The unique topic ID. Versions 5+. */
  topicId: string;
  /** The state of each partition Versions 2+. */
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
}

export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  /** The leader's broker ID. Versions 0+. */
  brokerId: number;
  /** The leader's hostname. Versions 0+. */
  hostName: string;
  /** The leader's port. Versions 0+. */
  port: number;
}

export function decodeLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-7)`, { api: 'LeaderAndIsrRequest', version });
  }
  try {
    return readLeaderAndIsrRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'LeaderAndIsrRequest', version);
  }
}

export function encodeLeaderAndIsrRequest(w: Writer, v: LeaderAndIsrRequest, version: number): void {
  if (!(version >= 0 && version <= 7)) {
    throw new UnsupportedVersionError(`LeaderAndIsrRequest has no version ${version} (valid: 0-7)`);
  }
  writeLeaderAndIsrRequest(w, v, version);
}

function readLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  let f = 'controllerId';
  try {
    const controllerId: number = r.int32();
    f = 'isKRaftController';
    let isKRaftController: boolean = false;
    if (version >= 7) {
      isKRaftController = r.bool();
    }
    f = 'controllerEpoch';
    const controllerEpoch: number = r.int32();
    f = 'brokerEpoch';
    let brokerEpoch: bigint = -1n;
    if (version >= 2) {
      brokerEpoch = r.int64();
    }
    f = 'type';
    let type: number = 0;
    if (version >= 5) {
      type = r.int8();
    }
    f = 'ungroupedPartitionStates';
    let ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
    if (version <= 1) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
          for (let i = 0; i < n; i++) a.push(readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version));
          ungroupedPartitionStates = a;
        }
      }
    }
    f = 'topicStates';
    let topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
    if (version >= 2) {
      {
        const n = r.arrayLength(version >= 4);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
          for (let i = 0; i < n; i++) a.push(readLeaderAndIsrRequestLeaderAndIsrTopicState(r, version));
          topicStates = a;
        }
      }
    }
    f = 'liveLeaders';
    let liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
        for (let i = 0; i < n; i++) a.push(readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r, version));
        liveLeaders = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { controllerId, isKRaftController, controllerEpoch, brokerEpoch, type, ungroupedPartitionStates, topicStates, liveLeaders };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  let f = 'topicName';
  try {
    let topicName: string = "";
    if (version <= 1) {
      topicName = r.string();
    }
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    f = 'controllerEpoch';
    const controllerEpoch: number = r.int32();
    f = 'leader';
    const leader: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'isr';
    let isr: number[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        isr = a;
      }
    }
    f = 'partitionEpoch';
    const partitionEpoch: number = r.int32();
    f = 'replicas';
    let replicas: number[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        replicas = a;
      }
    }
    f = 'addingReplicas';
    let addingReplicas: number[] = [];
    if (version >= 3) {
      {
        const n = r.arrayLength(version >= 4);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: number[] = [];
          for (let i = 0; i < n; i++) a.push(r.int32());
          addingReplicas = a;
        }
      }
    }
    f = 'removingReplicas';
    let removingReplicas: number[] = [];
    if (version >= 3) {
      {
        const n = r.arrayLength(version >= 4);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: number[] = [];
          for (let i = 0; i < n; i++) a.push(r.int32());
          removingReplicas = a;
        }
      }
    }
    f = 'isNew';
    let isNew: boolean = false;
    if (version >= 1) {
      isNew = r.bool();
    }
    f = 'leaderRecoveryState';
    let leaderRecoveryState: number = 0;
    if (version >= 6) {
      leaderRecoveryState = r.int8();
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { topicName, partitionIndex, controllerEpoch, leader, leaderEpoch, isr, partitionEpoch, replicas, addingReplicas, removingReplicas, isNew, leaderRecoveryState };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readLeaderAndIsrRequestLeaderAndIsrTopicState(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrTopicState {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 4 ? r.compactString() : r.string());
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 5) {
      topicId = r.uuid();
    }
    f = 'partitionStates';
    let partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
        for (let i = 0; i < n; i++) a.push(readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, version));
        partitionStates = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { topicName, topicId, partitionStates };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r: Reader, version: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'hostName';
    const hostName: string = (version >= 4 ? r.compactString() : r.string());
    f = 'port';
    const port: number = r.int32();
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { brokerId, hostName, port };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeLeaderAndIsrRequest(w: Writer, v: LeaderAndIsrRequest, version: number): void {
  w.int32(v.controllerId);
  if (version >= 7) {
    w.bool(v.isKRaftController);
  }
  if (!(version >= 7) && !(v.isKRaftController === false)) throw new UnsupportedVersionError(`LeaderAndIsrRequest v${version} cannot express a non-default value in field isKRaftController`);
  w.int32(v.controllerEpoch);
  if (version >= 2) {
    w.int64(v.brokerEpoch);
  }
  if (version >= 5) {
    w.int8(v.type);
  }
  if (!(version >= 5) && !(v.type === 0)) throw new UnsupportedVersionError(`LeaderAndIsrRequest v${version} cannot express a non-default value in field type`);
  if (version <= 1) {
    {
      w.arrayLength(v.ungroupedPartitionStates.length, false);
      for (const e of v.ungroupedPartitionStates) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, e, version);
    }
  }
  if (!(version <= 1) && !(v.ungroupedPartitionStates.length === 0)) throw new UnsupportedVersionError(`LeaderAndIsrRequest v${version} cannot express a non-default value in field ungroupedPartitionStates`);
  if (version >= 2) {
    {
      w.arrayLength(v.topicStates.length, version >= 4);
      for (const e of v.topicStates) writeLeaderAndIsrRequestLeaderAndIsrTopicState(w, e, version);
    }
  }
  if (!(version >= 2) && !(v.topicStates.length === 0)) throw new UnsupportedVersionError(`LeaderAndIsrRequest v${version} cannot express a non-default value in field topicStates`);
  {
    w.arrayLength(v.liveLeaders.length, version >= 4);
    for (const e of v.liveLeaders) writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrPartitionState, version: number): void {
  if (version <= 1) {
    w.string(v.topicName);
  }
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    w.arrayLength(v.isr.length, version >= 4);
    for (const e of v.isr) w.int32(e);
  }
  w.int32(v.partitionEpoch);
  {
    w.arrayLength(v.replicas.length, version >= 4);
    for (const e of v.replicas) w.int32(e);
  }
  if (version >= 3) {
    {
      w.arrayLength(v.addingReplicas.length, version >= 4);
      for (const e of v.addingReplicas) w.int32(e);
    }
  }
  if (version >= 3) {
    {
      w.arrayLength(v.removingReplicas.length, version >= 4);
      for (const e of v.removingReplicas) w.int32(e);
    }
  }
  if (version >= 1) {
    w.bool(v.isNew);
  }
  if (version >= 6) {
    w.int8(v.leaderRecoveryState);
  }
  if (!(version >= 6) && !(v.leaderRecoveryState === 0)) throw new UnsupportedVersionError(`LeaderAndIsrRequest v${version} cannot express a non-default value in field LeaderAndIsrRequestLeaderAndIsrPartitionState.leaderRecoveryState`);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrRequestLeaderAndIsrTopicState(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrTopicState, version: number): void {
  if (version >= 4) w.compactString(v.topicName); else w.string(v.topicName);
  if (version >= 5) {
    w.uuid(v.topicId);
  }
  {
    w.arrayLength(v.partitionStates.length, version >= 4);
    for (const e of v.partitionStates) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w: Writer, v: LeaderAndIsrRequestLeaderAndIsrLiveLeader, version: number): void {
  w.int32(v.brokerId);
  if (version >= 4) w.compactString(v.hostName); else w.string(v.hostName);
  w.int32(v.port);
  if (version >= 4) {
    w.uvarint(0);
  }
}
