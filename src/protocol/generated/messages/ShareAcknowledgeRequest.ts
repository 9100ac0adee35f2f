// Generated from messages/ShareAcknowledgeRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareAcknowledgeRequest (request), versions 0. */
export interface ShareAcknowledgeRequest {
  /** The group identifier. Versions 0+, nullable in 0+. */
  groupId: string | null;
  /** The member ID. Versions 0+, nullable in 0+. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. Versions 0+. */
  shareSessionEpoch: number;
  /** The topics containing records to acknowledge. Versions 0+. */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
}

export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** The unique topic ID. Versions 0+. */
  topicId: string;
  /** The partitions containing records to acknowledge. Versions 0+. */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
}

export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** Record batches to acknowledge. Versions 0+. */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
}

export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. Versions 0+. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. Versions 0+. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. Versions 0+. */
  acknowledgeTypes: number[];
}

export function decodeShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareAcknowledgeRequest', version });
  }
  try {
    return readShareAcknowledgeRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareAcknowledgeRequest', version);
  }
}

export function encodeShareAcknowledgeRequest(w: Writer, v: ShareAcknowledgeRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareAcknowledgeRequest has no version ${version} (valid: 0)`);
  }
  writeShareAcknowledgeRequest(w, v, version);
}

function readShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  let f = 'groupId';
  try {
    const groupId: string | null = r.compactNullableString();
    f = 'memberId';
    const memberId: string | null = r.compactNullableString();
    f = 'shareSessionEpoch';
    const shareSessionEpoch: number = r.int32();
    f = 'topics';
    let topics: ShareAcknowledgeRequestAcknowledgeTopic[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareAcknowledgeRequestAcknowledgeTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readShareAcknowledgeRequestAcknowledgeTopic(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { groupId, memberId, shareSessionEpoch, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareAcknowledgeRequestAcknowledgeTopic(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgeTopic {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitions';
    let partitions: ShareAcknowledgeRequestAcknowledgePartition[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareAcknowledgeRequestAcknowledgePartition[] = [];
        for (let i = 0; i < n; i++) a.push(readShareAcknowledgeRequestAcknowledgePartition(r, version));
        partitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareAcknowledgeRequestAcknowledgePartition(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgePartition {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'acknowledgementBatches';
    let acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareAcknowledgeRequestAcknowledgementBatch[] = [];
        for (let i = 0; i < n; i++) a.push(readShareAcknowledgeRequestAcknowledgementBatch(r, version));
        acknowledgementBatches = a;
      }
    }
    r.skipTaggedFields();
    return { partitionIndex, acknowledgementBatches };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareAcknowledgeRequestAcknowledgementBatch(r: Reader, version: number): ShareAcknowledgeRequestAcknowledgementBatch {
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

function writeShareAcknowledgeRequest(w: Writer, v: ShareAcknowledgeRequest, version: number): void {
  w.compactNullableString(v.groupId);
  w.compactNullableString(v.memberId);
  w.int32(v.shareSessionEpoch);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeShareAcknowledgeRequestAcknowledgeTopic(w, e, version);
  }
  w.uvarint(0);
}

function writeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, v: ShareAcknowledgeRequestAcknowledgeTopic, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) writeShareAcknowledgeRequestAcknowledgePartition(w, e, version);
  }
  w.uvarint(0);
}

function writeShareAcknowledgeRequestAcknowledgePartition(w: Writer, v: ShareAcknowledgeRequestAcknowledgePartition, version: number): void {
  w.int32(v.partitionIndex);
  {
    w.arrayLength(v.acknowledgementBatches.length, true);
    for (const e of v.acknowledgementBatches) writeShareAcknowledgeRequestAcknowledgementBatch(w, e, version);
  }
  w.uvarint(0);
}

function writeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, v: ShareAcknowledgeRequestAcknowledgementBatch, version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  {
    w.arrayLength(v.acknowledgeTypes.length, true);
    for (const e of v.acknowledgeTypes) w.int8(e);
  }
  w.uvarint(0);
}
