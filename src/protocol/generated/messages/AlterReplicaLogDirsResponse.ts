// Generated from messages/AlterReplicaLogDirsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterReplicaLogDirsResponse (response), versions 0-2. */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The results for each topic. Versions 0+. */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** The name of the topic. Versions 0+. */
  topicName: string;
  /** The results for each partition. Versions 0+. */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'AlterReplicaLogDirsResponse', version });
  }
  try {
    return readAlterReplicaLogDirsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterReplicaLogDirsResponse', version);
  }
}

export function encodeAlterReplicaLogDirsResponse(w: Writer, v: AlterReplicaLogDirsResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`AlterReplicaLogDirsResponse has no version ${version} (valid: 0-2)`);
  }
  writeAlterReplicaLogDirsResponse(w, v, version);
}

function readAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'results';
    let results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, version));
        results = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, version));
        partitions = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { topicName, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { partitionIndex, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterReplicaLogDirsResponse(w: Writer, v: AlterReplicaLogDirsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.results.length, version >= 2);
    for (const e of v.results) writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, v: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, version: number): void {
  if (version >= 2) w.compactString(v.topicName); else w.string(v.topicName);
  {
    w.arrayLength(v.partitions.length, version >= 2);
    for (const e of v.partitions) writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, v: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.uvarint(0);
  }
}
