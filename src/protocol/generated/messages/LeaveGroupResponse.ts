// Generated from messages/LeaveGroupResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** LeaveGroupResponse (response), versions 0-5. */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** List of leaving member responses. Versions 3+. */
  members: LeaveGroupResponseMemberResponse[];
}

export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. Versions 3+. */
  memberId: string;
  /** The group instance ID to remove from the group. Versions 3+, nullable in 3+. */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. Versions 3+. */
  errorCode: number;
}

export function decodeLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'LeaveGroupResponse', version });
  }
  try {
    return readLeaveGroupResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'LeaveGroupResponse', version);
  }
}

export function encodeLeaveGroupResponse(w: Writer, v: LeaveGroupResponse, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`LeaveGroupResponse has no version ${version} (valid: 0-5)`);
  }
  writeLeaveGroupResponse(w, v, version);
}

function readLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'members';
    let members: LeaveGroupResponseMemberResponse[] = [];
    if (version >= 3) {
      {
        const n = r.arrayLength(version >= 4);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: LeaveGroupResponseMemberResponse[] = [];
          for (let i = 0; i < n; i++) a.push(readLeaveGroupResponseMemberResponse(r, version));
          members = a;
        }
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, members };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readLeaveGroupResponseMemberResponse(r: Reader, version: number): LeaveGroupResponseMemberResponse {
  let f = 'memberId';
  try {
    const memberId: string = (version >= 4 ? r.compactString() : r.string());
    f = 'groupInstanceId';
    const groupInstanceId: string | null = (version >= 4 ? r.compactNullableString() : r.nullableString());
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { memberId, groupInstanceId, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeLeaveGroupResponse(w: Writer, v: LeaveGroupResponse, version: number): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  if (version >= 3) {
    {
      w.arrayLength(v.members.length, version >= 4);
      for (const e of v.members) writeLeaveGroupResponseMemberResponse(w, e, version);
    }
  }
  if (!(version >= 3) && !(v.members.length === 0)) throw new UnsupportedVersionError(`LeaveGroupResponse v${version} cannot express a non-default value in field members`);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaveGroupResponseMemberResponse(w: Writer, v: LeaveGroupResponseMemberResponse, version: number): void {
  if (version >= 4) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 4) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  w.int16(v.errorCode);
  if (version >= 4) {
    w.uvarint(0);
  }
}
