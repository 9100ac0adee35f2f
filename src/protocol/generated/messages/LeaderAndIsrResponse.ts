// Generated from messages/LeaderAndIsrResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** LeaderAndIsrResponse (response), versions 0-7. */
export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** Each partition in v0 to v4 message. Versions 0-4. */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  /** Each topic Versions 5+. */
  topics: LeaderAndIsrResponseLeaderAndIsrTopicError[];
}

export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  /** The topic name. Versions 0-4. */
  topicName: string;
  /** The partition index. Versions 0+. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  /** The unique topic ID Versions 5+. */
  topicId: string;
  /** Each partition. Versions 5+. */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
}

export function decodeLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-7)`, { api: 'LeaderAndIsrResponse', version });
  }
  try {
    return readLeaderAndIsrResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'LeaderAndIsrResponse', version);
  }
}

export function encodeLeaderAndIsrResponse(w: Writer, v: LeaderAndIsrResponse, version: number): void {
  if (!(version >= 0 && version <= 7)) {
    throw new UnsupportedVersionError(`LeaderAndIsrResponse has no version ${version} (valid: 0-7)`);
  }
  writeLeaderAndIsrResponse(w, v, version);
}

function readLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    f = 'partitionErrors';
    let partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
    if (version <= 4) {
      {
        const n = r.arrayLength(version >= 4);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
          for (let i = 0; i < n; i++) a.push(readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version));
          partitionErrors = a;
        }
      }
    }
    f = 'topics';
    let topics: LeaderAndIsrResponseLeaderAndIsrTopicError[] = [];
    if (version >= 5) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: LeaderAndIsrResponseLeaderAndIsrTopicError[] = [];
          for (let i = 0; i < n; i++) a.push(readLeaderAndIsrResponseLeaderAndIsrTopicError(r, version));
          topics = a;
        }
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { errorCode, partitionErrors, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readLeaderAndIsrResponseLeaderAndIsrPartitionError(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  let f = 'topicName';
  try {
    let topicName: string = "";
    if (version <= 4) {
      topicName = (version >= 4 ? r.compactString() : r.string());
    }
    f = 'partitionIndex';
    const partitionIndex: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { topicName, partitionIndex, errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readLeaderAndIsrResponseLeaderAndIsrTopicError(r: Reader, version: number): LeaderAndIsrResponseLeaderAndIsrTopicError {
  let f = 'topicId';
  try {
    const topicId: string = r.uuid();
    f = 'partitionErrors';
    let partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
        for (let i = 0; i < n; i++) a.push(readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, version));
        partitionErrors = a;
      }
    }
    r.skipTaggedFields();
    return { topicId, partitionErrors };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeLeaderAndIsrResponse(w: Writer, v: LeaderAndIsrResponse, version: number): void {
  w.int16(v.errorCode);
  if (version <= 4) {
    {
      w.arrayLength(v.partitionErrors.length, version >= 4);
      for (const e of v.partitionErrors) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, e, version);
    }
  }
  if (!(version <= 4) && !(v.partitionErrors.length === 0)) throw new UnsupportedVersionError(`LeaderAndIsrResponse v${version} cannot express a non-default value in field partitionErrors`);
  if (version >= 5) {
    {
      w.arrayLength(v.topics.length, true);
      for (const e of v.topics) writeLeaderAndIsrResponseLeaderAndIsrTopicError(w, e, version);
    }
  }
  if (!(version >= 5) && !(v.topics.length === 0)) throw new UnsupportedVersionError(`LeaderAndIsrResponse v${version} cannot express a non-default value in field topics`);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w: Writer, v: LeaderAndIsrResponseLeaderAndIsrPartitionError, version: number): void {
  if (version <= 4) {
    if (version >= 4) w.compactString(v.topicName); else w.string(v.topicName);
  }
  w.int32(v.partitionIndex);
  w.int16(v.errorCode);
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeLeaderAndIsrResponseLeaderAndIsrTopicError(w: Writer, v: LeaderAndIsrResponseLeaderAndIsrTopicError, version: number): void {
  w.uuid(v.topicId);
  {
    w.arrayLength(v.partitionErrors.length, true);
    for (const e of v.partitionErrors) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, e, version);
  }
  w.uvarint(0);
}
