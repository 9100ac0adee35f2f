// Generated from messages/ControlledShutdownRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ControlledShutdownRequest (request), versions 0-3. */
export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. Versions 0+. */
  brokerId: number;
  /** The broker epoch. Versions 2+. */
  brokerEpoch: bigint;
}

export function decodeControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'ControlledShutdownRequest', version });
  }
  try {
    return readControlledShutdownRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ControlledShutdownRequest', version);
  }
}

export function encodeControlledShutdownRequest(w: Writer, v: ControlledShutdownRequest, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`ControlledShutdownRequest has no version ${version} (valid: 0-3)`);
  }
  writeControlledShutdownRequest(w, v, version);
}

function readControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    let brokerEpoch: bigint = -1n;
    if (version >= 2) {
      brokerEpoch = r.int64();
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { brokerId, brokerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeControlledShutdownRequest(w: Writer, v: ControlledShutdownRequest, version: number): void {
  w.int32(v.brokerId);
  if (version >= 2) {
    w.int64(v.brokerEpoch);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}
