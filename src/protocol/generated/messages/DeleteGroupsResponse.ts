// Generated from messages/DeleteGroupsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteGroupsResponse (response), versions 0-2. */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The deletion results Versions 0+. */
  results: DeleteGroupsResponseDeletableGroupResult[];
}

export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id Versions 0+. */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. Versions 0+. */
  errorCode: number;
}

export function decodeDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'DeleteGroupsResponse', version });
  }
  try {
    return readDeleteGroupsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteGroupsResponse', version);
  }
}

export function encodeDeleteGroupsResponse(w: Writer, v: DeleteGroupsResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`DeleteGroupsResponse has no version ${version} (valid: 0-2)`);
  }
  writeDeleteGroupsResponse(w, v, version);
}

function readDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'results';
    let results: DeleteGroupsResponseDeletableGroupResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteGroupsResponseDeletableGroupResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteGroupsResponseDeletableGroupResult(r, version));
        results = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteGroupsResponseDeletableGroupResult(r: Reader, version: number): DeleteGroupsResponseDeletableGroupResult {
  let f = 'groupId';
  try {
    const groupId: string = (version >= 2 ? r.compactString() : r.string());
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { groupId, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteGroupsResponse(w: Writer, v: DeleteGroupsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.results.length, version >= 2);
    for (const e of v.results) writeDeleteGroupsResponseDeletableGroupResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteGroupsResponseDeletableGroupResult(w: Writer, v: DeleteGroupsResponseDeletableGroupResult, version: number): void {
  if (version >= 2) w.compactString(v.groupId); else w.string(v.groupId);
  w.int16(v.errorCode);
  if (version >= 2) {
    w.uvarint(0);
  }
}
