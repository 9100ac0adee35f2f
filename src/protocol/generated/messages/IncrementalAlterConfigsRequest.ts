// Generated from messages/IncrementalAlterConfigsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** IncrementalAlterConfigsRequest (request), versions 0-1. */
export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. Versions 0+. */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. Versions 0+. */
  validateOnly: boolean;
}

export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** The resource type. Versions 0+. */
  resourceType: number;
  /** The resource name. Versions 0+. */
  resourceName: string;
  /** The configurations. Versions 0+. */
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
}

export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** The configuration key name. Versions 0+. */
  name: string;
  /** The type (Set, Delete, Append, Subtract) of operation. Versions 0+. */
  configOperation: number;
  /** The value to set for the configuration key. Versions 0+, nullable in 0+. */
  value: string | null;
}

export function decodeIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'IncrementalAlterConfigsRequest', version });
  }
  try {
    return readIncrementalAlterConfigsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'IncrementalAlterConfigsRequest', version);
  }
}

export function encodeIncrementalAlterConfigsRequest(w: Writer, v: IncrementalAlterConfigsRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`IncrementalAlterConfigsRequest has no version ${version} (valid: 0-1)`);
  }
  writeIncrementalAlterConfigsRequest(w, v, version);
}

function readIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  let f = 'resources';
  try {
    let resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: IncrementalAlterConfigsRequestAlterConfigsResource[] = [];
        for (let i = 0; i < n; i++) a.push(readIncrementalAlterConfigsRequestAlterConfigsResource(r, version));
        resources = a;
      }
    }
    f = 'validateOnly';
    const validateOnly: boolean = r.bool();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { resources, validateOnly };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  let f = 'resourceType';
  try {
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 1 ? r.compactString() : r.string());
    f = 'configs';
    let configs: IncrementalAlterConfigsRequestAlterableConfig[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: IncrementalAlterConfigsRequestAlterableConfig[] = [];
        for (let i = 0; i < n; i++) a.push(readIncrementalAlterConfigsRequestAlterableConfig(r, version));
        configs = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { resourceType, resourceName, configs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readIncrementalAlterConfigsRequestAlterableConfig(r: Reader, version: number): IncrementalAlterConfigsRequestAlterableConfig {
  let f = 'name';
  try {
    const name: string = (version >= 1 ? r.compactString() : r.string());
    f = 'configOperation';
    const configOperation: number = r.int8();
    f = 'value';
    const value: string | null = (version >= 1 ? r.compactNullableString() : r.nullableString());
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { name, configOperation, value };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeIncrementalAlterConfigsRequest(w: Writer, v: IncrementalAlterConfigsRequest, version: number): void {
  {
    w.arrayLength(v.resources.length, version >= 1);
    for (const e of v.resources) writeIncrementalAlterConfigsRequestAlterConfigsResource(w, e, version);
  }
  w.bool(v.validateOnly);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, v: IncrementalAlterConfigsRequestAlterConfigsResource, version: number): void {
  w.int8(v.resourceType);
  if (version >= 1) w.compactString(v.resourceName); else w.string(v.resourceName);
  {
    w.arrayLength(v.configs.length, version >= 1);
    for (const e of v.configs) writeIncrementalAlterConfigsRequestAlterableConfig(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, v: IncrementalAlterConfigsRequestAlterableConfig, version: number): void {
  if (version >= 1) w.compactString(v.name); else w.string(v.name);
  w.int8(v.configOperation);
  if (version >= 1) w.compactNullableString(v.value); else w.nullableString(v.value);
  if (version >= 1) {
    w.uvarint(0);
  }
}
