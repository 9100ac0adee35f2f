// Generated from metadata/RemoveDelegationTokenRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RemoveDelegationTokenRecord (metadata), versions 0. */
export interface RemoveDelegationTokenRecord {
  /** The tokenID to remove. Versions 0+. */
  tokenId: string;
}

export function decodeRemoveDelegationTokenRecord(r: Reader, version: number): RemoveDelegationTokenRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'RemoveDelegationTokenRecord', version });
  }
  try {
    return readRemoveDelegationTokenRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RemoveDelegationTokenRecord', version);
  }
}

export function encodeRemoveDelegationTokenRecord(w: Writer, v: RemoveDelegationTokenRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`RemoveDelegationTokenRecord has no version ${version} (valid: 0)`);
  }
  writeRemoveDelegationTokenRecord(w, v, version);
}

function readRemoveDelegationTokenRecord(r: Reader, version: number): RemoveDelegationTokenRecord {
  let f = 'tokenId';
  try {
    const tokenId: string = r.compactString();
    r.skipTaggedFields();
    return { tokenId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRemoveDelegationTokenRecord(w: Writer, v: RemoveDelegationTokenRecord, version: number): void {
  w.compactString(v.tokenId);
  w.uvarint(0);
}
