// Generated from messages/SyncGroupRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** SyncGroupRequest (request), versions 0-5. */
export interface SyncGroupRequest {
  /** The unique group identifier. Versions 0+. */
  groupId: string;
  /** The generation of the group. Versions 0+. */
  generationId: number;
  /** The member ID assigned by the group. Versions 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 3+, nullable in 3+. */
  groupInstanceId: string | null;
  /** The group protocol type. Versions 5+, nullable in 5+. */
  protocolType: string | null;
  /** The group protocol name. Versions 5+, nullable in 5+. */
  protocolName: string | null;
  /** Each assignment. Versions 0+. */
  assignments: SyncGroupRequestSyncGroupRequestAssignment[];
}

export interface SyncGroupRequestSyncGroupRequestAssignment {
  /** The ID of the member to assign. Versions 0+. */
  memberId: string;
  /** The member assignment. Versions 0+. */
  assignment: Buffer;
}

export function decodeSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'SyncGroupRequest', version });
  }
  try {
    return readSyncGroupRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SyncGroupRequest', version);
  }
}

export function encodeSyncGroupRequest(w: Writer, v: SyncGroupRequest, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`SyncGroupRequest has no version ${version} (valid: 0-5)`);
  }
  writeSyncGroupRequest(w, v, version);
}

function readSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  let f = 'groupId';
  try {
    const groupId: string = (version >= 4 ? r.compactString() : r.string());
    f = 'generationId';
    const generationId: number = r.int32();
    f = 'memberId';
    const memberId: string = (version >= 4 ? r.compactString() : r.string());
    f = 'groupInstanceId';
    let groupInstanceId: string | null = null;
    if (version >= 3) {
      groupInstanceId = (version >= 4 ? r.compactNullableString() : r.nullableString());
    }
    f = 'protocolType';
    let protocolType: string | null = null;
    if (version >= 5) {
      protocolType = r.compactNullableString();
    }
    f = 'protocolName';
    let protocolName: string | null = null;
    if (version >= 5) {
      protocolName = r.compactNullableString();
    }
    f = 'assignments';
    let assignments: SyncGroupRequestSyncGroupRequestAssignment[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: SyncGroupRequestSyncGroupRequestAssignment[] = [];
        for (let i = 0; i < n; i++) a.push(readSyncGroupRequestSyncGroupRequestAssignment(r, version));
        assignments = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { groupId, generationId, memberId, groupInstanceId, protocolType, protocolName, assignments };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readSyncGroupRequestSyncGroupRequestAssignment(r: Reader, version: number): SyncGroupRequestSyncGroupRequestAssignment {
  let f = 'memberId';
  try {
    const memberId: string = (version >= 4 ? r.compactString() : r.string());
    f = 'assignment';
    const assignment: Buffer = (version >= 4 ? r.compactBytes() : r.bytes());
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { memberId, assignment };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSyncGroupRequest(w: Writer, v: SyncGroupRequest, version: number): void {
  if (version >= 4) w.compactString(v.groupId); else w.string(v.groupId);
  w.int32(v.generationId);
  if (version >= 4) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 3) {
    if (version >= 4) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  }
  if (!(version >= 3) && !(v.groupInstanceId === null)) throw new UnsupportedVersionError(`SyncGroupRequest v${version} cannot express a non-default value in field groupInstanceId`);
  if (version >= 5) {
    w.compactNullableString(v.protocolType);
  }
  if (version >= 5) {
    w.compactNullableString(v.protocolName);
  }
  {
    w.arrayLength(v.assignments.length, version >= 4);
    for (const e of v.assignments) writeSyncGroupRequestSyncGroupRequestAssignment(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeSyncGroupRequestSyncGroupRequestAssignment(w: Writer, v: SyncGroupRequestSyncGroupRequestAssignment, version: number): void {
  if (version >= 4) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 4) w.compactBytes(v.assignment); else w.bytes(v.assignment);
  if (version >= 4) {
    w.uvarint(0);
  }
}
