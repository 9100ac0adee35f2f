// Generated from messages/DeleteTopicsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DeleteTopicsRequest (request), versions 0-6. */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic Versions 6+. */
  topics: DeleteTopicsRequestDeleteTopicState[];
  /** The names of the topics to delete Versions 0-5. */
  topicNames: string[];
  /** The length of time in milliseconds to wait for the deletions to complete. Versions 0+. */
  timeoutMs: number;
}

export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name Versions 6+, nullable in 6+. */
  name: string | null;
  /** The unique topic ID Versions 6+. */
  topicId: string;
}

export function decodeDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-6)`, { api: 'DeleteTopicsRequest', version });
  }
  try {
    return readDeleteTopicsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DeleteTopicsRequest', version);
  }
}

export function encodeDeleteTopicsRequest(w: Writer, v: DeleteTopicsRequest, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new UnsupportedVersionError(`DeleteTopicsRequest has no version ${version} (valid: 0-6)`);
  }
  writeDeleteTopicsRequest(w, v, version);
}

function readDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  let f = 'topics';
  try {
    let topics: DeleteTopicsRequestDeleteTopicState[] = [];
    if (version >= 6) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: DeleteTopicsRequestDeleteTopicState[] = [];
          for (let i = 0; i < n; i++) a.push(readDeleteTopicsRequestDeleteTopicState(r, version));
          topics = a;
        }
      }
    }
    f = 'topicNames';
    let topicNames: string[] = [];
    if (version <= 5) {
      {
        const n = r.arrayLength(version >= 4);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: string[] = [];
          for (let i = 0; i < n; i++) a.push((version >= 4 ? r.compactString() : r.string()));
          topicNames = a;
        }
      }
    }
    f = 'timeoutMs';
    const timeoutMs: number = r.int32();
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { topics, topicNames, timeoutMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDeleteTopicsRequestDeleteTopicState(r: Reader, version: number): DeleteTopicsRequestDeleteTopicState {
  let f = 'name';
  try {
    const name: string | null = r.compactNullableString();
    f = 'topicId';
    const topicId: string = r.uuid();
    r.skipTaggedFields();
    return { name, topicId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDeleteTopicsRequest(w: Writer, v: DeleteTopicsRequest, version: number): void {
  if (version >= 6) {
    {
      w.arrayLength(v.topics.length, true);
      for (const e of v.topics) writeDeleteTopicsRequestDeleteTopicState(w, e, version);
    }
  }
  if (!(version >= 6) && !(v.topics.length === 0)) throw new UnsupportedVersionError(`DeleteTopicsRequest v${version} cannot express a non-default value in field topics`);
  if (version <= 5) {
    {
      w.arrayLength(v.topicNames.length, version >= 4);
      for (const e of v.topicNames) if (version >= 4) w.compactString(e); else w.string(e);
    }
  }
  w.int32(v.timeoutMs);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeDeleteTopicsRequestDeleteTopicState(w: Writer, v: DeleteTopicsRequestDeleteTopicState, version: number): void {
  w.compactNullableString(v.name);
  w.uuid(v.topicId);
  w.uvarint(0);
}
