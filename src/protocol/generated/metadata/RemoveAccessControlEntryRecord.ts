// Generated from metadata/RemoveAccessControlEntryRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RemoveAccessControlEntryRecord (metadata), versions 0. */
export interface RemoveAccessControlEntryRecord {
  /** The ID of the AccessControlEntry to remove. Versions 0+. */
  id: string;
}

export function decodeRemoveAccessControlEntryRecord(r: Reader, version: number): RemoveAccessControlEntryRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'RemoveAccessControlEntryRecord', version });
  }
  try {
    return readRemoveAccessControlEntryRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RemoveAccessControlEntryRecord', version);
  }
}

export function encodeRemoveAccessControlEntryRecord(w: Writer, v: RemoveAccessControlEntryRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`RemoveAccessControlEntryRecord has no version ${version} (valid: 0)`);
  }
  writeRemoveAccessControlEntryRecord(w, v, version);
}

function readRemoveAccessControlEntryRecord(r: Reader, version: number): RemoveAccessControlEntryRecord {
  let f = 'id';
  try {
    const id: string = r.uuid();
    r.skipTaggedFields();
    return { id };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRemoveAccessControlEntryRecord(w: Writer, v: RemoveAccessControlEntryRecord, version: number): void {
  w.uuid(v.id);
  w.uvarint(0);
}
