// Generated from metadata/RemoveUserScramCredentialRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RemoveUserScramCredentialRecord (metadata), versions 0. */
export interface RemoveUserScramCredentialRecord {
  /** The user name. Versions 0+. */
  name: string;
  /** The SCRAM mechanism. Versions 0+. */
  mechanism: number;
}

export function decodeRemoveUserScramCredentialRecord(r: Reader, version: number): RemoveUserScramCredentialRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'RemoveUserScramCredentialRecord', version });
  }
  try {
    return readRemoveUserScramCredentialRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RemoveUserScramCredentialRecord', version);
  }
}

export function encodeRemoveUserScramCredentialRecord(w: Writer, v: RemoveUserScramCredentialRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`RemoveUserScramCredentialRecord has no version ${version} (valid: 0)`);
  }
  writeRemoveUserScramCredentialRecord(w, v, version);
}

function readRemoveUserScramCredentialRecord(r: Reader, version: number): RemoveUserScramCredentialRecord {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'mechanism';
    const mechanism: number = r.int8();
    r.skipTaggedFields();
    return { name, mechanism };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRemoveUserScramCredentialRecord(w: Writer, v: RemoveUserScramCredentialRecord, version: number): void {
  w.compactString(v.name);
  w.int8(v.mechanism);
  w.uvarint(0);
}
