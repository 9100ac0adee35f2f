// Generated from metadata/ClientQuotaRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ClientQuotaRecord (metadata), versions 0. */
export interface ClientQuotaRecord {
  /** The quota entity to alter. Versions 0+. */
  entity: ClientQuotaRecordEntityData[];
  /** The quota configuration key. Versions 0+. */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. Versions 0+. */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. Versions 0+. */
  remove: boolean;
}

export interface ClientQuotaRecordEntityData {
  /** The entity type. Versions 0+. */
  entityType: string;
  /** The name of the entity, or null if the default. Versions 0+, nullable in 0+. */
  entityName: string | null;
}

export function decodeClientQuotaRecord(r: Reader, version: number): ClientQuotaRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ClientQuotaRecord', version });
  }
  try {
    return readClientQuotaRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ClientQuotaRecord', version);
  }
}

export function encodeClientQuotaRecord(w: Writer, v: ClientQuotaRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ClientQuotaRecord has no version ${version} (valid: 0)`);
  }
  writeClientQuotaRecord(w, v, version);
}

function readClientQuotaRecord(r: Reader, version: number): ClientQuotaRecord {
  let f = 'entity';
  try {
    let entity: ClientQuotaRecordEntityData[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ClientQuotaRecordEntityData[] = [];
        for (let i = 0; i < n; i++) a.push(readClientQuotaRecordEntityData(r, version));
        entity = a;
      }
    }
    f = 'key';
    const key: string = r.compactString();
    f = 'value';
    const value: number = r.float64();
    f = 'remove';
    const remove: boolean = r.bool();
    r.skipTaggedFields();
    return { entity, key, value, remove };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readClientQuotaRecordEntityData(r: Reader, version: number): ClientQuotaRecordEntityData {
  let f = 'entityType';
  try {
    const entityType: string = r.compactString();
    f = 'entityName';
    const entityName: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { entityType, entityName };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeClientQuotaRecord(w: Writer, v: ClientQuotaRecord, version: number): void {
  {
    w.arrayLength(v.entity.length, true);
    for (const e of v.entity) writeClientQuotaRecordEntityData(w, e, version);
  }
  w.compactString(v.key);
  w.float64(v.value);
  w.bool(v.remove);
  w.uvarint(0);
}

function writeClientQuotaRecordEntityData(w: Writer, v: ClientQuotaRecordEntityData, version: number): void {
  w.compactString(v.entityType);
  w.compactNullableString(v.entityName);
  w.uvarint(0);
}
