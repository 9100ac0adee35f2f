// Generated from messages/DefaultPrincipalData.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DefaultPrincipalData (data), versions 0. */
export interface DefaultPrincipalData {
  /** The principal type Versions 0+. */
  type: string;
  /** The principal name Versions 0+. */
  name: string;
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. Versions 0+. */
  tokenAuthenticated: boolean;
}

export function decodeDefaultPrincipalData(r: Reader, version: number): DefaultPrincipalData {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DefaultPrincipalData', version });
  }
  try {
    return readDefaultPrincipalData(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DefaultPrincipalData', version);
  }
}

export function encodeDefaultPrincipalData(w: Writer, v: DefaultPrincipalData, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DefaultPrincipalData has no version ${version} (valid: 0)`);
  }
  writeDefaultPrincipalData(w, v, version);
}

function readDefaultPrincipalData(r: Reader, version: number): DefaultPrincipalData {
  let f = 'type';
  try {
    const type: string = r.compactString();
    f = 'name';
    const name: string = r.compactString();
    f = 'tokenAuthenticated';
    const tokenAuthenticated: boolean = r.bool();
    r.skipTaggedFields();
    return { type, name, tokenAuthenticated };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDefaultPrincipalData(w: Writer, v: DefaultPrincipalData, version: number): void {
  w.compactString(v.type);
  w.compactString(v.name);
  w.bool(v.tokenAuthenticated);
  w.uvarint(0);
}
