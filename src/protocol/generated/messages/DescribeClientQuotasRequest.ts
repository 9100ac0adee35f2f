// Generated from messages/DescribeClientQuotasRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeClientQuotasRequest (request), versions 0-1. */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. Versions 0+. */
  components: DescribeClientQuotasRequestComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. Versions 0+. */
  strict: boolean;
}

export interface DescribeClientQuotasRequestComponentData {
  /** The entity type that the filter component applies to. Versions 0+. */
  entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. Versions 0+. */
  matchType: number;
  /** The string to match against, or null if unused for the match type. Versions 0+, nullable in 0+. */
  match: string | null;
}

export function decodeDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'DescribeClientQuotasRequest', version });
  }
  try {
    return readDescribeClientQuotasRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeClientQuotasRequest', version);
  }
}

export function encodeDescribeClientQuotasRequest(w: Writer, v: DescribeClientQuotasRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`DescribeClientQuotasRequest has no version ${version} (valid: 0-1)`);
  }
  writeDescribeClientQuotasRequest(w, v, version);
}

function readDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  let f = 'components';
  try {
    let components: DescribeClientQuotasRequestComponentData[];
    {
      const n = r.arrayLength(version >= 1);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeClientQuotasRequestComponentData[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeClientQuotasRequestComponentData(r, version));
        components = a;
      }
    }
    f = 'strict';
    const strict: boolean = r.bool();
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { components, strict };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeClientQuotasRequestComponentData(r: Reader, version: number): DescribeClientQuotasRequestComponentData {
  let f = 'entityType';
  try {
    const entityType: string = (version >= 1 ? r.compactString() : r.string());
    f = 'matchType';
    const matchType: number = r.int8();
    f = 'match';
    const match: string | null = (version >= 1 ? r.compactNullableString() : r.nullableString());
    if (version >= 1) {
      r.skipTaggedFields();
    }
    return { entityType, matchType, match };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeClientQuotasRequest(w: Writer, v: DescribeClientQuotasRequest, version: number): void {
  {
    w.arrayLength(v.components.length, version >= 1);
    for (const e of v.components) writeDescribeClientQuotasRequestComponentData(w, e, version);
  }
  w.bool(v.strict);
  if (version >= 1) {
    w.uvarint(0);
  }
}

function writeDescribeClientQuotasRequestComponentData(w: Writer, v: DescribeClientQuotasRequestComponentData, version: number): void {
  if (version >= 1) w.compactString(v.entityType); else w.string(v.entityType);
  w.int8(v.matchType);
  if (version >= 1) w.compactNullableString(v.match); else w.nullableString(v.match);
  if (version >= 1) {
    w.uvarint(0);
  }
}
