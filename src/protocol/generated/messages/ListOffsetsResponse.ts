// Generated from messages/ListOffsetsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListOffsetsResponse (response), versions 0-10. */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2+. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions 0+. */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
}

export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name Versions 0+. */
  name: string;
  /** Each partition in the response. Versions 0+. */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
}

export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The result offsets. Versions 0. */
  oldStyleOffsets: bigint[];
  /** The timestamp associated with the returned offset. Versions 1+. */
  timestamp: bigint;
  /** The returned offset. Versions 1+. */
  offset: bigint;
  /** Versions 4+. */
  leaderEpoch: number;
}

export function decodeListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  if (!(version >= 0 && version <= 10)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-10)`, { api: 'ListOffsetsResponse', version });
  }
  try {
    return readListOffsetsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListOffsetsResponse', version);
  }
}

export function encodeListOffsetsResponse(w: Writer, v: ListOffsetsResponse, version: number): void {
  if (!(version >= 0 && version <= 10)) {
    throw new UnsupportedVersionError(`ListOffsetsResponse has no version ${version} (valid: 0-10)`);
  }
  writeListOffsetsResponse(w, v, version);
}

function readListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 2) {
      throttleTimeMs = r.int32();
    }
    f = 'topics';
    let topics: ListOffsetsResponseListOffsetsTopicResponse[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListOffsetsResponseListOffsetsTopicResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readListOffsetsResponseListOffsetsTopicResponse(r, version));
        topics = a;
      }
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListOffsetsResponseListOffsetsTopicResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsTopicResponse {
  let f = 'name';
  try {
    const name: string = (version >= 6 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readListOffsetsResponseListOffsetsPartitionResponse(r, version));
        partitions = a;
      }
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListOffsetsResponseListOffsetsPartitionResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsPartitionResponse {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'oldStyleOffsets';
    let oldStyleOffsets: bigint[] = [];
    if (version <= 0) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: bigint[] = [];
          for (let i = 0; i < n; i++) a.push(r.int64());
          oldStyleOffsets = a;
        }
      }
    }
    f = 'timestamp';
    let timestamp: bigint = -1n;
    if (version >= 1) {
      timestamp = r.int64();
    }
    f = 'offset';
    let offset: bigint = -1n;
    if (version >= 1) {
      offset = r.int64();
    }
    f = 'leaderEpoch';
    let leaderEpoch: number = -1;
    if (version >= 4) {
      leaderEpoch = r.int32();
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { partitionIndex, errorCode, oldStyleOffsets, timestamp, offset, leaderEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListOffsetsResponse(w: Writer, v: ListOffsetsResponse, version: number): void {
  if (version >= 2) {
    w.int32(v.throttleTimeMs);
  }
  {
    w.arrayLength(v.topics.length, version >= 6);
    for (const e of v.topics) writeListOffsetsResponseListOffsetsTopicResponse(w, e, version);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeListOffsetsResponseListOffsetsTopicResponse(w: Writer, v: ListOffsetsResponseListOffsetsTopicResponse, version: number): void {
  if (version >= 6) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 6);
    for (const e of v.partitions) writeListOffsetsResponseListOffsetsPartitionResponse(w, e, version);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, v: ListOffsetsResponseListOffsetsPartitionResponse, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version <= 0) {
    {
      w.arrayLength(v.oldStyleOffsets.length, false);
      for (const e of v.oldStyleOffsets) w.int64(e);
    }
  }
  if (!(version <= 0) && !(v.oldStyleOffsets.length === 0)) throw new UnsupportedVersionError(`ListOffsetsResponse v${version} cannot express a non-default value in field ListOffsetsResponseListOffsetsPartitionResponse.oldStyleOffsets`);
  if (version >= 1) {
    w.int64(v.timestamp);
  }
  if (!(version >= 1) && !(v.timestamp === -1n)) throw new UnsupportedVersionError(`ListOffsetsResponse v${version} cannot express a non-default value in field ListOffsetsResponseListOffsetsPartitionResponse.timestamp`);
  if (version >= 1) {
    w.int64(v.offset);
  }
  if (!(version >= 1) && !(v.offset === -1n)) throw new UnsupportedVersionError(`ListOffsetsResponse v${version} cannot express a non-default value in field ListOffsetsResponseListOffsetsPartitionResponse.offset`);
  if (version >= 4) {
    w.int32(v.leaderEpoch);
  }
  if (!(version >= 4) && !(v.leaderEpoch === -1)) throw new UnsupportedVersionError(`ListOffsetsResponse v${version} cannot express a non-default value in field ListOffsetsResponseListOffsetsPartitionResponse.leaderEpoch`);
  if (version >= 6) {
    w.uvarint(0);
  }
}
