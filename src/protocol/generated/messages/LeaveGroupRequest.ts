// Generated from messages/LeaveGroupRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** LeaveGroupRequest (request), versions 0-5. */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. Versions 0+. */
  groupId: string;
  /** The member ID to remove from the group. Versions 0-2. */
  memberId: string;
  /** List of leaving member identities. Versions 3+. */
  members: LeaveGroupRequestMemberIdentity[];
}

export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. Versions 3+. */
  memberId: string;
  /** The group instance ID to remove from the group. Versions 3+, nullable in 3+. */
  groupInstanceId: string | null;
  /** The reason why the member left the group. Versions 5+, nullable in 5+. */
  reason: string | null;
}

export function decodeLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'LeaveGroupRequest', version });
  }
  try {
    return readLeaveGroupRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'LeaveGroupRequest', version);
  }
}

export function encodeLeaveGroupRequest(w: Writer, v: LeaveGroupRequest, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`LeaveGroupRequest has no version ${version} (valid: 0-5)`);
  }
  writeLeaveGroupRequest(w, v, version);
}

function readLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  let f = 'groupId';
  try {
    const groupId: string = (version >= 4 ? r.compactString() : r.string());
    f = 'memberId';
    let memberId: string = "";
    if (version <= 2) {
      memberId = r.string();
    }
    f = 'members';
    let members: LeaveGroupRequestMemberIdentity[] = [];
    if (version >= 3) {
      {
        const n = r.arrayLength(version >= 4);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: LeaveGroupRequestMemberIdentity[] = [];
          for (let i = 0; i < n; i++) a.push(readLeaveGroupRequestMemberIdentity(r, version));
          members = a;
        }
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { groupId, memberId, members };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readLeaveGroupRequestMemberIdentity(r: Reader, version: number): LeaveGroupRequestMemberIdentity {
  let f = 'memberId';
  try {
    const memberId: string = (version >= 4 ? r.compactString() : r.string());
    f = 'groupInstanceId';
    const groupInstanceId: string | null = (version >= 4 ? r.compactNullableString() : r.nullableString());
    f = 'reason';
    let reason: string | null = null;
    if (version >= 5) {
      reason = r.compactNullableString();
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { memberId, groupInstanceId, reason };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeLeaveGroupRequest(w: Writer, v: LeaveGroupRequest, version: number): void {
  if (version >= 4) w.compactString(v.groupId); else w.string(v.groupId);
  if (version <= 2) {
    w.string(v.memberId);
  }
  if (!(version <= 2) && !(v.memberId === "")) throw new UnsupportedVersionError(`LeaveGroupRequest v${version} cannot express a non-default value in field memberId`);
  if (version >= 3) {
    {
      w.arrayLength(v.members.length, version >= 4);
      for (const e of v.members) writeLeaveGroupRequestMemberIdentity(w, e, version);
    }
  }
  if (!(version >= 3) && !(v.members.length === 0)) throw new UnsupportedVersionError(`LeaveGroupRequest v${version} cannot express a non-default value in field members`);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaveGroupRequestMemberIdentity(w: Writer, v: LeaveGroupRequestMemberIdentity, version: number): void {
  if (version >= 4) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 4) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  if (version >= 5) {
    w.compactNullableString(v.reason);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}
