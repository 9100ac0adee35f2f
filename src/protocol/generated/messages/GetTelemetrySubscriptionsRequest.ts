// Generated from messages/GetTelemetrySubscriptionsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** GetTelemetrySubscriptionsRequest (request), versions 0. */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. Versions 0+. */
  clientInstanceId: string;
}

export function decodeGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'GetTelemetrySubscriptionsRequest', version });
  }
  try {
    return readGetTelemetrySubscriptionsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'GetTelemetrySubscriptionsRequest', version);
  }
}

export function encodeGetTelemetrySubscriptionsRequest(w: Writer, v: GetTelemetrySubscriptionsRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`GetTelemetrySubscriptionsRequest has no version ${version} (valid: 0)`);
  }
  writeGetTelemetrySubscriptionsRequest(w, v, version);
}

function readGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  let f = 'clientInstanceId';
  try {
    const clientInstanceId: string = r.uuid();
    r.skipTaggedFields();
    return { clientInstanceId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeGetTelemetrySubscriptionsRequest(w: Writer, v: GetTelemetrySubscriptionsRequest, version: number): void {
  w.uuid(v.clientInstanceId);
  w.uvarint(0);
}
