// Generated from messages/IncrementalAlterConfigsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** IncrementalAlterConfigsResponse (response), versions 0-1. */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The responses for each resource. Versions 0+. */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
}

export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. Versions 0+. */
  errorCode: number;
  /** The resource error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The resource type. Versions 0+. */
  resourceType: number;
  /** The resource name. Versions 0+. */
  resourceName: string;
}

export function decodeIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'IncrementalAlterConfigsResponse', version });
  }
  try {
    return readIncrementalAlterConfigsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'IncrementalAlterConfigsResponse', version);
  }
}

export function encodeIncrementalAlterConfigsResponse(w: Writer, v: IncrementalAlterConfigsResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`IncrementalAlterConfigsResponse has no version ${version} (valid: 0-1)`);
  }
  writeIncrementalAlterConfigsResponse(w, v, version);
}

function readIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'responses';
    let responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, version));
        responses = a;
      }
    }
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, responses };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 1 ? r.compactNullableString() : r.nullableString());
    f = 'resourceType';
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 1 ? r.compactString() : r.string());
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { errorCode, errorMessage, resourceType, resourceName };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeIncrementalAlterConfigsResponse(w: Writer, v: IncrementalAlterConfigsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.responses.length, version >= 1);
    for (const e of v.responses) writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, e, version);
  }
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, v: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, version: number): void {
  w.int16(v.errorCode);
  if (version >= 1) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  if (version >= 1) w.compactString(v.resourceName); else w.string(v.resourceName);
  if (version >= 1) {
    w.uvarint(0);
  }
}
