// Generated from messages/CreateTopicsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** CreateTopicsResponse (response), versions 0-7. */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2+. */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. Versions 0+. */
  topics: CreateTopicsResponseCreatableTopicResult[];
}

export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. Versions 0+. */
  name: string;
  /** The unique topic ID Versions 7+. */
  topicId: string;
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 1+, nullable in 0+. */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. Versions 5+, tagged (tag 0) in 5+. */
  topicConfigErrorCode?: number;
  /** Number of partitions of the topic. Versions 5+. */
  numPartitions: number;
  /** Replication factor of the topic. Versions 5+. */
  replicationFactor: number;
  /** Configuration of the topic. Versions 5+, nullable in 5+. */
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null;
}

export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. Versions 5+. */
  name: string;
  /** The configuration value. Versions 5+, nullable in 5+. */
  value: string | null;
  /** True if the configuration is read-only. Versions 5+. */
  readOnly: boolean;
  /** The configuration source. Versions 5+. */
  configSource: number;
  /** True if this configuration is sensitive. Versions 5+. */
  isSensitive: boolean;
}

export function decodeCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-7)`, { api: 'CreateTopicsResponse', version });
  }
  try {
    return readCreateTopicsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'CreateTopicsResponse', version);
  }
}

export function encodeCreateTopicsResponse(w: Writer, v: CreateTopicsResponse, version: number): void {
  if (!(version >= 0 && version <= 7)) {
    throw new UnsupportedVersionError(`CreateTopicsResponse has no version ${version} (valid: 0-7)`);
  }
  writeCreateTopicsResponse(w, v, version);
}

function readCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 2) {
      throttleTimeMs = r.int32();
    }
    f = 'topics';
    let topics: CreateTopicsResponseCreatableTopicResult[];
    {
      const n = r.arrayLength(version >= 5);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: CreateTopicsResponseCreatableTopicResult[] = [];
        for (let i = 0; i < n; i++) a.push(readCreateTopicsResponseCreatableTopicResult(r, version));
        topics = a;
      }
    }
    if (version >= 5) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreateTopicsResponseCreatableTopicResult(r: Reader, version: number): CreateTopicsResponseCreatableTopicResult {
  let f = 'name';
  try {
    const name: string = (version >= 5 ? r.compactString() : r.string());
    f = 'topicId';
    let topicId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 7) {
      topicId = r.uuid();
    }
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    let errorMessage: string | null = "";
    if (version >= 1) {
      errorMessage = (version >= 5 ? r.compactNullableString() : r.nullableString());
    }
    let topicConfigErrorCode: number = 0;
    f = 'numPartitions';
    let numPartitions: number = -1;
    if (version >= 5) {
      numPartitions = r.int32();
    }
    f = 'replicationFactor';
    let replicationFactor: number = -1;
    if (version >= 5) {
      replicationFactor = r.int16();
    }
    f = 'configs';
    let configs: CreateTopicsResponseCreatableTopicConfigs[] | null = [];
    if (version >= 5) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          configs = null;
        } else {
          const a: CreateTopicsResponseCreatableTopicConfigs[] = [];
          for (let i = 0; i < n; i++) a.push(readCreateTopicsResponseCreatableTopicConfigs(r, version));
          configs = a;
        }
      }
    }
    if (version >= 5) {
      const count = r.uvarint();
      for (let i = 0; i < count; i++) {
        const tag = r.uvarint();
        const size = r.uvarint();
        const end = r.taggedFieldEnd(size);
        switch (tag) {
          case 0:
            if (true) {
              f = 'topicConfigErrorCode';
              topicConfigErrorCode = r.int16();
              r.endTaggedField(tag, end);
              break;
            }
            r.skip(size);
            break;
          default:
            r.skip(size);
        }
      }
    }
    return { name, topicId, errorCode, errorMessage, topicConfigErrorCode, numPartitions, replicationFactor, configs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readCreateTopicsResponseCreatableTopicConfigs(r: Reader, version: number): CreateTopicsResponseCreatableTopicConfigs {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'value';
    const value: string | null = r.compactNullableString();
    f = 'readOnly';
    const readOnly: boolean = r.bool();
    f = 'configSource';
    const configSource: number = r.int8();
    f = 'isSensitive';
    const isSensitive: boolean = r.bool();
    r.skipTaggedFields();
    return { name, value, readOnly, configSource, isSensitive };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeCreateTopicsResponse(w: Writer, v: CreateTopicsResponse, version: number): void {
  if (version >= 2) {
    w.int32(v.throttleTimeMs);
  }
  {
    w.arrayLength(v.topics.length, version >= 5);
    for (const e of v.topics) writeCreateTopicsResponseCreatableTopicResult(w, e, version);
  }
  if (version >= 5) {
    w.uvarint(0);
  }
}

function writeCreateTopicsResponseCreatableTopicResult(w: Writer, v: CreateTopicsResponseCreatableTopicResult, version: number): void {
  if (version >= 5) w.compactString(v.name); else w.string(v.name);
  if (version >= 7) {
    w.uuid(v.topicId);
  }
  w.int16(v.errorCode);
  if (version >= 1) {
    if (version >= 5) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  }
  if (version >= 5) {
    w.int32(v.numPartitions);
  }
  if (version >= 5) {
    w.int16(v.replicationFactor);
  }
  if (version >= 5) {
    if (v.configs === null) {
      w.arrayLength(-1, true);
    } else {
      w.arrayLength(v.configs.length, true);
      for (const e of v.configs) writeCreateTopicsResponseCreatableTopicConfigs(w, e, version);
    }
  }
  if (version >= 5) {
    const tag0 = !(v.topicConfigErrorCode === undefined || v.topicConfigErrorCode === 0);
    w.uvarint((tag0 ? 1 : 0));
    if (tag0) {
      const t = new Writer(64);
      t.int16(v.topicConfigErrorCode!);
      w.taggedField(0, t);
    }
  }
}

function writeCreateTopicsResponseCreatableTopicConfigs(w: Writer, v: CreateTopicsResponseCreatableTopicConfigs, version: number): void {
  w.compactString(v.name);
  w.compactNullableString(v.value);
  w.bool(v.readOnly);
  w.int8(v.configSource);
  w.bool(v.isSensitive);
  w.uvarint(0);
}
