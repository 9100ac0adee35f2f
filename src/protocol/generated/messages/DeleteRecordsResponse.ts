// Generated from messages/DeleteRecordsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteRecordsResponse (response), versions 0-2. */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. Versions 0+. */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
}

export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. Versions 0+. */
  name: string;
  /** Each partition that we wanted to delete records from. Versions 0+. */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
}

export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The partition low water mark. Versions 0+. */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. Versions 0+. */
  errorCode: number;
}

export function decodeDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'DeleteRecordsResponse', version });
  }
  try {
    return readDeleteRecordsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteRecordsResponse', version);
  }
}

export function encodeDeleteRecordsResponse(w: Writer, v: DeleteRecordsResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`DeleteRecordsResponse has no version ${version} (valid: 0-2)`);
  }
  writeDeleteRecordsResponse(w, v, version);
}

function readDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'topics';
    let topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteRecordsResponseDeleteRecordsTopicResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteRecordsResponseDeleteRecordsTopicResult(r, version));
        topics = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  let f = 'name';
  try {
    const name: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteRecordsResponseDeleteRecordsPartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteRecordsResponseDeleteRecordsPartitionResult(r, version));
        partitions = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'lowWatermark';
    const lowWatermark: bigint = r.int64();
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { partitionIndex, lowWatermark, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteRecordsResponse(w: Writer, v: DeleteRecordsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.topics.length, version >= 2);
    for (const e of v.topics) writeDeleteRecordsResponseDeleteRecordsTopicResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, v: DeleteRecordsResponseDeleteRecordsTopicResult, version: number): void {
  if (version >= 2) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 2);
    for (const e of v.partitions) writeDeleteRecordsResponseDeleteRecordsPartitionResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, v: DeleteRecordsResponseDeleteRecordsPartitionResult, version: number): void {
  w.int32(v.partitionIndex);
  w.int64(v.lowWatermark);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.uvarint(0);
  }
}
