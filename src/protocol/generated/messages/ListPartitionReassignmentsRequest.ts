// Generated from messages/ListPartitionReassignmentsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListPartitionReassignmentsRequest (request), versions 0. */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. Versions 0+. */
  timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. Versions 0+, nullable in 0+. */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
}

export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** The topic name Versions 0+. */
  name: string;
  /** The partitions to list partition reassignments for. Versions 0+. */
  partitionIndexes: number[];
}

export function decodeListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ListPartitionReassignmentsRequest', version });
  }
  try {
    return readListPartitionReassignmentsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListPartitionReassignmentsRequest', version);
  }
}

export function encodeListPartitionReassignmentsRequest(w: Writer, v: ListPartitionReassignmentsRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ListPartitionReassignmentsRequest has no version ${version} (valid: 0)`);
  }
  writeListPartitionReassignmentsRequest(w, v, version);
}

function readListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  let f = 'timeoutMs';
  try {
    const timeoutMs: number = r.int32();
    f = 'topics';
    let topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        topics = null;
      } else {
        const a: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] = [];
        for (let i = 0; i < n; i++) a.push(readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { timeoutMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, version: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitionIndexes';
    let partitionIndexes: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitionIndexes = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitionIndexes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListPartitionReassignmentsRequest(w: Writer, v: ListPartitionReassignmentsRequest, version: number): void {
  w.int32(v.timeoutMs);
  if (v.topics === null) {
    w.arrayLength(-1, true);
  } else {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, e, version);
  }
  w.uvarint(0);
}

function writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, v: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitionIndexes.length, true);
    for (const e of v.partitionIndexes) w.int32(e);
  }
  w.uvarint(0);
}
