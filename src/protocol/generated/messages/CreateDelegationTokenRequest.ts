// Generated from messages/CreateDelegationTokenRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** CreateDelegationTokenRequest (request), versions 0-3. */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. Versions 3+, nullable in 3+. */
  ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. Versions 3+, nullable in 3+. */
  ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. Versions 0+. */
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. Versions 0+. */
  maxLifetimeMs: bigint;
}

export interface CreateDelegationTokenRequestCreatableRenewers {
  /** The type of the Kafka principal. Versions 0+. */
  principalType: string;
  /** The name of the Kafka principal. Versions 0+. */
  principalName: string;
}

export function decodeCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'CreateDelegationTokenRequest', version });
  }
  try {
    return readCreateDelegationTokenRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'CreateDelegationTokenRequest', version);
  }
}

export function encodeCreateDelegationTokenRequest(w: Writer, v: CreateDelegationTokenRequest, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`CreateDelegationTokenRequest has no version ${version} (valid: 0-3)`);
  }
  writeCreateDelegationTokenRequest(w, v, version);
}

function readCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  let f = 'ownerPrincipalType';
  try {
    let ownerPrincipalType: string | null = "";
    if (version >= 3) {
      ownerPrincipalType = r.compactNullableString();
    }
    f = 'ownerPrincipalName';
    let ownerPrincipalName: string | null = "";
    if (version >= 3) {
      ownerPrincipalName = r.compactNullableString();
    }
    f = 'renewers';
    let renewers: CreateDelegationTokenRequestCreatableRenewers[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreateDelegationTokenRequestCreatableRenewers[] = [];
        for (let i = 0; i < n; i++) a.push(readCreateDelegationTokenRequestCreatableRenewers(r, version));
        renewers = a;
      }
    }
    f = 'maxLifetimeMs';
    const maxLifetimeMs: bigint = r.int64();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { ownerPrincipalType, ownerPrincipalName, renewers, maxLifetimeMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreateDelegationTokenRequestCreatableRenewers(r: Reader, version: number): CreateDelegationTokenRequestCreatableRenewers {
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

function writeCreateDelegationTokenRequest(w: Writer, v: CreateDelegationTokenRequest, version: number): void {
  if (version >= 3) {
    w.compactNullableString(v.ownerPrincipalType);
  }
  if (!(version >= 3) && !(v.ownerPrincipalType === "")) throw new UnsupportedVersionError(`CreateDelegationTokenRequest v${version} cannot express a non-default value in field ownerPrincipalType`);
  if (version >= 3) {
    w.compactNullableString(v.ownerPrincipalName);
  }
  if (!(version >= 3) && !(v.ownerPrincipalName === "")) throw new UnsupportedVersionError(`CreateDelegationTokenRequest v${version} cannot express a non-default value in field ownerPrincipalName`);
  {
    w.arrayLength(v.renewers.length, version >= 2);
    for (const e of v.renewers) writeCreateDelegationTokenRequestCreatableRenewers(w, e, version);
  }
  w.int64(v.maxLifetimeMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeCreateDelegationTokenRequestCreatableRenewers(w: Writer, v: CreateDelegationTokenRequestCreatableRenewers, version: number): void {
  if (version >= 2) w.compactString(v.principalType); else w.string(v.principalType);
  if (version >= 2) w.compactString(v.principalName); else w.string(v.principalName);
  if (version >= 2) {
    w.uvarint(0);
  }
}
