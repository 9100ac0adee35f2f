// Generated from messages/SyncGroupResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** SyncGroupResponse (response), versions 0-5. */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The group protocol type. Versions 5+, nullable in 5+. */
  protocolType: string | null;
  /** The group protocol name. Versions 5+, nullable in 5+. */
  protocolName: string | null;
  /** The member assignment. Versions 0+. */
  assignment: Buffer;
}

export function decodeSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'SyncGroupResponse', version });
  }
  try {
    return readSyncGroupResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SyncGroupResponse', version);
  }
}

export function encodeSyncGroupResponse(w: Writer, v: SyncGroupResponse, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`SyncGroupResponse has no version ${version} (valid: 0-5)`);
  }
  writeSyncGroupResponse(w, v, version);
}

function readSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    f = 'errorCode';
    const errorCode: number = r.int16();
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
    f = 'assignment';
    const assignment: Buffer = (version >= 4 ? r.compactBytes() : r.bytes());
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, protocolType, protocolName, assignment };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSyncGroupResponse(w: Writer, v: SyncGroupResponse, version: number): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  if (version >= 5) {
    w.compactNullableString(v.protocolType);
  }
  if (version >= 5) {
    w.compactNullableString(v.protocolName);
  }
  if (version >= 4) w.compactBytes(v.assignment); else w.bytes(v.assignment);
  if (version >= 4) {
    w.uvarint(0);
  }
}
