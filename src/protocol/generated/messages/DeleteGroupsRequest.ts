// Generated from messages/DeleteGroupsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteGroupsRequest (request), versions 0-2. */
export interface DeleteGroupsRequest {
  /** The group names to delete. Versions 0+. */
  groupsNames: string[];
}

export function decodeDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'DeleteGroupsRequest', version });
  }
  try {
    return readDeleteGroupsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteGroupsRequest', version);
  }
}

export function encodeDeleteGroupsRequest(w: Writer, v: DeleteGroupsRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`DeleteGroupsRequest has no version ${version} (valid: 0-2)`);
  }
  writeDeleteGroupsRequest(w, v, version);
}

function readDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  let f = 'groupsNames';
  try {
    let groupsNames: string[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push((version >= 2 ? r.compactString() : r.string()));
        groupsNames = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { groupsNames };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteGroupsRequest(w: Writer, v: DeleteGroupsRequest, version: number): void {
  {
    w.arrayLength(v.groupsNames.length, version >= 2);
    for (const e of v.groupsNames) if (version >= 2) w.compactString(e); else w.string(e);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}
