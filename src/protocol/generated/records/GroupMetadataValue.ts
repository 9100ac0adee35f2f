// Generated from records/GroupMetadataValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** GroupMetadataValue (data), versions 0-4. */
export interface GroupMetadataValue {
  /** Versions 0+. */
  protocolType: string;
  /** Versions 0+. */
  generation: number;
  /** Versions 0+, nullable in 0+. */
  protocol: string | null;
  /** Versions 0+, nullable in 0+. */
  leader: string | null;
  /** Versions 2+. */
  currentStateTimestamp: bigint;
  /** Versions 0+. */
  members: GroupMetadataValueMemberMetadata[];
}

export interface GroupMetadataValueMemberMetadata {
  /** Versions 0+. */
  memberId: string;
  /** Versions 3+, nullable in 3+. */
  groupInstanceId: string | null;
  /** Versions 0+. */
  clientId: string;
  /** Versions 0+. */
  clientHost: string;
  /** Versions 1+. */
  rebalanceTimeout: number;
  /** Versions 0+. */
  sessionTimeout: number;
  /** Versions 0+. */
  subscription: Buffer;
  /** Versions 0+. */
  assignment: Buffer;
}

export function decodeGroupMetadataValue(r: Reader, version: number): GroupMetadataValue {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'GroupMetadataValue', version });
  }
  try {
    return readGroupMetadataValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'GroupMetadataValue', version);
  }
}

export function encodeGroupMetadataValue(w: Writer, v: GroupMetadataValue, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`GroupMetadataValue has no version ${version} (valid: 0-4)`);
  }
  writeGroupMetadataValue(w, v, version);
}

function readGroupMetadataValue(r: Reader, version: number): GroupMetadataValue {
  let f = 'protocolType';
  try {
    const protocolType: string = (version >= 4 ? r.compactString() : r.string());
    f = 'generation';
    const generation: number = r.int32();
    f = 'protocol';
    const protocol: string | null = (version >= 4 ? r.compactNullableString() : r.nullableString());
    f = 'leader';
    const leader: string | null = (version >= 4 ? r.compactNullableString() : r.nullableString());
    f = 'currentStateTimestamp';
    let currentStateTimestamp: bigint = -1n;
    if (version >= 2) {
      currentStateTimestamp = r.int64();
    }
    f = 'members';
    let members: GroupMetadataValueMemberMetadata[];
    {
      const n = r.arrayLength(version >= 4);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: GroupMetadataValueMemberMetadata[] = [];
        for (let i = 0; i < n; i++) a.push(readGroupMetadataValueMemberMetadata(r, version));
        members = a;
      }
    }
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { protocolType, generation, protocol, leader, currentStateTimestamp, members };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readGroupMetadataValueMemberMetadata(r: Reader, version: number): GroupMetadataValueMemberMetadata {
  let f = 'memberId';
  try {
    const memberId: string = (version >= 4 ? r.compactString() : r.string());
    f = 'groupInstanceId';
    let groupInstanceId: string | null = null;
    if (version >= 3) {
      groupInstanceId = (version >= 4 ? r.compactNullableString() : r.nullableString());
    }
    f = 'clientId';
    const clientId: string = (version >= 4 ? r.compactString() : r.string());
    f = 'clientHost';
    const clientHost: string = (version >= 4 ? r.compactString() : r.string());
    f = 'rebalanceTimeout';
    let rebalanceTimeout: number = -1;
    if (version >= 1) {
      rebalanceTimeout = r.int32();
    }
    f = 'sessionTimeout';
    const sessionTimeout: number = r.int32();
    f = 'subscription';
    const subscription: Buffer = (version >= 4 ? r.compactBytes() : r.bytes());
    f = 'assignment';
    const assignment: Buffer = (version >= 4 ? r.compactBytes() : r.bytes());
    if (version >= 4) {
      r.skipTaggedFields();
    }
    return { memberId, groupInstanceId, clientId, clientHost, rebalanceTimeout, sessionTimeout, subscription, assignment };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeGroupMetadataValue(w: Writer, v: GroupMetadataValue, version: number): void {
  if (version >= 4) w.compactString(v.protocolType); else w.string(v.protocolType);
  w.int32(v.generation);
  if (version >= 4) w.compactNullableString(v.protocol); else w.nullableString(v.protocol);
  if (version >= 4) w.compactNullableString(v.leader); else w.nullableString(v.leader);
  if (version >= 2) {
    w.int64(v.currentStateTimestamp);
  }
  {
    w.arrayLength(v.members.length, version >= 4);
    for (const e of v.members) writeGroupMetadataValueMemberMetadata(w, e, version);
  }
  if (version >= 4) {
    w.uvarint(0);
  }
}

function writeGroupMetadataValueMemberMetadata(w: Writer, v: GroupMetadataValueMemberMetadata, version: number): void {
  if (version >= 4) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 3) {
    if (version >= 4) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  }
  if (version >= 4) w.compactString(v.clientId); else w.string(v.clientId);
  if (version >= 4) w.compactString(v.clientHost); else w.string(v.clientHost);
  if (version >= 1) {
    w.int32(v.rebalanceTimeout);
  }
  w.int32(v.sessionTimeout);
  if (version >= 4) w.compactBytes(v.subscription); else w.bytes(v.subscription);
  if (version >= 4) w.compactBytes(v.assignment); else w.bytes(v.assignment);
  if (version >= 4) {
    w.uvarint(0);
  }
}
