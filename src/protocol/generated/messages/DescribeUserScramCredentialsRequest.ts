// Generated from messages/DescribeUserScramCredentialsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeUserScramCredentialsRequest (request), versions 0. */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. Versions 0+, nullable in 0+. */
  users: DescribeUserScramCredentialsRequestUserName[] | null;
}

export interface DescribeUserScramCredentialsRequestUserName {
  /** The user name. Versions 0+. */
  name: string;
}

export function decodeDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DescribeUserScramCredentialsRequest', version });
  }
  try {
    return readDescribeUserScramCredentialsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeUserScramCredentialsRequest', version);
  }
}

export function encodeDescribeUserScramCredentialsRequest(w: Writer, v: DescribeUserScramCredentialsRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DescribeUserScramCredentialsRequest has no version ${version} (valid: 0)`);
  }
  writeDescribeUserScramCredentialsRequest(w, v, version);
}

function readDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  let f = 'users';
  try {
    let users: DescribeUserScramCredentialsRequestUserName[] | null;
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        users = null;
      } else {
        const a: DescribeUserScramCredentialsRequestUserName[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeUserScramCredentialsRequestUserName(r, version));
        users = a;
      }
    }
    r.skipTaggedFields();
    return { users };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeUserScramCredentialsRequestUserName(r: Reader, version: number): DescribeUserScramCredentialsRequestUserName {
  let f = 'name';
  try {
    const name: string = r.compactString();
    r.skipTaggedFields();
    return { name };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeUserScramCredentialsRequest(w: Writer, v: DescribeUserScramCredentialsRequest, version: number): void {
  if (v.users === null) {
    w.arrayLength(-1, true);
  } else {
    w.arrayLength(v.users.length, true);
    for (const e of v.users) writeDescribeUserScramCredentialsRequestUserName(w, e, version);
  }
  w.uvarint(0);
}

function writeDescribeUserScramCredentialsRequestUserName(w: Writer, v: DescribeUserScramCredentialsRequestUserName, version: number): void {
  w.compactString(v.name);
  w.uvarint(0);
}
