// Generated from messages/AlterConfigsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AlterConfigsResponse (response), versions 0-2. */
export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The responses for each resource. Versions 0+. */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
}

export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. Versions 0+. */
  errorCode: number;
  /** The resource error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The resource type. Versions 0+. */
  resourceType: number;
  /** The resource name. Versions 0+. */
  resourceName: string;
}

export function decodeAlterConfigsResponse(r: Reader, version: number): AlterConfigsResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'AlterConfigsResponse', version });
  }
  try {
    return readAlterConfigsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AlterConfigsResponse', version);
  }
}

export function encodeAlterConfigsResponse(w: Writer, v: AlterConfigsResponse, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`AlterConfigsResponse has no version ${version} (valid: 0-2)`);
  }
  writeAlterConfigsResponse(w, v, version);
}

function readAlterConfigsResponse(r: Reader, version: number): AlterConfigsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'responses';
    let responses: AlterConfigsResponseAlterConfigsResourceResponse[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AlterConfigsResponseAlterConfigsResourceResponse[] = [];
        for (let i = 0; i < n; i++) a.push(readAlterConfigsResponseAlterConfigsResourceResponse(r, version));
        responses = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, responses };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): AlterConfigsResponseAlterConfigsResourceResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = (version >= 2 ? r.compactNullableString() : r.nullableString());
    f = 'resourceType';
    const resourceType: number = r.int8();
    f = 'resourceName';
    const resourceName: string = (version >= 2 ? r.compactString() : r.string());
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, errorMessage, resourceType, resourceName };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAlterConfigsResponse(w: Writer, v: AlterConfigsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  {
    w.arrayLength(v.responses.length, version >= 2);
    for (const e of v.responses) writeAlterConfigsResponseAlterConfigsResourceResponse(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, v: AlterConfigsResponseAlterConfigsResourceResponse, version: number): void {
  w.int16(v.errorCode);
  if (version >= 2) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  w.int8(v.resourceType);
  if (version >= 2) w.compactString(v.resourceName); else w.string(v.resourceName);
  if (version >= 2) {
    w.uvarint(0);
  }
}
