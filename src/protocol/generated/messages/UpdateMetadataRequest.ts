// Generated from messages/UpdateMetadataRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** UpdateMetadataRequest (request), versions 0-8. */
export interface UpdateMetadataRequest {
  /** The controller id. Versions 0+. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 Versions 8+. */
  isKRaftController: boolean;
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866 Versions 8+, tagged (tag 0) in 8+. */
  type?: number;
  /** The controller epoch. Versions 0+. */
  controllerEpoch: number;
  /** The broker epoch. Versions 5+. */
  brokerEpoch: bigint;
  /** In older versions of this RPC, each partition that we would like to update. Versions 0-4. */
  ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  /** In newer versions of this RPC, each topic that we would like to update. Versions 5+. */
  topicStates: UpdateMetadataRequestUpdateMetadataTopicState[];
  /** Versions 0+. */
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
}

export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. Versions 0-4. */
  topicName: string;
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The controller epoch. Versions 0+. */
  controllerEpoch: number;
  /** The ID of the broker which is the current partition leader. Versions 0+. */
  leader: number;
  /** The leader epoch of this partition. Versions 0+. */
  leaderEpoch: number;
  /** The brokers which are in the ISR for this partition. Versions 0+. */
  isr: number[];
  /** The Zookeeper version. Versions 0+. */
  zkVersion: number;
  /** All the replicas of this partition. Versions 0+. */
  replicas: number[];
  /** The replicas of this partition which are offline. Versions 4+. */
  offlineReplicas: number[];
}

export interface UpdateMetadataRequestUpdateMetadataTopicState {
  /** The topic name. Versions 5+. */
  topicName: string;
  /** The topic id. Versions 7+. */
  topicId: string;
  /** The partition that we would like to update. Versions 5+. */
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
}

export interface UpdateMetadataRequestUpdateMetadataBroker {
  /** The broker id. Versions 0+. */
  id: number;
  /** The broker hostname. Versions 0. */
  v0Host: string;
  /** The broker port. Versions 0. */
  v0Port: number;
  /** The broker endpoints. Versions 1+. */
  endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[];
  /** The rack which this broker belongs to. Versions 2+, nullable in 0+. */
  rack: string | null;
}

export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  /** The port of this endpoint Versions 1+. */
  port: number;
  /** The hostname of this endpoint Versions 1+. */
  host: string;
  /** The listener name. Versions 3+. */
  listener: string;
  /** The security protocol type. Versions 1+. */
  securityProtocol: number;
}

