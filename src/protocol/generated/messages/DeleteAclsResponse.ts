// Generated from messages/DeleteAclsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteAclsResponse (response), versions 0-3. */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The results for each filter. Versions 0+. */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
}

export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. Versions 0+. */
  errorCode: number;
  /** The error message, or null if the filter succeeded. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The ACLs which matched this filter. Versions 0+. */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
}

export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. Versions 0+. */
  errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The ACL resource type. Versions 0+. */
  resourceType: number;
  /** The ACL resource name. Versions 0+. */
  resourceName: string;
  /** The ACL resource pattern type. Versions 1+. */
  patternType: number;
  /** The ACL principal. Versions 0+. */
  principal: string;
  /** The ACL host. Versions 0+. */
  host: string;
  /** The ACL operation. Versions 0+. */
  operation: number;
  /** The ACL permission type. Versions 0+. */
  permissionType: number;
}

export function decodeDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'DeleteAclsResponse', version });
  }
  try {
    return readDeleteAclsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteAclsResponse', version);
  }
}

export function encodeDeleteAclsResponse(w: Writer, v: DeleteAclsResponse, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`DeleteAclsResponse has no version ${version} (valid: 0-3)`);
  }
  writeDeleteAclsResponse(w, v, version);
}

function readDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'filterResults';
    let filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteAclsResponseDeleteAclsFilterResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteAclsResponseDeleteAclsFilterResult(r, version));
        filterResults = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, filterResults };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteAclsResponseDeleteAclsFilterResult(r: Reader, version: number): DeleteAclsResponseDeleteAclsFilterResult {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'matchingAcls';
    let matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
        for (let i = 0; i < n; i++) a.push(readDeleteAclsResponseDeleteAclsMatchingAcl(r, version));
        matchingAcls = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, errorMessage, matchingAcls };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, version: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'resourceType';
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 2 ? r.compactString() : r.string());
    f = 'patternType';
    let patternType: number = 3;
    if (version >= 1) {
      patternType = r.int8();
    }
    f = 'principal';
    const principal: string = (version >= 2 ? r.compactString() : r.string());
    f = 'host';
    const host: string = (version >= 2 ? r.compactString() : r.string());
    f = 'operation';
    const operation: number = r.int8();
    f = 'permissionType';
    const permissionType: number = r.int8();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, errorMessage, resourceType, resourceName, patternType, principal, host, operation, permissionType };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteAclsResponse(w: Writer, v: DeleteAclsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.filterResults.length, version >= 2);
    for (const e of v.filterResults) writeDeleteAclsResponseDeleteAclsFilterResult(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, v: DeleteAclsResponseDeleteAclsFilterResult, version: number): void {
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  {
    w.arrayLength(v.matchingAcls.length, version >= 2);
    for (const e of v.matchingAcls) writeDeleteAclsResponseDeleteAclsMatchingAcl(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, v: DeleteAclsResponseDeleteAclsMatchingAcl, version: number): void {
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  if (version >= 2) w.compactString(v.resourceName); else w.string(v.resourceName);
  if (version >= 1) {
    w.int8(v.patternType);
  }
  if (!(version >= 1) && !(v.patternType === 3)) throw new UnsupportedVersionError(`DeleteAclsResponse v${version} cannot express a non-default value in field DeleteAclsResponseDeleteAclsMatchingAcl.patternType`);
  if (version >= 2) w.compactString(v.principal); else w.string(v.principal);
  if (version >= 2) w.compactString(v.host); else w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}
