// Generated from messages/AssignReplicasToDirsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AssignReplicasToDirsResponse (response), versions 0. */
export interface AssignReplicasToDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top level response error code Versions 0+. */
  errorCode: number;
  /** Versions 0+. */
  directories: AssignReplicasToDirsResponseDirectoryData[];
}

export interface AssignReplicasToDirsResponseDirectoryData {
  /** The ID of the directory Versions 0+. */
  id: string;
  /** Versions 0+. */
  topics: AssignReplicasToDirsResponseTopicData[];
}

export interface AssignReplicasToDirsResponseTopicData {
  /** The ID of the assigned topic Versions 0+. */
  topicId: string;
  /** Versions 0+. */
  partitions: AssignReplicasToDirsResponsePartitionData[];
}

export interface AssignReplicasToDirsResponsePartitionData {
  /** The partition index Versions 0+. */
  partitionIndex: number;
  /** The partition level error code Versions 0+. */
  errorCode: number;
}

export function decodeAssignReplicasToDirsResponse(r: Reader, version: number): AssignReplicasToDirsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AssignReplicasToDirsResponse', version });
  }
  try {
    return readAssignReplicasToDirsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AssignReplicasToDirsResponse', version);
  }
}

export function encodeAssignReplicasToDirsResponse(w: Writer, v: AssignReplicasToDirsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AssignReplicasToDirsResponse has no version ${version} (valid: 0)`);
  }
  writeAssignReplicasToDirsResponse(w, v, version);
}

function readAssignReplicasToDirsResponse(r: Reader, version: number): AssignReplicasToDirsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'directories';
    let directories: AssignReplicasToDirsResponseDirectoryData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AssignReplicasToDirsResponseDirectoryData[] = [];
        for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsResponseDirectoryData(r, version));
        directories = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, directories };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAssignReplicasToDirsResponseDirectoryData(r: Reader, version: number): AssignReplicasToDirsResponseDirectoryData {
  let f = 'id';
  try {
    const id: string = r.uuid();
    f = 'topics';
    let topics: AssignReplicasToDirsResponseTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AssignReplicasToDirsResponseTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsResponseTopicData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { id, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAssignReplicasToDirsResponseTopicData(r: Reader, version: number): AssignReplicasToDirsResponseTopicData {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: AssignReplicasToDirsResponsePartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AssignReplicasToDirsResponsePartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsResponsePartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAssignReplicasToDirsResponsePartitionData(r: Reader, version: number): AssignReplicasToDirsResponsePartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    r.skipTaggedFields();
    return { partitionIndex, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAssignReplicasToDirsResponse(w: Writer, v: AssignReplicasToDirsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    w.arrayLength(v.directories.length, true);
    for (const e of v.directories) writeAssignReplicasToDirsResponseDirectoryData(w, e, version);
  }
  w.uvarint(0);
}

function writeAssignReplicasToDirsResponseDirectoryData(w: Writer, v: AssignReplicasToDirsResponseDirectoryData, version: number): void {
  w.uuid(v.id);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeAssignReplicasToDirsResponseTopicData(w, e, version);
  }
  w.uvarint(0);
}

function writeAssignReplicasToDirsResponseTopicData(w: Writer, v: AssignReplicasToDirsResponseTopicData, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeAssignReplicasToDirsResponsePartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeAssignReplicasToDirsResponsePartitionData(w: Writer, v: AssignReplicasToDirsResponsePartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.uvarint(0);
}
