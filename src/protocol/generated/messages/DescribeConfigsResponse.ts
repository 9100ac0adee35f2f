// Generated from messages/DescribeConfigsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeConfigsResponse (response), versions 0-4. */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The results for each resource. Versions 0+. */
  results: DescribeConfigsResponseDescribeConfigsResult[];
}

export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. Versions 0+. */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The resource type. Versions 0+. */
  resourceType: number;
  /** The resource name. Versions 0+. */
  resourceName: string;
  /** Each listed configuration. Versions 0+. */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
}

export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. Versions 0+. */
  name: string;
  /** The configuration value. Versions 0+, nullable in 0+. */
  value: string | null;
  /** True if the configuration is read-only. Versions 0+. */
  readOnly: boolean;
  /** True if the configuration is not set. Versions 0. */
  isDefault: boolean;
  /** The configuration source. Versions 1+. */
  configSource: number;
  /** True if this configuration is sensitive. Versions 0+. */
  isSensitive: boolean;
  /** The synonyms for this configuration key. Versions 1+. */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD Versions 3+. */
  configType: number;
  /** The configuration documentation. Versions 3+, nullable in 0+. */
  documentation: string | null;
}

export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. Versions 1+. */
  name: string;
  /** The synonym value. Versions 1+, nullable in 0+. */
  value: string | null;
  /** The synonym source. Versions 1+. */
  source: number;
}

export function decodeDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'DescribeConfigsResponse', version });
  }
  try {
    return readDescribeConfigsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeConfigsResponse', version);
  }
}

export function encodeDescribeConfigsResponse(w: Writer, v: DescribeConfigsResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`DescribeConfigsResponse has no version ${version} (valid: 0-4)`);
  }
  writeDescribeConfigsResponse(w, v, version);
}

function readDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'results';
    let results: DescribeConfigsResponseDescribeConfigsResult[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeConfigsResponseDescribeConfigsResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeConfigsResponseDescribeConfigsResult(r, version));
        results = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, results };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeConfigsResponseDescribeConfigsResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResult {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 4 ? r.compactNullableString() : r.nullableString());
    f = 'resourceType';
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 4 ? r.compactString() : r.string());
    f = 'configs';
    let configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeConfigsResponseDescribeConfigsResourceResult(r, version));
        configs = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { errorCode, errorMessage, resourceType, resourceName, configs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  let f = 'name';
  try {
    const name: string = (version >= 4 ? r.compactString() : r.string());
    f = 'value';
    const value: string | null = (version >= 4 ? r.compactNullableString() : r.nullableString());
    f = 'readOnly';
    const readOnly: boolean = r.bool();
    f = 'isDefault';
    let isDefault: boolean = false;
    if (version <= 0) {
      isDefault = r.bool();
    }
    f = 'configSource';
    let configSource: number = -1;
    if (version >= 1) {
      configSource = r.int8();
    }
    f = 'isSensitive';
    const isSensitive: boolean = r.bool();
    f = 'synonyms';
    let synonyms: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
    if (version >= 1) {
      {
        const n = r.arrayLength(version >= 4);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
          for (let i = 0; i < n; i++) a.push(readDescribeConfigsResponseDescribeConfigsSynonym(r, version));
          synonyms = a;
        }
      }
    }
    f = 'configType';
    let configType: number = 0;
    if (version >= 3) {
      configType = r.int8();
    }
    f = 'documentation';
    let documentation: string | null = "";
    if (version >= 3) {
      documentation = (version >= 4 ? r.compactNullableString() : r.nullableString());
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { name, value, readOnly, isDefault, configSource, isSensitive, synonyms, configType, documentation };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, version: number): DescribeConfigsResponseDescribeConfigsSynonym {
  let f = 'name';
  try {
    const name: string = (version >= 4 ? r.compactString() : r.string());
    f = 'value';
    const value: string | null = (version >= 4 ? r.compactNullableString() : r.nullableString());
    f = 'source';
    const source: number = r.int8();
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { name, value, source };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeConfigsResponse(w: Writer, v: DescribeConfigsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.results.length, version >= 4);
    for (const e of v.results) writeDescribeConfigsResponseDescribeConfigsResult(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDescribeConfigsResponseDescribeConfigsResult(w: Writer, v: DescribeConfigsResponseDescribeConfigsResult, version: number): void {
  w.int16(v.errorCode);
  if (version >= 4) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  if (version >= 4) w.compactString(v.resourceName); else w.string(v.resourceName);
  {
    w.arrayLength(v.configs.length, version >= 4);
    for (const e of v.configs) writeDescribeConfigsResponseDescribeConfigsResourceResult(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, v: DescribeConfigsResponseDescribeConfigsResourceResult, version: number): void {
  if (version >= 4) w.compactString(v.name); else w.string(v.name);
  if (version >= 4) w.compactNullableString(v.value); else w.nullableString(v.value);
  w.bool(v.readOnly);
  if (version <= 0) {
    w.bool(v.isDefault);
  }
  if (!(version <= 0) && !(v.isDefault === false)) throw new UnsupportedVersionError(`DescribeConfigsResponse v${version} cannot express a non-default value in field DescribeConfigsResponseDescribeConfigsResourceResult.isDefault`);
  if (version >= 1) {
    w.int8(v.configSource);
  }
  w.bool(v.isSensitive);
  if (version >= 1) {
    {
      w.arrayLength(v.synonyms.length, version >= 4);
      for (const e of v.synonyms) writeDescribeConfigsResponseDescribeConfigsSynonym(w, e, version);
    }
  }
  if (version >= 3) {
    w.int8(v.configType);
  }
  if (version >= 3) {
    if (version >= 4) w.compactNullableString(v.documentation); else w.nullableString(v.documentation);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, v: DescribeConfigsResponseDescribeConfigsSynonym, version: number): void {
  if (version >= 4) w.compactString(v.name); else w.string(v.name);
  if (version >= 4) w.compactNullableString(v.value); else w.nullableString(v.value);
  w.int8(v.source);
  if (version >= 4) {
    w.uvarint(0);
  }
}
