// Generated from messages/UpdateFeaturesRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** UpdateFeaturesRequest (request), versions 0-2. */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. Versions 0+. */
  timeoutMs: number;
  /** The list of updates to finalized features. Versions 0+. */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. Versions 1+. */
  validateOnly: boolean;
}

export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** The name of the finalized feature to be updated. Versions 0+. */
  feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. Versions 0+. */
  maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. Versions 0. */
  allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). Versions 1+. */
  upgradeType: number;
}

export function decodeUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'UpdateFeaturesRequest', version });
  }
  try {
    return readUpdateFeaturesRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UpdateFeaturesRequest', version);
  }
}

export function encodeUpdateFeaturesRequest(w: Writer, v: UpdateFeaturesRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`UpdateFeaturesRequest has no version ${version} (valid: 0-2)`);
  }
  writeUpdateFeaturesRequest(w, v, version);
}

function readUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  let f = 'timeoutMs';
  try {
    const timeoutMs: number = r.int32();
    f = 'featureUpdates';
    let featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: UpdateFeaturesRequestFeatureUpdateKey[] = [];
        for (let i = 0; i < n; i++) a.push(readUpdateFeaturesRequestFeatureUpdateKey(r, version));
        featureUpdates = a;
      }
    }
    f = 'validateOnly';
    let validateOnly: boolean = false;
    if (version >= 1) {
      validateOnly = r.bool();
    }
    r.skipTaggedFields();
    return { timeoutMs, featureUpdates, validateOnly };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateFeaturesRequestFeatureUpdateKey(r: Reader, version: number): UpdateFeaturesRequestFeatureUpdateKey {
  let f = 'feature';
  try {
    const feature: string = r.compactString();
    f = 'maxVersionLevel';
    const maxVersionLevel: number = r.int16();
    f = 'allowDowngrade';
    let allowDowngrade: boolean = false;
    if (version <= 0) {
      allowDowngrade = r.bool();
    }
    f = 'upgradeType';
    let upgradeType: number = 1;
    if (version >= 1) {
      upgradeType = r.int8();
    }
    r.skipTaggedFields();
    return { feature, maxVersionLevel, allowDowngrade, upgradeType };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUpdateFeaturesRequest(w: Writer, v: UpdateFeaturesRequest, version: number): void {
  w.int32(v.timeoutMs);
  {
    w.arrayLength(v.featureUpdates.length, true);
    for (const e of v.featureUpdates) writeUpdateFeaturesRequestFeatureUpdateKey(w, e, version);
  }
  if (version >= 1) {
    w.bool(v.validateOnly);
  }
  if (!(version >= 1) && !(v.validateOnly === false)) throw new UnsupportedVersionError(`UpdateFeaturesRequest v${version} cannot express a non-default value in field validateOnly`);
  w.uvarint(0);
}

function writeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, v: UpdateFeaturesRequestFeatureUpdateKey, version: number): void {
  w.compactString(v.feature);
  w.int16(v.maxVersionLevel);
  if (version <= 0) {
    w.bool(v.allowDowngrade);
  }
  if (!(version <= 0) && !(v.allowDowngrade === false)) throw new UnsupportedVersionError(`UpdateFeaturesRequest v${version} cannot express a non-default value in field UpdateFeaturesRequestFeatureUpdateKey.allowDowngrade`);
  if (version >= 1) {
    w.int8(v.upgradeType);
  }
  if (!(version >= 1) && !(v.upgradeType === 1)) throw new UnsupportedVersionError(`UpdateFeaturesRequest v${version} cannot express a non-default value in field UpdateFeaturesRequestFeatureUpdateKey.upgradeType`);
  w.uvarint(0);
}
