// Generated from metadata/AccessControlEntryRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AccessControlEntryRecord (metadata), versions 0. */
export interface AccessControlEntryRecord {
  /** The unique ID of this ACL. Versions 0+. */
  id: string;
  /** The resource type. Versions 0+. */
  resourceType: number;
  /** The resource name. Versions 0+. */
  resourceName: string;
  /** The resource name pattern type. Versions 0+. */
  patternType: number;
  /** The principal name. Versions 0+. */
  principal: string;
  /** The host name. Versions 0+. */
  host: string;
  /** The AclOperation. Versions 0+. */
  operation: number;
  /** The AclPermissionType. Versions 0+. */
  permissionType: number;
}

export function decodeAccessControlEntryRecord(r: Reader, version: number): AccessControlEntryRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AccessControlEntryRecord', version });
  }
  try {
    return readAccessControlEntryRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AccessControlEntryRecord', version);
  }
}

export function encodeAccessControlEntryRecord(w: Writer, v: AccessControlEntryRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AccessControlEntryRecord has no version ${version} (valid: 0)`);
  }
  writeAccessControlEntryRecord(w, v, version);
}

function readAccessControlEntryRecord(r: Reader, version: number): AccessControlEntryRecord {
  let f = 'id';
  try {
    const id: string = r.uuid();
    f = 'resourceType';
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = r.compactString();
    f = 'patternType';
    const patternType: number = r.int8();
    f = 'principal';
    const principal: string = r.compactString();
    f = 'host';
    const host: string = r.compactString();
    f = 'operation';
    const operation: number = r.int8();
    f = 'permissionType';
    const permissionType: number = r.int8();
    r.skipTaggedFields();
    return { id, resourceType, resourceName, patternType, principal, host, operation, permissionType };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAccessControlEntryRecord(w: Writer, v: AccessControlEntryRecord, version: number): void {
  w.uuid(v.id);
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.int8(v.patternType);
  w.compactString(v.principal);
  w.compactString(v.host);
  w.int8(v.operation);
  w.int8(v.permissionType);
  w.uvarint(0);
}
