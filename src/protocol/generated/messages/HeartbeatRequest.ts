// Generated from messages/HeartbeatRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** HeartbeatRequest (request), versions 0-4. */
export interface HeartbeatRequest {
  /** The group id. Versions 0+. */
  groupId: string;
  /** The generation of the group. Versions 0+. */
  generationId: number;
  /** The member ID. Versions 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 3+, nullable in 3+. */
  groupInstanceId: string | null;
}

export function decodeHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'HeartbeatRequest', version });
  }
  try {
    return readHeartbeatRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'HeartbeatRequest', version);
  }
}

export function encodeHeartbeatRequest(w: Writer, v: HeartbeatRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`HeartbeatRequest has no version ${version} (valid: 0-4)`);
  }
  writeHeartbeatRequest(w, v, version);
}

function readHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
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
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { groupId, generationId, memberId, groupInstanceId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeHeartbeatRequest(w: Writer, v: HeartbeatRequest, version: number): void {
  if (version >= 4) w.compactString(v.groupId); else w.string(v.groupId);
  w.int32(v.generationId);
  if (version >= 4) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 3) {
    if (version >= 4) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  }
  if (!(version >= 3) && !(v.groupInstanceId === null)) throw new UnsupportedVersionError(`HeartbeatRequest v${version} cannot express a non-default value in field groupInstanceId`);
  if (version >= 4) {
    w.uvarint(0);
  }
}
