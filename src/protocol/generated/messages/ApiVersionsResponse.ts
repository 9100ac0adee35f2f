// Generated from messages/ApiVersionsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** ApiVersionsResponse (response), versions 0-4. */
export interface ApiVersionsResponse {
  /** The top-level error code. Versions 0+. */
  errorCode: number;
  /** The APIs supported by the broker. Versions 0+. */
  apiKeys: ApiVersionsResponseApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. Versions 3+, tagged (tag 0) in 3+. */
  supportedFeatures?: ApiVersionsResponseSupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. Versions 3+, tagged (tag 1) in 3+. */
  finalizedFeaturesEpoch?: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. Versions 3+, tagged (tag 2) in 3+. */
  finalizedFeatures?: ApiVersionsResponseFinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present Versions 3+, tagged (tag 3) in 3+. */
  zkMigrationReady?: boolean;
}

export interface ApiVersionsResponseApiVersion {
  /** The API index. Versions 0+. */
  apiKey: number;
  /** The minimum supported version, inclusive. Versions 0+. */
  minVersion: number;
  /** The maximum supported version, inclusive. Versions 0+. */
  maxVersion: number;
}

export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. Versions 3+. */
  name: string;
  /** The minimum supported version for the feature. Versions 3+. */
  minVersion: number;
  /** The maximum supported version for the feature. Versions 3+. */
  maxVersion: number;
}

export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. Versions 3+. */
  name: string;
  /** The cluster-wide finalized max version level for the feature. Versions 3+. */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. Versions 3+. */
  minVersionLevel: number;
}

export function decodeApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'ApiVersionsResponse', version });
  }
  try {
    return readApiVersionsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ApiVersionsResponse', version);
  }
}

export function encodeApiVersionsResponse(w: Writer, v: ApiVersionsResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`ApiVersionsResponse has no version ${version} (valid: 0-4)`);
  }
  writeApiVersionsResponse(w, v, version);
}

function readApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'apiKeys';
    let apiKeys: ApiVersionsResponseApiVersion[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ApiVersionsResponseApiVersion[] = [];
        for (let i = 0; i < n; i++) a.push(readApiVersionsResponseApiVersion(r, version));
        apiKeys = a;
      }
    }
    f = 'throttleTimeMs';
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    let supportedFeatures: ApiVersionsResponseSupportedFeatureKey[] = [];
    let finalizedFeaturesEpoch: bigint = -1n;
    let finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[] = [];
    let zkMigrationReady: boolean = false;
    if (version >= 3) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (true) {
              f = 'supportedFeatures';
              {
                const n = r.arrayLength(true);
                if (n < 0) {
                  throw new ProtocolDecodeError('null in a non-nullable array');
                } else {
                  const a: ApiVersionsResponseSupportedFeatureKey[] = [];
                  for (let i = 0; i < n; i++) a.push(readApiVersionsResponseSupportedFeatureKey(r, version));
                  supportedFeatures = a;
                }
              }
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          case 1:
            if (true) {
              f = 'finalizedFeaturesEpoch';
              finalizedFeaturesEpoch = r.int64();
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          case 2:
            if (true) {
              f = 'finalizedFeatures';
              {
                const n = r.arrayLength(true);
                if (n < 0) {
                  throw new ProtocolDecodeError('null in a non-nullable array');
                } else {
                  const a: ApiVersionsResponseFinalizedFeatureKey[] = [];
                  for (let i = 0; i < n; i++) a.push(readApiVersionsResponseFinalizedFeatureKey(r, version));
                  finalizedFeatures = a;
                }
              }
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          case 3:
            if (true) {
              f = 'zkMigrationReady';
              zkMigrationReady = r.bool();
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          default:
            r.skip(size);
        }
      }
    }
    return { errorCode, apiKeys, throttleTimeMs, supportedFeatures, finalizedFeaturesEpoch, finalizedFeatures, zkMigrationReady };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readApiVersionsResponseApiVersion(r: Reader, version: number): ApiVersionsResponseApiVersion {
  let f = 'apiKey';
  try {
    const apiKey: number = r.int16();
    f = 'minVersion';
    const minVersion: number = r.int16();
    f = 'maxVersion';
    const maxVersion: number = r.int16();
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { apiKey, minVersion, maxVersion };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readApiVersionsResponseSupportedFeatureKey(r: Reader, version: number): ApiVersionsResponseSupportedFeatureKey {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'minVersion';
    const minVersion: number = r.int16();
    f = 'maxVersion';
    const maxVersion: number = r.int16();
    r.skipTaggedFields();
    return { name, minVersion, maxVersion };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readApiVersionsResponseFinalizedFeatureKey(r: Reader, version: number): ApiVersionsResponseFinalizedFeatureKey {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'maxVersionLevel';
    const maxVersionLevel: number = r.int16();
    f = 'minVersionLevel';
    const minVersionLevel: number = r.int16();
    r.skipTaggedFields();
    return { name, maxVersionLevel, minVersionLevel };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeApiVersionsResponse(w: Writer, v: ApiVersionsResponse, version: number): void {
  w.int16(v.errorCode);
  {
    w.arrayLength(v.apiKeys.length, version >= 3);
    for (const e of v.apiKeys) writeApiVersionsResponseApiVersion(w, e, version);
  }
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  if (version >= 3) {
    const tag0 = !(v.supportedFeatures === undefined || v.supportedFeatures.length === 0);
    const tag1 = !(v.finalizedFeaturesEpoch === undefined || v.finalizedFeaturesEpoch === -1n);
    const tag2 = !(v.finalizedFeatures === undefined || v.finalizedFeatures.length === 0);
    const tag3 = !(v.zkMigrationReady === undefined || v.zkMigrationReady === false);
    w.uvarint((tag0 ? 1 : 0) + (tag1 ? 1 : 0) + (tag2 ? 1 : 0) + (tag3 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      {
        t.arrayLength(v.supportedFeatures!.length, true);
        for (const e of v.supportedFeatures!) writeApiVersionsResponseSupportedFeatureKey(t, e, version);
      }
      w.taggedField(0, t);
    }
    if (tag1) {
      const t = new Writer(64);
      t.int64(v.finalizedFeaturesEpoch!);
      w.taggedField(1, t);
    }
    if (tag2) {
      const t = new Writer(64);
      {
        t.arrayLength(v.finalizedFeatures!.length, true);
        for (const e of v.finalizedFeatures!) writeApiVersionsResponseFinalizedFeatureKey(t, e, version);
      }
      w.taggedField(2, t);
    }
    if (tag3) {
      const t = new Writer(64);
      t.bool(v.zkMigrationReady!);
      w.taggedField(3, t);
    }
  }
}

function writeApiVersionsResponseApiVersion(w: Writer, v: ApiVersionsResponseApiVersion, version: number): void {
  w.int16(v.apiKey);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeApiVersionsResponseSupportedFeatureKey(w: Writer, v: ApiVersionsResponseSupportedFeatureKey, version: number): void {
  w.compactString(v.name);
  w.int16(v.minVersion);
  w.int16(v.maxVersion);
  w.uvarint(0);
}

function writeApiVersionsResponseFinalizedFeatureKey(w: Writer, v: ApiVersionsResponseFinalizedFeatureKey, version: number): void {
  w.compactString(v.name);
  w.int16(v.maxVersionLevel);
  w.int16(v.minVersionLevel);
  w.uvarint(0);
}
