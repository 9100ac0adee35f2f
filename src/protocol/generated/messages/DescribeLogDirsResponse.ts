// Generated from messages/DescribeLogDirsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeLogDirsResponse (response), versions 0-4. */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 3+. */
  errorCode: number;
  /** The log directories. Versions 0+. */
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
}

export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The absolute log directory path. Versions 0+. */
  logDir: string;
  /** Each topic. Versions 0+. */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. Versions 4+. */
  totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. Versions 4+. */
  usableBytes: bigint;
}

export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** Versions 0+. */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
}

export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The size of the log segments in this partition in bytes. Versions 0+. */
  partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition) Versions 0+. */
  offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. Versions 0+. */
  isFutureKey: boolean;
}

export function decodeDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'DescribeLogDirsResponse', version });
  }
  try {
    return readDescribeLogDirsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeLogDirsResponse', version);
  }
}

export function encodeDescribeLogDirsResponse(w: Writer, v: DescribeLogDirsResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`DescribeLogDirsResponse has no version ${version} (valid: 0-4)`);
  }
  writeDescribeLogDirsResponse(w, v, version);
}

function readDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    let errorCode: number = 0;
    if (version >= 3) {
      errorCode = r.int16();
    }
    f = 'results';
    let results: DescribeLogDirsResponseDescribeLogDirsResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeLogDirsResponseDescribeLogDirsResult(r, version));
        results = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsResult {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'logDir';
    const logDir: string = (version >= 2 ? r.compactString() : r.string());
    f = 'topics';
    let topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeLogDirsResponseDescribeLogDirsTopic(r, version));
        topics = a;
      }
    }
    f = 'totalBytes';
    let totalBytes: bigint = -1n;
    if (version >= 4) {
      totalBytes = r.int64();
    }
    f = 'usableBytes';
    let usableBytes: bigint = -1n;
    if (version >= 4) {
      usableBytes = r.int64();
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, logDir, topics, totalBytes, usableBytes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  let f = 'name';
  try {
    const name: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeLogDirsResponseDescribeLogDirsPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeLogDirsResponseDescribeLogDirsPartition(r, version));
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

function readDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'partitionSize';
    const partitionSize: bigint = r.int64();
    f = 'offsetLag';
    const offsetLag: bigint = r.int64();
    f = 'isFutureKey';
    const isFutureKey: boolean = r.bool();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { partitionIndex, partitionSize, offsetLag, isFutureKey };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeLogDirsResponse(w: Writer, v: DescribeLogDirsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  if (version >= 3) {
    w.int16(v.errorCode);
  }
  {
    w.arrayLength(v.results.length, version >= 2);
    for (const e of v.results) writeDescribeLogDirsResponseDescribeLogDirsResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsResult, version: number): void {
  w.int16(v.errorCode);
  if (version >= 2) w.compactString(v.logDir); else w.string(v.logDir);
  {
    w.arrayLength(v.topics.length, version >= 2);
    for (const e of v.topics) writeDescribeLogDirsResponseDescribeLogDirsTopic(w, e, version);
  }
  if (version >= 4) {
    w.int64(v.totalBytes);
  }
  if (version >= 4) {
    w.int64(v.usableBytes);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsTopic, version: number): void {
  if (version >= 2) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 2);
    for (const e of v.partitions) writeDescribeLogDirsResponseDescribeLogDirsPartition(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, v: DescribeLogDirsResponseDescribeLogDirsPartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int64(v.partitionSize);
  w.int64(v.offsetLag);
  w.bool(v.isFutureKey);
  if (version >= 2) {
    w.uvarint(0);
  }
}
