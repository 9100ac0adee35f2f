// Generated from messages/BrokerHeartbeatResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** BrokerHeartbeatResponse (response), versions 0-1. */
export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** True if the broker has approximately caught up with the latest metadata. Versions 0+. */
  isCaughtUp: boolean;
  /** True if the broker is fenced. Versions 0+. */
  isFenced: boolean;
  /** True if the broker should proceed with its shutdown. Versions 0+. */
  shouldShutDown: boolean;
}

export function decodeBrokerHeartbeatResponse(r: Reader, version: number): BrokerHeartbeatResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'BrokerHeartbeatResponse', version });
  }
  try {
    return readBrokerHeartbeatResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'BrokerHeartbeatResponse', version);
  }
}

export function encodeBrokerHeartbeatResponse(w: Writer, v: BrokerHeartbeatResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`BrokerHeartbeatResponse has no version ${version} (valid: 0-1)`);
  }
  writeBrokerHeartbeatResponse(w, v, version);
}

function readBrokerHeartbeatResponse(r: Reader, version: number): BrokerHeartbeatResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'isCaughtUp';
    const isCaughtUp: boolean = r.bool();
    f = 'isFenced';
    const isFenced: boolean = r.bool();
    f = 'shouldShutDown';
    const shouldShutDown: boolean = r.bool();
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, isCaughtUp, isFenced, shouldShutDown };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeBrokerHeartbeatResponse(w: Writer, v: BrokerHeartbeatResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.bool(v.isCaughtUp);
  w.bool(v.isFenced);
  w.bool(v.shouldShutDown);
  w.uvarint(0);
}
