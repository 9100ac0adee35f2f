// Generated from messages/WriteTxnMarkersResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** WriteTxnMarkersResponse (response), versions 0-1. */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. Versions 0+. */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. Versions 0+. */
  producerId: bigint;
  /** The results by topic. Versions 0+. */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** The topic name. Versions 0+. */
  name: string;
  /** The results by partition. Versions 0+. */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
}

export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'WriteTxnMarkersResponse', version });
  }
  try {
    return readWriteTxnMarkersResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'WriteTxnMarkersResponse', version);
  }
}

export function encodeWriteTxnMarkersResponse(w: Writer, v: WriteTxnMarkersResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`WriteTxnMarkersResponse has no version ${version} (valid: 0-1)`);
  }
  writeWriteTxnMarkersResponse(w, v, version);
}

function readWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  let f = 'markers';
  try {
    let markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteTxnMarkersResponseWritableTxnMarkerResult[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersResponseWritableTxnMarkerResult(r, version));
        markers = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { markers };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  let f = 'producerId';
  try {
    const producerId: bigint = r.int64();
    f = 'topics';
    let topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, version));
        topics = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { producerId, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  let f = 'name';
  try {
    const name: string = (version >= 1 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, version));
        partitions = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, version: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { partitionIndex, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeWriteTxnMarkersResponse(w: Writer, v: WriteTxnMarkersResponse, version: number): void {
  {
    w.arrayLength(v.markers.length, version >= 1);
    for (const e of v.markers) writeWriteTxnMarkersResponseWritableTxnMarkerResult(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerResult, version: number): void {
  w.int64(v.producerId);
  {
    w.arrayLength(v.topics.length, version >= 1);
    for (const e of v.topics) writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, version: number): void {
  if (version >= 1) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 1);
    for (const e of v.partitions) writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, v: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 1) {
    w.uvarint(0);
  }
}
