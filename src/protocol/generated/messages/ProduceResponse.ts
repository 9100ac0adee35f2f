// Generated from messages/ProduceResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** ProduceResponse (response), versions 0-11. */
export interface ProduceResponse {
  /** Each produce response Versions 0+. */
  responses: ProduceResponseTopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. Versions 10+, tagged (tag 0) in 10+. */
  nodeEndpoints?: ProduceResponseNodeEndpoint[];
}

export interface ProduceResponseTopicProduceResponse {
  /** The topic name Versions 0+. */
  name: string;
  /** Each partition that we produced to within the topic. Versions 0+. */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
}

export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. Versions 0+. */
  index: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The base offset. Versions 0+. */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. Versions 2+. */
  logAppendTimeMs: bigint;
  /** The log start offset. Versions 5+. */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped Versions 8+. */
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped Versions 8+, nullable in 8+. */
  errorMessage: string | null;
  /** Versions 10+, tagged (tag 0) in 10+. */
  currentLeader?: ProduceResponseLeaderIdAndEpoch;
}

export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that cause the batch to be dropped Versions 8+. */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped Versions 8+, nullable in 8+. */
  batchIndexErrorMessage: string | null;
}

export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 10+. */
  leaderId: number;
  /** The latest known leader epoch Versions 10+. */
  leaderEpoch: number;
}

export interface ProduceResponseNodeEndpoint {
  /** The ID of the associated node. Versions 10+. */
  nodeId: number;
  /** The node's hostname. Versions 10+. */
  host: string;
  /** The node's port. Versions 10+. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions 10+, nullable in 10+. */
  rack: string | null;
}

