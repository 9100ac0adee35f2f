// Generated from metadata/ConfigRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConfigRecord (metadata), versions 0. */
export interface ConfigRecord {
  /** The type of resource this configuration applies to. Versions 0+. */
  resourceType: number;
  /** The name of the resource this configuration applies to. Versions 0+. */
  resourceName: string;
  /** The name of the configuration key. Versions 0+. */
  name: string;
  /** The value of the configuration, or null if the it should be deleted. Versions 0+, nullable in 0+. */
  value: string | null;
}

export function decodeConfigRecord(r: Reader, version: number): ConfigRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConfigRecord', version });
  }
  try {
    return readConfigRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConfigRecord', version);
  }
}

export function encodeConfigRecord(w: Writer, v: ConfigRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConfigRecord has no version ${version} (valid: 0)`);
  }
  writeConfigRecord(w, v, version);
}

function readConfigRecord(r: Reader, version: number): ConfigRecord {
  let f = 'resourceType';
  try {
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = r.compactString();
    f = 'name';
    const name: string = r.compactString();
    f = 'value';
    const value: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { resourceType, resourceName, name, value };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConfigRecord(w: Writer, v: ConfigRecord, version: number): void {
  w.int8(v.resourceType);
  w.compactString(v.resourceName);
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.uvarint(0);
}
