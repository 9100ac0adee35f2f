// Generated from messages/ShareFetchRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareFetchRequest (request), versions 0. */
export interface ShareFetchRequest {
  /** The group identifier. Versions 0+, nullable in 0+. */
  groupId: string | null;
  /** The member ID. Versions 0+, nullable in 0+. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. Versions 0+. */
  shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. Versions 0+. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. Versions 0+. */
  minBytes: number;
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. Versions 0+. */
  maxBytes: number;
  /** The topics to fetch. Versions 0+. */
  topics: ShareFetchRequestFetchTopic[];
  /** The partitions to remove from this share session. Versions 0+. */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
}

export interface ShareFetchRequestFetchTopic {
  /** The unique topic ID. Versions 0+. */
  topicId: string;
  /** The partitions to fetch. Versions 0+. */
  partitions: ShareFetchRequestFetchPartition[];
}

export interface ShareFetchRequestFetchPartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. Versions 0+. */
  partitionMaxBytes: number;
  /** Record batches to acknowledge. Versions 0+. */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
}

export interface ShareFetchRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. Versions 0+. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. Versions 0+. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. Versions 0+. */
  acknowledgeTypes: number[];
}

export interface ShareFetchRequestForgottenTopic {
  /** The unique topic ID. Versions 0+. */
  topicId: string;
  /** The partitions indexes to forget. Versions 0+. */
  partitions: number[];
}

export function decodeShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareFetchRequest', version });
  }
  try {
    return readShareFetchRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareFetchRequest', version);
  }
}

export function encodeShareFetchRequest(w: Writer, v: ShareFetchRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareFetchRequest has no version ${version} (valid: 0)`);
  }
  writeShareFetchRequest(w, v, version);
}

function readShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  let f = 'groupId';
  try {
    const groupId: string | null = r.compactNullableString();
    f = 'memberId';
    const memberId: string | null = r.compactNullableString();
    f = 'shareSessionEpoch';
    const shareSessionEpoch: number = r.int32();
    f = 'maxWaitMs';
    const maxWaitMs: number = r.int32();
    f = 'minBytes';
    const minBytes: number = r.int32();
    f = 'maxBytes';
    const maxBytes: number = r.int32();
    f = 'topics';
    let topics: ShareFetchRequestFetchTopic[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareFetchRequestFetchTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readShareFetchRequestFetchTopic(r, version));
        topics = a;
      }
    }
    f = 'forgottenTopicsData';
    let forgottenTopicsData: ShareFetchRequestForgottenTopic[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareFetchRequestForgottenTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readShareFetchRequestForgottenTopic(r, version));
        forgottenTopicsData = a;
      }
    }
    r.skipTaggedFields();
    return { groupId, memberId, shareSessionEpoch, maxWaitMs, minBytes, maxBytes, topics, forgottenTopicsData };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareFetchRequestFetchTopic(r: Reader, version: number): ShareFetchRequestFetchTopic {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: ShareFetchRequestFetchPartition[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareFetchRequestFetchPartition[] = [];
        for (let i = 0; i < n; i++) a.push(readShareFetchRequestFetchPartition(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareFetchRequestFetchPartition(r: Reader, version: number): ShareFetchRequestFetchPartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'partitionMaxBytes';
    const partitionMaxBytes: number = r.int32();
    f = 'acknowledgementBatches';
    let acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareFetchRequestAcknowledgementBatch[] = [];
        for (let i = 0; i < n; i++) a.push(readShareFetchRequestAcknowledgementBatch(r, version));
        acknowledgementBatches = a;
      }
    }
    r.skipTaggedFields();
    return { partitionIndex, partitionMaxBytes, acknowledgementBatches };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareFetchRequestAcknowledgementBatch(r: Reader, version: number): ShareFetchRequestAcknowledgementBatch {
  let f = 'firstOffset';
  try {
    const firstOffset: bigint = r.int64();
    f = 'lastOffset';
    const lastOffset: bigint = r.int64();
    f = 'acknowledgeTypes';
    let acknowledgeTypes: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int8());
        acknowledgeTypes = a;
      }
    }
    r.skipTaggedFields();
    return { firstOffset, lastOffset, acknowledgeTypes };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareFetchRequestForgottenTopic(r: Reader, version: number): ShareFetchRequestForgottenTopic {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareFetchRequest(w: Writer, v: ShareFetchRequest, version: number): void {
  w.compactNullableString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.shareSessionEpoch);
  w.int32(v.maxWaitMs);
  w.int32(v.minBytes);
  w.int32(v.maxBytes);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeShareFetchRequestFetchTopic(w, e, version);
  }
  {
    w.arrayLength(v.forgottenTopicsData.length, true);
    for (const e of v.forgottenTopicsData) writeShareFetchRequestForgottenTopic(w, e, version);
  }
  w.uvarint(0);
}

function writeShareFetchRequestFetchTopic(w: Writer, v: ShareFetchRequestFetchTopic, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeShareFetchRequestFetchPartition(w, e, version);
  }
  w.uvarint(0);
}

function writeShareFetchRequestFetchPartition(w: Writer, v: ShareFetchRequestFetchPartition, version: number): void {
  w.int32(v.partitionIndex);
  w.int32(v.partitionMaxBytes);
  {
    w.arrayLength(v.acknowledgementBatches.length, true);
    for (const e of v.acknowledgementBatches) writeShareFetchRequestAcknowledgementBatch(w, e, version);
  }
  w.uvarint(0);
}

function writeShareFetchRequestAcknowledgementBatch(w: Writer, v: ShareFetchRequestAcknowledgementBatch, version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  {
    w.arrayLength(v.acknowledgeTypes.length, true);
    for (const e of v.acknowledgeTypes) w.int8(e);
  }
  w.uvarint(0);
}

function writeShareFetchRequestForgottenTopic(w: Writer, v: ShareFetchRequestForgottenTopic, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}
