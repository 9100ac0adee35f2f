// Generated from messages/AssignReplicasToDirsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AssignReplicasToDirsRequest (request), versions 0. */
export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker Versions 0+. */
  brokerId: number;
  /** The epoch of the requesting broker Versions 0+. */
  brokerEpoch: bigint;
  /** Versions 0+. */
  directories: AssignReplicasToDirsRequestDirectoryData[];
}

export interface AssignReplicasToDirsRequestDirectoryData {
  /** The ID of the directory Versions 0+. */
  id: string;
  /** Versions 0+. */
  topics: AssignReplicasToDirsRequestTopicData[];
}

export interface AssignReplicasToDirsRequestTopicData {
  /** The ID of the assigned topic Versions 0+. */
  topicId: string;
  /** Versions 0+. */
  partitions: AssignReplicasToDirsRequestPartitionData[];
}

export interface AssignReplicasToDirsRequestPartitionData {
  /** The partition index Versions 0+. */
  partitionIndex: number;
}

export function decodeAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AssignReplicasToDirsRequest', version });
  }
  try {
    return readAssignReplicasToDirsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AssignReplicasToDirsRequest', version);
  }
}

export function encodeAssignReplicasToDirsRequest(w: Writer, v: AssignReplicasToDirsRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AssignReplicasToDirsRequest has no version ${version} (valid: 0)`);
  }
  writeAssignReplicasToDirsRequest(w, v, version);
}

function readAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    f = 'directories';
    let directories: AssignReplicasToDirsRequestDirectoryData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AssignReplicasToDirsRequestDirectoryData[] = [];
        for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsRequestDirectoryData(r, version));
        directories = a;
      }
    }
    r.skipTaggedFields();
    return { brokerId, brokerEpoch, directories };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAssignReplicasToDirsRequestDirectoryData(r: Reader, version: number): AssignReplicasToDirsRequestDirectoryData {
  let f = 'id';
  try {
    const id: string = r.uuid();
    f = 'topics';
    let topics: AssignReplicasToDirsRequestTopicData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AssignReplicasToDirsRequestTopicData[] = [];
        for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsRequestTopicData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { id, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAssignReplicasToDirsRequestTopicData(r: Reader, version: number): AssignReplicasToDirsRequestTopicData {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: AssignReplicasToDirsRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AssignReplicasToDirsRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAssignReplicasToDirsRequestPartitionData(r: Reader, version: number): AssignReplicasToDirsRequestPartitionData {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    r.skipTaggedFields();
    return { partitionIndex };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAssignReplicasToDirsRequest(w: Writer, v: AssignReplicasToDirsRequest, version: number): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  {
    w.arrayLength(v.directories.length, true);
    for (const e of v.directories) writeAssignReplicasToDirsRequestDirectoryData(w, e, version);
  }
  w.uvarint(0);
}

function writeAssignReplicasToDirsRequestDirectoryData(w: Writer, v: AssignReplicasToDirsRequestDirectoryData, version: number): void {
  w.uuid(v.id);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeAssignReplicasToDirsRequestTopicData(w, e, version);
  }
  w.uvarint(0);
}

function writeAssignReplicasToDirsRequestTopicData(w: Writer, v: AssignReplicasToDirsRequestTopicData, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeAssignReplicasToDirsRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeAssignReplicasToDirsRequestPartitionData(w: Writer, v: AssignReplicasToDirsRequestPartitionData, version: number): void {
  w.int32(v.partitionIndex);
  w.uvarint(0);
}
