// Generated from messages/ListGroupsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListGroupsResponse (response), versions 0-5. */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** Each group in the response. Versions 0+. */
  groups: ListGroupsResponseListedGroup[];
}

export interface ListGroupsResponseListedGroup {
  /** The group ID. Versions 0+. */
  groupId: string;
  /** The group protocol type. Versions 0+. */
  protocolType: string;
  /** The group state name. Versions 4+. */
  groupState: string;
  /** The group type name. Versions 5+. */
  groupType: string;
}

export function decodeListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'ListGroupsResponse', version });
  }
  try {
    return readListGroupsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListGroupsResponse', version);
  }
}

export function encodeListGroupsResponse(w: Writer, v: ListGroupsResponse, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`ListGroupsResponse has no version ${version} (valid: 0-5)`);
  }
  writeListGroupsResponse(w, v, version);
}

function readListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'groups';
    let groups: ListGroupsResponseListedGroup[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListGroupsResponseListedGroup[] = [];
        for (let i = 0; i < n; i++) a.push(readListGroupsResponseListedGroup(r, version));
        groups = a;
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, groups };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListGroupsResponseListedGroup(r: Reader, version: number): ListGroupsResponseListedGroup {
  let f = 'groupId';
  try {
    const groupId: string = (version >= 3 ? r.compactString() : r.string());
    f = 'protocolType';
    const protocolType: string = (version >= 3 ? r.compactString() : r.string());
    f = 'groupState';
    let groupState: string = "";
    if (version >= 4) {
      groupState = r.compactString();
    }
    f = 'groupType';
    let groupType: string = "";
    if (version >= 5) {
      groupType = r.compactString();
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { groupId, protocolType, groupState, groupType };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListGroupsResponse(w: Writer, v: ListGroupsResponse, version: number): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  w.int16(v.errorCode);
  {
    w.arrayLength(v.groups.length, version >= 3);
    for (const e of v.groups) writeListGroupsResponseListedGroup(w, e, version);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeListGroupsResponseListedGroup(w: Writer, v: ListGroupsResponseListedGroup, version: number): void {
  if (version >= 3) w.compactString(v.groupId); else w.string(v.groupId);
  if (version >= 3) w.compactString(v.protocolType); else w.string(v.protocolType);
  if (version >= 4) {
    w.compactString(v.groupState);
  }
  if (version >= 5) {
    w.compactString(v.groupType);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}
