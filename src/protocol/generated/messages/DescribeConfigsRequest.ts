// Generated from messages/DescribeConfigsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeConfigsRequest (request), versions 0-4. */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. Versions 0+. */
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  /** True if we should include all synonyms. Versions 1+. */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. Versions 3+. */
  includeDocumentation: boolean;
}

export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. Versions 0+. */
  resourceType: number;
  /** The resource name. Versions 0+. */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. Versions 0+, nullable in 0+. */
  configurationKeys: string[] | null;
}

export function decodeDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'DescribeConfigsRequest', version });
  }
  try {
    return readDescribeConfigsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeConfigsRequest', version);
  }
}

export function encodeDescribeConfigsRequest(w: Writer, v: DescribeConfigsRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`DescribeConfigsRequest has no version ${version} (valid: 0-4)`);
  }
  writeDescribeConfigsRequest(w, v, version);
}

function readDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  let f = 'resources';
  try {
    let resources: DescribeConfigsRequestDescribeConfigsResource[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeConfigsRequestDescribeConfigsResource[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeConfigsRequestDescribeConfigsResource(r, version));
        resources = a;
      }
    }
    f = 'includeSynonyms';
    let includeSynonyms: boolean = false;
    if (version >= 1) {
      includeSynonyms = r.bool();
    }
    f = 'includeDocumentation';
    let includeDocumentation: boolean = false;
    if (version >= 3) {
      includeDocumentation = r.bool();
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { resources, includeSynonyms, includeDocumentation };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeConfigsRequestDescribeConfigsResource(r: Reader, version: number): DescribeConfigsRequestDescribeConfigsResource {
  let f = 'resourceType';
  try {
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 4 ? r.compactString() : r.string());
    f = 'configurationKeys';
    let configurationKeys: string[] | null;
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        configurationKeys = null;
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push((version >= 4 ? r.compactString() : r.string()));
        configurationKeys = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { resourceType, resourceName, configurationKeys };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeConfigsRequest(w: Writer, v: DescribeConfigsRequest, version: number): void {
  {
    w.arrayLength(v.resources.length, version >= 4);
    for (const e of v.resources) writeDescribeConfigsRequestDescribeConfigsResource(w, e, version);
  }
  if (version >= 1) {
    w.bool(v.includeSynonyms);
  }
  if (!(version >= 1) && !(v.includeSynonyms === false)) throw new UnsupportedVersionError(`DescribeConfigsRequest v${version} cannot express a non-default value in field includeSynonyms`);
  if (version >= 3) {
    w.bool(v.includeDocumentation);
  }
  if (!(version >= 3) && !(v.includeDocumentation === false)) throw new UnsupportedVersionError(`DescribeConfigsRequest v${version} cannot express a non-default value in field includeDocumentation`);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDescribeConfigsRequestDescribeConfigsResource(w: Writer, v: DescribeConfigsRequestDescribeConfigsResource, version: number): void {
  w.int8(v.resourceType);
  if (version >= 4) w.compactString(v.resourceName); else w.string(v.resourceName);
  if (v.configurationKeys === null) {
    w.arrayLength(-1, version >= 4);
  } else {
    w.arrayLength(v.configurationKeys.length, version >= 4);
    for (const e of v.configurationKeys) if (version >= 4) w.compactString(e); else w.string(e);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}
