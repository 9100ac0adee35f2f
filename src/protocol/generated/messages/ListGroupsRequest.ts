// Generated from messages/ListGroupsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListGroupsRequest (request), versions 0-5. */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. Versions 4+. */
  statesFilter: string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. Versions 5+. */
  typesFilter: string[];
}

export function decodeListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'ListGroupsRequest', version });
  }
  try {
    return readListGroupsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListGroupsRequest', version);
  }
}

export function encodeListGroupsRequest(w: Writer, v: ListGroupsRequest, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`ListGroupsRequest has no version ${version} (valid: 0-5)`);
  }
  writeListGroupsRequest(w, v, version);
}

function readListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  let f = 'statesFilter';
  try {
    let statesFilter: string[] = [];
    if (version >= 4) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: string[] = [];
          for (let i = 0; i < n; i++) a.push(r.compactString());
          statesFilter = a;
        }
      }
    }
    f = 'typesFilter';
    let typesFilter: string[] = [];
    if (version >= 5) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: string[] = [];
          for (let i = 0; i < n; i++) a.push(r.compactString());
          typesFilter = a;
        }
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { statesFilter, typesFilter };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListGroupsRequest(w: Writer, v: ListGroupsRequest, version: number): void {
  if (version >= 4) {
    {
      w.arrayLength(v.statesFilter.length, true);
      for (const e of v.statesFilter) w.compactString(e);
    }
  }
  if (!(version >= 4) && !(v.statesFilter.length === 0)) throw new UnsupportedVersionError(`ListGroupsRequest v${version} cannot express a non-default value in field statesFilter`);
  if (version >= 5) {
    {
      w.arrayLength(v.typesFilter.length, true);
      for (const e of v.typesFilter) w.compactString(e);
    }
  }
  if (!(version >= 5) && !(v.typesFilter.length === 0)) throw new UnsupportedVersionError(`ListGroupsRequest v${version} cannot express a non-default value in field typesFilter`);
  if (version >= 3) {
    w.uvarint(0);
  }
}
