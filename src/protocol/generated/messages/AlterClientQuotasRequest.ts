// Generated from messages/AlterClientQuotasRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterClientQuotasRequest (request), versions 0-1. */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. Versions 0+. */
  entries: AlterClientQuotasRequestEntryData[];
  /** Whether the alteration should be validated, but not performed. Versions 0+. */
  validateOnly: boolean;
}

export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. Versions 0+. */
  entity: AlterClientQuotasRequestEntityData[];
  /** An individual quota configuration entry to alter. Versions 0+. */
  ops: AlterClientQuotasRequestOpData[];
}

export interface AlterClientQuotasRequestEntityData {
  /** The entity type. Versions 0+. */
  entityType: string;
  /** The name of the entity, or null if the default. Versions 0+, nullable in 0+. */
  entityName: string | null;
}

export interface AlterClientQuotasRequestOpData {
  /** The quota configuration key. Versions 0+. */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. Versions 0+. */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. Versions 0+. */
  remove: boolean;
}

export function decodeAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'AlterClientQuotasRequest', version });
  }
  try {
    return readAlterClientQuotasRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterClientQuotasRequest', version);
  }
}

export function encodeAlterClientQuotasRequest(w: Writer, v: AlterClientQuotasRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`AlterClientQuotasRequest has no version ${version} (valid: 0-1)`);
  }
  writeAlterClientQuotasRequest(w, v, version);
}

function readAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  let f = 'entries';
  try {
    let entries: AlterClientQuotasRequestEntryData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterClientQuotasRequestEntryData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterClientQuotasRequestEntryData(r, version));
        entries = a;
      }
    }
    f = 'validateOnly';
    const validateOnly: boolean = r.bool();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { entries, validateOnly };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterClientQuotasRequestEntryData(r: Reader, version: number): AlterClientQuotasRequestEntryData {
  let f = 'entity';
  try {
    let entity: AlterClientQuotasRequestEntityData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterClientQuotasRequestEntityData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterClientQuotasRequestEntityData(r, version));
        entity = a;
      }
    }
    f = 'ops';
    let ops: AlterClientQuotasRequestOpData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterClientQuotasRequestOpData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterClientQuotasRequestOpData(r, version));
        ops = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { entity, ops };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterClientQuotasRequestEntityData(r: Reader, version: number): AlterClientQuotasRequestEntityData {
  let f = 'entityType';
  try {
    const entityType: string = (version >= 1 ? r.compactString() : r.string());
    f = 'entityName';
    const entityName: string | null = (version >= 1 ? r.compactNullableString() : r.nullableString());
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { entityType, entityName };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterClientQuotasRequestOpData(r: Reader, version: number): AlterClientQuotasRequestOpData {
  let f = 'key';
  try {
    const key: string = (version >= 1 ? r.compactString() : r.string());
    f = 'value';
    const value: number = r.float64();
    f = 'remove';
    const remove: boolean = r.bool();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { key, value, remove };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterClientQuotasRequest(w: Writer, v: AlterClientQuotasRequest, version: number): void {
  {
    w.arrayLength(v.entries.length, version >= 1);
    for (const e of v.entries) writeAlterClientQuotasRequestEntryData(w, e, version);
  }
  w.bool(v.validateOnly);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasRequestEntryData(w: Writer, v: AlterClientQuotasRequestEntryData, version: number): void {
  {
    w.arrayLength(v.entity.length, version >= 1);
    for (const e of v.entity) writeAlterClientQuotasRequestEntityData(w, e, version);
  }
  {
    w.arrayLength(v.ops.length, version >= 1);
    for (const e of v.ops) writeAlterClientQuotasRequestOpData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasRequestEntityData(w: Writer, v: AlterClientQuotasRequestEntityData, version: number): void {
  if (version >= 1) w.compactString(v.entityType); else w.string(v.entityType);
  if (version >= 1) w.compactNullableString(v.entityName); else w.nullableString(v.entityName);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasRequestOpData(w: Writer, v: AlterClientQuotasRequestOpData, version: number): void {
  if (version >= 1) w.compactString(v.key); else w.string(v.key);
  w.float64(v.value);
  w.bool(v.remove);
  if (version >= 1) {
    w.uvarint(0);
  }
}
