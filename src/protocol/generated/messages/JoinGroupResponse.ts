// Generated from messages/JoinGroupResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** JoinGroupResponse (response), versions 0-9. */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The generation ID of the group. Versions 0+. */
  generationId: number;
  /** The group protocol name. Versions 7+, nullable in 7+. */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. Versions 0+, nullable in 7+. */
  protocolName: string | null;
  /** The leader of the group. Versions 0+. */
  leader: string;
  /** True if the leader must skip running the assignment. Versions 9+. */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. Versions 0+. */
  memberId: string;
  /** Versions 0+. */
  members: JoinGroupResponseJoinGroupResponseMember[];
}

export interface JoinGroupResponseJoinGroupResponseMember {
  /** The group member ID. Versions 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 5+, nullable in 5+. */
  groupInstanceId: string | null;
  /** The group member metadata. Versions 0+. */
  metadata: Buffer;
}

export function decodeJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-9)`, { api: 'JoinGroupResponse', version });
  }
  try {
    return readJoinGroupResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'JoinGroupResponse', version);
  }
}

export function encodeJoinGroupResponse(w: Writer, v: JoinGroupResponse, version: number): void {
  if (!(version >= 0 && version <= 9)) {
    throw new UnsupportedVersionError(`JoinGroupResponse has no version ${version} (valid: 0-9)`);
  }
  writeJoinGroupResponse(w, v, version);
}

function readJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 2) {
      throttleTimeMs = r.int32();
    }
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'generationId';
    const generationId: number = r.int32();
    f = 'protocolType';
    let protocolType: string | null = null;
    if (version >= 7) {
      protocolType = r.compactNullableString();
    }
    f = 'protocolName';
    const protocolName: string | null = (version >= 6 ? (version >= 7 ? r.compactNullableString() : r.compactString()) : (version >= 7 ? r.nullableString() : r.string()));
    f = 'leader';
    const leader: string = (version >= 6 ? r.compactString() : r.string());
    f = 'skipAssignment';
    let skipAssignment: boolean = false;
    if (version >= 9) {
      skipAssignment = r.bool();
    }
    f = 'memberId';
    const memberId: string = (version >= 6 ? r.compactString() : r.string());
    f = 'members';
    let members: JoinGroupResponseJoinGroupResponseMember[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: JoinGroupResponseJoinGroupResponseMember[] = [];
        for (let i = 0; i < n; i++) a.push(readJoinGroupResponseJoinGroupResponseMember(r, version));
        members = a;
      }
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, generationId, protocolType, protocolName, leader, skipAssignment, memberId, members };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readJoinGroupResponseJoinGroupResponseMember(r: Reader, version: number): JoinGroupResponseJoinGroupResponseMember {
  let f = 'memberId';
  try {
    const memberId: string = (version >= 6 ? r.compactString() : r.string());
    f = 'groupInstanceId';
    let groupInstanceId: string | null = null;
    if (version >= 5) {
      groupInstanceId = (version >= 6 ? r.compactNullableString() : r.nullableString());
    }
    f = 'metadata';
    const metadata: Buffer = (version >= 6 ? r.compactBytes() : r.bytes());
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { memberId, groupInstanceId, metadata };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeJoinGroupResponse(w: Writer, v: JoinGroupResponse, version: number): void {
  if (version >= 2) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  w.int32(v.generationId);
  if (version >= 7) {
    w.compactNullableString(v.protocolType);
  }
  if (v.protocolName === null && !(version >= 7)) throw new UnsupportedVersionError(`JoinGroupResponse v${version} cannot express null in field protocolName`);
  if (version >= 6) w.compactNullableString(v.protocolName); else w.nullableString(v.protocolName);
  if (version >= 6) w.compactString(v.leader); else w.string(v.leader);
  if (version >= 9) {
    w.bool(v.skipAssignment);
  }
  if (!(version >= 9) && !(v.skipAssignment === false)) throw new UnsupportedVersionError(`JoinGroupResponse v${version} cannot express a non-default value in field skipAssignment`);
  if (version >= 6) w.compactString(v.memberId); else w.string(v.memberId);
  {
    w.arrayLength(v.members.length, version >= 6);
    for (const e of v.members) writeJoinGroupResponseJoinGroupResponseMember(w, e, version);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeJoinGroupResponseJoinGroupResponseMember(w: Writer, v: JoinGroupResponseJoinGroupResponseMember, version: number): void {
  if (version >= 6) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 5) {
    if (version >= 6) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  }
  if (version >= 6) w.compactBytes(v.metadata); else w.bytes(v.metadata);
  if (version >= 6) {
    w.uvarint(0);
  }
}
