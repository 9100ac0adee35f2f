// Generated from messages/DeleteShareGroupStateRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteShareGroupStateRequest (request), versions 0. */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. Versions 0+. */
  groupId: string;
  /** The data for the topics. Versions 0+. */
  topics: DeleteShareGroupStateRequestDeleteStateData[];
}

export interface DeleteShareGroupStateRequestDeleteStateData {
  /** The topic identifier. Versions 0+. */
  topicId: string;
  /** The data for the partitions. Versions 0+. */
  partitions: DeleteShareGroupStateRequestPartitionData[];
}

export interface DeleteShareGroupStateRequestPartitionData {
  /** The partition index. Versions 0+. */
  partition: number;
}

export function decodeDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DeleteShareGroupStateRequest', version });
  }
  try {
    return readDeleteShareGroupStateRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteShareGroupStateRequest', version);
  }
}

export function encodeDeleteShareGroupStateRequest(w: Writer, v: DeleteShareGroupStateRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DeleteShareGroupStateRequest has no version ${version} (valid: 0)`);
  }
  writeDeleteShareGroupStateRequest(w, v, version);
}

function readDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  let f = 'groupId';
  try {
    const groupId: string = r.compactString();
    f = 'topics';
    let topics: DeleteShareGroupStateRequestDeleteStateData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteShareGroupStateRequestDeleteStateData[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteShareGroupStateRequestDeleteStateData(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { groupId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteShareGroupStateRequestDeleteStateData(r: Reader, version: number): DeleteShareGroupStateRequestDeleteStateData {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: DeleteShareGroupStateRequestPartitionData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteShareGroupStateRequestPartitionData[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteShareGroupStateRequestPartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteShareGroupStateRequestPartitionData(r: Reader, version: number): DeleteShareGroupStateRequestPartitionData {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    r.skipTaggedFields();
    return { partition };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteShareGroupStateRequest(w: Writer, v: DeleteShareGroupStateRequest, version: number): void {
  w.compactString(v.groupId);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeDeleteShareGroupStateRequestDeleteStateData(w, e, version);
  }
  w.uvarint(0);
}

function writeDeleteShareGroupStateRequestDeleteStateData(w: Writer, v: DeleteShareGroupStateRequestDeleteStateData, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeDeleteShareGroupStateRequestPartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeDeleteShareGroupStateRequestPartitionData(w: Writer, v: DeleteShareGroupStateRequestPartitionData, version: number): void {
  w.int32(v.partition);
  w.uvarint(0);
}
