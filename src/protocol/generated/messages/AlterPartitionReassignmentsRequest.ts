// Generated from messages/AlterPartitionReassignmentsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterPartitionReassignmentsRequest (request), versions 0. */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. Versions 0+. */
  timeoutMs: number;
  /** The topics to reassign. Versions 0+. */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
}

export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The partitions to reassign. Versions 0+. */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
}

export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. Versions 0+, nullable in 0+. */
  replicas: number[] | null;
}

export function decodeAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AlterPartitionReassignmentsRequest', version });
  }
  try {
    return readAlterPartitionReassignmentsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterPartitionReassignmentsRequest', version);
  }
}

export function encodeAlterPartitionReassignmentsRequest(w: Writer, v: AlterPartitionReassignmentsRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AlterPartitionReassignmentsRequest has no version ${version} (valid: 0)`);
  }
  writeAlterPartitionReassignmentsRequest(w, v, version);
}

function readAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  let f = 'timeoutMs';
  try {
    const timeoutMs: number = r.int32();
    f = 'topics';
    let topics: AlterPartitionReassignmentsRequestReassignableTopic[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterPartitionReassignmentsRequestReassignableTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterPartitionReassignmentsRequestReassignableTopic(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { timeoutMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignableTopic {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitions';
    let partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterPartitionReassignmentsRequestReassignablePartition[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterPartitionReassignmentsRequestReassignablePartition(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, version: number): AlterPartitionReassignmentsRequestReassignablePartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'replicas';
    let replicas: number[] | null;
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        replicas = null;
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        replicas = a;
      }
    }
    r.skipTaggedFields();
    return { partitionIndex, replicas };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterPartitionReassignmentsRequest(w: Writer, v: AlterPartitionReassignmentsRequest, version: number): void {
  w.int32(v.timeoutMs);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeAlterPartitionReassignmentsRequestReassignableTopic(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, v: AlterPartitionReassignmentsRequestReassignableTopic, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeAlterPartitionReassignmentsRequestReassignablePartition(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, v: AlterPartitionReassignmentsRequestReassignablePartition, version: number): void {
  w.int32(v.partitionIndex);
  if (v.replicas === null) {
    w.arrayLength(-1, true);
  } else {
    w.arrayLength(v.replicas.length, true);
    for (const e of v.replicas) w.int32(e);
  }
  w.uvarint(0);
}
