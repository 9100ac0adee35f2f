// Generated from messages/OffsetForLeaderEpochResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetForLeaderEpochResponse (response), versions 0-4. */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2+. */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. Versions 0+. */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
}

export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. Versions 0+. */
  topic: string;
  /** Each partition in the topic we fetched offsets for. Versions 0+. */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
}

export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. Versions 0+. */
  errorCode: number;
  /** The partition index. Versions 0+. */
  partition: number;
  /** The leader epoch of the partition. Versions 1+. */
  leaderEpoch: number;
  /** The end offset of the epoch. Versions 0+. */
  endOffset: bigint;
}

export function decodeOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'OffsetForLeaderEpochResponse', version });
  }
  try {
    return readOffsetForLeaderEpochResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetForLeaderEpochResponse', version);
  }
}

export function encodeOffsetForLeaderEpochResponse(w: Writer, v: OffsetForLeaderEpochResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`OffsetForLeaderEpochResponse has no version ${version} (valid: 0-4)`);
  }
  writeOffsetForLeaderEpochResponse(w, v, version);
}

function readOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 2) {
      throttleTimeMs = r.int32();
    }
    f = 'topics';
    let topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, version));
        topics = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, version: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  let f = 'topic';
  try {
    const topic: string = (version >= 4 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetForLeaderEpochResponseEpochEndOffset(r, version));
        partitions = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { topic, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, version: number): OffsetForLeaderEpochResponseEpochEndOffset {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'partition';
    const partition: number = r.int32();
    f = 'leaderEpoch';
    let leaderEpoch: number = -1;
    if (version >= 1) {
      leaderEpoch = r.int32();
    }
    f = 'endOffset';
    const endOffset: bigint = r.int64();
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { errorCode, partition, leaderEpoch, endOffset };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetForLeaderEpochResponse(w: Writer, v: OffsetForLeaderEpochResponse, version: number): void {
  if (version >= 2) {
    w.int32(v.throttleTimeMs);
  }
  {
    w.arrayLength(v.topics.length, version >= 4);
    for (const e of v.topics) writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, v: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, version: number): void {
  if (version >= 4) w.compactString(v.topic); else w.string(v.topic);
  {
    w.arrayLength(v.partitions.length, version >= 4);
    for (const e of v.partitions) writeOffsetForLeaderEpochResponseEpochEndOffset(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, v: OffsetForLeaderEpochResponseEpochEndOffset, version: number): void {
  w.int16(v.errorCode);
  w.int32(v.partition);
  if (version >= 1) {
    w.int32(v.leaderEpoch);
  }
  w.int64(v.endOffset);
  if (version >= 4) {
    w.uvarint(0);
  }
}
