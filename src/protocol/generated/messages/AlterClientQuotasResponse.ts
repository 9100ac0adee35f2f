// Generated from messages/AlterClientQuotasResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterClientQuotasResponse (response), versions 0-1. */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The quota configuration entries to alter. Versions 0+. */
  entries: AlterClientQuotasResponseEntryData[];
}

export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. Versions 0+. */
  errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The quota entity to alter. Versions 0+. */
  entity: AlterClientQuotasResponseEntityData[];
}

export interface AlterClientQuotasResponseEntityData {
  /** The entity type. Versions 0+. */
  entityType: string;
  /** The name of the entity, or null if the default. Versions 0+, nullable in 0+. */
  entityName: string | null;
}

export function decodeAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'AlterClientQuotasResponse', version });
  }
  try {
    return readAlterClientQuotasResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterClientQuotasResponse', version);
  }
}

export function encodeAlterClientQuotasResponse(w: Writer, v: AlterClientQuotasResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`AlterClientQuotasResponse has no version ${version} (valid: 0-1)`);
  }
  writeAlterClientQuotasResponse(w, v, version);
}

function readAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'entries';
    let entries: AlterClientQuotasResponseEntryData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterClientQuotasResponseEntryData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterClientQuotasResponseEntryData(r, version));
        entries = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, entries };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterClientQuotasResponseEntryData(r: Reader, version: number): AlterClientQuotasResponseEntryData {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 1 ? r.compactNullableString() : r.nullableString());
    f = 'entity';
    let entity: AlterClientQuotasResponseEntityData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterClientQuotasResponseEntityData[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterClientQuotasResponseEntityData(r, version));
        entity = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { errorCode, errorMessage, entity };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterClientQuotasResponseEntityData(r: Reader, version: number): AlterClientQuotasResponseEntityData {
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

function writeAlterClientQuotasResponse(w: Writer, v: AlterClientQuotasResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.entries.length, version >= 1);
    for (const e of v.entries) writeAlterClientQuotasResponseEntryData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasResponseEntryData(w: Writer, v: AlterClientQuotasResponseEntryData, version: number): void {
  w.int16(v.errorCode);
  if (version >= 1) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  {
    w.arrayLength(v.entity.length, version >= 1);
    for (const e of v.entity) writeAlterClientQuotasResponseEntityData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeAlterClientQuotasResponseEntityData(w: Writer, v: AlterClientQuotasResponseEntityData, version: number): void {
  if (version >= 1) w.compactString(v.entityType); else w.string(v.entityType);
  if (version >= 1) w.compactNullableString(v.entityName); else w.nullableString(v.entityName);
  if (version >= 1) {
    w.uvarint(0);
  }
}
