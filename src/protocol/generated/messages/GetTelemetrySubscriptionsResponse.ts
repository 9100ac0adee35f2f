// Generated from messages/GetTelemetrySubscriptionsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** GetTelemetrySubscriptionsResponse (response), versions 0. */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. Versions 0+. */
  clientInstanceId: string;
  /** Unique identifier for the current subscription set for this client instance. Versions 0+. */
  subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. Versions 0+. */
  acceptedCompressionTypes: number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. Versions 0+. */
  pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. Versions 0+. */
  telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values Versions 0+. */
  deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. Versions 0+. */
  requestedMetrics: string[];
}

export function decodeGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'GetTelemetrySubscriptionsResponse', version });
  }
  try {
    return readGetTelemetrySubscriptionsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'GetTelemetrySubscriptionsResponse', version);
  }
}

export function encodeGetTelemetrySubscriptionsResponse(w: Writer, v: GetTelemetrySubscriptionsResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`GetTelemetrySubscriptionsResponse has no version ${version} (valid: 0)`);
  }
  writeGetTelemetrySubscriptionsResponse(w, v, version);
}

function readGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'clientInstanceId';
    const clientInstanceId: string = r.uuid();
    f = 'subscriptionId';
    const subscriptionId: number = r.int32();
    f = 'acceptedCompressionTypes';
    let acceptedCompressionTypes: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int8());
        acceptedCompressionTypes = a;
      }
    }
    f = 'pushIntervalMs';
    const pushIntervalMs: number = r.int32();
    f = 'telemetryMaxBytes';
    const telemetryMaxBytes: number = r.int32();
    f = 'deltaTemporality';
    const deltaTemporality: boolean = r.bool();
    f = 'requestedMetrics';
    let requestedMetrics: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        requestedMetrics = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, clientInstanceId, subscriptionId, acceptedCompressionTypes, pushIntervalMs, telemetryMaxBytes, deltaTemporality, requestedMetrics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeGetTelemetrySubscriptionsResponse(w: Writer, v: GetTelemetrySubscriptionsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.uuid(v.clientInstanceId);
  w.int32(v.subscriptionId);
  {
    w.arrayLength(v.acceptedCompressionTypes.length, true);
    for (const e of v.acceptedCompressionTypes) w.int8(e);
  }
  w.int32(v.pushIntervalMs);
  w.int32(v.telemetryMaxBytes);
  w.bool(v.deltaTemporality);
  {
    w.arrayLength(v.requestedMetrics.length, true);
    for (const e of v.requestedMetrics) w.compactString(e);
  }
  w.uvarint(0);
}
