// Generated from messages/ExpireDelegationTokenRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ExpireDelegationTokenRequest (request), versions 0-2. */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. Versions 0+. */
  hmac: Buffer;
  /** The expiry time period in milliseconds. Versions 0+. */
  expiryTimePeriodMs: bigint;
}

export function decodeExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'ExpireDelegationTokenRequest', version });
  }
  try {
    return readExpireDelegationTokenRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ExpireDelegationTokenRequest', version);
  }
}

export function encodeExpireDelegationTokenRequest(w: Writer, v: ExpireDelegationTokenRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`ExpireDelegationTokenRequest has no version ${version} (valid: 0-2)`);
  }
  writeExpireDelegationTokenRequest(w, v, version);
}

function readExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  let f = 'hmac';
  try {
    const hmac: Buffer = (version >= 2 ? r.compactBytes() : r.bytes());
    f = 'expiryTimePeriodMs';
    const expiryTimePeriodMs: bigint = r.int64();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { hmac, expiryTimePeriodMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeExpireDelegationTokenRequest(w: Writer, v: ExpireDelegationTokenRequest, version: number): void {
  if (version >= 2) w.compactBytes(v.hmac); else w.bytes(v.hmac);
  w.int64(v.expiryTimePeriodMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}