export function decodeProduceResponse(r: Reader, version: number): ProduceResponse {
  if (!(version >= 0 && version <= 11)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-11)`, { api: 'ProduceResponse', version });
  }
  try {
    return readProduceResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ProduceResponse', version);
  }
}

export function encodeProduceResponse(w: Writer, v: ProduceResponse, version: number): void {
  if (!(version >= 0 && version <= 11)) {
    throw new UnsupportedVersionError(`ProduceResponse has no version ${version} (valid: 0-11)`);
  }
  writeProduceResponse(w, v, version);
}

function readProduceResponse(r: Reader, version: number): ProduceResponse {
  let f = 'responses';
  try {
    let responses: ProduceResponseTopicProduceResponse[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ProduceResponseTopicProduceResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readProduceResponseTopicProduceResponse(r, version));
        responses = a;
      }
    }
    f = 'throttleTimeMs';
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    let nodeEndpoints: ProduceResponseNodeEndpoint[] = [];
    if (version >= 9) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (version >= 10) {
              f = 'nodeEndpoints';
              {
                const n = r.arrayLength(true);
                if (n < 0) {
                  throw new ProtocolDecodeError('null in a non-nullable array');
                } else {
                  const a: ProduceResponseNodeEndpoint[] = [];
                  for (let i = 0; i < n; i++) a.push(readProduceResponseNodeEndpoint(r, version));
                  nodeEndpoints = a;
                }
              }
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          default:
            r.skip(size);
        }
      }
    }
    return { responses, throttleTimeMs, nodeEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readProduceResponseTopicProduceResponse(r: Reader, version: number): ProduceResponseTopicProduceResponse {
  let f = 'name';
  try {
    const name: string = (version >= 9 ? r.compactString() : r.string());
    f = 'partitionResponses';
    let partitionResponses: ProduceResponsePartitionProduceResponse[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ProduceResponsePartitionProduceResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readProduceResponsePartitionProduceResponse(r, version));
        partitionResponses = a;
      }
    }
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { name, partitionResponses };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readProduceResponsePartitionProduceResponse(r: Reader, version: number): ProduceResponsePartitionProduceResponse {
  let f = 'index';
  try {
    const index: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'baseOffset';
    const baseOffset: bigint = r.int64();
    f = 'logAppendTimeMs';
    let logAppendTimeMs: bigint = -1n;
    if (version >= 2) {
      logAppendTimeMs = r.int64();
    }
    f = 'logStartOffset';
    let logStartOffset: bigint = -1n;
    if (version >= 5) {
      logStartOffset = r.int64();
    }
    f = 'recordErrors';
    let recordErrors: ProduceResponseBatchIndexAndErrorMessage[] = [];
    if (version >= 8) {
      {
        const n = r.arrayLength(version >= 9);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: ProduceResponseBatchIndexAndErrorMessage[] = [];
          for (let i = 0; i < n; i++) a.push(readProduceResponseBatchIndexAndErrorMessage(r, version));
          recordErrors = a;
        }
      }
    }
    f = 'errorMessage';
    let errorMessage: string | null = null;
    if (version >= 8) {
      errorMessage = (version >= 9 ? r.compactNullableString() : r.nullableString());
    }
    let currentLeader: ProduceResponseLeaderIdAndEpoch = defaultProduceResponseLeaderIdAndEpoch();
    if (version >= 9) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (version >= 10) {
              f = 'currentLeader';
              currentLeader = readProduceResponseLeaderIdAndEpoch(r, version);
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          default:
            r.skip(size);
        }
      }
    }
    return { index, errorCode, baseOffset, logAppendTimeMs, logStartOffset, recordErrors, errorMessage, currentLeader };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readProduceResponseBatchIndexAndErrorMessage(r: Reader, version: number): ProduceResponseBatchIndexAndErrorMessage {
  let f = 'batchIndex';
  try {
    const batchIndex: number = r.int32();
    f = 'batchIndexErrorMessage';
    const batchIndexErrorMessage: string | null = (version >= 9 ? r.compactNullableString() : r.nullableString());
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { batchIndex, batchIndexErrorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readProduceResponseLeaderIdAndEpoch(r: Reader, version: number): ProduceResponseLeaderIdAndEpoch {
  let f = 'leaderId';
  try {
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    r.skipTaggedFields();
    return { leaderId, leaderEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readProduceResponseNodeEndpoint(r: Reader, version: number): ProduceResponseNodeEndpoint {
  let f = 'nodeId';
  try {
    const nodeId: number = r.int32();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.int32();
    f = 'rack';
    const rack: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { nodeId, host, port, rack };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeProduceResponse(w: Writer, v: ProduceResponse, version: number): void {
  {
    w.arrayLength(v.responses.length, version >= 9);
    for (const e of v.responses) writeProduceResponseTopicProduceResponse(w, e, version);
  }
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  if (!(version >= 10) && !((v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0))) throw new UnsupportedVersionError(`ProduceResponse v${version} cannot express a non-default value in field nodeEndpoints`);
  if (version >= 9) {
    const tag0 = version >= 10 && !(v.nodeEndpoints === undefined || v.nodeEndpoints.length === 0);
    w.uvarint((tag0 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      {
        t.arrayLength(v.nodeEndpoints!.length, true);
        for (const e of v.nodeEndpoints!) writeProduceResponseNodeEndpoint(t, e, version);
      }
      w.taggedField(0, t);
    }
  }
}

function writeProduceResponseTopicProduceResponse(w: Writer, v: ProduceResponseTopicProduceResponse, version: number): void {
  if (version >= 9) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitionResponses.length, version >= 9);
    for (const e of v.partitionResponses) writeProduceResponsePartitionProduceResponse(w, e, version);
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeProduceResponsePartitionProduceResponse(w: Writer, v: ProduceResponsePartitionProduceResponse, version: number): void {
  w.int32(v.index);
  w.int16(v.errorCode);
  w.int64(v.baseOffset);
  if (version >= 2) {
    w.int64(v.logAppendTimeMs);
  }
  if (version >= 5) {
    w.int64(v.logStartOffset);
  }
  if (version >= 8) {
    {
      w.arrayLength(v.recordErrors.length, version >= 9);
      for (const e of v.recordErrors) writeProduceResponseBatchIndexAndErrorMessage(w, e, version);
    }
  }
  if (version >= 8) {
    if (version >= 9) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  }
  if (!(version >= 10) && !((v.currentLeader === undefined || isDefaultProduceResponseLeaderIdAndEpoch(v.currentLeader)))) throw new UnsupportedVersionError(`ProduceResponse v${version} cannot express a non-default value in field ProduceResponsePartitionProduceResponse.currentLeader`);
  if (version >= 9) {
    const tag0 = version >= 10 && !(v.currentLeader === undefined || isDefaultProduceResponseLeaderIdAndEpoch(v.currentLeader));
    w.uvarint((tag0 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      writeProduceResponseLeaderIdAndEpoch(t, v.currentLeader!, version);
      w.taggedField(0, t);
    }
  }
}

function writeProduceResponseBatchIndexAndErrorMessage(w: Writer, v: ProduceResponseBatchIndexAndErrorMessage, version: number): void {
  w.int32(v.batchIndex);
  if (version >= 9) w.compactNullableString(v.batchIndexErrorMessage); else w.nullableString(v.batchIndexErrorMessage);
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeProduceResponseLeaderIdAndEpoch(w: Writer, v: ProduceResponseLeaderIdAndEpoch, version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeProduceResponseNodeEndpoint(w: Writer, v: ProduceResponseNodeEndpoint, version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}

function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

function isDefaultProduceResponseLeaderIdAndEpoch(v: ProduceResponseLeaderIdAndEpoch): boolean {
  return v.leaderId === -1 &&
    v.leaderEpoch === -1;
}
