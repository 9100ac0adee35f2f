// Generated from messages/DeleteRecordsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteRecordsRequest (request), versions 0-2. */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. Versions 0+. */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. Versions 0+. */
  timeoutMs: number;
}

export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** Each partition that we want to delete records from. Versions 0+. */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
}

export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The deletion offset. Versions 0+. */
  offset: bigint;
}

export function decodeDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'DeleteRecordsRequest', version });
  }
  try {
    return readDeleteRecordsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteRecordsRequest', version);
  }
}

export function encodeDeleteRecordsRequest(w: Writer, v: DeleteRecordsRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`DeleteRecordsRequest has no version ${version} (valid: 0-2)`);
  }
  writeDeleteRecordsRequest(w, v, version);
}

function readDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  let f = 'topics';
  try {
    let topics: DeleteRecordsRequestDeleteRecordsTopic[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteRecordsRequestDeleteRecordsTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteRecordsRequestDeleteRecordsTopic(r, version));
        topics = a;
      }
    }
    f = 'timeoutMs';
    const timeoutMs: number = r.int32();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { topics, timeoutMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteRecordsRequestDeleteRecordsTopic(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsTopic {
  let f = 'name';
  try {
    const name: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: DeleteRecordsRequestDeleteRecordsPartition[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteRecordsRequestDeleteRecordsPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteRecordsRequestDeleteRecordsPartition(r, version));
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

function readDeleteRecordsRequestDeleteRecordsPartition(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsPartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'offset';
    const offset: bigint = r.int64();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { partitionIndex, offset };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteRecordsRequest(w: Writer, v: DeleteRecordsRequest, version: number): void {
  {
    w.arrayLength(v.topics.length, version >= 2);
    for (const e of v.topics) writeDeleteRecordsRequestDeleteRecordsTopic(w, e, version);
  }
  w.int32(v.timeoutMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, v: DeleteRecordsRequestDeleteRecordsTopic, version: number): void {
  if (version >= 2) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 2);
    for (const e of v.partitions) writeDeleteRecordsRequestDeleteRecordsPartition(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, v: DeleteRecordsRequestDeleteRecordsPartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int64(v.offset);
  if (version >= 2) {
    w.uvarint(0);
  }
}
