// Generated from messages/TxnOffsetCommitResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** TxnOffsetCommitResponse (response), versions 0-4. */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions 0+. */
  topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[];
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The responses for each partition in the topic. Versions 0+. */
  partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[];
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'TxnOffsetCommitResponse', version });
  }
  try {
    return readTxnOffsetCommitResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'TxnOffsetCommitResponse', version);
  }
}

export function encodeTxnOffsetCommitResponse(w: Writer, v: TxnOffsetCommitResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`TxnOffsetCommitResponse has no version ${version} (valid: 0-4)`);
  }
  writeTxnOffsetCommitResponse(w, v, version);
}

function readTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'topics';
    let topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r, version));
        topics = a;
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  let f = 'name';
  try {
    const name: string = (version >= 3 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[] = [];
        for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r, version));
        partitions = a;
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { partitionIndex, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeTxnOffsetCommitResponse(w: Writer, v: TxnOffsetCommitResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.topics.length, version >= 3);
    for (const e of v.topics) writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w, e, version);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w: Writer, v: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic, version: number): void {
  if (version >= 3) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 3);
    for (const e of v.partitions) writeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w, e, version);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w: Writer, v: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 3) {
    w.uvarint(0);
  }
}
