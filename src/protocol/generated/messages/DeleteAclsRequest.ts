// Generated from messages/DeleteAclsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteAclsRequest (request), versions 0-3. */
export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. Versions 0+. */
  filters: DeleteAclsRequestDeleteAclsFilter[];
}

export interface DeleteAclsRequestDeleteAclsFilter {
  /** The resource type. Versions 0+. */
  resourceTypeFilter: number;
  /** The resource name. Versions 0+, nullable in 0+. */
  resourceNameFilter: string | null;
  /** The pattern type. Versions 1+. */
  patternTypeFilter: number;
  /** The principal filter, or null to accept all principals. Versions 0+, nullable in 0+. */
  principalFilter: string | null;
  /** The host filter, or null to accept all hosts. Versions 0+, nullable in 0+. */
  hostFilter: string | null;
  /** The ACL operation. Versions 0+. */
  operation: number;
  /** The permission type. Versions 0+. */
  permissionType: number;
}

export function decodeDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'DeleteAclsRequest', version });
  }
  try {
    return readDeleteAclsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteAclsRequest', version);
  }
}

export function encodeDeleteAclsRequest(w: Writer, v: DeleteAclsRequest, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`DeleteAclsRequest has no version ${version} (valid: 0-3)`);
  }
  writeDeleteAclsRequest(w, v, version);
}

function readDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  let f = 'filters';
  try {
    let filters: DeleteAclsRequestDeleteAclsFilter[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteAclsRequestDeleteAclsFilter[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteAclsRequestDeleteAclsFilter(r, version));
        filters = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { filters };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteAclsRequestDeleteAclsFilter(r: Reader, version: number): DeleteAclsRequestDeleteAclsFilter {
  let f = 'resourceTypeFilter';
  try {
    const resourceTypeFilter: number = r.int8();
    f = 'resourceNameFilter';
    const resourceNameFilter: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'patternTypeFilter';
    let patternTypeFilter: number = 3;
    if (version >= 1) {
      patternTypeFilter = r.int8();
    }
    f = 'principalFilter';
    const principalFilter: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'hostFilter';
    const hostFilter: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'operation';
    const operation: number = r.int8();
    f = 'permissionType';
    const permissionType: number = r.int8();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { resourceTypeFilter, resourceNameFilter, patternTypeFilter, principalFilter, hostFilter, operation, permissionType };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteAclsRequest(w: Writer, v: DeleteAclsRequest, version: number): void {
  {
    w.arrayLength(v.filters.length, version >= 2);
    for (const e of v.filters) writeDeleteAclsRequestDeleteAclsFilter(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteAclsRequestDeleteAclsFilter(w: Writer, v: DeleteAclsRequestDeleteAclsFilter, version: number): void {
  w.int8(v.resourceTypeFilter);
  if (version >= 2) w.compactNullableString(v.resourceNameFilter); else w.nullableString(v.resourceNameFilter);
  if (version >= 1) {
    w.int8(v.patternTypeFilter);
  }
  if (!(version >= 1) && !(v.patternTypeFilter === 3)) throw new UnsupportedVersionError(`DeleteAclsRequest v${version} cannot express a non-default value in field DeleteAclsRequestDeleteAclsFilter.patternTypeFilter`);
  if (version >= 2) w.compactNullableString(v.principalFilter); else w.nullableString(v.principalFilter);
  if (version >= 2) w.compactNullableString(v.hostFilter); else w.nullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}
