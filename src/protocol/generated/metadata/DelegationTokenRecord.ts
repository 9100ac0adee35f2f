// Generated from metadata/DelegationTokenRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DelegationTokenRecord (metadata), versions 0. */
export interface DelegationTokenRecord {
  /** The delegation token owner. Versions 0+. */
  owner: string;
  /** The delegation token requester. Versions 0+. */
  requester: string;
  /** The principals which can renew this token. Versions 0+. */
  renewers: string[];
  /** The time at which this timestamp was issued. Versions 0+. */
  issueTimestamp: bigint;
  /** The time at which this token cannot be renewed any more. Versions 0+. */
  maxTimestamp: bigint;
  /** The next time at which this token must be renewed. Versions 0+. */
  expirationTimestamp: bigint;
  /** The token id. Versions 0+. */
  tokenId: string;
}

export function decodeDelegationTokenRecord(r: Reader, version: number): DelegationTokenRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DelegationTokenRecord', version });
  }
  try {
    return readDelegationTokenRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DelegationTokenRecord', version);
  }
}

export function encodeDelegationTokenRecord(w: Writer, v: DelegationTokenRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DelegationTokenRecord has no version ${version} (valid: 0)`);
  }
  writeDelegationTokenRecord(w, v, version);
}

function readDelegationTokenRecord(r: Reader, version: number): DelegationTokenRecord {
  let f = 'owner';
  try {
    const owner: string = r.compactString();
    f = 'requester';
    const requester: string = r.compactString();
    f = 'renewers';
    let renewers: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        renewers = a;
      }
    }
    f = 'issueTimestamp';
    const issueTimestamp: bigint = r.int64();
    f = 'maxTimestamp';
    const maxTimestamp: bigint = r.int64();
    f = 'expirationTimestamp';
    const expirationTimestamp: bigint = r.int64();
    f = 'tokenId';
    const tokenId: string = r.compactString();
    r.skipTaggedFields();
    return { owner, requester, renewers, issueTimestamp, maxTimestamp, expirationTimestamp, tokenId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDelegationTokenRecord(w: Writer, v: DelegationTokenRecord, version: number): void {
  w.compactString(v.owner);
  w.compactString(v.requester);
  {
    w.arrayLength(v.renewers.length, true);
    for (const e of v.renewers) w.compactString(e);
  }
  w.int64(v.issueTimestamp);
  w.int64(v.maxTimestamp);
  w.int64(v.expirationTimestamp);
  w.compactString(v.tokenId);
  w.uvarint(0);
}
