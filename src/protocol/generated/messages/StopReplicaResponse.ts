// Generated from messages/StopReplicaResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** StopReplicaResponse (response), versions 0-4. */
export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. Versions 0+. */
  errorCode: number;
  /** The responses for each partition. Versions 0+. */
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
}

export interface StopReplicaResponseStopReplicaPartitionError {
  /** The topic name. Versions 0+. */
  topicName: string;
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no partition error. Versions 0+. */
  errorCode: number;
}

export function decodeStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'StopReplicaResponse', version });
  }
  try {
    return readStopReplicaResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'StopReplicaResponse', version);
  }
}

export function encodeStopReplicaResponse(w: Writer, v: StopReplicaResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`StopReplicaResponse has no version ${version} (valid: 0-4)`);
  }
  writeStopReplicaResponse(w, v, version);
}

function readStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'partitionErrors';
    let partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: StopReplicaResponseStopReplicaPartitionError[] = [];
        for (let i = 0; i < n; i++) a.push(readStopReplicaResponseStopReplicaPartitionError(r, version));
        partitionErrors = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, partitionErrors };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readStopReplicaResponseStopReplicaPartitionError(r: Reader, version: number): StopReplicaResponseStopReplicaPartitionError {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { topicName, partitionIndex, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeStopReplicaResponse(w: Writer, v: StopReplicaResponse, version: number): void {
  w.int16(v.errorCode);
  {
    w.arrayLength(v.partitionErrors.length, version >= 2);
    for (const e of v.partitionErrors) writeStopReplicaResponseStopReplicaPartitionError(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeStopReplicaResponseStopReplicaPartitionError(w: Writer, v: StopReplicaResponseStopReplicaPartitionError, version: number): void {
  if (version >= 2) w.compactString(v.topicName); else w.string(v.topicName);
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.uvarint(0);
  }
}
