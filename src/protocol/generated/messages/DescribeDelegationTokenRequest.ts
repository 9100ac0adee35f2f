// Generated from messages/DescribeDelegationTokenRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeDelegationTokenRequest (request), versions 0-3. */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. Versions 0+, nullable in 0+. */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
}

export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** The owner principal type. Versions 0+. */
  principalType: string;
  /** The owner principal name. Versions 0+. */
  principalName: string;
}

export function decodeDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'DescribeDelegationTokenRequest', version });
  }
  try {
    return readDescribeDelegationTokenRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeDelegationTokenRequest', version);
  }
}

export function encodeDescribeDelegationTokenRequest(w: Writer, v: DescribeDelegationTokenRequest, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`DescribeDelegationTokenRequest has no version ${version} (valid: 0-3)`);
  }
  writeDescribeDelegationTokenRequest(w, v, version);
}

function readDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  let f = 'owners';
  try {
    let owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        owners = null;
      } else {
        const a: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, version));
        owners = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { owners };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, version: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
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

function writeDescribeDelegationTokenRequest(w: Writer, v: DescribeDelegationTokenRequest, version: number): void {
  if (v.owners === null) {
    w.arrayLength(-1, version >= 2);
  } else {
    w.arrayLength(v.owners.length, version >= 2);
    for (const e of v.owners) writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, e, version);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, v: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, version: number): void {
  if (version >= 2) w.compactString(v.principalType); else w.string(v.principalType);
  if (version >= 2) w.compactString(v.principalName); else w.string(v.principalName);
  if (version >= 2) {
    w.uvarint(0);
  }
}
