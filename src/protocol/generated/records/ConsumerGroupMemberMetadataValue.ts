// Generated from records/ConsumerGroupMemberMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** ConsumerGroupMemberMetadataValue (data), versions 0. */
export interface ConsumerGroupMemberMetadataValue {
  /** The (optional) instance id. Versions 0+, nullable in 0+. */
  instanceId: string | null;
  /** The (optional) rack id. Versions 0+, nullable in 0+. */
  rackId: string | null;
  /** The client id. Versions 0+. */
  clientId: string;
  /** The client host. Versions 0+. */
  clientHost: string;
  /** The list of subscribed topic names. Versions 0+. */
  subscribedTopicNames: string[];
  /** The subscribed topic regular expression. Versions 0+, nullable in 0+. */
  subscribedTopicRegex: string | null;
  /** The rebalance timeout Versions 0+. */
  rebalanceTimeoutMs: number;
  /** The server assignor to use; or null if not used. Versions 0+, nullable in 0+. */
  serverAssignor: string | null;
  /** The classic member metadata which includes the supported protocols of the consumer if it uses the classic protocol. The metadata is null if the consumer uses the consumer protocol. Versions 0+, tagged (tag 0) in 0+, nullable in 0+. */
  classicMemberMetadata?: ConsumerGroupMemberMetadataValueClassicMemberMetadata | null;
}

export interface ConsumerGroupMemberMetadataValueClassicMemberMetadata {
  /** The session timeout if the consumer uses the classic protocol. Versions 0+. */
  sessionTimeoutMs: number;
  /** The list of protocols that the member supports if the consumer uses the classic protocol. Versions 0+. */
  supportedProtocols: ConsumerGroupMemberMetadataValueClassicProtocol[];
}

export interface ConsumerGroupMemberMetadataValueClassicProtocol {
  /** The protocol name. Versions 0+. */
  name: string;
  /** The protocol metadata. Versions 0+. */
  metadata: Buffer;
}

export function decodeConsumerGroupMemberMetadataValue(r: Reader, version: number): ConsumerGroupMemberMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ConsumerGroupMemberMetadataValue', version });
  }
  try {
    return readConsumerGroupMemberMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupMemberMetadataValue', version);
  }
}

export function encodeConsumerGroupMemberMetadataValue(w: Writer, v: ConsumerGroupMemberMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ConsumerGroupMemberMetadataValue has no version ${version} (valid: 0)`);
  }
  writeConsumerGroupMemberMetadataValue(w, v, version);
}

function readConsumerGroupMemberMetadataValue(r: Reader, version: number): ConsumerGroupMemberMetadataValue {
  let f = 'instanceId';
  try {
    const instanceId: string | null = r.compactNullableString();
    f = 'rackId';
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
    f = 'subscribedTopicRegex';
    const subscribedTopicRegex: string | null = r.compactNullableString();
    f = 'rebalanceTimeoutMs';
    const rebalanceTimeoutMs: number = r.int32();
    f = 'serverAssignor';
    const serverAssignor: string | null = r.compactNullableString();
    let classicMemberMetadata: ConsumerGroupMemberMetadataValueClassicMemberMetadata | null = null;
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (true) {
            f = 'classicMemberMetadata';
            classicMemberMetadata = r.uvarint() === 0 ? null : readConsumerGroupMemberMetadataValueClassicMemberMetadata(r, version);
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { instanceId, rackId, clientId, clientHost, subscribedTopicNames, subscribedTopicRegex, rebalanceTimeoutMs, serverAssignor, classicMemberMetadata };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupMemberMetadataValueClassicMemberMetadata(r: Reader, version: number): ConsumerGroupMemberMetadataValueClassicMemberMetadata {
  let f = 'sessionTimeoutMs';
  try {
    const sessionTimeoutMs: number = r.int32();
    f = 'supportedProtocols';
    let supportedProtocols: ConsumerGroupMemberMetadataValueClassicProtocol[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ConsumerGroupMemberMetadataValueClassicProtocol[] = [];
        for (let i = 0; i < n; i++) a.push(readConsumerGroupMemberMetadataValueClassicProtocol(r, version));
        supportedProtocols = a;
      }
    }
    r.skipTaggedFields();
    return { sessionTimeoutMs, supportedProtocols };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerGroupMemberMetadataValueClassicProtocol(r: Reader, version: number): ConsumerGroupMemberMetadataValueClassicProtocol {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'metadata';
    const metadata: Buffer = r.compactBytes();
    r.skipTaggedFields();
    return { name, metadata };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupMemberMetadataValue(w: Writer, v: ConsumerGroupMemberMetadataValue, version: number): void {
  w.compactNullableString(v.instanceId);
  w.compactNullableString(v.rackId);
  w.compactString(v.clientId);
  w.compactString(v.clientHost);
  {
    w.arrayLength(v.subscribedTopicNames.length, true);
    for (const e of v.subscribedTopicNames) w.compactString(e);
  }
  w.compactNullableString(v.subscribedTopicRegex);
  w.int32(v.rebalanceTimeoutMs);
  w.compactNullableString(v.serverAssignor);
  const tag0 = !(v.classicMemberMetadata === undefined || v.classicMemberMetadata === null);
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    if (v.classicMemberMetadata! === null) {
      t.uvarint(0);
    } else {
      t.uvarint(1); writeConsumerGroupMemberMetadataValueClassicMemberMetadata(t, v.classicMemberMetadata!, version);
    }
    w.taggedField(0, t);
  }
}

function writeConsumerGroupMemberMetadataValueClassicMemberMetadata(w: Writer, v: ConsumerGroupMemberMetadataValueClassicMemberMetadata, version: number): void {
  w.int32(v.sessionTimeoutMs);
  {
    w.arrayLength(v.supportedProtocols.length, true);
    for (const e of v.supportedProtocols) writeConsumerGroupMemberMetadataValueClassicProtocol(w, e, version);
  }
  w.uvarint(0);
}

function writeConsumerGroupMemberMetadataValueClassicProtocol(w: Writer, v: ConsumerGroupMemberMetadataValueClassicProtocol, version: number): void {
  w.compactString(v.name);
  w.compactBytes(v.metadata);
  w.uvarint(0);
}
