// Generated from messages/DescribeClientQuotasResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeClientQuotasResponse (response), versions 0-1. */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. Versions 0+. */
  errorCode: number;
  /** The error message, or `null` if the quota description succeeded. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** A result entry. Versions 0+, nullable in 0+. */
  entries: DescribeClientQuotasResponseEntryData[] | null;
}

export interface DescribeClientQuotasResponseEntryData {
  /** The quota entity description. Versions 0+. */
  entity: DescribeClientQuotasResponseEntityData[];
  /** The quota values for the entity. Versions 0+. */
  values: DescribeClientQuotasResponseValueData[];
}

export interface DescribeClientQuotasResponseEntityData {
  /** The entity type. Versions 0+. */
  entityType: string;
  /** The entity name, or null if the default. Versions 0+, nullable in 0+. */
  entityName: string | null;
}

export interface DescribeClientQuotasResponseValueData {
  /** The quota configuration key. Versions 0+. */
  key: string;
  /** The quota configuration value. Versions 0+. */
  value: number;
}

export function decodeDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'DescribeClientQuotasResponse', version });
  }
  try {
    return readDescribeClientQuotasResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeClientQuotasResponse', version);
  }
}

export function encodeDescribeClientQuotasResponse(w: Writer, v: DescribeClientQuotasResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`DescribeClientQuotasResponse has no version ${version} (valid: 0-1)`);
  }
  writeDescribeClientQuotasResponse(w, v, version);
}

function readDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 1 ? r.compactNullableString() : r.nullableString());
    f = 'entries';
    let entries: DescribeClientQuotasResponseEntryData[] | null;
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        entries = null;
      } else {
        const a: DescribeClientQuotasResponseEntryData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeClientQuotasResponseEntryData(r, version));
        entries = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, errorMessage, entries };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeClientQuotasResponseEntryData(r: Reader, version: number): DescribeClientQuotasResponseEntryData {
  let f = 'entity';
  try {
    let entity: DescribeClientQuotasResponseEntityData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeClientQuotasResponseEntityData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeClientQuotasResponseEntityData(r, version));
        entity = a;
      }
    }
    f = 'values';
    let values: DescribeClientQuotasResponseValueData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeClientQuotasResponseValueData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeClientQuotasResponseValueData(r, version));
        values = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { entity, values };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeClientQuotasResponseEntityData(r: Reader, version: number): DescribeClientQuotasResponseEntityData {
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

function readDescribeClientQuotasResponseValueData(r: Reader, version: number): DescribeClientQuotasResponseValueData {
  let f = 'key';
  try {
    const key: string = (version >= 1 ? r.compactString() : r.string());
    f = 'value';
    const value: number = r.float64();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { key, value };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeClientQuotasResponse(w: Writer, v: DescribeClientQuotasResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  if (version >= 1) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  if (v.entries === null) {
    w.arrayLength(-1, version >= 1);
  } else {
    w.arrayLength(v.entries.length, version >= 1);
    for (const e of v.entries) writeDescribeClientQuotasResponseEntryData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeDescribeClientQuotasResponseEntryData(w: Writer, v: DescribeClientQuotasResponseEntryData, version: number): void {
  {
    w.arrayLength(v.entity.length, version >= 1);
    for (const e of v.entity) writeDescribeClientQuotasResponseEntityData(w, e, version);
  }
  {
    w.arrayLength(v.values.length, version >= 1);
    for (const e of v.values) writeDescribeClientQuotasResponseValueData(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeDescribeClientQuotasResponseEntityData(w: Writer, v: DescribeClientQuotasResponseEntityData, version: number): void {
  if (version >= 1) w.compactString(v.entityType); else w.string(v.entityType);
  if (version >= 1) w.compactNullableString(v.entityName); else w.nullableString(v.entityName);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeDescribeClientQuotasResponseValueData(w: Writer, v: DescribeClientQuotasResponseValueData, version: number): void {
  if (version >= 1) w.compactString(v.key); else w.string(v.key);
  w.float64(v.value);
  if (version >= 1) {
    w.uvarint(0);
  }
}
