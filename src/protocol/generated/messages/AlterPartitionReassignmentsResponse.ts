// Generated from messages/AlterPartitionReassignmentsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterPartitionReassignmentsResponse (response), versions 0. */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The responses to topics to reassign. Versions 0+. */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
}

export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** The topic name Versions 0+. */
  name: string;
  /** The responses to partitions to reassign Versions 0+. */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
}

export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message for this partition, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AlterPartitionReassignmentsResponse', version });
  }
  try {
    return readAlterPartitionReassignmentsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterPartitionReassignmentsResponse', version);
  }
}

export function encodeAlterPartitionReassignmentsResponse(w: Writer, v: AlterPartitionReassignmentsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AlterPartitionReassignmentsResponse has no version ${version} (valid: 0)`);
  }
  writeAlterPartitionReassignmentsResponse(w, v, version);
}

function readAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'responses';
    let responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterPartitionReassignmentsResponseReassignableTopicResponse(r, version));
        responses = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage, responses };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'partitions';
    let partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { partitionIndex, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterPartitionReassignmentsResponse(w: Writer, v: AlterPartitionReassignmentsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    w.arrayLength(v.responses.length, true);
    for (const e of v.responses) writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, v: AlterPartitionReassignmentsResponseReassignableTopicResponse, version: number): void {
  w.compactString(v.name);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, e, version);
  }
  w.uvarint(0);
}

function writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, v: AlterPartitionReassignmentsResponseReassignablePartitionResponse, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
