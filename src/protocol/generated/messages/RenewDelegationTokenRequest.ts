// Generated from messages/RenewDelegationTokenRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RenewDelegationTokenRequest (request), versions 0-2. */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. Versions 0+. */
  hmac: Buffer;
  /** The renewal time period in milliseconds. Versions 0+. */
  renewPeriodMs: bigint;
}

export function decodeRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'RenewDelegationTokenRequest', version });
  }
  try {
    return readRenewDelegationTokenRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RenewDelegationTokenRequest', version);
  }
}

export function encodeRenewDelegationTokenRequest(w: Writer, v: RenewDelegationTokenRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`RenewDelegationTokenRequest has no version ${version} (valid: 0-2)`);
  }
  writeRenewDelegationTokenRequest(w, v, version);
}

function readRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  let f = 'hmac';
  try {
    const hmac: Buffer = (version >= 2 ? r.compactBytes() : r.bytes());
    f = 'renewPeriodMs';
    const renewPeriodMs: bigint = r.int64();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { hmac, renewPeriodMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRenewDelegationTokenRequest(w: Writer, v: RenewDelegationTokenRequest, version: number): void {
  if (version >= 2) w.compactBytes(v.hmac); else w.bytes(v.hmac);
  w.int64(v.renewPeriodMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}
