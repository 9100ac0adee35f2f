// Generated from records/ShareGroupMemberMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareGroupMemberMetadataValue (data), versions 0. */
export interface ShareGroupMemberMetadataValue {
  /** The (optional) rack id. Versions 0+, nullable in 0+. */
  rackId: string | null;
  /** The client id. Versions 0+. */
  clientId: string;
  /** The client host. Versions 0+. */
  clientHost: string;
  /** The list of subscribed topic names. Versions 0+. */
  subscribedTopicNames: string[];
}

export function decodeShareGroupMemberMetadataValue(r: Reader, version: number): ShareGroupMemberMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareGroupMemberMetadataValue', version });
  }
  try {
    return readShareGroupMemberMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareGroupMemberMetadataValue', version);
  }
}

export function encodeShareGroupMemberMetadataValue(w: Writer, v: ShareGroupMemberMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareGroupMemberMetadataValue has no version ${version} (valid: 0)`);
  }
  writeShareGroupMemberMetadataValue(w, v, version);
}

function readShareGroupMemberMetadataValue(r: Reader, version: number): ShareGroupMemberMetadataValue {
  let f = 'rackId';
  try {
    const rackId: string | null = r.compactNullableString();
    f = 'clientId';
    const clientId: string = r.compactString();
    f = 'clientHost';
    const clientHost: string = r.compactString();
    f = 'subscribedTopicNames';
    let subscribedTopicNames: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        subscribedTopicNames = a;
      }
    }
    r.skipTaggedFields();
    return { rackId, clientId, clientHost, subscribedTopicNames };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareGroupMemberMetadataValue(w: Writer, v: ShareGroupMemberMetadataValue, version: number): void {
  w.compactNullableString(v.rackId);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  {
    w.arrayLength(v.subscribedTopicNames.length, true);
    for (const e of v.subscribedTopicNames) w.compactString(e);
  }
  w.uvarint(0);
}
