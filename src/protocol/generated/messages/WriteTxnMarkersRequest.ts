// Generated from messages/WriteTxnMarkersRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** WriteTxnMarkersRequest (request), versions 0-1. */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. Versions 0+. */
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
}

export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** The current producer ID. Versions 0+. */
  producerId: bigint;
  /** The current epoch associated with the producer ID. Versions 0+. */
  producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). Versions 0+. */
  transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. Versions 0+. */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator Versions 0+. */
  coordinatorEpoch: number;
}

export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** The topic name. Versions 0+. */
  name: string;
  /** The indexes of the partitions to write transaction markers for. Versions 0+. */
  partitionIndexes: number[];
}

export function decodeWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'WriteTxnMarkersRequest', version });
  }
  try {
    return readWriteTxnMarkersRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'WriteTxnMarkersRequest', version);
  }
}

export function encodeWriteTxnMarkersRequest(w: Writer, v: WriteTxnMarkersRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`WriteTxnMarkersRequest has no version ${version} (valid: 0-1)`);
  }
  writeWriteTxnMarkersRequest(w, v, version);
}

function readWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  let f = 'markers';
  try {
    let markers: WriteTxnMarkersRequestWritableTxnMarker[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteTxnMarkersRequestWritableTxnMarker[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersRequestWritableTxnMarker(r, version));
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

function readWriteTxnMarkersRequestWritableTxnMarker(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarker {
  let f = 'producerId';
  try {
    const producerId: bigint = r.int64();
    f = 'producerEpoch';
    const producerEpoch: number = r.int16();
    f = 'transactionResult';
    const transactionResult: boolean = r.bool();
    f = 'topics';
    let topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersRequestWritableTxnMarkerTopic(r, version));
        topics = a;
      }
    }
    f = 'coordinatorEpoch';
    const coordinatorEpoch: number = r.int32();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { producerId, producerEpoch, transactionResult, topics, coordinatorEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, version: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  let f = 'name';
  try {
    const name: string = (version >= 1 ? r.compactString() : r.string());
    f = 'partitionIndexes';
    let partitionIndexes: number[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitionIndexes = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { name, partitionIndexes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeWriteTxnMarkersRequest(w: Writer, v: WriteTxnMarkersRequest, version: number): void {
  {
    w.arrayLength(v.markers.length, version >= 1);
    for (const e of v.markers) writeWriteTxnMarkersRequestWritableTxnMarker(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, v: WriteTxnMarkersRequestWritableTxnMarker, version: number): void {
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.transactionResult);
  {
    w.arrayLength(v.topics.length, version >= 1);
    for (const e of v.topics) writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, e, version);
  }
  w.int32(v.coordinatorEpoch);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, v: WriteTxnMarkersRequestWritableTxnMarkerTopic, version: number): void {
  if (version >= 1) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitionIndexes.length, version >= 1);
    for (const e of v.partitionIndexes) w.int32(e);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}
