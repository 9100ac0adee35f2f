// Generated from metadata/FeatureLevelRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** FeatureLevelRecord (metadata), versions 0. */
export interface FeatureLevelRecord {
  /** The feature name. Versions 0+. */
  name: string;
  /** The current finalized feature level of this feature for the cluster, a value of 0 means feature not supported. Versions 0+. */
  featureLevel: number;
}

export function decodeFeatureLevelRecord(r: Reader, version: number): FeatureLevelRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'FeatureLevelRecord', version });
  }
  try {
    return readFeatureLevelRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'FeatureLevelRecord', version);
  }
}

export function encodeFeatureLevelRecord(w: Writer, v: FeatureLevelRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`FeatureLevelRecord has no version ${version} (valid: 0)`);
  }
  writeFeatureLevelRecord(w, v, version);
}

function readFeatureLevelRecord(r: Reader, version: number): FeatureLevelRecord {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'featureLevel';
    const featureLevel: number = r.int16();
    r.skipTaggedFields();
    return { name, featureLevel };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeFeatureLevelRecord(w: Writer, v: FeatureLevelRecord, version: number): void {
  w.compactString(v.name);
  w.int16(v.featureLevel);
  w.uvarint(0);
}
