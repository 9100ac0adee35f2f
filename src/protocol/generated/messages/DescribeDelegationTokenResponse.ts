// Generated from messages/DescribeDelegationTokenResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeDelegationTokenResponse (response), versions 0-3. */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The tokens. Versions 0+. */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
}

export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** The token principal type. Versions 0+. */
  principalType: string;
  /** The token principal name. Versions 0+. */
  principalName: string;
  /** The principal type of the requester of the token. Versions 3+. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. Versions 3+. */
  tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. Versions 0+. */
  issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. Versions 0+. */
  expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. Versions 0+. */
  maxTimestamp: bigint;
  /** The token ID. Versions 0+. */
  tokenId: string;
  /** The token HMAC. Versions 0+. */
  hmac: Buffer;
  /** Those who are able to renew this token before it expires. Versions 0+. */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
}

export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** The renewer principal type Versions 0+. */
  principalType: string;
  /** The renewer principal name Versions 0+. */
  principalName: string;
}

export function decodeDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'DescribeDelegationTokenResponse', version });
  }
  try {
    return readDescribeDelegationTokenResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeDelegationTokenResponse', version);
  }
}

export function encodeDescribeDelegationTokenResponse(w: Writer, v: DescribeDelegationTokenResponse, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`DescribeDelegationTokenResponse has no version ${version} (valid: 0-3)`);
  }
  writeDescribeDelegationTokenResponse(w, v, version);
}

function readDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'tokens';
    let tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeDelegationTokenResponseDescribedDelegationToken(r, version));
        tokens = a;
      }
    }
    f = 'throttleTimeMs';
    const throttleTimeMs: number = r.int32();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { errorCode, tokens, throttleTimeMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  let f = 'principalType';
  try {
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
    f = 'issueTimestamp';
    const issueTimestamp: bigint = r.int64();
    f = 'expiryTimestamp';
    const expiryTimestamp: bigint = r.int64();
    f = 'maxTimestamp';
    const maxTimestamp: bigint = r.int64();
    f = 'tokenId';
    const tokenId: string = (version >= 2 ? r.compactString() : r.string());
    f = 'hmac';
    const hmac: Buffer = (version >= 2 ? r.compactBytes() : r.bytes());
    f = 'renewers';
    let renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, version));
        renewers = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { principalType, principalName, tokenRequesterPrincipalType, tokenRequesterPrincipalName, issueTimestamp, expiryTimestamp, maxTimestamp, tokenId, hmac, renewers };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  let f = 'principalType';
  try {
    const principalType: string = (version >= 2 ? r.compactString() : r.string());
    f = 'principalName';
    const principalName: string = (version >= 2 ? r.compactString() : r.string());
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { principalType, principalName };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeDelegationTokenResponse(w: Writer, v: DescribeDelegationTokenResponse, version: number): void {
  w.int16(v.errorCode);
  {
    w.arrayLength(v.tokens.length, version >= 2);
    for (const e of v.tokens) writeDescribeDelegationTokenResponseDescribedDelegationToken(w, e, version);
  }
  w.int32(v.throttleTimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationToken, version: number): void {
  if (version >= 2) w.compactString(v.principalType); else w.string(v.principalType);
  if (version >= 2) w.compactString(v.principalName); else w.string(v.principalName);
  if (version >= 3) {
    w.compactString(v.tokenRequesterPrincipalType);
  }
  if (!(version >= 3) && !(v.tokenRequesterPrincipalType === "")) throw new UnsupportedVersionError(`DescribeDelegationTokenResponse v${version} cannot express a non-default value in field DescribeDelegationTokenResponseDescribedDelegationToken.tokenRequesterPrincipalType`);
  if (version >= 3) {
    w.compactString(v.tokenRequesterPrincipalName);
  }
  if (!(version >= 3) && !(v.tokenRequesterPrincipalName === "")) throw new UnsupportedVersionError(`DescribeDelegationTokenResponse v${version} cannot express a non-default value in field DescribeDelegationTokenResponseDescribedDelegationToken.tokenRequesterPrincipalName`);
  w.int64(v.issueTimestamp);
  w.int64(v.expiryTimestamp);
  w.int64(v.maxTimestamp);
  if (version >= 2) w.compactString(v.tokenId); else w.string(v.tokenId);
  if (version >= 2) w.compactBytes(v.hmac); else w.bytes(v.hmac);
  {
    w.arrayLength(v.renewers.length, version >= 2);
    for (const e of v.renewers) writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, v: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, version: number): void {
  if (version >= 2) w.compactString(v.principalType); else w.string(v.principalType);
  if (version >= 2) w.compactString(v.principalName); else w.string(v.principalName);
  if (version >= 2) {
    w.uvarint(0);
  }
}
