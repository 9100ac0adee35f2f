// Generated from messages/OffsetDeleteResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** OffsetDeleteResponse (response), versions 0. */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions 0+. */
  topics: OffsetDeleteResponseOffsetDeleteResponseTopic[];
}

export interface OffsetDeleteResponseOffsetDeleteResponseTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The responses for each partition in the topic. Versions 0+. */
  partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[];
}

export interface OffsetDeleteResponseOffsetDeleteResponsePartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'OffsetDeleteResponse', version });
  }
  try {
    return readOffsetDeleteResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'OffsetDeleteResponse', version);
  }
}

export function encodeOffsetDeleteResponse(w: Writer, v: OffsetDeleteResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`OffsetDeleteResponse has no version ${version} (valid: 0)`);
  }
  writeOffsetDeleteResponse(w, v, version);
}

function readOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'throttleTimeMs';
    const throttleTimeMs: number = r.int32();
    f = 'topics';
    let topics: OffsetDeleteResponseOffsetDeleteResponseTopic[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetDeleteResponseOffsetDeleteResponseTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetDeleteResponseOffsetDeleteResponseTopic(r, version));
        topics = a;
      }
    }
    return { errorCode, throttleTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetDeleteResponseOffsetDeleteResponseTopic(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponseTopic {
  let f = 'name';
  try {
    const name: string = r.string();
    f = 'partitions';
    let partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: OffsetDeleteResponseOffsetDeleteResponsePartition[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetDeleteResponseOffsetDeleteResponsePartition(r, version));
        partitions = a;
      }
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readOffsetDeleteResponseOffsetDeleteResponsePartition(r: Reader, version: number): OffsetDeleteResponseOffsetDeleteResponsePartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    return { partitionIndex, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeOffsetDeleteResponse(w: Writer, v: OffsetDeleteResponse, version: number): void {
  w.int16(v.errorCode);
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.topics.length, false);
    for (const e of v.topics) writeOffsetDeleteResponseOffsetDeleteResponseTopic(w, e, version);
  }
}

function writeOffsetDeleteResponseOffsetDeleteResponseTopic(w: Writer, v: OffsetDeleteResponseOffsetDeleteResponseTopic, version: number): void {
  w.string(v.name);
  {
    w.arrayLength(v.partitions.length, false);
    for (const e of v.partitions) writeOffsetDeleteResponseOffsetDeleteResponsePartition(w, e, version);
  }
}

function writeOffsetDeleteResponseOffsetDeleteResponsePartition(w: Writer, v: OffsetDeleteResponseOffsetDeleteResponsePartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
}
