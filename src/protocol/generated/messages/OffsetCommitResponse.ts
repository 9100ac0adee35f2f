// Generated from messages/OffsetCommitResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetCommitResponse (response), versions 0-9. */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 3+. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions 0+. */
  topics: OffsetCommitResponseOffsetCommitResponseTopic[];
}

export interface OffsetCommitResponseOffsetCommitResponseTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The responses for each partition in the topic. Versions 0+. */
  partitions: OffsetCommitResponseOffsetCommitResponsePartition[];
}

export interface OffsetCommitResponseOffsetCommitResponsePartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-9)`, { api: 'OffsetCommitResponse', version });
  }
  try {
    return readOffsetCommitResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetCommitResponse', version);
  }
}

export function encodeOffsetCommitResponse(w: Writer, v: OffsetCommitResponse, version: number): void {
  if (!(version >= 0 && version <= 9)) {
    throw new UnsupportedVersionError(`OffsetCommitResponse has no version ${version} (valid: 0-9)`);
  }
  writeOffsetCommitResponse(w, v, version);
}

function readOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 3) {
      throttleTimeMs = r.int32();
    }
    f = 'topics';
    let topics: OffsetCommitResponseOffsetCommitResponseTopic[];
    {
      const n = r.arrayLength(version >= 8);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetCommitResponseOffsetCommitResponseTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetCommitResponseOffsetCommitResponseTopic(r, version));
        topics = a;
      }
    }
    if (version >= 8) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetCommitResponseOffsetCommitResponseTopic(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponseTopic {
  let f = 'name';
  try {
    const name: string = (version >= 8 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: OffsetCommitResponseOffsetCommitResponsePartition[];
    {
      const n = r.arrayLength(version >= 8);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetCommitResponseOffsetCommitResponsePartition[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetCommitResponseOffsetCommitResponsePartition(r, version));
        partitions = a;
      }
    }
    if (version >= 8) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetCommitResponseOffsetCommitResponsePartition(r: Reader, version: number): OffsetCommitResponseOffsetCommitResponsePartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 8) {
      r.skipTaggedFields();
    }
    return { partitionIndex, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetCommitResponse(w: Writer, v: OffsetCommitResponse, version: number): void {
  if (version >= 3) {
    w.int32(v.throttleTimeMs);
  }
  {
    w.arrayLength(v.topics.length, version >= 8);
    for (const e of v.topics) writeOffsetCommitResponseOffsetCommitResponseTopic(w, e, version);
  }
  if (version >= 8) {
    w.uvarint(0);
  }
}

function writeOffsetCommitResponseOffsetCommitResponseTopic(w: Writer, v: OffsetCommitResponseOffsetCommitResponseTopic, version: number): void {
  if (version >= 8) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 8);
    for (const e of v.partitions) writeOffsetCommitResponseOffsetCommitResponsePartition(w, e, version);
  }
  if (version >= 8) {
    w.uvarint(0);
  }
}

function writeOffsetCommitResponseOffsetCommitResponsePartition(w: Writer, v: OffsetCommitResponseOffsetCommitResponsePartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 8) {
    w.uvarint(0);
  }
}
