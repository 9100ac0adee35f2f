// Generated from messages/ListPartitionReassignmentsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListPartitionReassignmentsResponse (response), versions 0. */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error Versions 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The ongoing reassignments for each topic. Versions 0+. */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
}

export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** The topic name. Versions 0+. */
  name: string;
  /** The ongoing reassignments for each partition. Versions 0+. */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
}

export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** The index of the partition. Versions 0+. */
  partitionIndex: number;
  /** The current replica set. Versions 0+. */
  replicas: number[];
  /** The set of replicas we are currently adding. Versions 0+. */
  addingReplicas: number[];
  /** The set of replicas we are currently removing. Versions 0+. */
  removingReplicas: number[];
}

export function decodeListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ListPartitionReassignmentsResponse', version });
  }
  try {
    return readListPartitionReassignmentsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListPartitionReassignmentsResponse', version);
  }
}

export function encodeListPartitionReassignmentsResponse(w: Writer, v: ListPartitionReassignmentsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ListPartitionReassignmentsResponse has no version ${version} (valid: 0)`);
  }
  writeListPartitionReassignmentsResponse(w, v, version);
}

function readListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'topics';
    let topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = [];
        for (let i = 0; i < n; i++) a.push(readListPartitionReassignmentsResponseOngoingTopicReassignment(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitions';
    let partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = [];
        for (let i = 0; i < n; i++) a.push(readListPartitionReassignmentsResponseOngoingPartitionReassignment(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, version: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'replicas';
    let replicas: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        replicas = a;
      }
    }
    f = 'addingReplicas';
    let addingReplicas: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        addingReplicas = a;
      }
    }
    f = 'removingReplicas';
    let removingReplicas: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        removingReplicas = a;
      }
    }
    r.skipTaggedFields();
    return { partitionIndex, replicas, addingReplicas, removingReplicas };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListPartitionReassignmentsResponse(w: Writer, v: ListPartitionReassignmentsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeListPartitionReassignmentsResponseOngoingTopicReassignment(w, e, version);
  }
  w.uvarint(0);
}

function writeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, v: ListPartitionReassignmentsResponseOngoingTopicReassignment, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w, e, version);
  }
  w.uvarint(0);
}

function writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, v: ListPartitionReassignmentsResponseOngoingPartitionReassignment, version: number): void {
  w.int32(v.partitionIndex);
  {
    w.arrayLength(v.replicas.length, true);
    for (const e of v.replicas) w.int32(e);
  }
  {
    w.arrayLength(v.addingReplicas.length, true);
    for (const e of v.addingReplicas) w.int32(e);
  }
  {
    w.arrayLength(v.removingReplicas.length, true);
    for (const e of v.removingReplicas) w.int32(e);
  }
  w.uvarint(0);
}
