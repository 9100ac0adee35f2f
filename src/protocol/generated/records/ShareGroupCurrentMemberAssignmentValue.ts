// Generated from records/ShareGroupCurrentMemberAssignmentValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupCurrentMemberAssignmentValue (data), versions 0. */
export interface ShareGroupCurrentMemberAssignmentValue {
  /** The current member epoch that is expected from the member in the heartbeat request. Versions 0+. */
  memberEpoch: number;
  /** If the last epoch bump is lost before reaching the member, the member will retry with the previous epoch. Versions 0+. */
  previousMemberEpoch: number;
  /** The member state. See MemberState for the possible values. Versions 0+. */
  state: number;
  /** The partitions assigned to (or owned by) this member. Versions 0+. */
  assignedPartitions: ShareGroupCurrentMemberAssignmentValueTopicPartitions[];
}

export interface ShareGroupCurrentMemberAssignmentValueTopicPartitions {
  /** The topic Id. Versions 0+. */
  topicId: string;
  /** The partition Ids. Versions 0+. */
  partitions: number[];
}

export function decodeShareGroupCurrentMemberAssignmentValue(r: Reader, version: number): ShareGroupCurrentMemberAssignmentValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupCurrentMemberAssignmentValue', version });
  }
  try {
    return readShareGroupCurrentMemberAssignmentValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupCurrentMemberAssignmentValue', version);
  }
}

export function encodeShareGroupCurrentMemberAssignmentValue(w: Writer, v: ShareGroupCurrentMemberAssignmentValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupCurrentMemberAssignmentValue has no version ${version} (valid: 0)`);
  }
  writeShareGroupCurrentMemberAssignmentValue(w, v, version);
}

function readShareGroupCurrentMemberAssignmentValue(r: Reader, version: number): ShareGroupCurrentMemberAssignmentValue {
  let f = 'memberEpoch';
  try {
    const memberEpoch: number = r.int32();
    f = 'previousMemberEpoch';
    const previousMemberEpoch: number = r.int32();
    f = 'state';
    const state: number = r.int8();
    f = 'assignedPartitions';
    let assignedPartitions: ShareGroupCurrentMemberAssignmentValueTopicPartitions[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupCurrentMemberAssignmentValueTopicPartitions[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupCurrentMemberAssignmentValueTopicPartitions(r, version));
        assignedPartitions = a;
      }
    }
    r.skipTaggedFields();
    return { memberEpoch, previousMemberEpoch, state, assignedPartitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupCurrentMemberAssignmentValueTopicPartitions(r: Reader, version: number): ShareGroupCurrentMemberAssignmentValueTopicPartitions {
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

function writeShareGroupCurrentMemberAssignmentValue(w: Writer, v: ShareGroupCurrentMemberAssignmentValue, version: number): void {
  w.int32(v.memberEpoch);
  w.int32(v.previousMemberEpoch);
  w.int8(v.state);
  {
    w.arrayLength(v.assignedPartitions.length, true);
    for (const e of v.assignedPartitions) writeShareGroupCurrentMemberAssignmentValueTopicPartitions(w, e, version);
  }
  w.uvarint(0);
}

function writeShareGroupCurrentMemberAssignmentValueTopicPartitions(w: Writer, v: ShareGroupCurrentMemberAssignmentValueTopicPartitions, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}
