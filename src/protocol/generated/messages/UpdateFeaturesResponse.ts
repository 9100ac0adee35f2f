// Generated from messages/UpdateFeaturesResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** UpdateFeaturesResponse (response), versions 0-2. */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. Versions 0+. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** Results for each feature update. Versions 0-1. */
  results: UpdateFeaturesResponseUpdatableFeatureResult[];
}

export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** The name of the finalized feature. Versions 0+. */
  feature: string;
  /** The feature update error code or `0` if the feature update succeeded. Versions 0+. */
  errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'UpdateFeaturesResponse', version });
  }
  try {
    return readUpdateFeaturesResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UpdateFeaturesResponse', version);
  }
}

export function encodeUpdateFeaturesResponse(w: Writer, v: UpdateFeaturesResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`UpdateFeaturesResponse has no version ${version} (valid: 0-2)`);
  }
  writeUpdateFeaturesResponse(w, v, version);
}

function readUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'results';
    let results: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
    if (version <= 1) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
          for (let i = 0; i < n; i++) a.push(readUpdateFeaturesResponseUpdatableFeatureResult(r, version));
          results = a;
        }
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage, results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, version: number): UpdateFeaturesResponseUpdatableFeatureResult {
  let f = 'feature';
  try {
    const feature: string = r.compactString();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { feature, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUpdateFeaturesResponse(w: Writer, v: UpdateFeaturesResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  if (version <= 1) {
    {
      w.arrayLength(v.results.length, true);
      for (const e of v.results) writeUpdateFeaturesResponseUpdatableFeatureResult(w, e, version);
    }
  }
  w.uvarint(0);
}

function writeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, v: UpdateFeaturesResponseUpdatableFeatureResult, version: number): void {
  w.compactString(v.feature);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
