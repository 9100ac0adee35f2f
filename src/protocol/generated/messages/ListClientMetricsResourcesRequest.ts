// Generated from messages/ListClientMetricsResourcesRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListClientMetricsResourcesRequest (request), versions 0. */
export interface ListClientMetricsResourcesRequest {
}

export function decodeListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ListClientMetricsResourcesRequest', version });
  }
  try {
    return readListClientMetricsResourcesRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListClientMetricsResourcesRequest', version);
  }
}

export function encodeListClientMetricsResourcesRequest(w: Writer, v: ListClientMetricsResourcesRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ListClientMetricsResourcesRequest has no version ${version} (valid: 0)`);
  }
  writeListClientMetricsResourcesRequest(w, v, version);
}

function readListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  let f = '';
  try {
    r.skipTaggedFields();
    return {  };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListClientMetricsResourcesRequest(w: Writer, v: ListClientMetricsResourcesRequest, version: number): void {
  w.uvarint(0);
}
