// Generated from messages/DescribeAclsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeAclsRequest (request), versions 0-3. */
export interface DescribeAclsRequest {
  /** The resource type. Versions 0+. */
  resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. Versions 0+, nullable in 0+. */
  resourceNameFilter: string | null;
  /** The resource pattern to match. Versions 1+. */
  patternTypeFilter: number;
  /** The principal to match, or null to match any principal. Versions 0+, nullable in 0+. */
  principalFilter: string | null;
  /** The host to match, or null to match any host. Versions 0+, nullable in 0+. */
  hostFilter: string | null;
  /** The operation to match. Versions 0+. */
  operation: number;
  /** The permission type to match. Versions 0+. */
  permissionType: number;
}

export function decodeDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'DescribeAclsRequest', version });
  }
  try {
    return readDescribeAclsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeAclsRequest', version);
  }
}

export function encodeDescribeAclsRequest(w: Writer, v: DescribeAclsRequest, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`DescribeAclsRequest has no version ${version} (valid: 0-3)`);
  }
  writeDescribeAclsRequest(w, v, version);
}

function readDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
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

function writeDescribeAclsRequest(w: Writer, v: DescribeAclsRequest, version: number): void {
  w.int8(v.resourceTypeFilter);
  if (version >= 2) w.compactNullableString(v.resourceNameFilter); else w.nullableString(v.resourceNameFilter);
  if (version >= 1) {
    w.int8(v.patternTypeFilter);
  }
  if (!(version >= 1) && !(v.patternTypeFilter === 3)) throw new UnsupportedVersionError(`DescribeAclsRequest v${version} cannot express a non-default value in field patternTypeFilter`);
  if (version >= 2) w.compactNullableString(v.principalFilter); else w.nullableString(v.principalFilter);
  if (version >= 2) w.compactNullableString(v.hostFilter); else w.nullableString(v.hostFilter);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}
