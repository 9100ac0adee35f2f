// Generated from messages/UnregisterBrokerRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** UnregisterBrokerRequest (request), versions 0. */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. Versions 0+. */
  brokerId: number;
}

export function decodeUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'UnregisterBrokerRequest', version });
  }
  try {
    return readUnregisterBrokerRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UnregisterBrokerRequest', version);
  }
}

export function encodeUnregisterBrokerRequest(w: Writer, v: UnregisterBrokerRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`UnregisterBrokerRequest has no version ${version} (valid: 0)`);
  }
  writeUnregisterBrokerRequest(w, v, version);
}

function readUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    r.skipTaggedFields();
    return { brokerId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUnregisterBrokerRequest(w: Writer, v: UnregisterBrokerRequest, version: number): void {
  w.int32(v.brokerId);
  w.uvarint(0);
}