export function decodeUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  if (!(version >= 0 && version <= 8)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-8)`, { api: 'UpdateMetadataRequest', version });
  }
  try {
    return readUpdateMetadataRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UpdateMetadataRequest', version);
  }
}

export function encodeUpdateMetadataRequest(w: Writer, v: UpdateMetadataRequest, version: number): void {
  if (!(version >= 0 && version <= 8)) {
    throw new UnsupportedVersionError(`UpdateMetadataRequest has no version ${version} (valid: 0-8)`);
  }
  writeUpdateMetadataRequest(w, v, version);
}

function readUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  let f = 'controllerId';
  try {
    const controllerId: number = r.int32();
    f = 'isKRaftController';
    let isKRaftController: boolean = false;
    if (version >= 8) {
      isKRaftController = r.bool();
    }
    let type: number = 0;
    f = 'controllerEpoch';
    const controllerEpoch: number = r.int32();
    f = 'brokerEpoch';
    let brokerEpoch: bigint = -1n;
    if (version >= 5) {
      brokerEpoch = r.int64();
    }
    f = 'ungroupedPartitionStates';
    let ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
    if (version <= 4) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
          for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataPartitionState(r, version));
          ungroupedPartitionStates = a;
        }
      }
    }
    f = 'topicStates';
    let topicStates: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
    if (version >= 5) {
      {
        const n = r.arrayLength(version >= 6);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
          for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataTopicState(r, version));
          topicStates = a;
        }
      }
    }
    f = 'liveBrokers';
    let liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: UpdateMetadataRequestUpdateMetadataBroker[] = [];
        for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataBroker(r, version));
        liveBrokers = a;
      }
    }
    if (version >= 6) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (version >= 8) {
              f = 'type';
              type = r.int8();
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          default:
            r.skip(size);
        }
      }
    }
    return { controllerId, isKRaftController, type, controllerEpoch, brokerEpoch, ungroupedPartitionStates, topicStates, liveBrokers };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateMetadataRequestUpdateMetadataPartitionState(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataPartitionState {
  let f = 'topicName';
  try {
    let topicName: string = "";
    if (version <= 4) {
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
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        isr = a;
      }
    }
    f = 'zkVersion';
    const zkVersion: number = r.int32();
    f = 'replicas';
    let replicas: number[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        replicas = a;
      }
    }
    f = 'offlineReplicas';
    let offlineReplicas: number[] = [];
    if (version >= 4) {
      {
        const n = r.arrayLength(version >= 6);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: number[] = [];
          for (let i = 0; i < n; i++) a.push(r.int32());
          offlineReplicas = a;
        }
      }
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { topicName, partitionIndex, controllerEpoch, leader, leaderEpoch, isr, zkVersion, replicas, offlineReplicas };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateMetadataRequestUpdateMetadataTopicState(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataTopicState {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 6 ? r.compactString() : r.string());
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 7) {
      topicId = r.uuid();
    }
    f = 'partitionStates';
    let partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
        for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataPartitionState(r, version));
        partitionStates = a;
      }
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { topicName, topicId, partitionStates };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateMetadataRequestUpdateMetadataBroker(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataBroker {
  let f = 'id';
  try {
    const id: number = r.int32();
    f = 'v0Host';
    let v0Host: string = "";
    if (version <= 0) {
      v0Host = r.string();
    }
    f = 'v0Port';
    let v0Port: number = 0;
    if (version <= 0) {
      v0Port = r.int32();
    }
    f = 'endpoints';
    let endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
    if (version >= 1) {
      {
        const n = r.arrayLength(version >= 6);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataEndpoint(r, version));
          endpoints = a;
        }
      }
    }
    f = 'rack';
    let rack: string | null = "";
    if (version >= 2) {
      rack = (version >= 6 ? r.compactNullableString() : r.nullableString());
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { id, v0Host, v0Port, endpoints, rack };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateMetadataRequestUpdateMetadataEndpoint(r: Reader, version: number): UpdateMetadataRequestUpdateMetadataEndpoint {
  let f = 'port';
  try {
    const port: number = r.int32();
    f = 'host';
    const host: string = (version >= 6 ? r.compactString() : r.string());
    f = 'listener';
    let listener: string = "";
    if (version >= 3) {
      listener = (version >= 6 ? r.compactString() : r.string());
    }
    f = 'securityProtocol';
    const securityProtocol: number = r.int16();
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { port, host, listener, securityProtocol };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUpdateMetadataRequest(w: Writer, v: UpdateMetadataRequest, version: number): void {
  w.int32(v.controllerId);
  if (version >= 8) {
    w.bool(v.isKRaftController);
  }
  if (!(version >= 8) && !(v.isKRaftController === false)) throw new UnsupportedVersionError(`UpdateMetadataRequest v${version} cannot express a non-default value in field isKRaftController`);
  if (!(version >= 8) && !((v.type === undefined || v.type === 0))) throw new UnsupportedVersionError(`UpdateMetadataRequest v${version} cannot express a non-default value in field type`);
  w.int32(v.controllerEpoch);
  if (version >= 5) {
    w.int64(v.brokerEpoch);
  }
  if (version <= 4) {
    {
      w.arrayLength(v.ungroupedPartitionStates.length, false);
      for (const e of v.ungroupedPartitionStates) writeUpdateMetadataRequestUpdateMetadataPartitionState(w, e, version);
    }
  }
  if (!(version <= 4) && !(v.ungroupedPartitionStates.length === 0)) throw new UnsupportedVersionError(`UpdateMetadataRequest v${version} cannot express a non-default value in field ungroupedPartitionStates`);
  if (version >= 5) {
    {
      w.arrayLength(v.topicStates.length, version >= 6);
      for (const e of v.topicStates) writeUpdateMetadataRequestUpdateMetadataTopicState(w, e, version);
    }
  }
  if (!(version >= 5) && !(v.topicStates.length === 0)) throw new UnsupportedVersionError(`UpdateMetadataRequest v${version} cannot express a non-default value in field topicStates`);
  {
    w.arrayLength(v.liveBrokers.length, version >= 6);
    for (const e of v.liveBrokers) writeUpdateMetadataRequestUpdateMetadataBroker(w, e, version);
  }
  if (version >= 6) {
    const tag0 = version >= 8 && !(v.type === undefined || v.type === 0);
    w.uvarint((tag0 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      t.int8(v.type!);
      w.taggedField(0, t);
    }
  }
}

function writeUpdateMetadataRequestUpdateMetadataPartitionState(w: Writer, v: UpdateMetadataRequestUpdateMetadataPartitionState, version: number): void {
  if (version <= 4) {
    w.string(v.topicName);
  }
  w.int32(v.partitionIndex);
  w.int32(v.controllerEpoch);
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  {
    w.arrayLength(v.isr.length, version >= 6);
    for (const e of v.isr) w.int32(e);
  }
  w.int32(v.zkVersion);
  {
    w.arrayLength(v.replicas.length, version >= 6);
    for (const e of v.replicas) w.int32(e);
  }
  if (version >= 4) {
    {
      w.arrayLength(v.offlineReplicas.length, version >= 6);
      for (const e of v.offlineReplicas) w.int32(e);
    }
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeUpdateMetadataRequestUpdateMetadataTopicState(w: Writer, v: UpdateMetadataRequestUpdateMetadataTopicState, version: number): void {
  if (version >= 6) w.compactString(v.topicName); else w.string(v.topicName);
  if (version >= 7) {
    w.uuid(v.topicId);
  }
  {
    w.arrayLength(v.partitionStates.length, version >= 6);
    for (const e of v.partitionStates) writeUpdateMetadataRequestUpdateMetadataPartitionState(w, e, version);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeUpdateMetadataRequestUpdateMetadataBroker(w: Writer, v: UpdateMetadataRequestUpdateMetadataBroker, version: number): void {
  w.int32(v.id);
  if (version <= 0) {
    w.string(v.v0Host);
  }
  if (version <= 0) {
    w.int32(v.v0Port);
  }
  if (version >= 1) {
    {
      w.arrayLength(v.endpoints.length, version >= 6);
      for (const e of v.endpoints) writeUpdateMetadataRequestUpdateMetadataEndpoint(w, e, version);
    }
  }
  if (version >= 2) {
    if (version >= 6) w.compactNullableString(v.rack); else w.nullableString(v.rack);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeUpdateMetadataRequestUpdateMetadataEndpoint(w: Writer, v: UpdateMetadataRequestUpdateMetadataEndpoint, version: number): void {
  w.int32(v.port);
  if (version >= 6) w.compactString(v.host); else w.string(v.host);
  if (version >= 3) {
    if (version >= 6) w.compactString(v.listener); else w.string(v.listener);
  }
  w.int16(v.securityProtocol);
  if (version >= 6) {
    w.uvarint(0);
  }
}
