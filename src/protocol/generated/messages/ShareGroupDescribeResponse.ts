// Generated from messages/ShareGroupDescribeResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupDescribeResponse (response), versions 0. */
export interface ShareGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** Each described group. Versions 0+. */
  groups: ShareGroupDescribeResponseDescribedGroup[];
}

export interface ShareGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The group ID string. Versions 0+. */
  groupId: string;
  /** The group state string, or the empty string. Versions 0+. */
  groupState: string;
  /** The group epoch. Versions 0+. */
  groupEpoch: number;
  /** The assignment epoch. Versions 0+. */
  assignmentEpoch: number;
  /** The selected assignor. Versions 0+. */
  assignorName: string;
  /** The members. Versions 0+. */
  members: ShareGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions 0+. */
  authorizedOperations: number;
}

export interface ShareGroupDescribeResponseMember {
  /** The member ID. Versions 0+. */
  memberId: string;
  /** The member rack ID. Versions 0+, nullable in 0+. */
  rackId: string | null;
  /** The current member epoch. Versions 0+. */
  memberEpoch: number;
  /** The client ID. Versions 0+. */
  clientId: string;
  /** The client host. Versions 0+. */
  clientHost: string;
  /** The subscribed topic names. Versions 0+. */
  subscribedTopicNames: string[];
  /** The current assignment. Versions 0+. */
  assignment: ShareGroupDescribeResponseAssignment;
}

export interface ShareGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. Versions 0+. */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
}

export interface ShareGroupDescribeResponseTopicPartitions {
  /** The topic ID. Versions 0+. */
  topicId: string;
  /** The topic name. Versions 0+. */
  topicName: string;
  /** The partitions. Versions 0+. */
  partitions: number[];
}

export function decodeShareGroupDescribeResponse(r: Reader, version: number): ShareGroupDescribeResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupDescribeResponse', version });
  }
  try {
    return readShareGroupDescribeResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupDescribeResponse', version);
  }
}

export function encodeShareGroupDescribeResponse(w: Writer, v: ShareGroupDescribeResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupDescribeResponse has no version ${version} (valid: 0)`);
  }
  writeShareGroupDescribeResponse(w, v, version);
}

function readShareGroupDescribeResponse(r: Reader, version: number): ShareGroupDescribeResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'groups';
    let groups: ShareGroupDescribeResponseDescribedGroup[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupDescribeResponseDescribedGroup[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupDescribeResponseDescribedGroup(r, version));
        groups = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, groups };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupDescribeResponseDescribedGroup(r: Reader, version: number): ShareGroupDescribeResponseDescribedGroup {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'groupId';
    const groupId: string = r.compactString();
    f = 'groupState';
    const groupState: string = r.compactString();
    f = 'groupEpoch';
    const groupEpoch: number = r.int32();
    f = 'assignmentEpoch';
    const assignmentEpoch: number = r.int32();
    f = 'assignorName';
    const assignorName: string = r.compactString();
    f = 'members';
    let members: ShareGroupDescribeResponseMember[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupDescribeResponseMember[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupDescribeResponseMember(r, version));
        members = a;
      }
    }
    f = 'authorizedOperations';
    const authorizedOperations: number = r.int32();
    r.skipTaggedFields();
    return { errorCode, errorMessage, groupId, groupState, groupEpoch, assignmentEpoch, assignorName, members, authorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupDescribeResponseMember(r: Reader, version: number): ShareGroupDescribeResponseMember {
  let f = 'memberId';
  try {
    const memberId: string = r.compactString();
    f = 'rackId';
    const rackId: string | null = r.compactNullableString();
    f = 'memberEpoch';
    const memberEpoch: number = r.int32();
    f = 'clientId';
    const clientId: string = r.compactString();
    f = 'clientHost';
    const clientHost: string = r.compactString();
    f = 'subscribedTopicNames';
    let subscribedTopicNames: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        subscribedTopicNames = a;
      }
    }
    f = 'assignment';
    const assignment: ShareGroupDescribeResponseAssignment = readShareGroupDescribeResponseAssignment(r, version);
    r.skipTaggedFields();
    return { memberId, rackId, memberEpoch, clientId, clientHost, subscribedTopicNames, assignment };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupDescribeResponseAssignment(r: Reader, version: number): ShareGroupDescribeResponseAssignment {
  let f = 'topicPartitions';
  try {
    let topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareGroupDescribeResponseTopicPartitions[] = [];
        for (let i = 0; i < n; i++) a.push(readShareGroupDescribeResponseTopicPartitions(r, version));
        topicPartitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicPartitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareGroupDescribeResponseTopicPartitions(r: Reader, version: number): ShareGroupDescribeResponseTopicPartitions {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'topicName';
    const topicName: string = r.compactString();
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
    return { topicId, topicName, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupDescribeResponse(w: Writer, v: ShareGroupDescribeResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.groups.length, true);
    for (const e of v.groups) writeShareGroupDescribeResponseDescribedGroup(w, e, version);
  }
  w.uvarint(0);
}

function writeShareGroupDescribeResponseDescribedGroup(w: Writer, v: ShareGroupDescribeResponseDescribedGroup, version: number): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.int32(v.groupEpoch);
  w.int32(v.assignmentEpoch);
  w.compactString(v.assignorName);
  {
    w.arrayLength(v.members.length, true);
    for (const e of v.members) writeShareGroupDescribeResponseMember(w, e, version);
  }
  w.int32(v.authorizedOperations);
  w.uvarint(0);
}

function writeShareGroupDescribeResponseMember(w: Writer, v: ShareGroupDescribeResponseMember, version: number): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.rackId);
  w.int32(v.memberEpoch);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  {
    w.arrayLength(v.subscribedTopicNames.length, true);
    for (const e of v.subscribedTopicNames) w.compactString(e);
  }
  writeShareGroupDescribeResponseAssignment(w, v.assignment, version);
  w.uvarint(0);
}

function writeShareGroupDescribeResponseAssignment(w: Writer, v: ShareGroupDescribeResponseAssignment, version: number): void {
  {
    w.arrayLength(v.topicPartitions.length, true);
    for (const e of v.topicPartitions) writeShareGroupDescribeResponseTopicPartitions(w, e, version);
  }
  w.uvarint(0);
}

function writeShareGroupDescribeResponseTopicPartitions(w: Writer, v: ShareGroupDescribeResponseTopicPartitions, version: number): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}
