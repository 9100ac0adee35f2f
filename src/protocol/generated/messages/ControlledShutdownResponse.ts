// Generated from messages/ControlledShutdownResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ControlledShutdownResponse (response), versions 0-3. */
export interface ControlledShutdownResponse {
  /** The top-level error code. Versions 0+. */
  errorCode: number;
  /** The partitions that the broker still leads. Versions 0+. */
  remainingPartitions: ControlledShutdownResponseRemainingPartition[];
}

export interface ControlledShutdownResponseRemainingPartition {
  /** The name of the topic. Versions 0+. */
  topicName: string;
  /** The index of the partition. Versions 0+. */
  partitionIndex: number;
}

export function decodeControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'ControlledShutdownResponse', version });
  }
  try {
    return readControlledShutdownResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ControlledShutdownResponse', version);
  }
}

export function encodeControlledShutdownResponse(w: Writer, v: ControlledShutdownResponse, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`ControlledShutdownResponse has no version ${version} (valid: 0-3)`);
  }
  writeControlledShutdownResponse(w, v, version);
}

function readControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'remainingPartitions';
    let remainingPartitions: ControlledShutdownResponseRemainingPartition[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ControlledShutdownResponseRemainingPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readControlledShutdownResponseRemainingPartition(r, version));
        remainingPartitions = a;
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { errorCode, remainingPartitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readControlledShutdownResponseRemainingPartition(r: Reader, version: number): ControlledShutdownResponseRemainingPartition {
  let f = 'topicName';
  try {
    const topicName: string = (version >= 3 ? r.compactString() : r.string());
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { topicName, partitionIndex };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeControlledShutdownResponse(w: Writer, v: ControlledShutdownResponse, version: number): void {
  w.int16(v.errorCode);
  {
    w.arrayLength(v.remainingPartitions.length, version >= 3);
    for (const e of v.remainingPartitions) writeControlledShutdownResponseRemainingPartition(w, e, version);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeControlledShutdownResponseRemainingPartition(w: Writer, v: ControlledShutdownResponseRemainingPartition, version: number): void {
  if (version >= 3) w.compactString(v.topicName); else w.string(v.topicName);
  w.int32(v.partitionIndex);
  if (version >= 3) {
    w.uvarint(0);
  }
}
