// Generated from messages/ListClientMetricsResourcesResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListClientMetricsResourcesResponse (response), versions 0. */
export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** Each client metrics resource in the response. Versions 0+. */
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
}

export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** The resource name. Versions 0+. */
  name: string;
}

export function decodeListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ListClientMetricsResourcesResponse', version });
  }
  try {
    return readListClientMetricsResourcesResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListClientMetricsResourcesResponse', version);
  }
}

export function encodeListClientMetricsResourcesResponse(w: Writer, v: ListClientMetricsResourcesResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ListClientMetricsResourcesResponse has no version ${version} (valid: 0)`);
  }
  writeListClientMetricsResourcesResponse(w, v, version);
}

function readListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'clientMetricsResources';
    let clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListClientMetricsResourcesResponseClientMetricsResource[] = [];
        for (let i = 0; i < n; i++) a.push(readListClientMetricsResourcesResponseClientMetricsResource(r, version));
        clientMetricsResources = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, clientMetricsResources };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListClientMetricsResourcesResponseClientMetricsResource(r: Reader, version: number): ListClientMetricsResourcesResponseClientMetricsResource {
  let f = 'name';
  try {
    const name: string = r.compactString();
    r.skipTaggedFields();
    return { name };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListClientMetricsResourcesResponse(w: Writer, v: ListClientMetricsResourcesResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    w.arrayLength(v.clientMetricsResources.length, true);
    for (const e of v.clientMetricsResources) writeListClientMetricsResourcesResponseClientMetricsResource(w, e, version);
  }
  w.uvarint(0);
}

function writeListClientMetricsResourcesResponseClientMetricsResource(w: Writer, v: ListClientMetricsResourcesResponseClientMetricsResource, version: number): void {
  w.compactString(v.name);
  w.uvarint(0);
}
