// Generated from messages/MetadataRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** MetadataRequest (request), versions 0-12. */
export interface MetadataRequest {
  /** The topics to fetch metadata for. Versions 0+, nullable in 1+. */
  topics: MetadataRequestMetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. Versions 4+. */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. Versions 8-10. */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. Versions 8+. */
  includeTopicAuthorizedOperations: boolean;
}

export interface MetadataRequestMetadataRequestTopic {
  /** The topic id. Versions 10+. */
  topicId: string;
  /** The topic name. Versions 0+, nullable in 10+. */
  name: string | null;
}

export function decodeMetadataRequest(r: Reader, version: number): MetadataRequest {
  if (!(version >= 0 && version <= 12)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-12)`, { api: 'MetadataRequest', version });
  }
  try {
    return readMetadataRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'MetadataRequest', version);
  }
}

export function encodeMetadataRequest(w: Writer, v: MetadataRequest, version: number): void {
  if (!(version >= 0 && version <= 12)) {
    throw new UnsupportedVersionError(`MetadataRequest has no version ${version} (valid: 0-12)`);
  }
  writeMetadataRequest(w, v, version);
}

function readMetadataRequest(r: Reader, version: number): MetadataRequest {
  let f = 'topics';
  try {
    let topics: MetadataRequestMetadataRequestTopic[] | null;
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        if (version >= 1) topics = null; else throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: MetadataRequestMetadataRequestTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readMetadataRequestMetadataRequestTopic(r, version));
        topics = a;
      }
    }
    f = 'allowAutoTopicCreation';
    let allowAutoTopicCreation: boolean = true;
    if (version >= 4) {
      allowAutoTopicCreation = r.bool();
    }
    f = 'includeClusterAuthorizedOperations';
    let includeClusterAuthorizedOperations: boolean = false;
    if (version >= 8 && version <= 10) {
      includeClusterAuthorizedOperations = r.bool();
    }
    f = 'includeTopicAuthorizedOperations';
    let includeTopicAuthorizedOperations: boolean = false;
    if (version >= 8) {
      includeTopicAuthorizedOperations = r.bool();
    }
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { topics, allowAutoTopicCreation, includeClusterAuthorizedOperations, includeTopicAuthorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readMetadataRequestMetadataRequestTopic(r: Reader, version: number): MetadataRequestMetadataRequestTopic {
  let f = 'topicId';
  try {
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 10) {
      topicId = r.uuid();
    }
    f = 'name';
    const name: string | null = (version >= 9 ? (version >= 10 ? r.compactNullableString() : r.compactString()) : (version >= 10 ? r.nullableString() : r.string()));
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { topicId, name };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeMetadataRequest(w: Writer, v: MetadataRequest, version: number): void {
  if (v.topics === null) {
    if (!(version >= 1)) throw new UnsupportedVersionError(`MetadataRequest v${version} cannot express null in field topics`); w.arrayLength(-1, version >= 9);
  } else {
    w.arrayLength(v.topics.length, version >= 9);
    for (const e of v.topics) writeMetadataRequestMetadataRequestTopic(w, e, version);
  }
  if (version >= 4) {
    w.bool(v.allowAutoTopicCreation);
  }
  if (!(version >= 4) && !(v.allowAutoTopicCreation === true)) throw new UnsupportedVersionError(`MetadataRequest v${version} cannot express a non-default value in field allowAutoTopicCreation`);
  if (version >= 8 && version <= 10) {
    w.bool(v.includeClusterAuthorizedOperations);
  }
  if (!(version >= 8 && version <= 10) && !(v.includeClusterAuthorizedOperations === false)) throw new UnsupportedVersionError(`MetadataRequest v${version} cannot express a non-default value in field includeClusterAuthorizedOperations`);
  if (version >= 8) {
    w.bool(v.includeTopicAuthorizedOperations);
  }
  if (!(version >= 8) && !(v.includeTopicAuthorizedOperations === false)) throw new UnsupportedVersionError(`MetadataRequest v${version} cannot express a non-default value in field includeTopicAuthorizedOperations`);
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeMetadataRequestMetadataRequestTopic(w: Writer, v: MetadataRequestMetadataRequestTopic, version: number): void {
  if (version >= 10) {
    w.uuid(v.topicId);
  }
  if (v.name === null && !(version >= 10)) throw new UnsupportedVersionError(`MetadataRequest v${version} cannot express null in field MetadataRequestMetadataRequestTopic.name`);
  if (version >= 9) w.compactNullableString(v.name); else w.nullableString(v.name);
  if (version >= 9) {
    w.uvarint(0);
  }
}
