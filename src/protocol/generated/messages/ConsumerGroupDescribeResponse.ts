// Generated from messages/ConsumerGroupDescribeResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupDescribeResponse (response), versions 0. */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** Each described group. Versions 0+. */
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
}

export interface ConsumerGroupDescribeResponseDescribedGroup {
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
  members: ConsumerGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions 0+. */
  authorizedOperations: number;
}

export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. Versions 0+. */
  memberId: string;
  /** The member instance ID. Versions 0+, nullable in 0+. */
  instanceId: string | null;
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
  /** the subscribed topic regex otherwise or null of not provided. Versions 0+, nullable in 0+. */
  subscribedTopicRegex: string | null;
  /** The current assignment. Versions 0+. */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /** The target assignment. Versions 0+. */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
}

export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. Versions 0+. */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
}

export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. Versions 0+. */
  topicId: string;
  /** The topic name. Versions 0+. */
  topicName: string;
  /** The partitions. Versions 0+. */
  partitions: number[];
}

export function decodeConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConsumerGroupDescribeResponse', version });
  }
  try {
    return readConsumerGroupDescribeResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupDescribeResponse', version);
  }
}

export function encodeConsumerGroupDescribeResponse(w: Writer, v: ConsumerGroupDescribeResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConsumerGroupDescribeResponse has no version ${version} (valid: 0)`);
  }
  writeConsumerGroupDescribeResponse(w, v, version);
}

function readConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'groups';
    let groups: ConsumerGroupDescribeResponseDescribedGroup[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupDescribeResponseDescribedGroup[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupDescribeResponseDescribedGroup(r, version));
        groups = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, groups };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupDescribeResponseDescribedGroup(r: Reader, version: number): ConsumerGroupDescribeResponseDescribedGroup {
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
    let members: ConsumerGroupDescribeResponseMember[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupDescribeResponseMember[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupDescribeResponseMember(r, version));
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

function readConsumerGroupDescribeResponseMember(r: Reader, version: number): ConsumerGroupDescribeResponseMember {
  let f = 'memberId';
  try {
    const memberId: string = r.compactString();
    f = 'instanceId';
    const instanceId: string | null = r.compactNullableString();
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
    f = 'subscribedTopicRegex';
    const subscribedTopicRegex: string | null = r.compactNullableString();
    f = 'assignment';
    const assignment: ConsumerGroupDescribeResponseAssignment = readConsumerGroupDescribeResponseAssignment(r, version);
    f = 'targetAssignment';
    const targetAssignment: ConsumerGroupDescribeResponseAssignment = readConsumerGroupDescribeResponseAssignment(r, version);
    r.skipTaggedFields();
    return { memberId, instanceId, rackId, memberEpoch, clientId, clientHost, subscribedTopicNames, subscribedTopicRegex, assignment, targetAssignment };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupDescribeResponseAssignment(r: Reader, version: number): ConsumerGroupDescribeResponseAssignment {
  let f = 'topicPartitions';
  try {
    let topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupDescribeResponseTopicPartitions[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupDescribeResponseTopicPartitions(r, version));
        topicPartitions = a;
      }
    }
    r.skipTaggedFields();
    return { topicPartitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupDescribeResponseTopicPartitions(r: Reader, version: number): ConsumerGroupDescribeResponseTopicPartitions {
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

function writeConsumerGroupDescribeResponse(w: Writer, v: ConsumerGroupDescribeResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.groups.length, true);
    for (const e of v.groups) writeConsumerGroupDescribeResponseDescribedGroup(w, e, version);
  }
  w.uvarint(0);
}

function writeConsumerGroupDescribeResponseDescribedGroup(w: Writer, v: ConsumerGroupDescribeResponseDescribedGroup, version: number): void {
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.compactString(v.groupId);
  w.compactString(v.groupState);
  w.int32(v.groupEpoch);
  w.int32(v.assignmentEpoch);
  w.compactString(v.assignorName);
  {
    w.arrayLength(v.members.length, true);
    for (const e of v.members) writeConsumerGroupDescribeResponseMember(w, e, version);
  }
  w.int32(v.authorizedOperations);
  w.uvarint(0);
}

function writeConsumerGroupDescribeResponseMember(w: Writer, v: ConsumerGroupDescribeResponseMember, version: number): void {
  w.compactString(v.memberId);
  w.compactNullableString(v.instanceId);
  w.compactNullableString(v.rackId);
  w.int32(v.memberEpoch);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  {
    w.arrayLength(v.subscribedTopicNames.length, true);
    for (const e of v.subscribedTopicNames) w.compactString(e);
  }
  w.compactNullableString(v.subscribedTopicRegex);
  writeConsumerGroupDescribeResponseAssignment(w, v.assignment, version);
  writeConsumerGroupDescribeResponseAssignment(w, v.targetAssignment, version);
  w.uvarint(0);
}

function writeConsumerGroupDescribeResponseAssignment(w: Writer, v: ConsumerGroupDescribeResponseAssignment, version: number): void {
  {
    w.arrayLength(v.topicPartitions.length, true);
    for (const e of v.topicPartitions) writeConsumerGroupDescribeResponseTopicPartitions(w, e, version);
  }
  w.uvarint(0);
}

function writeConsumerGroupDescribeResponseTopicPartitions(w: Writer, v: ConsumerGroupDescribeResponseTopicPartitions, version: number): void {
  w.uuid(v.topicId);
  w.compactString(v.topicName);
  {
    w.arrayLength(v.partitions.length, true);
    for (const e of v.partitions) w.int32(e);
  }
  w.uvarint(0);
}
