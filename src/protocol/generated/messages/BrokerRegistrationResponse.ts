// Generated from messages/BrokerRegistrationResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** BrokerRegistrationResponse (response), versions 0-4. */
export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The broker's assigned epoch, or -1 if none was assigned. Versions 0+. */
  brokerEpoch: bigint;
}

export function decodeBrokerRegistrationResponse(r: Reader, version: number): BrokerRegistrationResponse {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'BrokerRegistrationResponse', version });
  }
  try {
    return readBrokerRegistrationResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'BrokerRegistrationResponse', version);
  }
}

export function encodeBrokerRegistrationResponse(w: Writer, v: BrokerRegistrationResponse, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`BrokerRegistrationResponse has no version ${version} (valid: 0-4)`);
  }
  writeBrokerRegistrationResponse(w, v, version);
}

function readBrokerRegistrationResponse(r: Reader, version: number): BrokerRegistrationResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, brokerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeBrokerRegistrationResponse(w: Writer, v: BrokerRegistrationResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.int64(v.brokerEpoch);
  w.uvarint(0);
}
