// Generated from metadata/RemoveTopicRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RemoveTopicRecord (metadata), versions 0. */
export interface RemoveTopicRecord {
  /** The topic to remove. All associated partitions will be removed as well. Versions 0+. */
  topicId: string;
}

export function decodeRemoveTopicRecord(r: Reader, version: number): RemoveTopicRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'RemoveTopicRecord', version });
  }
  try {
    return readRemoveTopicRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RemoveTopicRecord', version);
  }
}

export function encodeRemoveTopicRecord(w: Writer, v: RemoveTopicRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`RemoveTopicRecord has no version ${version} (valid: 0)`);
  }
  writeRemoveTopicRecord(w, v, version);
}

function readRemoveTopicRecord(r: Reader, version: number): RemoveTopicRecord {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    r.skipTaggedFields();
    return { topicId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRemoveTopicRecord(w: Writer, v: RemoveTopicRecord, version: number): void {
  w.uuid(v.topicId);
  w.uvarint(0);
}
