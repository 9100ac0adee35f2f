// Generated from messages/DescribeGroupsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeGroupsResponse (response), versions 0-5. */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** Each described group. Versions 0+. */
  groups: DescribeGroupsResponseDescribedGroup[];
}

export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The group ID string. Versions 0+. */
  groupId: string;
  /** The group state string, or the empty string. Versions 0+. */
  groupState: string;
  /** The group protocol type, or the empty string. Versions 0+. */
  protocolType: string;
  /** The group protocol data, or the empty string. Versions 0+. */
  protocolData: string;
  /** The group members. Versions 0+. */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions 3+. */
  authorizedOperations: number;
}

export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member ID assigned by the group coordinator. Versions 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 4+, nullable in 4+. */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. Versions 0+. */
  clientId: string;
  /** The client host. Versions 0+. */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. Versions 0+. */
  memberMetadata: Buffer;
  /** The current assignment provided by the group leader. Versions 0+. */
  memberAssignment: Buffer;
}

export function decodeDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'DescribeGroupsResponse', version });
  }
  try {
    return readDescribeGroupsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeGroupsResponse', version);
  }
}

export function encodeDescribeGroupsResponse(w: Writer, v: DescribeGroupsResponse, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`DescribeGroupsResponse has no version ${version} (valid: 0-5)`);
  }
  writeDescribeGroupsResponse(w, v, version);
}

function readDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    f = 'groups';
    let groups: DescribeGroupsResponseDescribedGroup[];
    {
      const n = r.arrayLength(version >= 5);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeGroupsResponseDescribedGroup[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeGroupsResponseDescribedGroup(r, version));
        groups = a;
      }
    }
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, groups };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeGroupsResponseDescribedGroup(r: Reader, version: number): DescribeGroupsResponseDescribedGroup {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'groupId';
    const groupId: string = (version >= 5 ? r.compactString() : r.string());
    f = 'groupState';
    const groupState: string = (version >= 5 ? r.compactString() : r.string());
    f = 'protocolType';
    const protocolType: string = (version >= 5 ? r.compactString() : r.string());
    f = 'protocolData';
    const protocolData: string = (version >= 5 ? r.compactString() : r.string());
    f = 'members';
    let members: DescribeGroupsResponseDescribedGroupMember[];
    {
      const n = r.arrayLength(version >= 5);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeGroupsResponseDescribedGroupMember[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeGroupsResponseDescribedGroupMember(r, version));
        members = a;
      }
    }
    f = 'authorizedOperations';
    let authorizedOperations: number = -2147483648;
    if (version >= 3) {
      authorizedOperations = r.int32();
    }
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { errorCode, groupId, groupState, protocolType, protocolData, members, authorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeGroupsResponseDescribedGroupMember(r: Reader, version: number): DescribeGroupsResponseDescribedGroupMember {
  let f = 'memberId';
  try {
    const memberId: string = (version >= 5 ? r.compactString() : r.string());
    f = 'groupInstanceId';
    let groupInstanceId: string | null = null;
    if (version >= 4) {
      groupInstanceId = (version >= 5 ? r.compactNullableString() : r.nullableString());
    }
    f = 'clientId';
    const clientId: string = (version >= 5 ? r.compactString() : r.string());
    f = 'clientHost';
    const clientHost: string = (version >= 5 ? r.compactString() : r.string());
    f = 'memberMetadata';
    const memberMetadata: Buffer = (version >= 5 ? r.compactBytes() : r.bytes());
    f = 'memberAssignment';
    const memberAssignment: Buffer = (version >= 5 ? r.compactBytes() : r.bytes());
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { memberId, groupInstanceId, clientId, clientHost, memberMetadata, memberAssignment };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeGroupsResponse(w: Writer, v: DescribeGroupsResponse, version: number): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  {
    w.arrayLength(v.groups.length, version >= 5);
    for (const e of v.groups) writeDescribeGroupsResponseDescribedGroup(w, e, version);
  }
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeDescribeGroupsResponseDescribedGroup(w: Writer, v: DescribeGroupsResponseDescribedGroup, version: number): void {
  w.int16(v.errorCode);
  if (version >= 5) w.compactString(v.groupId); else w.string(v.groupId);
  if (version >= 5) w.compactString(v.groupState); else w.string(v.groupState);
  if (version >= 5) w.compactString(v.protocolType); else w.string(v.protocolType);
  if (version >= 5) w.compactString(v.protocolData); else w.string(v.protocolData);
  {
    w.arrayLength(v.members.length, version >= 5);
    for (const e of v.members) writeDescribeGroupsResponseDescribedGroupMember(w, e, version);
  }
  if (version >= 3) {
    w.int32(v.authorizedOperations);
  }
  if (!(version >= 3) && !(v.authorizedOperations === -2147483648)) throw new UnsupportedVersionError(`DescribeGroupsResponse v${version} cannot express a non-default value in field DescribeGroupsResponseDescribedGroup.authorizedOperations`);
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeDescribeGroupsResponseDescribedGroupMember(w: Writer, v: DescribeGroupsResponseDescribedGroupMember, version: number): void {
  if (version >= 5) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 4) {
    if (version >= 5) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  }
  if (version >= 5) w.compactString(v.clientId); else w.string(v.clientId);
  if (version >= 5) w.compactString(v.clientHost); else w.string(v.clientHost);
  if (version >= 5) w.compactBytes(v.memberMetadata); else w.bytes(v.memberMetadata);
  if (version >= 5) w.compactBytes(v.memberAssignment); else w.bytes(v.memberAssignment);
  if (version >= 5) {
    w.uvarint(0);
  }
}
