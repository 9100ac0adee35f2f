// Generated from messages/CreateAclsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** CreateAclsRequest (request), versions 0-3. */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. Versions 0+. */
  creations: CreateAclsRequestAclCreation[];
}

export interface CreateAclsRequestAclCreation {
  /** The type of the resource. Versions 0+. */
  resourceType: number;
  /** The resource name for the ACL. Versions 0+. */
  resourceName: string;
  /** The pattern type for the ACL. Versions 1+. */
  resourcePatternType: number;
  /** The principal for the ACL. Versions 0+. */
  principal: string;
  /** The host for the ACL. Versions 0+. */
  host: string;
  /** The operation type for the ACL (read, write, etc.). Versions 0+. */
  operation: number;
  /** The permission type for the ACL (allow, deny, etc.). Versions 0+. */
  permissionType: number;
}

export function decodeCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'CreateAclsRequest', version });
  }
  try {
    return readCreateAclsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'CreateAclsRequest', version);
  }
}

export function encodeCreateAclsRequest(w: Writer, v: CreateAclsRequest, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`CreateAclsRequest has no version ${version} (valid: 0-3)`);
  }
  writeCreateAclsRequest(w, v, version);
}

function readCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  let f = 'creations';
  try {
    let creations: CreateAclsRequestAclCreation[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreateAclsRequestAclCreation[] = [];
        for (let i = 0; i < n; i++) a.push(readCreateAclsRequestAclCreation(r, version));
        creations = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { creations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreateAclsRequestAclCreation(r: Reader, version: number): CreateAclsRequestAclCreation {
  let f = 'resourceType';
  try {
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 2 ? r.compactString() : r.string());
    f = 'resourcePatternType';
    let resourcePatternType: number = 3;
    if (version >= 1) {
      resourcePatternType = r.int8();
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
    return { resourceType, resourceName, resourcePatternType, principal, host, operation, permissionType };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeCreateAclsRequest(w: Writer, v: CreateAclsRequest, version: number): void {
  {
    w.arrayLength(v.creations.length, version >= 2);
    for (const e of v.creations) writeCreateAclsRequestAclCreation(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreateAclsRequestAclCreation(w: Writer, v: CreateAclsRequestAclCreation, version: number): void {
  w.int8(v.resourceType);
  if (version >= 2) w.compactString(v.resourceName); else w.string(v.resourceName);
  if (version >= 1) {
    w.int8(v.resourcePatternType);
  }
  if (!(version >= 1) && !(v.resourcePatternType === 3)) throw new UnsupportedVersionError(`CreateAclsRequest v${version} cannot express a non-default value in field CreateAclsRequestAclCreation.resourcePatternType`);
  if (version >= 2) w.compactString(v.principal); else w.string(v.principal);
  if (version >= 2) w.compactString(v.host); else w.string(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  if (version >= 2) {
    w.uvarint(0);
  }
}
