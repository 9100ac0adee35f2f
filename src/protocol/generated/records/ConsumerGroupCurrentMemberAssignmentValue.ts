// Generated from records/ConsumerGroupCurrentMemberAssignmentValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupCurrentMemberAssignmentValue (data), versions 0. */
export interface ConsumerGroupCurrentMemberAssignmentValue {
  /** The current member epoch that is expected from the member in the heartbeat request. Versions 0+. */
  memberEpoch: number;
  /** If the last epoch bump is lost before reaching the member, the member will retry with the previous epoch. Versions 0+. */
  previousMemberEpoch: number;
  /** The member state. See MemberState for the possible values. Versions 0+. */
  state: number;
  /** The partitions assigned to (or owned by) this member. Versions 0+. */
  assignedPartitions: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
  /** The partitions that must be revoked by this member. Versions 0+. */
  partitionsPendingRevocation: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
}

export interface ConsumerGroupCurrentMemberAssignmentValueTopicPartitions {
  /** The topic Id. Versions 0+. */
  topicId: string;
  /** The partition Ids. Versions 0+. */
  partitions: number[];
}

export function decodeConsumerGroupCurrentMemberAssignmentValue(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConsumerGroupCurrentMemberAssignmentValue', version });
  }
  try {
    return readConsumerGroupCurrentMemberAssignmentValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupCurrentMemberAssignmentValue', version);
  }
}

export function encodeConsumerGroupCurrentMemberAssignmentValue(w: Writer, v: ConsumerGroupCurrentMemberAssignmentValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConsumerGroupCurrentMemberAssignmentValue has no version ${version} (valid: 0)`);
  }
  writeConsumerGroupCurrentMemberAssignmentValue(w, v, version);
}

function readConsumerGroupCurrentMemberAssignmentValue(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValue {
  let f = 'memberEpoch';
  try {
    const memberEpoch: number = r.int32();
    f = 'previousMemberEpoch';
    const previousMemberEpoch: number = r.int32();
    f = 'state';
    const state: number = r.int8();
    f = 'assignedPartitions';
    let assignedPartitions: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupCurrentMemberAssignmentValueTopicPartitions(r, version));
        assignedPartitions = a;
      }
    }
    f = 'partitionsPendingRevocation';
    let partitionsPendingRevocation: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupCurrentMemberAssignmentValueTopicPartitions(r, version));
        partitionsPendingRevocation = a;
      }
    }
    r.skipTaggedFields();
    return { memberEpoch, previousMemberEpoch, state, assignedPartitions, partitionsPendingRevocation };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupCurrentMemberAssignmentValueTopicPartitions(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentValueTopicPartitions {
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

function writeConsumerGroupCurrentMemberAssignmentValue(w: Writer, v: ConsumerGroupCurrentMemberAssignmentValue, version: number): void {
  w.int32(v.memberEpoch);
  w.int32(v.previousMemberEpoch);
  w.int8(v.state);
  {
    w.arrayLength(v.assignedPartitions.length, true);
    for (const e of v.assignedPartitions) writeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(w, e, version);
  }
  {
    w.arrayLength(v.partitionsPendingRevocation.length, true);
    for (const e of v.partitionsPendingRevocation) writeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(w, e, version);
  }
  w.uvarint(0);
}

function writeConsumerGroupCurrentMemberAssignmentValueTopicPartitions(w: Writer, v: ConsumerGroupCurrentMemberAssignmentValueTopicPartitions, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}
