// Generated from messages/AlterConfigsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterConfigsRequest (request), versions 0-2. */
export interface AlterConfigsRequest {
  /** The updates for each resource. Versions 0+. */
  resources: AlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. Versions 0+. */
  validateOnly: boolean;
}

export interface AlterConfigsRequestAlterConfigsResource {
  /** The resource type. Versions 0+. */
  resourceType: number;
  /** The resource name. Versions 0+. */
  resourceName: string;
  /** The configurations. Versions 0+. */
  configs: AlterConfigsRequestAlterableConfig[];
}

export interface AlterConfigsRequestAlterableConfig {
  /** The configuration key name. Versions 0+. */
  name: string;
  /** The value to set for the configuration key. Versions 0+, nullable in 0+. */
  value: string | null;
}

export function decodeAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'AlterConfigsRequest', version });
  }
  try {
    return readAlterConfigsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterConfigsRequest', version);
  }
}

export function encodeAlterConfigsRequest(w: Writer, v: AlterConfigsRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`AlterConfigsRequest has no version ${version} (valid: 0-2)`);
  }
  writeAlterConfigsRequest(w, v, version);
}

function readAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  let f = 'resources';
  try {
    let resources: AlterConfigsRequestAlterConfigsResource[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterConfigsRequestAlterConfigsResource[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterConfigsRequestAlterConfigsResource(r, version));
        resources = a;
      }
    }
    f = 'validateOnly';
    const validateOnly: boolean = r.bool();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { resources, validateOnly };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterConfigsRequestAlterConfigsResource(r: Reader, version: number): AlterConfigsRequestAlterConfigsResource {
  let f = 'resourceType';
  try {
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 2 ? r.compactString() : r.string());
    f = 'configs';
    let configs: AlterConfigsRequestAlterableConfig[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterConfigsRequestAlterableConfig[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterConfigsRequestAlterableConfig(r, version));
        configs = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { resourceType, resourceName, configs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterConfigsRequestAlterableConfig(r: Reader, version: number): AlterConfigsRequestAlterableConfig {
  let f = 'name';
  try {
    const name: string = (version >= 2 ? r.compactString() : r.string());
    f = 'value';
    const value: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { name, value };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterConfigsRequest(w: Writer, v: AlterConfigsRequest, version: number): void {
  {
    w.arrayLength(v.resources.length, version >= 2);
    for (const e of v.resources) writeAlterConfigsRequestAlterConfigsResource(w, e, version);
  }
  w.bool(v.validateOnly);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterConfigsRequestAlterConfigsResource(w: Writer, v: AlterConfigsRequestAlterConfigsResource, version: number): void {
  w.int8(v.resourceType);
  if (version >= 2) w.compactString(v.resourceName); else w.string(v.resourceName);
  {
    w.arrayLength(v.configs.length, version >= 2);
    for (const e of v.configs) writeAlterConfigsRequestAlterableConfig(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterConfigsRequestAlterableConfig(w: Writer, v: AlterConfigsRequestAlterableConfig, version: number): void {
  if (version >= 2) w.compactString(v.name); else w.string(v.name);
  if (version >= 2) w.compactNullableString(v.value); else w.nullableString(v.value);
  if (version >= 2) {
    w.uvarint(0);
  }
}
