// Generated from messages/PushTelemetryRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** PushTelemetryRequest (request), versions 0. */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. Versions 0+. */
  clientInstanceId: string;
  /** Unique identifier for the current subscription. Versions 0+. */
  subscriptionId: number;
  /** Client is terminating the connection. Versions 0+. */
  terminating: boolean;
  /** Compression codec used to compress the metrics. Versions 0+. */
  compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. Versions 0+. */
  metrics: Buffer;
}

export function decodePushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'PushTelemetryRequest', version });
  }
  try {
    return readPushTelemetryRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'PushTelemetryRequest', version);
  }
}

export function encodePushTelemetryRequest(w: Writer, v: PushTelemetryRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`PushTelemetryRequest has no version ${version} (valid: 0)`);
  }
  writePushTelemetryRequest(w, v, version);
}

function readPushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  let f = 'clientInstanceId';
  try {
    const clientInstanceId: string = r.uuid();
    f = 'subscriptionId';
    const subscriptionId: number = r.int32();
    f = 'terminating';
    const terminating: boolean = r.bool();
    f = 'compressionType';
    const compressionType: number = r.int8();
    f = 'metrics';
    const metrics: Buffer = r.compactBytes();
    r.skipTaggedFields();
    return { clientInstanceId, subscriptionId, terminating, compressionType, metrics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writePushTelemetryRequest(w: Writer, v: PushTelemetryRequest, version: number): void {
  w.uuid(v.clientInstanceId);
  w.int32(v.subscriptionId);
  w.bool(v.terminating);
  w.int8(v.compressionType);
  w.compactBytes(v.metrics);
  w.uvarint(0);
}
