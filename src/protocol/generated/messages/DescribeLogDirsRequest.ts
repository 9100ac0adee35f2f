// Generated from messages/DescribeLogDirsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeLogDirsRequest (request), versions 0-4. */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. Versions 0+, nullable in 0+. */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
}

export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** The topic name Versions 0+. */
  topic: string;
  /** The partition indexes. Versions 0+. */
  partitions: number[];
}

export function decodeDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'DescribeLogDirsRequest', version });
  }
  try {
    return readDescribeLogDirsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeLogDirsRequest', version);
  }
}

export function encodeDescribeLogDirsRequest(w: Writer, v: DescribeLogDirsRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`DescribeLogDirsRequest has no version ${version} (valid: 0-4)`);
  }
  writeDescribeLogDirsRequest(w, v, version);
}

function readDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  let f = 'topics';
  try {
    let topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        topics = null;
      } else {
        const a: DescribeLogDirsRequestDescribableLogDirTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeLogDirsRequestDescribableLogDirTopic(r, version));
        topics = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, version: number): DescribeLogDirsRequestDescribableLogDirTopic {
  let f = 'topic';
  try {
    const topic: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { topic, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeLogDirsRequest(w: Writer, v: DescribeLogDirsRequest, version: number): void {
  if (v.topics === null) {
    w.arrayLength(-1, version >= 2);
  } else {
    w.arrayLength(v.topics.length, version >= 2);
    for (const e of v.topics) writeDescribeLogDirsRequestDescribableLogDirTopic(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, v: DescribeLogDirsRequestDescribableLogDirTopic, version: number): void {
  if (version >= 2) w.compactString(v.topic); else w.string(v.topic);
  {
    w.arrayLength(v.partitions.length, version >= 2);
    for (const e of v.partitions) w.int32(e);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}
