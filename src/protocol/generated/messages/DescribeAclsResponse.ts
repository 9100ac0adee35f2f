// Generated from messages/DescribeAclsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeAclsResponse (response), versions 0-3. */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. Versions 0+. */
  resources: DescribeAclsResponseDescribeAclsResource[];
}

export interface DescribeAclsResponseDescribeAclsResource {
  /** The resource type. Versions 0+. */
  resourceType: number;
  /** The resource name. Versions 0+. */
  resourceName: string;
  /** The resource pattern type. Versions 1+. */
  patternType: number;
  /** The ACLs. Versions 0+. */
  acls: DescribeAclsResponseAclDescription[];
}

export interface DescribeAclsResponseAclDescription {
  /** The ACL principal. Versions 0+. */
  principal: string;
  /** The ACL host. Versions 0+. */
  host: string;
  /** The ACL operation. Versions 0+. */
  operation: number;
  /** The ACL permission type. Versions 0+. */
  permissionType: number;
}

export function decodeDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'DescribeAclsResponse', version });
  }
  try {
    return readDescribeAclsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeAclsResponse', version);
  }
}

export function encodeDescribeAclsResponse(w: Writer, v: DescribeAclsResponse, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`DescribeAclsResponse has no version ${version} (valid: 0-3)`);
  }
  writeDescribeAclsResponse(w, v, version);
}

function readDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'resources';
    let resources: DescribeAclsResponseDescribeAclsResource[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeAclsResponseDescribeAclsResource[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeAclsResponseDescribeAclsResource(r, version));
        resources = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, errorMessage, resources };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeAclsResponseDescribeAclsResource(r: Reader, version: number): DescribeAclsResponseDescribeAclsResource {
  let f = 'resourceType';
  try {
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 2 ? r.compactString() : r.string());
    f = 'patternType';
    let patternType: number = 3;
    if (version >= 1) {
      patternType = r.int8();
    }
    f = 'acls';
    let acls: DescribeAclsResponseAclDescription[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeAclsResponseAclDescription[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeAclsResponseAclDescription(r, version));
        acls = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { resourceType, resourceName, patternType, acls };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeAclsResponseAclDescription(r: Reader, version: number): DescribeAclsResponseAclDescription {
  let f = 'principal';
  try {
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
    return { principal, host, operation, permissionType };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeAclsResponse(w: Writer, v: DescribeAclsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  {
    w.arrayLength(v.resources.length, version >= 2);
    for (const e of v.resources) writeDescribeAclsResponseDescribeAclsResource(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeAclsResponseDescribeAclsResource(w: Writer, v: DescribeAclsResponseDescribeAclsResource, version: number): void {
  w.int8(v.resourceType);
  if (version >= 2) w.compactString(v.resourceName); else w.string(v.resourceName);
  if (version >= 1) {
    w.int8(v.patternType);
  }
  if (!(version >= 1) && !(v.patternType === 3)) throw new UnsupportedVersionError(`DescribeAclsResponse v${version} cannot express a non-default value in field DescribeAclsResponseDescribeAclsResource.patternType`);
  {
    w.arrayLength(v.acls.length, version >= 2);
    for (const e of v.acls) writeDescribeAclsResponseAclDescription(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeAclsResponseAclDescription(w: Writer, v: DescribeAclsResponseAclDescription, version: number): void {
  if (version >= 2) w.compactString(v.principal); else w.string(v.principal);
  if (version >= 2) w.compactString(v.host); else w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}
