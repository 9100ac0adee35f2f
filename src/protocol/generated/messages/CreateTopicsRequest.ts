// Generated from messages/CreateTopicsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** CreateTopicsRequest (request), versions 0-7. */
export interface CreateTopicsRequest {
  /** The topics to create. Versions 0+. */
  topics: CreateTopicsRequestCreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. Versions 0+. */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. Versions 1+. */
  validateOnly: boolean;
}

export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. Versions 0+. */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. Versions 0+. */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. Versions 0+. */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /** The custom topic configurations to set. Versions 0+. */
  configs: CreateTopicsRequestCreatableTopicConfig[];
}

export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The brokers to place the partition on. Versions 0+. */
  brokerIds: number[];
}

export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. Versions 0+. */
  name: string;
  /** The configuration value. Versions 0+, nullable in 0+. */
  value: string | null;
}

export function decodeCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-7)`, { api: 'CreateTopicsRequest', version });
  }
  try {
    return readCreateTopicsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'CreateTopicsRequest', version);
  }
}

export function encodeCreateTopicsRequest(w: Writer, v: CreateTopicsRequest, version: number): void {
  if (!(version >= 0 && version <= 7)) {
    throw new UnsupportedVersionError(`CreateTopicsRequest has no version ${version} (valid: 0-7)`);
  }
  writeCreateTopicsRequest(w, v, version);
}

function readCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  let f = 'topics';
  try {
    let topics: CreateTopicsRequestCreatableTopic[];
    {
      const n = r.arrayLength(version >= 5);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreateTopicsRequestCreatableTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readCreateTopicsRequestCreatableTopic(r, version));
        topics = a;
      }
    }
    f = 'timeoutMs';
    const timeoutMs: number = r.int32();
    f = 'validateOnly';
    let validateOnly: boolean = false;
    if (version >= 1) {
      validateOnly = r.bool();
    }
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { topics, timeoutMs, validateOnly };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreateTopicsRequestCreatableTopic(r: Reader, version: number): CreateTopicsRequestCreatableTopic {
  let f = 'name';
  try {
    const name: string = (version >= 5 ? r.compactString() : r.string());
    f = 'numPartitions';
    const numPartitions: number = r.int32();
    f = 'replicationFactor';
    const replicationFactor: number = r.int16();
    f = 'assignments';
    let assignments: CreateTopicsRequestCreatableReplicaAssignment[];
    {
      const n = r.arrayLength(version >= 5);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreateTopicsRequestCreatableReplicaAssignment[] = [];
        for (let i = 0; i < n; i++) a.push(readCreateTopicsRequestCreatableReplicaAssignment(r, version));
        assignments = a;
      }
    }
    f = 'configs';
    let configs: CreateTopicsRequestCreatableTopicConfig[];
    {
      const n = r.arrayLength(version >= 5);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreateTopicsRequestCreatableTopicConfig[] = [];
        for (let i = 0; i < n; i++) a.push(readCreateTopicsRequestCreatableTopicConfig(r, version));
        configs = a;
      }
    }
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { name, numPartitions, replicationFactor, assignments, configs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreateTopicsRequestCreatableReplicaAssignment(r: Reader, version: number): CreateTopicsRequestCreatableReplicaAssignment {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'brokerIds';
    let brokerIds: number[];
    {
      const n = r.arrayLength(version >= 5);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        brokerIds = a;
      }
    }
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { partitionIndex, brokerIds };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreateTopicsRequestCreatableTopicConfig(r: Reader, version: number): CreateTopicsRequestCreatableTopicConfig {
  let f = 'name';
  try {
    const name: string = (version >= 5 ? r.compactString() : r.string());
    f = 'value';
    const value: string | null = (version >= 5 ? r.compactNullableString() : r.nullableString());
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { name, value };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeCreateTopicsRequest(w: Writer, v: CreateTopicsRequest, version: number): void {
  {
    w.arrayLength(v.topics.length, version >= 5);
    for (const e of v.topics) writeCreateTopicsRequestCreatableTopic(w, e, version);
  }
  w.int32(v.timeoutMs);
  if (version >= 1) {
    w.bool(v.validateOnly);
  }
  if (!(version >= 1) && !(v.validateOnly === false)) throw new UnsupportedVersionError(`CreateTopicsRequest v${version} cannot express a non-default value in field validateOnly`);
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeCreateTopicsRequestCreatableTopic(w: Writer, v: CreateTopicsRequestCreatableTopic, version: number): void {
  if (version >= 5) w.compactString(v.name); else w.string(v.name);
  w.int32(v.numPartitions);
  w.int16(v.replicationFactor);
  {
    w.arrayLength(v.assignments.length, version >= 5);
    for (const e of v.assignments) writeCreateTopicsRequestCreatableReplicaAssignment(w, e, version);
  }
  {
    w.arrayLength(v.configs.length, version >= 5);
    for (const e of v.configs) writeCreateTopicsRequestCreatableTopicConfig(w, e, version);
  }
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, v: CreateTopicsRequestCreatableReplicaAssignment, version: number): void {
  w.int32(v.partitionIndex);
  {
    w.arrayLength(v.brokerIds.length, version >= 5);
    for (const e of v.brokerIds) w.int32(e);
  }
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeCreateTopicsRequestCreatableTopicConfig(w: Writer, v: CreateTopicsRequestCreatableTopicConfig, version: number): void {
  if (version >= 5) w.compactString(v.name); else w.string(v.name);
  if (version >= 5) w.compactNullableString(v.value); else w.nullableString(v.value);
  if (version >= 5) {
    w.uvarint(0);
  }
}
