// Generated from metadata/TopicRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** TopicRecord (metadata), versions 0. */
export interface TopicRecord {
  /** The topic name. Versions 0+. */
  name: string;
  /** The unique ID of this topic. Versions 0+. */
  topicId: string;
}

export function decodeTopicRecord(r: Reader, version: number): TopicRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'TopicRecord', version });
  }
  try {
    return readTopicRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'TopicRecord', version);
  }
}

export function encodeTopicRecord(w: Writer, v: TopicRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`TopicRecord has no version ${version} (valid: 0)`);
  }
  writeTopicRecord(w, v, version);
}

function readTopicRecord(r: Reader, version: number): TopicRecord {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'topicId';
    const topicId: string = r.uuid();
    r.skipTaggedFields();
    return { name, topicId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeTopicRecord(w: Writer, v: TopicRecord, version: number): void {
  w.compactString(v.name);
  w.uuid(v.topicId);
  w.uvarint(0);
}
