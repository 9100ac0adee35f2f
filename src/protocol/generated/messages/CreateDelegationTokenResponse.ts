// Generated from messages/CreateDelegationTokenResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** CreateDelegationTokenResponse (response), versions 0-3. */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. Versions 0+. */
  errorCode: number;
  /** The principal type of the token owner. Versions 0+. */
  principalType: string;
  /** The name of the token owner. Versions 0+. */
  principalName: string;
  /** The principal type of the requester of the token. Versions 3+. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. Versions 3+. */
  tokenRequesterPrincipalName: string;
  /** When this token was generated. Versions 0+. */
  issueTimestampMs: bigint;
  /** When this token expires. Versions 0+. */
  expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. Versions 0+. */
  maxTimestampMs: bigint;
  /** The token UUID. Versions 0+. */
  tokenId: string;
  /** HMAC of the delegation token. Versions 0+. */
  hmac: Buffer;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
}

export function decodeCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'CreateDelegationTokenResponse', version });
  }
  try {
    return readCreateDelegationTokenResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'CreateDelegationTokenResponse', version);
  }
}

export function encodeCreateDelegationTokenResponse(w: Writer, v: CreateDelegationTokenResponse, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`CreateDelegationTokenResponse has no version ${version} (valid: 0-3)`);
  }
  writeCreateDelegationTokenResponse(w, v, version);
}

function readCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'principalType';
    const principalType: string = (version >= 2 ? r.compactString() : r.string());
    f = 'principalName';
    const principalName: string = (version >= 2 ? r.compactString() : r.string());
    f = 'tokenRequesterPrincipalType';
    let tokenRequesterPrincipalType: string = "";
    if (version >= 3) {
      tokenRequesterPrincipalType = r.compactString();
    }
    f = 'tokenRequesterPrincipalName';
    let tokenRequesterPrincipalName: string = "";
    if (version >= 3) {
      tokenRequesterPrincipalName = r.compactString();
    }
    f = 'issueTimestampMs';
    const issueTimestampMs: bigint = r.int64();
    f = 'expiryTimestampMs';
    const expiryTimestampMs: bigint = r.int64();
    f = 'maxTimestampMs';
    const maxTimestampMs: bigint = r.int64();
    f = 'tokenId';
    const tokenId: string = (version >= 2 ? r.compactString() : r.string());
    f = 'hmac';
    const hmac: Buffer = (version >= 2 ? r.compactBytes() : r.bytes());
    f = 'throttleTimeMs';
    const throttleTimeMs: number = r.int32();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, principalType, principalName, tokenRequesterPrincipalType, tokenRequesterPrincipalName, issueTimestampMs, expiryTimestampMs, maxTimestampMs, tokenId, hmac, throttleTimeMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeCreateDelegationTokenResponse(w: Writer, v: CreateDelegationTokenResponse, version: number): void {
  w.int16(v.errorCode);
  if (version >= 2) w.compactString(v.principalType); else w.string(v.principalType);
  if (version >= 2) w.compactString(v.principalName); else w.string(v.principalName);
  if (version >= 3) {
    w.compactString(v.tokenRequesterPrincipalType);
  }
  if (!(version >= 3) && !(v.tokenRequesterPrincipalType === "")) throw new UnsupportedVersionError(`CreateDelegationTokenResponse v${version} cannot express a non-default value in field tokenRequesterPrincipalType`);
  if (version >= 3) {
    w.compactString(v.tokenRequesterPrincipalName);
  }
  if (!(version >= 3) && !(v.tokenRequesterPrincipalName === "")) throw new UnsupportedVersionError(`CreateDelegationTokenResponse v${version} cannot express a non-default value in field tokenRequesterPrincipalName`);
  w.int64(v.issueTimestampMs);
  w.int64(v.expiryTimestampMs);
  w.int64(v.maxTimestampMs);
  if (version >= 2) w.compactString(v.tokenId); else w.string(v.tokenId);
  if (version >= 2) w.compactBytes(v.hmac); else w.bytes(v.hmac);
  w.int32(v.throttleTimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}
