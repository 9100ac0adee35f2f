// Generated from messages/ElectLeadersResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ElectLeadersResponse (response), versions 0-2. */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 1+. */
  errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. Versions 0+. */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
}

export interface ElectLeadersResponseReplicaElectionResult {
  /** The topic name Versions 0+. */
  topic: string;
  /** The results for each partition Versions 0+. */
  partitionResult: ElectLeadersResponsePartitionResult[];
}

export interface ElectLeadersResponsePartitionResult {
  /** The partition id Versions 0+. */
  partitionId: number;
  /** The result error, or zero if there was no error. Versions 0+. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'ElectLeadersResponse', version });
  }
  try {
    return readElectLeadersResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ElectLeadersResponse', version);
  }
}

export function encodeElectLeadersResponse(w: Writer, v: ElectLeadersResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`ElectLeadersResponse has no version ${version} (valid: 0-2)`);
  }
  writeElectLeadersResponse(w, v, version);
}

function readElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    let errorCode: number = 0;
    if (version >= 1) {
      errorCode = r.int16();
    }
    f = 'replicaElectionResults';
    let replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ElectLeadersResponseReplicaElectionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readElectLeadersResponseReplicaElectionResult(r, version));
        replicaElectionResults = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, replicaElectionResults };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readElectLeadersResponseReplicaElectionResult(r: Reader, version: number): ElectLeadersResponseReplicaElectionResult {
  let f = 'topic';
  try {
    const topic: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitionResult';
    let partitionResult: ElectLeadersResponsePartitionResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ElectLeadersResponsePartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readElectLeadersResponsePartitionResult(r, version));
        partitionResult = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { topic, partitionResult };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readElectLeadersResponsePartitionResult(r: Reader, version: number): ElectLeadersResponsePartitionResult {
  let f = 'partitionId';
  try {
    const partitionId: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { partitionId, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeElectLeadersResponse(w: Writer, v: ElectLeadersResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  if (version >= 1) {
    w.int16(v.errorCode);
  }
  if (!(version >= 1) && !(v.errorCode === 0)) throw new UnsupportedVersionError(`ElectLeadersResponse v${version} cannot express a non-default value in field errorCode`);
  {
    w.arrayLength(v.replicaElectionResults.length, version >= 2);
    for (const e of v.replicaElectionResults) writeElectLeadersResponseReplicaElectionResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeElectLeadersResponseReplicaElectionResult(w: Writer, v: ElectLeadersResponseReplicaElectionResult, version: number): void {
  if (version >= 2) w.compactString(v.topic); else w.string(v.topic);
  {
    w.arrayLength(v.partitionResult.length, version >= 2);
    for (const e of v.partitionResult) writeElectLeadersResponsePartitionResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeElectLeadersResponsePartitionResult(w: Writer, v: ElectLeadersResponsePartitionResult, version: number): void {
  w.int32(v.partitionId);
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  if (version >= 2) {
    w.uvarint(0);
  }
}
