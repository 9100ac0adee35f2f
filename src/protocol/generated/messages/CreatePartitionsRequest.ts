// Generated from messages/CreatePartitionsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** CreatePartitionsRequest (request), versions 0-3. */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. Versions 0+. */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. Versions 0+. */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. Versions 0+. */
  validateOnly: boolean;
}

export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The new partition count. Versions 0+. */
  count: number;
  /** The new partition assignments. Versions 0+, nullable in 0+. */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
}

export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. Versions 0+. */
  brokerIds: number[];
}

export function decodeCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'CreatePartitionsRequest', version });
  }
  try {
    return readCreatePartitionsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'CreatePartitionsRequest', version);
  }
}

export function encodeCreatePartitionsRequest(w: Writer, v: CreatePartitionsRequest, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`CreatePartitionsRequest has no version ${version} (valid: 0-3)`);
  }
  writeCreatePartitionsRequest(w, v, version);
}

function readCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  let f = 'topics';
  try {
    let topics: CreatePartitionsRequestCreatePartitionsTopic[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreatePartitionsRequestCreatePartitionsTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readCreatePartitionsRequestCreatePartitionsTopic(r, version));
        topics = a;
      }
    }
    f = 'timeoutMs';
    const timeoutMs: number = r.int32();
    f = 'validateOnly';
    const validateOnly: boolean = r.bool();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { topics, timeoutMs, validateOnly };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreatePartitionsRequestCreatePartitionsTopic(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsTopic {
  let f = 'name';
  try {
    const name: string = (version >= 2 ? r.compactString() : r.string());
    f = 'count';
    const count_: number = r.int32();
    f = 'assignments';
    let assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        assignments = null;
      } else {
        const a: CreatePartitionsRequestCreatePartitionsAssignment[] = [];
        for (let i = 0; i < n; i++) a.push(readCreatePartitionsRequestCreatePartitionsAssignment(r, version));
        assignments = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { name, count: count_, assignments };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, version: number): CreatePartitionsRequestCreatePartitionsAssignment {
  let f = 'brokerIds';
  try {
    let brokerIds: number[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        brokerIds = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { brokerIds };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeCreatePartitionsRequest(w: Writer, v: CreatePartitionsRequest, version: number): void {
  {
    w.arrayLength(v.topics.length, version >= 2);
    for (const e of v.topics) writeCreatePartitionsRequestCreatePartitionsTopic(w, e, version);
  }
  w.int32(v.timeoutMs);
  w.bool(v.validateOnly);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, v: CreatePartitionsRequestCreatePartitionsTopic, version: number): void {
  if (version >= 2) w.compactString(v.name); else w.string(v.name);
  w.int32(v.count);
  if (v.assignments === null) {
    w.arrayLength(-1, version >= 2);
  } else {
    w.arrayLength(v.assignments.length, version >= 2);
    for (const e of v.assignments) writeCreatePartitionsRequestCreatePartitionsAssignment(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, v: CreatePartitionsRequestCreatePartitionsAssignment, version: number): void {
  {
    w.arrayLength(v.brokerIds.length, version >= 2);
    for (const e of v.brokerIds) w.int32(e);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}
