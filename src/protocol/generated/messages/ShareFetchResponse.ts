// Generated from messages/ShareFetchResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Records } from '../../records.js';
import type { Writer } from '../../writer.js';

/** ShareFetchResponse (response), versions 0. */
export interface ShareFetchResponse<R extends Records = Records> {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top-level response error code. Versions 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The response topics. Versions 0+. */
  responses: ShareFetchResponseShareFetchableTopicResponse<R>[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. Versions 0+. */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
}

export interface ShareFetchResponseShareFetchableTopicResponse<R extends Records = Records> {
  /** The unique topic ID. Versions 0+. */
  topicId: string;
  /** The topic partitions. Versions 0+. */
  partitions: ShareFetchResponsePartitionData<R>[];
}

export interface ShareFetchResponsePartitionData<R extends Records = Records> {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The fetch error code, or 0 if there was no fetch error. Versions 0+. */
  errorCode: number;
  /** The fetch error message, or null if there was no fetch error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. Versions 0+. */
  acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. Versions 0+, nullable in 0+. */
  acknowledgeErrorMessage: string | null;
  /** Versions 0+. */
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /** The record data. Versions 0+, nullable in 0+. */
  records: R | null;
  /** The acquired records. Versions 0+. */
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
}

export interface ShareFetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0+. */
  leaderId: number;
  /** The latest known leader epoch. Versions 0+. */
  leaderEpoch: number;
}

export interface ShareFetchResponseAcquiredRecords {
  /** The earliest offset in this batch of acquired records. Versions 0+. */
  firstOffset: bigint;
  /** The last offset of this batch of acquired records. Versions 0+. */
  lastOffset: bigint;
  /** The delivery count of this batch of acquired records. Versions 0+. */
  deliveryCount: number;
}

export interface ShareFetchResponseNodeEndpoint {
  /** The ID of the associated node. Versions 0+. */
  nodeId: number;
  /** The node's hostname. Versions 0+. */
  host: string;
  /** The node's port. Versions 0+. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions 0+, nullable in 0+. */
  rack: string | null;
}

export function decodeShareFetchResponse(r: Reader, version: number): ShareFetchResponse<Buffer> {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareFetchResponse', version });
  }
  try {
    return readShareFetchResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareFetchResponse', version);
  }
}

export function encodeShareFetchResponse(w: Writer, v: ShareFetchResponse<Records>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareFetchResponse has no version ${version} (valid: 0)`);
  }
  writeShareFetchResponse(w, v, version);
}

function readShareFetchResponse(r: Reader, version: number): ShareFetchResponse<Buffer> {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'responses';
    let responses: ShareFetchResponseShareFetchableTopicResponse<Buffer>[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareFetchResponseShareFetchableTopicResponse<Buffer>[] = [];
        for (let i = 0; i < n; i++) a.push(readShareFetchResponseShareFetchableTopicResponse(r, version));
        responses = a;
      }
    }
    f = 'nodeEndpoints';
    let nodeEndpoints: ShareFetchResponseNodeEndpoint[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareFetchResponseNodeEndpoint[] = [];
        for (let i = 0; i < n; i++) a.push(readShareFetchResponseNodeEndpoint(r, version));
        nodeEndpoints = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage, responses, nodeEndpoints };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareFetchResponseShareFetchableTopicResponse(r: Reader, version: number): ShareFetchResponseShareFetchableTopicResponse<Buffer> {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: ShareFetchResponsePartitionData<Buffer>[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareFetchResponsePartitionData<Buffer>[] = [];
        for (let i = 0; i < n; i++) a.push(readShareFetchResponsePartitionData(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareFetchResponsePartitionData(r: Reader, version: number): ShareFetchResponsePartitionData<Buffer> {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'acknowledgeErrorCode';
    const acknowledgeErrorCode: number = r.int16();
    f = 'acknowledgeErrorMessage';
    const acknowledgeErrorMessage: string | null = r.compactNullableString();
    f = 'currentLeader';
    const currentLeader: ShareFetchResponseLeaderIdAndEpoch = readShareFetchResponseLeaderIdAndEpoch(r, version);
    f = 'records';
    const records: Buffer | null = r.records(true);
    f = 'acquiredRecords';
    let acquiredRecords: ShareFetchResponseAcquiredRecords[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareFetchResponseAcquiredRecords[] = [];
        for (let i = 0; i < n; i++) a.push(readShareFetchResponseAcquiredRecords(r, version));
        acquiredRecords = a;
      }
    }
    r.skipTaggedFields();
    return { partitionIndex, errorCode, errorMessage, acknowledgeErrorCode, acknowledgeErrorMessage, currentLeader, records, acquiredRecords };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareFetchResponseLeaderIdAndEpoch(r: Reader, version: number): ShareFetchResponseLeaderIdAndEpoch {
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

function readShareFetchResponseAcquiredRecords(r: Reader, version: number): ShareFetchResponseAcquiredRecords {
  let f = 'firstOffset';
  try {
    const firstOffset: bigint = r.int64();
    f = 'lastOffset';
    const lastOffset: bigint = r.int64();
    f = 'deliveryCount';
    const deliveryCount: number = r.int16();
    r.skipTaggedFields();
    return { firstOffset, lastOffset, deliveryCount };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareFetchResponseNodeEndpoint(r: Reader, version: number): ShareFetchResponseNodeEndpoint {
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

function writeShareFetchResponse(w: Writer, v: ShareFetchResponse<Records>, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  {
    w.arrayLength(v.responses.length, true);
    for (const e of v.responses) writeShareFetchResponseShareFetchableTopicResponse(w, e, version);
  }
  {
    w.arrayLength(v.nodeEndpoints.length, true);
    for (const e of v.nodeEndpoints) writeShareFetchResponseNodeEndpoint(w, e, version);
  }
  w.uvarint(0);
}

function writeShareFetchResponseShareFetchableTopicResponse(w: Writer, v: ShareFetchResponseShareFetchableTopicResponse<Records>, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeShareFetchResponsePartitionData(w, e, version);
  }
  w.uvarint(0);
}

function writeShareFetchResponsePartitionData(w: Writer, v: ShareFetchResponsePartitionData<Records>, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.int16(v.acknowledgeErrorCode);
  w.compactNullableString(v.acknowledgeErrorMessage);
  writeShareFetchResponseLeaderIdAndEpoch(w, v.currentLeader, version);
  w.records(v.records, true);
  {
    w.arrayLength(v.acquiredRecords.length, true);
    for (const e of v.acquiredRecords) writeShareFetchResponseAcquiredRecords(w, e, version);
  }
  w.uvarint(0);
}

function writeShareFetchResponseLeaderIdAndEpoch(w: Writer, v: ShareFetchResponseLeaderIdAndEpoch, version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.uvarint(0);
}

function writeShareFetchResponseAcquiredRecords(w: Writer, v: ShareFetchResponseAcquiredRecords, version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int16(v.deliveryCount);
  w.uvarint(0);
}

function writeShareFetchResponseNodeEndpoint(w: Writer, v: ShareFetchResponseNodeEndpoint, version: number): void {
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}
